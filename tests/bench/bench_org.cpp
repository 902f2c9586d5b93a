// Benchmark: the org-chart layout (src/model/org_layout.h) on random org-like
// trees of 1,000, 10,000 and 100,000 nodes: about a third of the people
// manage 2-12 direct reports each, boxes vary like name cards (160-220 wide,
// 56-72 high). Prints the best of several runs in ms, top-down, top-down in
// compact mode and left-to-right. Not a pass/fail test (target: 10,000 nodes
// under 10 ms natively). The same source builds as WebAssembly.
// Usage: bench_org [scale=1]   (scale multiplies the number of runs)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "model/org_layout.h"

using namespace mlt;

namespace {

using Clock = std::chrono::steady_clock;

struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed) {}
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

// Breadth-first: each person, in order, manages 2-12 people with probability
// 1/3 (the root always does, and so does the last person when everyone else
// turned out to be a leaf, so the tree always reaches n nodes).
LayoutInput OrgTree(int n, uint64_t seed) {
  Rng rng(seed);
  LayoutInput in;
  in.parent.push_back(-1);
  for (int boss = 0; static_cast<int>(in.parent.size()) < n; ++boss) {
    bool last = boss + 1 == static_cast<int>(in.parent.size());
    if (boss > 0 && !last && rng.Below(3) != 0) continue;
    int reports = 2 + rng.Below(11);
    for (int k = 0; k < reports && static_cast<int>(in.parent.size()) < n; ++k) in.parent.push_back(boss);
  }
  for (int i = 0; i < n; ++i) {
    in.width.push_back(160.f + static_cast<float>(rng.Below(61)));
    in.height.push_back(56.f + static_cast<float>(rng.Below(17)));
  }
  return in;
}

double BestMs(const LayoutInput& in, const LayoutOptions& o, int runs, double* sink) {
  double best = 1e30;
  for (int r = 0; r < runs; ++r) {
    auto t0 = Clock::now();
    LayoutResult res = LayoutForest(in, o);
    auto t1 = Clock::now();
    *sink += res.max_x + res.max_y;
    best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const double scale = argc > 1 ? std::max(0.01, std::atof(argv[1])) : 1.0;
  double sink = 0;
  std::printf("org layout, best of several runs (ms):\n");
  std::printf("%8s %10s %10s %10s %12s\n", "nodes", "top-down", "compact", "left-right", "ns/node (td)");
  for (int n : {1000, 10000, 100000}) {
    LayoutInput in = OrgTree(n, 20261127 + n);
    const int runs = std::max(3, static_cast<int>(scale * std::min(50, 2000000 / n)));
    LayoutOptions td, compact, lr;
    compact.compact = true;
    lr.left_right = true;
    double a = BestMs(in, td, runs, &sink), b = BestMs(in, compact, runs, &sink), c = BestMs(in, lr, runs, &sink);
    std::printf("%8d %10.3f %10.3f %10.3f %12.1f\n", n, a, b, c, a * 1e6 / n);
    std::printf("RESULT nodes=%d topdown_ms=%.4f compact_ms=%.4f left_right_ms=%.4f\n", n, a, b, c);
  }
  if (sink == 42) std::printf(" \n");  // keeps the layouts from being optimised away
  return 0;
}
