// The simulation's event queue: the running tasks by finish time. Internal
// to src/sim (engine.cpp).
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <limits>
#include <vector>

// The scheduling steps run a few times per task per trial: inlined into the
// event loop they skip a call each and let the compiler keep state in registers.
#if defined(__GNUC__) || defined(__clang__)
#define MLT_HOT inline __attribute__((always_inline))
#else
#define MLT_HOT inline
#endif

namespace mlt {

struct Event {
  double time;
  int node;
};

struct EventStore {  // an EventQueue's arrays
  std::vector<double> times;
  std::vector<int> nodes;
  std::vector<Event> sort;
};

// Running tasks by finish time, finish times and nodes in two arrays (so the
// times compare and move in vector registers). Usually small (about one per
// owner): then an array sorted earliest first from head_ to tail_ is
// cheapest: the next finish is at head_ (taking it moves head_ on), and an
// insertion shifts the running tasks that finish later, usually few. Which
// ones, and how many, depend on the draws: so rather than a loop that stops
// there (a mispredicted branch per insertion), it counts the later ones among
// the last kWindow entries and moves kWindow entries up by one, without a
// branch. Entries before head_ (taken, so not later than now) and kWindow
// sentinels at -infinity before the array never count. An entry at +infinity
// always follows the last one, so the next time is infinity when it is empty.
// tail_ never passes the number of pushes since Clear, at most one per task
// (plus kWindow entries of slack for the moves). Past kSortedMax entries (very
// wide plans) it becomes a binary heap in [0, tail_) (head_ 0), and a sorted
// array again when it has drained below a quarter of that.
// The queue is a small value over its EventStore: the engine's event loop
// works on a copy in locals, which the compiler keeps in registers.
class EventQueue {
  using Index = std::ptrdiff_t;

 public:
  void Attach(EventStore& store, int n) {
    store.times.assign(n + 1 + 2 * kWindow, -std::numeric_limits<double>::infinity());
    store.nodes.assign(n + 1 + 2 * kWindow, 0);
    store.sort.assign(kSortedMax, Event{});
    tm_ = store.times.data() + kWindow;
    nd_ = store.nodes.data() + kWindow;
    sort_ = store.sort.data();
  }
  void Clear() {
    head_ = tail_ = 0;
    heap_ = false;
    tm_[0] = std::numeric_limits<double>::infinity();
  }
  bool Empty() const { return head_ == tail_; }
  double NextTime() const { return tm_[head_]; }  // infinity when Empty()

  // The usual case of TakeUpTo: the next event is the only one at or before t
  // (NextTime() <= t). Then takes it into *node, in a register, and true.
  MLT_HOT bool TakeOne(double t, int* node) {
    if (heap_ || tm_[head_ + 1] <= t) return false;
    *node = nd_[head_++];
    return true;
  }

  MLT_HOT void Push(double time, int node) {
    if (heap_) {
      SiftUp(tail_++, time, node);
      tm_[tail_] = std::numeric_limits<double>::infinity();
      return;
    }
    double* const tm = tm_;
    int* const nd = nd_;
    static_assert(kWindow == 8, "unrolled");
    const int later = CountLater(tm + tail_ - kWindow, time);
    Index pos = tail_ - later;
    if (later < kWindow) {
      // Straight-line moves of kWindow entries (fixed-size copies: vector
      // moves). They include the infinity at tail_, so it follows the last again.
      MoveUp(tm + pos, nd + pos);
    } else {  // maybe more: the long way
      for (pos = tail_; pos > head_ && tm[pos - 1] > time; --pos) {
        tm[pos] = tm[pos - 1];
        nd[pos] = nd[pos - 1];
      }
      tm[tail_ + 1] = std::numeric_limits<double>::infinity();
    }
    tm[pos] = time;
    nd[pos] = node;
    ++tail_;
    if (tail_ - head_ > kSortedMax) {  // sorted earliest first: a valid heap
      std::copy(tm + head_, tm + tail_ + 1, tm);
      std::copy(nd + head_, nd + tail_ + 1, nd);
      tail_ -= head_;
      head_ = 0;
      heap_ = true;
    }
  }

  // Moves the nodes of every event at or before t to out (in no particular
  // order); there is one (NextTime() <= t).
  MLT_HOT int TakeUpTo(double t, int* out) {
    int count = 0;
    if (!heap_) {
      const double* const tm = tm_;
      const int* const nd = nd_;
      Index h = head_;
      do {
        out[count++] = nd[h++];
      } while (tm[h] <= t);
      head_ = h;
      return count;
    }
    while (tm_[0] <= t) out[count++] = PopHeap();
    if (tail_ < kSortedMax / 4) {
      for (Index i = 0; i < tail_; ++i) sort_[i] = Event{tm_[i], nd_[i]};  // (tail_ < kSortedMax)
      std::sort(sort_, sort_ + tail_, [](const Event& x, const Event& y) {
        return x.time < y.time || (x.time == y.time && x.node < y.node);
      });
      for (Index i = 0; i < tail_; ++i) {
        tm_[i] = sort_[i].time;
        nd_[i] = sort_[i].node;
      }
      heap_ = false;
    }
    return count;
  }

 private:
  // (96: the benchmark's 1,000-task plan, a fifth of it unowned, peaks at
  // about 60 running tasks. With 48 it went over to the heap, whose steps
  // branch on the times, and stayed there until it drained below 12; with 96
  // it never does, and the trial loop is about 4% faster.)
  static constexpr int kSortedMax = 96;
  static constexpr int kWindow = 8;

  // How many of the kWindow times from w on are after `time`. With vector
  // types the compares go two at a time (SSE2 natively: about half the
  // instructions; WebAssembly without SIMD gets them split into scalar ones).
#if defined(__GNUC__) || defined(__clang__)
  using Pair = double __attribute__((vector_size(16)));
  static int CountLater(const double* w, double time) {
    const Pair x = {time, time};
    Pair p0, p1, p2, p3;  // (not an array: that went through the stack)
    std::memcpy(&p0, w, 16);
    std::memcpy(&p1, w + 2, 16);
    std::memcpy(&p2, w + 4, 16);
    std::memcpy(&p3, w + 6, 16);
    // (A compare gives a vector of 64-bit integers, -1 where true.)
    const auto sum = ((p0 > x) + (p1 > x)) + ((p2 > x) + (p3 > x));
    return -static_cast<int>(sum[0] + sum[1]);
  }
#else
  static int CountLater(const double* w, double time) {
    return ((w[0] > time) + (w[1] > time)) + ((w[2] > time) + (w[3] > time)) + ((w[4] > time) + (w[5] > time)) +
           ((w[6] > time) + (w[7] > time));
  }
#endif

#if defined(__GNUC__) || defined(__clang__)
  // Moves kWindow times and nodes up by one entry, through vector registers
  // (copies through a local array went through the stack).
  using Quad = int __attribute__((vector_size(16)));
  MLT_HOT static void MoveUp(double* tm, int* nd) {
    Pair t0, t1, t2, t3;
    Quad n0, n1;
    std::memcpy(&t0, tm, 16);
    std::memcpy(&t1, tm + 2, 16);
    std::memcpy(&t2, tm + 4, 16);
    std::memcpy(&t3, tm + 6, 16);
    std::memcpy(&n0, nd, 16);
    std::memcpy(&n1, nd + 4, 16);
    std::memcpy(tm + 7, &t3, 16);  // (last first: each store lands above the loads)
    std::memcpy(tm + 5, &t2, 16);
    std::memcpy(tm + 3, &t1, 16);
    std::memcpy(tm + 1, &t0, 16);
    std::memcpy(nd + 5, &n1, 16);
    std::memcpy(nd + 1, &n0, 16);
  }
#else
  static void MoveUp(double* tm, int* nd) {
    for (int k = kWindow; k > 0; --k) {
      tm[k] = tm[k - 1];
      nd[k] = nd[k - 1];
    }
  }
#endif

  MLT_HOT void SiftUp(Index i, double time, int node) {
    while (i > 0) {
      const Index parent = (i - 1) >> 1;
      if (!(time < tm_[parent])) break;
      tm_[i] = tm_[parent];
      nd_[i] = nd_[parent];
      i = parent;
    }
    tm_[i] = time;
    nd_[i] = node;
  }
  // The hole at the root walks down along the earlier child (selected without
  // a branch) to a leaf, then the last entry sifts up from there.
  MLT_HOT int PopHeap() {
    const int top = nd_[0];
    const Index n = --tail_;
    const double last_time = tm_[n];
    const int last_node = nd_[n];
    tm_[n] = std::numeric_limits<double>::infinity();
    if (n == 0) return top;
    Index i = 0;
    for (Index child = 1; child < n; child = 2 * i + 1) {
      child += (child + 1 < n) & (tm_[child + 1] < tm_[child]);
      tm_[i] = tm_[child];
      nd_[i] = nd_[child];
      i = child;
    }
    SiftUp(i, last_time, last_node);
    return top;
  }

  double* tm_ = nullptr;  // the store's times and nodes past the sentinels
  int* nd_ = nullptr;
  Event* sort_ = nullptr;  // kSortedMax entries: back from heap to sorted
  Index head_ = 0, tail_ = 0;  // heap: head_ 0
  bool heap_ = false;
};

}  // namespace mlt
