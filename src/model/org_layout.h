// Tidy layout of a forest of variable-sized boxes in linear time (the
// non-layered variant of Walker / Buchheim-Juenger-Leipert by van der Ploeg,
// "Drawing non-layered tidy trees in linear time", 2014). Pure geometry: the
// org chart (src/ui) gives boxes and parent links and draws what comes back.
//
// Terms: the tree grows along its *depth* axis (down the screen top-down,
// rightwards left_right) and siblings sit side by side along its *breadth*
// axis (across top-down, down the screen left_right).
//  - A child's box starts level_gap after its parent's box ends (depth axis;
//    non-layered: each child follows its own parent, not a global row).
//  - A parent is centred (breadth axis) over the centres of its first and
//    last visible child; a compact-grid parent over the middle of its grid.
//  - Neighbouring subtrees sit as close as their contours allow: boxes of
//    different subtrees whose depth ranges, each extended by level_gap at its
//    far end, overlap are at least sibling_gap apart along the breadth axis.
//  - Smaller subtrees between two that touch are spread evenly (BJL), so a
//    tree that is its own mirror image is drawn mirror-symmetric (compact
//    grids aside: they fill row by row from the left).
//  - Trees of a forest are placed side by side along the breadth axis, in
//    root index order, their bounding boxes root_gap apart.
#pragma once
#include <cstdint>
#include <vector>

namespace mlt {

struct LayoutInput {
  // parent[i] < 0 (or out of range, or i itself): a root. Children keep the
  // order of their indices. Every chain of parents must end at a root; nodes
  // on a cycle anyway are not reachable from a root and come back hidden.
  std::vector<int> parent;
  // Box size of each node ON SCREEN in both orientations: width along screen
  // x, height along screen y (missing, negative or non-finite entries count
  // as 0). Top-down: breadth = width, depth = height. left_right: breadth =
  // height, depth = width (the tree is laid out in breadth/depth terms and
  // then transposed; boxes are not rotated).
  std::vector<float> width, height;
  std::vector<uint8_t> collapsed;    // optional (empty = none): 1 hides the node's whole subtree below it
};

struct LayoutOptions {
  bool left_right = false;   // false: root on top, children below; true: root on the left
  // Gaps (negative or non-finite values count as 0), in screen pixels along
  // the named axis: sibling_gap along the breadth axis (screen x top-down,
  // screen y left_right), level_gap along the depth axis, root_gap along the
  // breadth axis between the bounding boxes of the trees of a forest.
  float sibling_gap = 16;    // between neighbouring boxes of one level / subtree contours
  float level_gap = 40;      // between a parent's box and its children's boxes (non-layered)
  float root_gap = 48;       // between the trees of a forest, placed side by side
  // Compact mode: a node whose visible children are all leaves (no visible
  // children of their own) and number at least compact_min_leaves (at least 1)
  // puts them in a grid under it instead of one wide row: compact_columns
  // cells along the breadth axis (0 chooses ceil(sqrt(count)), at least 2;
  // never more than count), filled row by row in child order, rows following
  // each other along the depth axis. Each grid column is as wide as its
  // widest box and each row as deep as its deepest one; cells are sibling_gap
  // apart in both directions, a box is centred across its cell and aligned
  // to the cell's start along the depth axis. The grid starts level_gap after
  // the parent and is one box for the tidy layout; its leaves get in_grid=1.
  // In left_right, compact_columns therefore counts cells down the screen.
  bool compact = false;
  int compact_min_leaves = 6;
  int compact_columns = 0;
  // Test instrumentation (nullptr: none): when set, LayoutForest adds to
  // *work_counter the number of elementary steps it took (one per node plus
  // one per contour-walk and sibling-list step), which is O(n) for any tree.
  int64_t* work_counter = nullptr;
};

struct LayoutResult {
  // Top-left corner of each node's box in screen space (x right, y down) in
  // both orientations; the box covers [x, x + width[i]] x [y, y + height[i]]
  // with the input's width and height as given. Top-down, roots' tops are at
  // y = 0; left_right, roots' left sides are at x = 0; the first tree starts
  // at 0 along the breadth axis. Hidden nodes (under a collapsed node, or on a
  // parent cycle) have visible=0 and x = y = 0.
  std::vector<float> x, y;
  std::vector<uint8_t> visible;
  std::vector<uint8_t> in_grid;  // 1: placed in a compact grid by its parent
  float min_x = 0, min_y = 0, max_x = 0, max_y = 0;  // bounds of the visible boxes (all 0 if none)
};

// Never recurses (a chain of 100,000 nodes is fine); O(n) time and memory.
LayoutResult LayoutForest(const LayoutInput& in, const LayoutOptions& options);

}  // namespace mlt
