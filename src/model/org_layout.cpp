// Non-layered tidy tree layout (van der Ploeg 2014), made iterative.
//
// The layout works in breadth/depth terms ("b" across siblings, "d" down the
// tree) and transposes at the end for left_right. The two walks of the paper
// become two loops over one parent-before-child order of the layout tree:
//  - first walk: in reverse order (every child before its parent), place each
//    node's children next to each other with the contour walk, thread the
//    contours, and centre the node over its first and last child;
//  - second walk: in order (every parent before its children), sum the
//    modifiers down from the root and apply the spreading of the smaller
//    subtrees between two that touched.
// The recursion of the paper only ever passes state from children to their
// parent (first walk) or from a parent to its children (second walk), so
// these orders give exactly its results without a call stack.
//
// Compact grids: the leaves of a grid parent are replaced in the layout tree
// by one virtual leaf, the grid block; they are placed inside it at the end.
#include "model/org_layout.h"

#include <algorithm>
#include <cmath>

namespace mlt {
namespace {

double NonNegative(double v) { return std::isfinite(v) && v > 0 ? v : 0.0; }

struct Node {
  double w = 0;       // breadth of the box
  double h = 0;       // depth of the box plus level_gap: the next level starts at y + h
  double y = 0;       // depth coordinate of the top of the box
  double prelim = 0;  // preliminary breadth coordinate, relative to the parent's modifier sum
  double mod = 0;     // modifier: moves this node's whole subtree
  double shift = 0, change = 0;  // spreading of intermediate siblings (applied in the second walk)
  double msel = 0, mser = 0;     // modifier sums from this node down to el / er
  double x = 0;       // final breadth coordinate (left side), before the forest offset
  double msum = 0;    // modifier sum from the root down to this node (second walk)
  int tl = -1, tr = -1;  // left / right threads (only on leaves)
  int el = -1, er = -1;  // extreme left / right nodes of the deepest part of the subtree
  int first = 0, count = 0;  // children: kids[first, first + count)
  int parent = -1;
};

// One entry of the paper's IYL list: a left sibling still visible on the
// right contour of the siblings placed so far, down to `low`.
struct LowIndex {
  double low;
  int index;
};

class Tidy {
 public:
  Tidy(std::vector<Node>* nodes, const std::vector<int>* kids, double sibling_gap)
      : t_(*nodes), kids_(*kids), gap_(sibling_gap) {}

  int64_t work() const { return work_; }

  // First walk for one node whose children are all done.
  void FirstWalk(int v) {
    Node& n = t_[v];
    ++work_;
    if (n.count == 0) {
      n.el = n.er = v;
      n.msel = n.mser = 0;
      return;
    }
    stack_.clear();
    UpdateLows(Bottom(t_[Kid(v, 0)].el), 0);
    for (int i = 1; i < n.count; ++i) {
      // The lowest coordinate while the extreme nodes still point into child i.
      double low = Bottom(t_[Kid(v, i)].er);
      Separate(v, i);
      UpdateLows(low, i);
    }
    const Node& a = t_[Kid(v, 0)];
    const Node& z = t_[Kid(v, n.count - 1)];
    double centre = ((a.prelim + a.mod + a.w / 2) + (z.prelim + z.mod + z.w / 2)) / 2;
    n.prelim = centre - n.w / 2;
    n.el = a.el;
    n.msel = a.msel;
    n.er = z.er;
    n.mser = z.mser;
  }

  // Second walk for one node whose parent is done: its final coordinate, then
  // the spreading of its children into their modifiers.
  void SecondWalk(int v) {
    Node& n = t_[v];
    n.msum = (n.parent >= 0 ? t_[n.parent].msum : 0.0) + n.mod;
    n.x = n.prelim + n.msum;
    double d = 0, delta = 0;
    for (int i = 0; i < n.count; ++i) {
      Node& c = t_[Kid(v, i)];
      d += c.shift;
      delta += d + c.change;
      c.mod += delta;
    }
  }

 private:
  int Kid(int v, int i) const { return kids_[t_[v].first + i]; }
  double Bottom(int v) const { return t_[v].y + t_[v].h; }
  int NextLeft(int v) const { return t_[v].count == 0 ? t_[v].tl : Kid(v, 0); }
  int NextRight(int v) const { return t_[v].count == 0 ? t_[v].tr : Kid(v, t_[v].count - 1); }

  void UpdateLows(double low, int i) {
    // Siblings hidden by the new subtree leave the right contour.
    while (!stack_.empty() && low >= stack_.back().low) {
      stack_.pop_back();
      ++work_;
    }
    stack_.push_back({low, i});
  }

  // Places child i of v to the right of children 0..i-1, as close as the
  // right contour of those and the left contour of child i allow.
  void Separate(int v, int i) {
    int sr = Kid(v, i - 1);
    double mssr = t_[sr].mod;
    int cl = Kid(v, i);
    double mscl = t_[cl].mod;
    int ih = static_cast<int>(stack_.size()) - 1;  // stack_[ih]: the sibling that owns sr
    bool roots = true;
    while (sr >= 0 && cl >= 0) {
      ++work_;
      if (ih > 0 && Bottom(sr) > stack_[ih].low) --ih;
      double dist = (mssr + t_[sr].prelim + t_[sr].w + gap_) - (mscl + t_[cl].prelim);
      // The first pair is the two sibling boxes themselves: start child i
      // right next to child i-1 (also leftwards: in its own frame its box can
      // lie far right of where its left contour begins; the paper's code
      // leaves such a subtree too far right), then only ever push it right.
      if (dist > 0 || roots) {
        mscl += dist;
        MoveSubtree(v, i, stack_[ih].index, dist);
      }
      roots = false;
      double sy = Bottom(sr), cy = Bottom(cl);
      if (sy <= cy) {
        sr = NextRight(sr);
        if (sr >= 0) mssr += t_[sr].mod;
      }
      if (sy >= cy) {
        cl = NextLeft(cl);
        if (cl >= 0) mscl += t_[cl].mod;
      }
    }
    if (sr < 0 && cl >= 0) {
      SetLeftThread(v, i, cl, mscl);  // child i reaches deeper than its left siblings
    } else if (sr >= 0 && cl < 0) {
      SetRightThread(v, i, sr, mssr);  // the left siblings reach deeper than child i
    }
  }

  void MoveSubtree(int v, int i, int si, double dist) {
    Node& c = t_[Kid(v, i)];
    c.mod += dist;
    c.msel += dist;
    c.mser += dist;
    if (si != i - 1) {  // spread the siblings between si and i evenly
      double nr = i - si;
      t_[Kid(v, si + 1)].shift += dist / nr;
      c.shift -= dist / nr;
      c.change -= dist - dist / nr;
    }
  }

  void SetLeftThread(int v, int i, int cl, double modsum_cl) {
    Node& a = t_[Kid(v, 0)];
    const Node& c = t_[Kid(v, i)];
    Node& li = t_[a.el];
    li.tl = cl;
    // Adjust the modifier so that the sum after following the thread is right,
    // and the preliminary coordinate so that li itself does not move.
    double diff = (modsum_cl - t_[cl].mod) - a.msel;
    li.mod += diff;
    li.prelim -= diff;
    a.el = c.el;
    a.msel = c.msel;
  }

  void SetRightThread(int v, int i, int sr, double modsum_sr) {
    Node& c = t_[Kid(v, i)];
    const Node& left = t_[Kid(v, i - 1)];
    Node& ri = t_[c.er];
    ri.tr = sr;
    double diff = (modsum_sr - t_[sr].mod) - c.mser;
    ri.mod += diff;
    ri.prelim -= diff;
    c.er = left.er;
    c.mser = left.mser;
  }

  std::vector<Node>& t_;
  const std::vector<int>& kids_;
  double gap_;
  std::vector<LowIndex> stack_;
  int64_t work_ = 0;
};

}  // namespace

LayoutResult LayoutForest(const LayoutInput& in, const LayoutOptions& options) {
  LayoutResult r;
  const int n = static_cast<int>(in.parent.size());
  r.x.assign(n, 0.f);
  r.y.assign(n, 0.f);
  r.visible.assign(n, 0);
  r.in_grid.assign(n, 0);
  if (n == 0) return r;

  const bool lr = options.left_right;
  const double sibling_gap = NonNegative(options.sibling_gap);
  const double level_gap = NonNegative(options.level_gap);
  const double root_gap = NonNegative(options.root_gap);
  auto screen_w = [&](int i) { return i < static_cast<int>(in.width.size()) ? NonNegative(in.width[i]) : 0.0; };
  auto screen_h = [&](int i) { return i < static_cast<int>(in.height.size()) ? NonNegative(in.height[i]) : 0.0; };
  auto breadth = [&](int i) { return lr ? screen_h(i) : screen_w(i); };
  auto depth = [&](int i) { return lr ? screen_w(i) : screen_h(i); };
  auto collapsed = [&](int i) { return i < static_cast<int>(in.collapsed.size()) && in.collapsed[i] != 0; };
  int64_t work = 0;

  // Children of every node, in index order (CSR).
  std::vector<int> par(n), start(n + 1, 0), kids(n);
  for (int i = 0; i < n; ++i) {
    int p = in.parent[i];
    if (p < 0 || p >= n || p == i) p = -1;
    par[i] = p;
    if (p >= 0) ++start[p + 1];
  }
  for (int i = 0; i < n; ++i) start[i + 1] += start[i];
  {
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int i = 0; i < n; ++i)
      if (par[i] >= 0) kids[fill[par[i]]++] = i;
  }
  auto visible_kids = [&](int v) { return collapsed(v) ? 0 : start[v + 1] - start[v]; };

  // Visible nodes in pre-order, trees in root index order.
  std::vector<int> order;
  order.reserve(n);
  {
    std::vector<int> stack;
    for (int root = 0; root < n; ++root) {
      if (par[root] >= 0) continue;
      stack.push_back(root);
      while (!stack.empty()) {
        int v = stack.back();
        stack.pop_back();
        r.visible[v] = 1;
        order.push_back(v);
        if (collapsed(v)) continue;
        for (int k = start[v + 1] - 1; k >= start[v]; --k) stack.push_back(kids[k]);
      }
    }
  }

  // Compact grids: which visible nodes put their leaves in a grid.
  std::vector<uint8_t> grid_parent(n, 0);
  int grids = 0;
  if (options.compact) {
    const int min_leaves = std::max(1, options.compact_min_leaves);
    for (int v : order) {
      int count = visible_kids(v);
      if (count < min_leaves) continue;
      bool all_leaves = true;
      for (int k = start[v]; k < start[v + 1] && all_leaves; ++k) all_leaves = visible_kids(kids[k]) == 0;
      if (!all_leaves) continue;
      grid_parent[v] = 1;
      ++grids;
      for (int k = start[v]; k < start[v + 1]; ++k) r.in_grid[kids[k]] = 1;
    }
  }

  // The layout tree: the visible nodes that are not grid leaves, plus one
  // virtual leaf (node n + g) per grid. `lorder` lists it parents first, each
  // tree contiguous (a grid block right after its parent).
  std::vector<Node> t(static_cast<size_t>(n) + grids);
  std::vector<int> lkids;
  lkids.reserve(order.size());
  std::vector<int> lorder;
  lorder.reserve(order.size() + grids);
  std::vector<double> cell_b(n, 0.0), cell_d(n, 0.0);  // grid leaves: offset inside their block
  std::vector<double> col_w, row_h;
  int next_block = n;
  for (int v : order) {
    if (r.in_grid[v]) continue;
    Node& node = t[v];
    node.w = breadth(v);
    node.h = depth(v) + level_gap;
    node.parent = par[v];
    node.first = static_cast<int>(lkids.size());
    lorder.push_back(v);
    if (grid_parent[v]) {
      const int count = start[v + 1] - start[v];
      int cols = options.compact_columns > 0 ? options.compact_columns
                                             : std::max(2, static_cast<int>(std::ceil(std::sqrt(double(count)))));
      cols = std::max(1, std::min(cols, count));
      const int rows = (count + cols - 1) / cols;
      col_w.assign(cols, 0.0);
      row_h.assign(rows, 0.0);
      for (int k = 0; k < count; ++k) {
        int c = kids[start[v] + k];
        col_w[k % cols] = std::max(col_w[k % cols], breadth(c));
        row_h[k / cols] = std::max(row_h[k / cols], depth(c));
      }
      // Turn sizes into start offsets (prefix sums with gaps).
      double sum_b = 0, sum_d = 0;
      for (double& w : col_w) {
        double s = sum_b;
        sum_b += w + sibling_gap;
        w = s;
      }
      for (double& h : row_h) {
        double s = sum_d;
        sum_d += h + sibling_gap;
        h = s;
      }
      const double block_b = sum_b - sibling_gap, block_d = sum_d - sibling_gap;
      for (int k = 0; k < count; ++k) {
        int c = kids[start[v] + k];
        int col = k % cols;
        double cell_w = (col + 1 < cols ? col_w[col + 1] - sibling_gap : block_b) - col_w[col];
        cell_b[c] = col_w[col] + (cell_w - breadth(c)) / 2;
        cell_d[c] = row_h[k / cols];
      }
      const int block = next_block++;
      Node& b = t[block];
      b.w = block_b;
      b.h = block_d + level_gap;
      b.parent = v;
      b.first = 0;  // a leaf
      lkids.push_back(block);
      t[v].count = 1;
      lorder.push_back(block);
      work += count;
    } else if (!collapsed(v)) {
      for (int k = start[v]; k < start[v + 1]; ++k) lkids.push_back(kids[k]);
      node.count = start[v + 1] - start[v];
    }
  }

  // Depth coordinates: each child starts where its parent's box plus level_gap ends.
  for (int v : lorder) {
    Node& node = t[v];
    node.y = node.parent >= 0 ? t[node.parent].y + t[node.parent].h : 0.0;
  }

  Tidy tidy(&t, &lkids, sibling_gap);
  for (auto it = lorder.rbegin(); it != lorder.rend(); ++it) tidy.FirstWalk(*it);
  for (int v : lorder) tidy.SecondWalk(v);
  work += tidy.work();

  // The forest: each tree's bounding box root_gap after the previous one.
  double cursor = 0;
  auto place = [&](int v, double b, double d) {
    if (lr) {
      r.x[v] = static_cast<float>(d);
      r.y[v] = static_cast<float>(b);
    } else {
      r.x[v] = static_cast<float>(b);
      r.y[v] = static_cast<float>(d);
    }
  };
  for (size_t begin = 0; begin < lorder.size();) {
    size_t end = begin + 1;
    while (end < lorder.size() && t[lorder[end]].parent >= 0) ++end;
    double lo = t[lorder[begin]].x, hi = lo + t[lorder[begin]].w;
    for (size_t k = begin; k < end; ++k) {
      const Node& node = t[lorder[k]];
      lo = std::min(lo, node.x);
      hi = std::max(hi, node.x + node.w);
    }
    const double offset = cursor - lo;
    for (size_t k = begin; k < end; ++k) {
      int v = lorder[k];
      const Node& node = t[v];
      if (v < n) {
        place(v, node.x + offset, node.y);
        continue;
      }
      int p = node.parent;  // a grid block: place the parent's leaves in it
      for (int j = start[p]; j < start[p + 1]; ++j) {
        int c = kids[j];
        place(c, node.x + offset + cell_b[c], node.y + cell_d[c]);
      }
    }
    cursor += (hi - lo) + root_gap;
    work += static_cast<int64_t>(end - begin);
    begin = end;
  }

  bool any = false;
  for (int v : order) {
    float x1 = r.x[v] + static_cast<float>(screen_w(v)), y1 = r.y[v] + static_cast<float>(screen_h(v));
    if (!any) {
      r.min_x = r.x[v];
      r.min_y = r.y[v];
      r.max_x = x1;
      r.max_y = y1;
      any = true;
    } else {
      r.min_x = std::min(r.min_x, r.x[v]);
      r.min_y = std::min(r.min_y, r.y[v]);
      r.max_x = std::max(r.max_x, x1);
      r.max_y = std::max(r.max_y, y1);
    }
  }
  if (options.work_counter) *options.work_counter += work + static_cast<int64_t>(order.size());
  return r;
}

}  // namespace mlt
