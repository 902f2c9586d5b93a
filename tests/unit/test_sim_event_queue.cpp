// The simulation's event queue against a plain sorted list: random pushes
// and takes, with ties, from a few entries (the sorted array and its window
// insert) to hundreds at once (the heap, and back to the sorted array when it
// drains), must hand out the same events in the same order of time.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "sim/event_queue.h"
#include "sim/random.h"

using namespace mlt;

namespace {

struct Reference {
  std::vector<Event> events;  // unordered
  double NextTime() const {
    double t = std::numeric_limits<double>::infinity();
    for (const Event& e : events) t = std::min(t, e.time);
    return t;
  }
  // The nodes of every event at or before t, sorted, taken out.
  std::vector<int> TakeUpTo(double t) {
    std::vector<int> out;
    std::vector<Event> rest;
    for (const Event& e : events) (e.time <= t ? out.push_back(e.node) : rest.push_back(e));
    events = rest;
    std::sort(out.begin(), out.end());
    return out;
  }
};

// Runs one random sequence: `peak` events at once, then fewer, times on a coarse
// grid (so ties are common) drawn after the current time, as in a schedule.
void RunSequence(uint64_t seed, int peak, int steps) {
  SimRng rng(seed, 5);
  EventStore store;
  EventQueue q;
  q.Attach(store, steps);
  q.Clear();
  Reference ref;
  double now = 0;
  int next_node = 0, max_size = 0;
  for (int step = 0; step < steps; ++step) {
    // (Filled to the peak first, then in and out at random.)
    const bool grow = step < peak || static_cast<int>(ref.events.size()) < peak * rng.Uniform();
    if (grow || ref.events.empty()) {
      const double time = now + std::floor(rng.Uniform() * 40) * 0.25;
      q.Push(time, next_node);
      ref.events.push_back(Event{time, next_node});
      ++next_node;
      max_size = std::max(max_size, static_cast<int>(ref.events.size()));
      continue;
    }
    REQUIRE(q.NextTime() == ref.NextTime());
    now = q.NextTime();
    std::vector<int> want = ref.TakeUpTo(now);
    std::vector<int> got;
    int v = -1;
    if (q.TakeOne(now, &v)) {
      got.push_back(v);
    } else {
      std::vector<int> out(steps + 1);
      got.assign(out.begin(), out.begin() + q.TakeUpTo(now, out.data()));
      std::sort(got.begin(), got.end());
    }
    REQUIRE(got == want);
    CHECK(q.Empty() == ref.events.empty());
  }
  CHECK(max_size >= peak);
  // Drain what is left, in order of time.
  while (!ref.events.empty()) {
    REQUIRE(q.NextTime() == ref.NextTime());
    now = q.NextTime();
    std::vector<int> want = ref.TakeUpTo(now);
    std::vector<int> out(steps + 1);
    std::vector<int> got(out.begin(), out.begin() + q.TakeUpTo(now, out.data()));
    std::sort(got.begin(), got.end());
    REQUIRE(got == want);
  }
  CHECK(q.Empty());
  CHECK(q.NextTime() == std::numeric_limits<double>::infinity());
}

}  // namespace

TEST_CASE("event queue: hands out events in time order, ties together, at any size") {
  for (int peak : {3, 9, 20, 60, 150, 400}) {
    CAPTURE(peak);
    for (uint64_t seed = 1; seed <= 8; ++seed) {
      CAPTURE(seed);
      RunSequence(seed * 1000 + static_cast<uint64_t>(peak), peak, 3000);
    }
  }
}
