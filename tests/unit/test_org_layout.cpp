// The tidy org-chart layout (src/model/org_layout.h): geometric invariants on
// many random forests of random box sizes (both orientations, compact on and
// off), exact small cases, mirror symmetry, hidden subtrees, 100,000-node
// shapes, and linear work measured with the work counter (no timing).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "model/org_layout.h"

using namespace mlt;

namespace {

struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed * 0x9E3779B97F4A7C15ull + 1) {}
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  float Range(float a, float b) { return a + (b - a) * static_cast<float>(Next() % 10000) / 9999.f; }
};

// Coordinates come back as float: allow for their rounding far from 0.
double Tol(double magnitude) { return 1e-3 + 4e-7 * std::fabs(magnitude); }

// Breadth/depth view of a result (breadth = across siblings).
struct Box {
  double b0, b1, d0, d1;
};
Box BoxOf(const LayoutInput& in, const LayoutResult& r, const LayoutOptions& o, int i) {
  double x0 = r.x[i], y0 = r.y[i], x1 = x0 + in.width[i], y1 = y0 + in.height[i];
  return o.left_right ? Box{y0, y1, x0, x1} : Box{x0, x1, y0, y1};
}

// Shapes of random forests.
enum class Shape { Random, Bushy, Deep };

LayoutInput RandomForest(int n, uint64_t seed, Shape shape, int roots = 1) {
  Rng rng(seed);
  LayoutInput in;
  in.parent.resize(n);
  in.width.resize(n);
  in.height.resize(n);
  int next_parent = 0;  // Bushy: breadth-first, 0-8 children each
  int left = 0;
  for (int i = 0; i < n; ++i) {
    in.width[i] = rng.Range(8, 220);
    in.height[i] = rng.Range(8, 120);
    if (i < roots) {
      in.parent[i] = -1;
      continue;
    }
    switch (shape) {
      case Shape::Random: in.parent[i] = rng.Below(i); break;
      case Shape::Deep: in.parent[i] = i - 1 - rng.Below(std::min(i, 4)); break;
      case Shape::Bushy:
        while (left == 0) {
          left = rng.Below(9);
          if (left == 0) ++next_parent;
          if (next_parent >= i) { next_parent = i - 1; left = 1; }
        }
        in.parent[i] = next_parent;
        if (--left == 0) ++next_parent;
        break;
    }
  }
  return in;
}

// Checks every invariant of the header on one layout (counting failures per
// kind, so that a broken layout reports a handful of CHECKs, not thousands).
void CheckLayout(const LayoutInput& in, const LayoutOptions& o, const LayoutResult& r) {
  const int n = static_cast<int>(in.parent.size());
  REQUIRE(r.x.size() == size_t(n));
  REQUIRE(r.visible.size() == size_t(n));
  REQUIRE(r.in_grid.size() == size_t(n));
  auto hidden_below = [&](int v) { return v < int(in.collapsed.size()) && in.collapsed[v]; };

  // Visibility: parents come before children in these inputs.
  std::vector<uint8_t> vis(n, 0);
  std::vector<std::vector<int>> kids(n);
  for (int i = 0; i < n; ++i) {
    int p = in.parent[i];
    vis[i] = p < 0 ? 1 : (vis[p] && !hidden_below(p));
    if (p >= 0) kids[p].push_back(i);
  }
  int bad_visible = 0;
  for (int i = 0; i < n; ++i) bad_visible += vis[i] != r.visible[i];
  CHECK(bad_visible == 0);

  double scale = 1;
  for (int i = 0; i < n; ++i)
    if (r.visible[i]) scale = std::max({scale, std::fabs(double(r.x[i])), std::fabs(double(r.y[i]))});
  const double tol = Tol(scale);

  // Parents centred, children level_gap below.
  int bad_centre = 0, bad_level = 0, bad_grid = 0;
  for (int v = 0; v < n; ++v) {
    if (!r.visible[v] || hidden_below(v) || kids[v].empty()) continue;
    Box pb = BoxOf(in, r, o, v);
    double pc = (pb.b0 + pb.b1) / 2;
    bool grid = r.in_grid[kids[v].front()] != 0;
    double lo = 1e300, hi = -1e300, top = 1e300;
    for (int c : kids[v]) {
      Box cb = BoxOf(in, r, o, c);
      lo = std::min(lo, cb.b0);
      hi = std::max(hi, cb.b1);
      top = std::min(top, cb.d0);
      if (!grid && std::fabs(cb.d0 - (pb.d1 + o.level_gap)) > tol) ++bad_level;
      if (r.in_grid[c] != r.in_grid[kids[v].front()]) ++bad_grid;
    }
    if (grid) {
      if (std::fabs(pc - (lo + hi) / 2) > tol) ++bad_centre;
      if (std::fabs(top - (pb.d1 + o.level_gap)) > tol) ++bad_level;
      if (!o.compact || int(kids[v].size()) < std::max(1, o.compact_min_leaves)) ++bad_grid;
    } else {
      Box a = BoxOf(in, r, o, kids[v].front()), z = BoxOf(in, r, o, kids[v].back());
      if (std::fabs(pc - ((a.b0 + a.b1) / 2 + (z.b0 + z.b1) / 2) / 2) > tol) ++bad_centre;
    }
    bool all_leaves = true;
    for (int c : kids[v]) all_leaves = all_leaves && (kids[c].empty() || hidden_below(c));
    bool expect_grid = o.compact && all_leaves && int(kids[v].size()) >= std::max(1, o.compact_min_leaves);
    if (grid != expect_grid) ++bad_grid;
  }
  CHECK(bad_centre == 0);
  CHECK(bad_level == 0);
  CHECK(bad_grid == 0);

  // No overlap: boxes whose depth ranges overlap are at least the smaller of
  // sibling_gap and root_gap apart across. Spatial hash, cells as large as the
  // largest box, so that it stays fast on 100,000 nodes.
  const double need = std::min(o.sibling_gap, o.root_gap);
  double cell_b = 1, cell_d = 1;
  std::vector<int> vis_nodes;
  for (int i = 0; i < n; ++i)
    if (r.visible[i]) {
      vis_nodes.push_back(i);
      Box bx = BoxOf(in, r, o, i);
      cell_b = std::max(cell_b, bx.b1 - bx.b0 + need);
      cell_d = std::max(cell_d, bx.d1 - bx.d0);
    }
  std::unordered_map<int64_t, std::vector<int>> cells;
  auto key = [](int64_t a, int64_t b) { return (a << 32) ^ (b & 0xffffffff); };
  for (int i : vis_nodes) {
    Box bx = BoxOf(in, r, o, i);
    int64_t b0 = int64_t(std::floor(bx.b0 / cell_b)), b1 = int64_t(std::floor((bx.b1 + need) / cell_b));
    int64_t d0 = int64_t(std::floor(bx.d0 / cell_d)), d1 = int64_t(std::floor(bx.d1 / cell_d));
    for (int64_t p = b0; p <= b1; ++p)
      for (int64_t q = d0; q <= d1; ++q) cells[key(p, q)].push_back(i);
  }
  int64_t overlaps = 0;
  for (auto& kv : cells) {
    const std::vector<int>& list = kv.second;
    for (size_t a = 0; a < list.size(); ++a)
      for (size_t b = a + 1; b < list.size(); ++b) {
        Box p = BoxOf(in, r, o, list[a]), q = BoxOf(in, r, o, list[b]);
        bool depth_overlap = p.d0 < q.d1 - tol && q.d0 < p.d1 - tol;
        if (!depth_overlap) continue;
        double apart = std::max(q.b0 - p.b1, p.b0 - q.b1);
        if (apart < need - tol) ++overlaps;
      }
  }
  CHECK(overlaps == 0);

  // Forest: the trees' bounding boxes are root_gap apart, in root order.
  std::vector<int> root_of(n, -1);
  std::vector<double> lo(n, 1e300), hi(n, -1e300);
  for (int i = 0; i < n; ++i) {
    root_of[i] = in.parent[i] < 0 ? i : root_of[in.parent[i]];
    if (!r.visible[i]) continue;
    Box bx = BoxOf(in, r, o, i);
    lo[root_of[i]] = std::min(lo[root_of[i]], bx.b0);
    hi[root_of[i]] = std::max(hi[root_of[i]], bx.b1);
  }
  int prev = -1, bad_forest = 0;
  for (int i = 0; i < n; ++i) {
    if (in.parent[i] >= 0) continue;
    if (prev >= 0 && std::fabs(lo[i] - (hi[prev] + o.root_gap)) > tol) ++bad_forest;
    if (prev < 0 && std::fabs(lo[i]) > tol) ++bad_forest;
    Box rb = BoxOf(in, r, o, i);
    if (std::fabs(rb.d0) > tol) ++bad_forest;
    prev = i;
  }
  CHECK(bad_forest == 0);

  // Bounds.
  double mnx = 1e300, mny = 1e300, mxx = -1e300, mxy = -1e300;
  for (int i : vis_nodes) {
    mnx = std::min(mnx, double(r.x[i]));
    mny = std::min(mny, double(r.y[i]));
    mxx = std::max(mxx, double(r.x[i]) + in.width[i]);
    mxy = std::max(mxy, double(r.y[i]) + in.height[i]);
  }
  CHECK(std::fabs(r.min_x - mnx) <= tol);
  CHECK(std::fabs(r.min_y - mny) <= tol);
  CHECK(std::fabs(r.max_x - mxx) <= tol);
  CHECK(std::fabs(r.max_y - mxy) <= tol);
}

// A tree as nested nodes (test-side recursion on small trees only).
struct TNode {
  float w = 0, h = 0;
  std::vector<TNode> kids;
};

TNode Mirror(const TNode& t) {
  TNode m{t.w, t.h, {}};
  for (auto it = t.kids.rbegin(); it != t.kids.rend(); ++it) m.kids.push_back(Mirror(*it));
  return m;
}

TNode RandomTNode(Rng& rng, int depth) {
  TNode t{rng.Range(10, 200), rng.Range(10, 100), {}};
  if (depth > 0) {
    int k = rng.Below(4);
    for (int i = 0; i < k; ++i) t.kids.push_back(RandomTNode(rng, depth - 1 - rng.Below(2)));
  }
  return t;
}

// A tree that is its own mirror image: random subtrees, an optional
// symmetric middle one, then the mirrors of the first ones in reverse.
TNode SymmetricTNode(Rng& rng, int depth) {
  TNode t{rng.Range(10, 200), rng.Range(10, 100), {}};
  if (depth <= 0) return t;
  int k = rng.Below(4);
  std::vector<TNode> side;
  for (int i = 0; i < k; ++i)
    side.push_back(rng.Below(3) == 0 ? SymmetricTNode(rng, depth - 1) : RandomTNode(rng, depth - 1 - rng.Below(2)));
  t.kids = side;
  if (rng.Below(2)) t.kids.push_back(SymmetricTNode(rng, depth - 1));
  for (auto it = side.rbegin(); it != side.rend(); ++it) t.kids.push_back(Mirror(*it));
  return t;
}

// Pre-order flattening; `reversed` visits children right to left and only
// records the visiting order.
void Flatten(const TNode& t, int parent, LayoutInput* in) {
  int me = static_cast<int>(in->parent.size());
  in->parent.push_back(parent);
  in->width.push_back(t.w);
  in->height.push_back(t.h);
  for (const TNode& c : t.kids) Flatten(c, me, in);
}
void ReversedOrder(const TNode& t, int* next_index, std::vector<int>* order) {
  // Pre-order indices of t's nodes are assigned left to right; recompute them.
  int me = (*next_index)++;
  std::vector<int> firsts;
  for (const TNode& c : t.kids) {
    firsts.push_back(*next_index);
    int count = 0;
    std::vector<const TNode*> stack{&c};
    while (!stack.empty()) {
      const TNode* s = stack.back();
      stack.pop_back();
      ++count;
      for (const TNode& g : s->kids) stack.push_back(&g);
    }
    *next_index += count;
  }
  order->push_back(me);
  for (size_t i = t.kids.size(); i-- > 0;) {
    int idx = firsts[i];
    ReversedOrder(t.kids[i], &idx, order);
  }
}

LayoutInput Chain(int n) {
  LayoutInput in;
  for (int i = 0; i < n; ++i) {
    in.parent.push_back(i - 1);
    in.width.push_back(100 + (i % 7) * 10);
    in.height.push_back(40 + (i % 3) * 8);
  }
  return in;
}

LayoutInput Star(int n) {
  LayoutInput in;
  for (int i = 0; i < n; ++i) {
    in.parent.push_back(i == 0 ? -1 : 0);
    in.width.push_back(100 + (i % 5) * 20);
    in.height.push_back(50 + (i % 4) * 5);
  }
  return in;
}

}  // namespace

TEST_CASE("org layout: invariants on random forests, both orientations, compact on and off") {
  const Shape shapes[] = {Shape::Random, Shape::Bushy, Shape::Deep};
  int cases = 0;
  for (uint64_t seed = 1; seed <= 60; ++seed) {
    Rng rng(seed * 7919);
    Shape shape = shapes[seed % 3];
    int n = 1 + rng.Below(250);
    int roots = 1 + (seed % 4 == 0 ? rng.Below(4) : 0);
    LayoutInput in = RandomForest(n, seed, shape, std::min(roots, n));
    if (seed % 5 == 0) {  // collapse a few nodes
      in.collapsed.assign(n, 0);
      for (int k = 0; k < 3; ++k) in.collapsed[rng.Below(n)] = 1;
    }
    for (int lr = 0; lr < 2; ++lr)
      for (int compact = 0; compact < 2; ++compact) {
        LayoutOptions o;
        o.left_right = lr != 0;
        o.compact = compact != 0;
        o.compact_min_leaves = 2 + rng.Below(5);
        o.compact_columns = rng.Below(3) == 0 ? 1 + rng.Below(4) : 0;
        if (seed % 7 == 0) {
          o.sibling_gap = 0;
          o.level_gap = 3;
          o.root_gap = 5;
        }
        CAPTURE(seed);
        CAPTURE(lr);
        CAPTURE(compact);
        CheckLayout(in, o, LayoutForest(in, o));
        ++cases;
      }
  }
  CHECK(cases == 240);
}

TEST_CASE("org layout: small trees placed exactly") {
  LayoutOptions o;  // sibling_gap 16, level_gap 40
  SUBCASE("single node") {
    LayoutInput in{{-1}, {120}, {60}, {}};
    LayoutResult r = LayoutForest(in, o);
    CHECK(r.x[0] == 0);
    CHECK(r.y[0] == 0);
    CHECK(r.max_x == 120);
    CHECK(r.max_y == 60);
  }
  SUBCASE("parent over two children of different widths") {
    // Children 100 and 200 wide side by side 16 apart: centres 50 and 216.
    LayoutInput in{{-1, 0, 0}, {60, 100, 200}, {30, 50, 70}, {}};
    LayoutResult r = LayoutForest(in, o);
    CHECK(r.x[1] == doctest::Approx(0));
    CHECK(r.x[2] == doctest::Approx(116));
    CHECK(r.x[0] + 30 == doctest::Approx((50 + 216) / 2.0));
    CHECK(r.y[1] == doctest::Approx(70));
    CHECK(r.y[2] == doctest::Approx(70));
  }
  SUBCASE("non-layered: a child starts below its own parent, not below a taller neighbour") {
    // Root with a tall child A (height 200) and a short child B (height 20)
    // that has a wide child C. C starts level_gap below B, not below A.
    LayoutInput in{{-1, 0, 0, 2}, {50, 50, 50, 300}, {20, 200, 20, 20}, {}};
    LayoutResult r = LayoutForest(in, o);
    CHECK(r.y[3] == doctest::Approx(20 + 40 + 20 + 40));
    CHECK(r.y[1] == doctest::Approx(60));
    // C's depth range [120,140) overlaps A's [60,260): C must clear A.
    CHECK(r.x[3] >= r.x[1] + 50 + 16 - 1e-3);
  }
  SUBCASE("a subtree whose children reach under its left neighbour sits right next to it") {
    // A: a flat leaf; B: a small box with two wide children that spread
    // under A (A's box, extended by level_gap, ends before they start). B
    // itself must still be sibling_gap from A, not where its own frame put it.
    LayoutInput in{{-1, 0, 0, 2, 2}, {40, 100, 40, 200, 200}, {20, 10, 20, 20, 20}, {}};
    LayoutResult r = LayoutForest(in, o);
    CHECK(r.x[2] - (r.x[1] + 100) == doctest::Approx(16));
    CHECK(r.x[3] < r.x[1] + 100);  // tucked under A
    CHECK(r.x[4] - (r.x[3] + 200) == doctest::Approx(16));
  }
  SUBCASE("a deep left subtree pushes a later sibling, the middle ones are spread evenly") {
    // 0: root; 1: left, with a wide child 5; 2,3: leaves; 4: right, with a
    // wide child 6. The wide grandchildren force 1 and 4 apart; 2 and 3 are
    // spread evenly between them.
    LayoutInput in{{-1, 0, 0, 0, 0, 1, 4}, {40, 40, 40, 40, 40, 400, 400}, {20, 20, 20, 20, 20, 20, 20}, {}};
    LayoutResult r = LayoutForest(in, o);
    double g1 = r.x[2] - r.x[1], g2 = r.x[3] - r.x[2], g3 = r.x[4] - r.x[3];
    CHECK(g1 == doctest::Approx(g2));
    CHECK(g2 == doctest::Approx(g3));
    CHECK(r.x[6] - (r.x[5] + 400) == doctest::Approx(16));
  }
}

TEST_CASE("org layout: a tree that is its own mirror image is drawn symmetric") {
  for (uint64_t seed = 1; seed <= 80; ++seed) {
    Rng rng(seed * 31337);
    TNode t = SymmetricTNode(rng, 2 + rng.Below(4));
    LayoutInput in;
    Flatten(t, -1, &in);
    std::vector<int> mirror_order;
    int next = 0;
    ReversedOrder(t, &next, &mirror_order);
    REQUIRE(mirror_order.size() == in.parent.size());
    for (int lr = 0; lr < 2; ++lr) {
      LayoutOptions o;
      o.left_right = lr != 0;
      LayoutResult r = LayoutForest(in, o);
      double axis = BoxOf(in, r, o, 0).b0 + (BoxOf(in, r, o, 0).b1 - BoxOf(in, r, o, 0).b0) / 2;
      int bad = 0;
      for (size_t p = 0; p < mirror_order.size(); ++p) {
        int a = int(p), b = mirror_order[p];  // pre-order position p and its mirror
        Box ba = BoxOf(in, r, o, a), bb = BoxOf(in, r, o, b);
        double ca = (ba.b0 + ba.b1) / 2 - axis, cb = (bb.b0 + bb.b1) / 2 - axis;
        if (std::fabs(ca + cb) > Tol(std::fabs(ca) + axis) || std::fabs(ba.d0 - bb.d0) > 1e-3) ++bad;
      }
      CAPTURE(seed);
      CAPTURE(in.parent.size());
      CHECK(bad == 0);
    }
  }
}

TEST_CASE("org layout: collapsed subtrees are hidden and take no space") {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    Rng rng(seed);
    const int n = 40 + rng.Below(80);
    LayoutInput in = RandomForest(n, seed + 100, Shape::Random);
    in.collapsed.assign(n, 0);
    int c = rng.Below(n / 2);
    in.collapsed[c] = 1;
    // The same forest without c's descendants.
    std::vector<int> keep_index(n, -1);
    std::vector<uint8_t> gone(n, 0);
    LayoutInput cut;
    for (int i = 0; i < n; ++i) {
      int p = in.parent[i];
      gone[i] = p >= 0 && (gone[p] || p == c);
      if (gone[i]) continue;
      keep_index[i] = int(cut.parent.size());
      cut.parent.push_back(p < 0 ? -1 : keep_index[p]);
      cut.width.push_back(in.width[i]);
      cut.height.push_back(in.height[i]);
    }
    for (int compact = 0; compact < 2; ++compact) {
      LayoutOptions o;
      o.compact = compact != 0;
      LayoutResult r = LayoutForest(in, o), rc = LayoutForest(cut, o);
      int bad = 0;
      for (int i = 0; i < n; ++i) {
        if (gone[i]) {
          bad += r.visible[i] != 0;
          continue;
        }
        int k = keep_index[i];
        bad += !r.visible[i] || r.x[i] != rc.x[k] || r.y[i] != rc.y[k] || r.in_grid[i] != rc.in_grid[k];
      }
      CAPTURE(seed);
      CHECK(bad == 0);
      CHECK(r.max_x == rc.max_x);
      CHECK(r.max_y == rc.max_y);
    }
  }
}

TEST_CASE("org layout: left_right is the top-down layout of the swapped boxes, transposed") {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    LayoutInput in = RandomForest(30 + int(seed) * 7, seed + 500, Shape::Bushy, 1 + seed % 3);
    LayoutInput swapped = in;
    std::swap(swapped.width, swapped.height);
    for (int compact = 0; compact < 2; ++compact) {
      LayoutOptions lr, td;
      lr.left_right = true;
      lr.compact = td.compact = compact != 0;
      LayoutResult a = LayoutForest(in, lr), b = LayoutForest(swapped, td);
      int bad = 0;
      for (size_t i = 0; i < in.parent.size(); ++i)
        bad += a.x[i] != b.y[i] || a.y[i] != b.x[i] || a.in_grid[i] != b.in_grid[i];
      CHECK(bad == 0);
      CHECK(a.max_x == b.max_y);
      CHECK(a.max_y == b.max_x);
    }
  }
  // Root on the left: children are level_gap to the right of their parent
  // and stacked down the screen.
  LayoutInput in{{-1, 0, 0}, {100, 80, 80}, {30, 40, 50}, {}};
  LayoutOptions o;
  o.left_right = true;
  LayoutResult r = LayoutForest(in, o);
  CHECK(r.x[0] == 0);
  CHECK(r.x[1] == doctest::Approx(140));
  CHECK(r.x[2] == doctest::Approx(140));
  CHECK(r.y[1] == doctest::Approx(0));
  CHECK(r.y[2] == doctest::Approx(56));
  CHECK(r.y[0] + 15 == doctest::Approx((20 + 56 + 25) / 2.0));
  CHECK(r.max_x == doctest::Approx(220));
  CHECK(r.max_y == doctest::Approx(106));
}

TEST_CASE("org layout: compact grids") {
  // Root 200x40 with ten 100x50 leaves: ceil(sqrt(10)) = 4 columns, 3 rows.
  LayoutInput in;
  in.parent.push_back(-1);
  in.width.push_back(200);
  in.height.push_back(40);
  for (int i = 0; i < 10; ++i) {
    in.parent.push_back(0);
    in.width.push_back(100);
    in.height.push_back(50);
  }
  LayoutOptions o;
  o.compact = true;
  LayoutResult r = LayoutForest(in, o);
  const double block = 4 * 100 + 3 * 16;
  CHECK(r.in_grid[0] == 0);
  CHECK(r.x[0] == doctest::Approx(block / 2 - 100));
  for (int k = 0; k < 10; ++k) {
    CAPTURE(k);
    CHECK(r.in_grid[1 + k] == 1);
    CHECK(r.x[1 + k] == doctest::Approx((k % 4) * 116));
    CHECK(r.y[1 + k] == doctest::Approx(40 + 40 + (k / 4) * 66));
  }
  CHECK(r.max_x == doctest::Approx(block));
  CHECK(r.max_y == doctest::Approx(80 + 2 * 66 + 50));

  SUBCASE("explicit columns; boxes centred across their column") {
    in.width[3] = 60;  // column 2 of a 3-column grid is 100 wide, this box is centred in it
    o.compact_columns = 3;
    r = LayoutForest(in, o);
    CHECK(r.x[3] == doctest::Approx(2 * 116 + 20));
    CHECK(r.x[4] == doctest::Approx(0));
    CHECK(r.y[4] == doctest::Approx(80 + 66));
    CHECK(r.y[10] == doctest::Approx(80 + 3 * 66));
  }
  SUBCASE("too few leaves, or a child with children of its own: one row") {
    o.compact_min_leaves = 11;
    r = LayoutForest(in, o);
    for (int k = 1; k <= 10; ++k) CHECK(r.in_grid[k] == 0);
    o.compact_min_leaves = 6;
    in.parent.push_back(5);
    in.width.push_back(10);
    in.height.push_back(10);
    r = LayoutForest(in, o);
    for (int k = 1; k <= 10; ++k) CHECK(r.in_grid[k] == 0);
    // Collapsing that child makes it a leaf again: the grid comes back.
    in.collapsed.assign(in.parent.size(), 0);
    in.collapsed[5] = 1;
    r = LayoutForest(in, o);
    for (int k = 1; k <= 10; ++k) CHECK(r.in_grid[k] == 1);
    CHECK(r.visible[11] == 0);
  }
  SUBCASE("a grid block is one box for its neighbours") {
    // Two such roots under a common root: the grids sit side by side.
    LayoutInput two;
    two.parent.push_back(-1);
    two.width.push_back(50);
    two.height.push_back(20);
    for (int t = 0; t < 2; ++t) {
      int p = int(two.parent.size());
      two.parent.push_back(0);
      two.width.push_back(200);
      two.height.push_back(40);
      for (int i = 0; i < 10; ++i) {
        two.parent.push_back(p);
        two.width.push_back(100);
        two.height.push_back(50);
      }
    }
    LayoutResult q = LayoutForest(two, o);
    CheckLayout(two, o, q);
    CHECK(q.x[13] - (q.x[2 + 3] + 100) == doctest::Approx(16));  // first leaf of grid 2 after last column of grid 1
  }
}

TEST_CASE("org layout: degenerate input") {
  LayoutOptions o;
  LayoutResult r = LayoutForest(LayoutInput{}, o);
  CHECK(r.x.empty());
  CHECK(r.max_x == 0);
  // Missing sizes, zero and negative sizes and gaps, a self-parent, an
  // out-of-range parent, a cycle (hidden).
  LayoutInput in;
  in.parent = {-1, 0, 0, 3, 99, 6, 5};
  in.width = {10, 0, -5};
  in.height = {0, std::nanf(""), 10, 10};
  o.sibling_gap = -1;
  o.level_gap = 0;
  r = LayoutForest(in, o);
  CHECK(r.visible == std::vector<uint8_t>{1, 1, 1, 1, 1, 0, 0});
  for (int i = 0; i < 5; ++i) {
    CHECK(std::isfinite(r.x[i]));
    CHECK(std::isfinite(r.y[i]));
  }
  CHECK(r.x[5] == 0);
  // All-zero boxes with zero gaps still terminate and stack nothing oddly.
  LayoutInput zeros;
  for (int i = 0; i < 200; ++i) {
    zeros.parent.push_back(i == 0 ? -1 : (i - 1) / 3);
    zeros.width.push_back(0);
    zeros.height.push_back(0);
  }
  o = LayoutOptions{};
  o.sibling_gap = o.level_gap = o.root_gap = 0;
  r = LayoutForest(zeros, o);
  for (int i = 0; i < 200; ++i) CHECK(r.x[i] == 0);
}

TEST_CASE("org layout: 100,000-node chain, star and random trees") {
  const int n = 100000;
  SUBCASE("chain") {
    LayoutInput in = Chain(n);
    for (int lr = 0; lr < 2; ++lr) {
      LayoutOptions o;
      o.left_right = lr != 0;
      LayoutResult r = LayoutForest(in, o);
      int bad = 0;
      for (int i = 1; i < n; ++i) {
        Box p = BoxOf(in, r, o, i - 1), c = BoxOf(in, r, o, i);
        bad += std::fabs((p.b0 + p.b1) / 2 - (c.b0 + c.b1) / 2) > 1e-3 ||
               std::fabs(c.d0 - (p.d1 + o.level_gap)) > Tol(c.d0);
      }
      CHECK(bad == 0);
    }
  }
  SUBCASE("star") {
    LayoutInput in = Star(n);
    for (int compact = 0; compact < 2; ++compact) {
      LayoutOptions o;
      o.compact = compact != 0;
      LayoutResult r = LayoutForest(in, o);
      CheckLayout(in, o, r);
      if (!compact) {
        int bad = 0;
        for (int i = 2; i < n; ++i) bad += std::fabs(r.x[i] - (r.x[i - 1] + in.width[i - 1] + 16)) > Tol(r.x[i]);
        CHECK(bad == 0);
      }
    }
  }
  SUBCASE("random") {
    const Shape shapes[] = {Shape::Random, Shape::Bushy, Shape::Deep};
    for (int s = 0; s < 3; ++s) {
      LayoutInput in = RandomForest(n, 42 + s, shapes[s], 3);
      LayoutOptions o;
      o.compact = s == 1;
      o.left_right = s == 2;
      CAPTURE(s);
      CheckLayout(in, o, LayoutForest(in, o));
    }
  }
}

TEST_CASE("org layout: work grows linearly with the number of nodes") {
  // Steps per node, for several shapes and sizes, against one constant.
  auto work_of = [](const LayoutInput& in, bool compact) {
    int64_t work = 0;
    LayoutOptions o;
    o.compact = compact;
    o.work_counter = &work;
    LayoutForest(in, o);
    return work;
  };
  // Shapes known to be hard for contour walks: combs (each node a deep chain
  // on one side and leaves on the other), and a root whose children are
  // alternately long chains and leaves.
  auto comb = [](int n, bool left) {
    LayoutInput in;
    for (int i = 0; i < n; ++i) {
      // Children of spine node s_k are 2k+1 and 2k+2; the spine goes on
      // through the first (left comb) or the second (right comb).
      int k = (i - 1) / 2;
      int p = i == 0 ? -1 : (k == 0 ? 0 : (left ? 2 * k - 1 : 2 * k));
      in.parent.push_back(p);
      in.width.push_back(50 + (i * 37 % 100));
      in.height.push_back(20 + (i * 13 % 60));
    }
    return in;
  };
  auto chains = [](int n) {
    LayoutInput in;
    in.parent.push_back(-1);
    int chain_len = 1;
    while (int(in.parent.size()) < n) {
      int prev = 0;
      for (int k = 0; k < chain_len && int(in.parent.size()) < n; ++k) {
        in.parent.push_back(prev);
        prev = int(in.parent.size()) - 1;
      }
      chain_len = chain_len * 2 % 997 + 1;
    }
    in.width.assign(n, 80);
    in.height.assign(n, 30);
    for (int i = 0; i < n; ++i) in.width[i] = 40.f + float(i % 9) * 20.f;
    return in;
  };
  const Shape shapes[] = {Shape::Random, Shape::Bushy, Shape::Deep};
  for (int n : {1000, 10000, 100000}) {
    CAPTURE(n);
    std::vector<LayoutInput> inputs = {Chain(n), Star(n), comb(n, true), comb(n, false), chains(n)};
    for (Shape s : shapes) inputs.push_back(RandomForest(n, uint64_t(n) + int(s), s, 2));
    for (size_t k = 0; k < inputs.size(); ++k)
      for (int compact = 0; compact < 2; ++compact) {
        CAPTURE(k);
        CAPTURE(compact);
        int64_t work = work_of(inputs[k], compact != 0);
        CHECK(work >= n);
        CHECK(work <= 8 * int64_t(n));
      }
  }
}
