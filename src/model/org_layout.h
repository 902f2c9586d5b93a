// Tidy layout of a forest of variable-sized boxes in linear time (the
// non-layered variant of Walker / Buchheim-Juenger-Leipert by van der Ploeg,
// "Drawing non-layered tidy trees in linear time", 2014). Pure geometry: the
// org chart (src/ui) gives boxes and parent links and draws what comes back.
#pragma once
#include <cstdint>
#include <vector>

namespace mlt {

struct LayoutInput {
  // parent[i] < 0: a root. Children keep the order of their indices. Every
  // chain of parents must end at a root (no cycles; the caller guarantees it).
  std::vector<int> parent;
  std::vector<float> width, height;  // box size of each node, in top-down terms (width across, height down)
  std::vector<uint8_t> collapsed;    // optional (empty = none): 1 hides the node's whole subtree below it
};

struct LayoutOptions {
  bool left_right = false;   // false: root on top, children below; true: root on the left
  float sibling_gap = 16;    // between neighbouring boxes of one level / subtree contours
  float level_gap = 40;      // between a parent's box and its children's boxes (non-layered)
  float root_gap = 48;       // between the trees of a forest, placed side by side
  // Compact mode: a node whose visible children are all leaves and number at
  // least compact_min_leaves puts them in a grid under it (compact_columns
  // per row; 0 chooses about sqrt(count), at least 2) instead of one wide row.
  bool compact = false;
  int compact_min_leaves = 6;
  int compact_columns = 0;
};

struct LayoutResult {
  // Top-left corner of each node's box in layout space (for left_right the
  // box is drawn with width and height swapped, so the result is already in
  // screen orientation). Hidden nodes (under a collapsed node) have visible=0
  // and undefined coordinates.
  std::vector<float> x, y;
  std::vector<uint8_t> visible;
  std::vector<uint8_t> in_grid;  // 1: placed in a compact grid by its parent
  float min_x = 0, min_y = 0, max_x = 0, max_y = 0;  // bounds of the visible boxes
};

// Never recurses (a chain of 100,000 nodes is fine); O(n) time and memory.
LayoutResult LayoutForest(const LayoutInput& in, const LayoutOptions& options);

}  // namespace mlt
