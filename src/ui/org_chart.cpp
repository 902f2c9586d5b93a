// [SECTION] Geometry  [SECTION] Scene drawing  [SECTION] Interaction  [SECTION] Export
#include "ui/org_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/person_edit.h"
#include "ui/role_colors.h"
#include "ui/svg_capture.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// Layout constants in font units, so the chart follows the zoom setting.
constexpr float kCardW = 12.5f, kCardH = 3.6f, kUnitH = 2.8f;
constexpr float kSiblingGap = 1.0f, kLevelGap = 2.4f, kRootGap = 3.0f;
// Below this scale names are unreadable: boxes are drawn without text.
constexpr float kTextMinZoom = 0.42f;
// Far enough out that a 100,000-person org still fits a screen.
constexpr float kMinZoom = 0.002f;
// Custom items reported to items() per frame (tests and automation only need the visible few).
constexpr int kMaxRecordedNodes = 3000;

OrgChartGeometry g_geometry;

// [SECTION] Geometry
void Rebuild(App& app, OrgChartGeometry& g) {
  const Workspace& ws = app.Store().Current();
  g.tree = BuildOrgTree(ws);
  const int n = static_cast<int>(g.tree.nodes.size());
  g.width.assign(n, Em(kCardW));
  g.height.assign(n, Em(kCardH));
  g.collapsed.assign(n, 0);
  LayoutInput in;
  in.parent.resize(n);
  for (int i = 0; i < n; ++i) {
    const OrgNode& node = g.tree.nodes[i];
    in.parent[i] = node.parent;
    if (node.kind == OrgNodeKind::Unit) g.height[i] = Em(kUnitH);
  }
  for (const std::string& id : app.ui.org_collapsed) {
    int k = g.tree.Find(id);
    if (k >= 0 && !g.tree.nodes[k].children.empty()) g.collapsed[k] = 1;
  }
  in.width = g.width;
  in.height = g.height;
  in.collapsed = g.collapsed;
  LayoutOptions opt;
  opt.left_right = app.ui.org_left_right;
  opt.compact = app.ui.org_compact;
  // Two columns of leaves under their manager: the usual compact org chart,
  // narrow enough that a team of teams fits a screen at a readable size.
  opt.compact_min_leaves = 4;
  opt.compact_columns = 2;
  opt.sibling_gap = Em(kSiblingGap);
  opt.level_gap = Em(kLevelGap);
  opt.root_gap = Em(kRootGap);
  g.layout = LayoutForest(in, opt);
  g.hidden.assign(n, 0);
  for (int i = 0; i < n; ++i)
    if (g.collapsed[i]) g.hidden[i] = g.tree.nodes[i].subtree - 1;
  g.left_right = app.ui.org_left_right;
}

struct Transform {
  ImVec2 origin;  // canvas top-left on screen
  ImVec2 pan;     // layout point shown at origin
  float z = 1;
  ImVec2 ToScreen(float x, float y) const { return ImVec2(origin.x + (x - pan.x) * z, origin.y + (y - pan.y) * z); }
  ImVec2 ToLayout(ImVec2 p) const { return ImVec2(pan.x + (p.x - origin.x) / z, pan.y + (p.y - origin.y) / z); }
};

// What the scene highlights this frame.
struct SceneState {
  int selected = -1, dragged = -1, drop_target = -1;
  bool drop_ok = false;
  std::vector<int> chain;  // search hit and its managers up to the root
  bool record = false;     // report nodes to items()
  const char* window = "org chart";
};

bool InChain(const SceneState& st, int n) { return std::find(st.chain.begin(), st.chain.end(), n) != st.chain.end(); }

std::string NodeName(const Workspace& ws, const OrgNode& n) {
  if (n.kind == OrgNodeKind::Unit) return ws.org.units[n.index].name;
  const Person& p = ws.people[n.index];
  if (p.kind == PersonKind::OpenPosition && p.name.empty()) return "Open position";
  return p.name;
}

// Text cut with an ellipsis to fit `width` (only for the few visible cards).
void FittedText(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 col, const std::string& text, float width) {
  if (width <= 0) return;
  if (font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str()).x <= width) {
    ChartText(dl, font, size, pos, col, text.c_str());
    return;
  }
  const float ell = font->CalcTextSizeA(size, FLT_MAX, 0, "\xE2\x80\xA6").x;
  const char* end = font->CalcWordWrapPositionA(size / font->FontSize, text.c_str(), text.c_str() + text.size(), width - ell);
  // Don't cut a UTF-8 sequence in half.
  while (end > text.c_str() && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) --end;
  std::string cut(text.c_str(), end);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  cut += "\xE2\x80\xA6";
  ChartText(dl, font, size, pos, col, cut.c_str());
}

void DashedRect(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness, float dash) {
  auto line = [&](ImVec2 p, ImVec2 q) {
    float len = std::hypot(q.x - p.x, q.y - p.y);
    int n = std::max(1, int(len / (dash * 2)));
    for (int i = 0; i < n; ++i) {
      float t0 = float(i) / n, t1 = (i + 0.5f) / n;
      dl->AddLine(ImVec2(p.x + (q.x - p.x) * t0, p.y + (q.y - p.y) * t0),
                  ImVec2(p.x + (q.x - p.x) * t1, p.y + (q.y - p.y) * t1), col, thickness);
    }
  };
  line(a, ImVec2(b.x, a.y));
  line(ImVec2(b.x, a.y), b);
  line(b, ImVec2(a.x, b.y));
  line(ImVec2(a.x, b.y), a);
}

// [SECTION] Scene drawing
// The toggle that collapses or expands a node's subtree: a pill on the edge
// facing its children.
struct Toggle {
  ImVec2 min, max;
  std::string text;
};
Toggle ToggleFor(const OrgChartGeometry& g, int i, ImVec2 a, ImVec2 b, float z) {
  Toggle t;
  t.text = g.collapsed[i] ? "+" + std::to_string(g.hidden[i]) : "\xE2\x88\x92";  // minus sign
  float h = std::max(Em(1.1f) * z, 12.0f);
  float w = std::max(h, Fonts().small->CalcTextSizeA(std::max(Em(0.75f) * z, 9.0f), FLT_MAX, 0, t.text.c_str()).x + h * 0.7f);
  ImVec2 c = g.left_right ? ImVec2(b.x, (a.y + b.y) / 2) : ImVec2((a.x + b.x) / 2, b.y);
  t.min = ImVec2(c.x - w / 2, c.y - h / 2);
  t.max = ImVec2(c.x + w / 2, c.y + h / 2);
  return t;
}

void DrawEdges(ImDrawList* dl, const OrgChartGeometry& g, const Transform& tf, ImVec2 clip_min, ImVec2 clip_max,
               const SceneState& st) {
  const LayoutResult& L = g.layout;
  const PaletteColors& pal = Palette();
  const ImU32 line = WithAlpha(pal.text_muted, 0.55f);
  const float th = std::max(1.0f, 1.3f * std::min(tf.z, 1.5f));
  const bool lr = g.left_right;
  const float half_gap = Em(kLevelGap) / 2, bus_off = Em(kSiblingGap) / 2;
  // Geometry along the depth axis (down, or right) and the breadth axis.
  auto P = [&](float depth, float breadth) { return lr ? tf.ToScreen(depth, breadth) : tf.ToScreen(breadth, depth); };
  auto depth0 = [&](int i) { return lr ? L.x[i] : L.y[i]; };
  auto depth1 = [&](int i) { return lr ? L.x[i] + g.width[i] : L.y[i] + g.height[i]; };
  auto across = [&](int i) { return lr ? L.y[i] + g.height[i] / 2 : L.x[i] + g.width[i] / 2; };
  auto across0 = [&](int i) { return lr ? L.y[i] : L.x[i]; };
  auto visible_box = [&](ImVec2 a, ImVec2 b) {
    return std::max(a.x, b.x) >= clip_min.x && std::min(a.x, b.x) <= clip_max.x && std::max(a.y, b.y) >= clip_min.y &&
           std::min(a.y, b.y) <= clip_max.y;
  };
  auto seg = [&](ImVec2 a, ImVec2 b, ImU32 col, float t) {
    if (visible_box(a, b)) dl->AddLine(a, b, col, t);
  };
  std::vector<float> bus_depth;
  for (size_t pi = 0; pi < g.tree.nodes.size(); ++pi) {
    const int p = static_cast<int>(pi);
    const OrgNode& pn = g.tree.nodes[p];
    if (!L.visible[p] || g.collapsed[p] || pn.children.empty()) continue;
    // Children's span along the breadth axis, to skip families entirely off screen.
    const int first = pn.children.front(), last = pn.children.back();
    if (!L.visible[first]) continue;
    bool grid = L.in_grid[first] != 0;
    float lo = across0(p), hi = across(p);
    float dmax = depth1(p);
    for (int c : pn.children) {
      lo = std::min(lo, across0(c));
      hi = std::max(hi, across(c));
      dmax = std::max(dmax, depth0(c));
    }
    (void)last;
    if (!visible_box(P(depth1(p), lo - Em(1)), P(dmax, hi))) continue;
    const float pc = across(p), pd = depth1(p);
    if (!grid) {
      for (int c : pn.children) {
        const float mid = depth0(c) - half_gap;
        const bool hot = InChain(st, c) && InChain(st, p);
        const ImU32 col = hot ? pal.accent : line;
        const float t = hot ? th * 2 : th;
        seg(P(pd, pc), P(mid, pc), col, t);
        seg(P(mid, pc), P(mid, across(c)), col, t);
        seg(P(mid, across(c)), P(depth0(c), across(c)), col, t);
      }
      continue;
    }
    // A compact grid: one bus per row (per column when left to right), joined
    // by a trunk beside the grid, so no line crosses a card.
    const float trunk = lo - bus_off;
    bus_depth.clear();
    for (int c : pn.children) {
      float d = depth0(c) - bus_off;
      if (std::find(bus_depth.begin(), bus_depth.end(), d) == bus_depth.end()) bus_depth.push_back(d);
    }
    std::sort(bus_depth.begin(), bus_depth.end());
    seg(P(pd, pc), P(bus_depth.front(), pc), line, th);
    seg(P(bus_depth.front(), trunk), P(bus_depth.back(), trunk), line, th);
    for (float d : bus_depth) {
      float far = trunk;
      for (int c : pn.children)
        if (depth0(c) - bus_off == d) far = std::max(far, across(c));
      seg(P(d, trunk), P(d, far), line, th);
    }
    for (int c : pn.children) seg(P(depth0(c) - bus_off, across(c)), P(depth0(c), across(c)), line, th);
  }
  // Dotted-line (secondary) managers: a dashed straight line, drawn last.
  const ImU32 dotted = WithAlpha(pal.accent, 0.45f);
  for (size_t i = 0; i < g.tree.nodes.size(); ++i) {
    const int m = g.tree.nodes[i].dotted;
    if (m < 0 || !L.visible[i] || !L.visible[m]) continue;
    ImVec2 a = tf.ToScreen(L.x[m] + g.width[m] / 2, L.y[m] + g.height[m] / 2);
    ImVec2 b = tf.ToScreen(L.x[i] + g.width[i] / 2, L.y[i] + g.height[i] / 2);
    if (!visible_box(a, b)) continue;
    float len = std::hypot(b.x - a.x, b.y - a.y), dash = std::max(4.0f, 6 * tf.z);
    int n = std::max(1, int(len / (2 * dash)));
    for (int k = 0; k < n; ++k) {
      float t0 = float(k) / n, t1 = (k + 0.5f) / n;
      dl->AddLine(ImVec2(a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0),
                  ImVec2(a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1), dotted, th);
    }
  }
}

void DrawCard(ImDrawList* dl, App& app, const OrgChartGeometry& g, int i, ImVec2 a, ImVec2 b, float z,
              const SceneState& st) {
  const Workspace& ws = app.Store().Current();
  const OrgNode& node = g.tree.nodes[i];
  const PaletteColors& pal = Palette();
  const float r = std::min(6.0f * z, 8.0f);
  const bool text = z >= kTextMinZoom;
  const float pad = Em(0.7f) * z;
  const bool unit = node.kind == OrgNodeKind::Unit;
  const Person* p = unit ? nullptr : &ws.people[node.index];
  const bool open = p && p->kind == PersonKind::OpenPosition;
  const ImU32 role_col = unit ? pal.accent : RoleColor(p->role);
  if (b.x - a.x < 8.0f) {
    // Far zoomed out a card is a few pixels: one filled box in its role colour.
    dl->AddRectFilled(a, b, open ? WithAlpha(role_col, 0.35f) : role_col);
    if (st.record) RecordCustomItem(NodeName(ws, node), st.window, a.x, a.y, b.x - a.x, b.y - a.y);
    return;
  }
  if (unit) {
    dl->AddRectFilled(a, b, pal.accent_soft, r);
    dl->AddRect(a, b, WithAlpha(pal.accent, 0.6f), r, 0, std::max(1.0f, z));
  } else if (open) {
    dl->AddRectFilled(a, b, WithAlpha(pal.surface, 0.6f), r);
    DashedRect(dl, a, b, role_col, std::max(1.0f, 1.6f * z), std::max(3.0f, 5 * z));
  } else {
    dl->AddRectFilled(a, b, pal.surface, r);
    dl->AddRect(a, b, pal.border, r, 0, std::max(1.0f, z));
    dl->AddRectFilled(a, ImVec2(a.x + std::max(2.0f, Em(0.35f) * z), b.y), role_col, r, ImDrawFlags_RoundCornersLeft);
  }
  if (InChain(st, i)) dl->AddRect(ImVec2(a.x - 2, a.y - 2), ImVec2(b.x + 2, b.y + 2), pal.warning, r + 2, 0, 2.5f);
  if (i == st.selected) dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), pal.accent, r + 1, 0, 2.5f);
  if (i == st.drop_target)
    dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), st.drop_ok ? pal.success : pal.error, r + 3, 0, 3.0f);
  if (text) {
    const float name_size = Em(0.92f) * z, sub_size = Em(0.78f) * z;
    const float x = a.x + pad + (unit ? 0 : Em(0.2f) * z), w = b.x - x - pad;
    if (unit) {
      ChartText(dl, Fonts().heading, name_size, ImVec2(x, a.y + (b.y - a.y - name_size) / 2 - name_size * 0.05f),
                pal.accent, ICON_BUILDING);
      float ix = Em(1.4f) * z;
      std::string count = std::to_string(node.subtree - 1);
      float cw = Fonts().small->CalcTextSizeA(sub_size, FLT_MAX, 0, count.c_str()).x;
      FittedText(dl, Fonts().heading, name_size, ImVec2(x + ix, a.y + (b.y - a.y - name_size) / 2), pal.text,
                 NodeName(ws, node), w - ix - cw - Em(0.6f) * z);
      ChartText(dl, Fonts().small, sub_size, ImVec2(b.x - pad - cw, a.y + (b.y - a.y - sub_size) / 2), pal.text_muted,
                count.c_str());
    } else {
      std::string name = open ? (p->title.empty() ? RoleDisplayName(app, p->role) : p->title) : p->name;
      std::string sub = open ? "Open position" : (p->title.empty() ? RoleDisplayName(app, p->role) : p->title);
      FittedText(dl, Fonts().heading, name_size, ImVec2(x, a.y + Em(0.55f) * z), open ? pal.text_muted : pal.text, name, w);
      FittedText(dl, Fonts().small, sub_size, ImVec2(x, a.y + Em(1.95f) * z), pal.text_muted, sub, w);
    }
  }
  if (!node.children.empty() && z >= 0.25f) {
    Toggle t = ToggleFor(g, i, a, b, z);
    float h = t.max.y - t.min.y;
    dl->AddRectFilled(t.min, t.max, pal.surface, h / 2);
    dl->AddRect(t.min, t.max, g.collapsed[i] ? pal.accent : pal.border, h / 2, 0, 1.2f);
    float size = std::max(Em(0.75f) * z, 9.0f);
    ImVec2 ts = Fonts().small->CalcTextSizeA(size, FLT_MAX, 0, t.text.c_str());
    ChartText(dl, Fonts().small, size, ImVec2((t.min.x + t.max.x - ts.x) / 2, (t.min.y + t.max.y - ts.y) / 2),
              g.collapsed[i] ? pal.accent : pal.text_muted, t.text.c_str());
  }
  if (st.record) {
    std::string label = NodeName(ws, node);
    RecordCustomItem(label, st.window, a.x, a.y, b.x - a.x, b.y - a.y);
    if (!node.children.empty() && z >= 0.25f) {
      Toggle t = ToggleFor(g, i, a, b, z);
      RecordCustomItem((g.collapsed[i] ? "expand " : "collapse ") + label, st.window, t.min.x, t.min.y,
                       t.max.x - t.min.x, t.max.y - t.min.y);
    }
  }
}

// Draws edges then the visible cards; returns how many cards were drawn.
int DrawScene(ImDrawList* dl, App& app, const OrgChartGeometry& g, const Transform& tf, ImVec2 clip_min,
              ImVec2 clip_max, const SceneState& st) {
  DrawEdges(dl, g, tf, clip_min, clip_max, st);
  const LayoutResult& L = g.layout;
  int drawn = 0, recorded = 0;
  SceneState local = st;
  for (size_t k = 0; k < g.tree.order.size(); ++k) {
    const int i = g.tree.order[k];
    if (!L.visible[i]) continue;
    ImVec2 a = tf.ToScreen(L.x[i], L.y[i]);
    ImVec2 b = tf.ToScreen(L.x[i] + g.width[i], L.y[i] + g.height[i]);
    if (b.x < clip_min.x || a.x > clip_max.x || b.y < clip_min.y - Em(1) || a.y > clip_max.y) continue;
    local.record = st.record && recorded < kMaxRecordedNodes;
    recorded += local.record;
    DrawCard(dl, app, g, i, a, b, tf.z, local);
    ++drawn;
  }
  return drawn;
}

std::vector<int> ChainOf(const OrgTree& t, int n) {
  std::vector<int> chain;
  for (int k = n; k >= 0 && chain.size() <= t.nodes.size(); k = t.nodes[k].parent) chain.push_back(k);
  return chain;
}

// Is `n` inside the subtree of `root` (root included)?
bool InSubtree(const OrgTree& t, int root, int n) {
  for (int k = n, steps = 0; k >= 0 && steps <= int(t.nodes.size()); k = t.nodes[k].parent, ++steps)
    if (k == root) return true;
  return false;
}

int HitCard(const OrgChartGeometry& g, const Transform& tf, ImVec2 m) {
  ImVec2 p = tf.ToLayout(m);
  const LayoutResult& L = g.layout;
  for (size_t i = 0; i < g.tree.nodes.size(); ++i)
    if (L.visible[i] && p.x >= L.x[i] && p.x <= L.x[i] + g.width[i] && p.y >= L.y[i] && p.y <= L.y[i] + g.height[i])
      return static_cast<int>(i);
  return -1;
}

int HitToggle(const OrgChartGeometry& g, const Transform& tf, ImVec2 m) {
  if (tf.z < 0.25f) return -1;
  const LayoutResult& L = g.layout;
  // Toggles sit on a card's edge: test the cards near the mouse only.
  ImVec2 p = tf.ToLayout(m);
  const float reach = Em(1.2f);
  for (size_t i = 0; i < g.tree.nodes.size(); ++i) {
    if (!L.visible[i] || g.tree.nodes[i].children.empty()) continue;
    if (p.x < L.x[i] - reach || p.x > L.x[i] + g.width[i] + reach || p.y < L.y[i] - reach ||
        p.y > L.y[i] + g.height[i] + reach)
      continue;
    ImVec2 a = tf.ToScreen(L.x[i], L.y[i]), b = tf.ToScreen(L.x[i] + g.width[i], L.y[i] + g.height[i]);
    Toggle t = ToggleFor(g, static_cast<int>(i), a, b, tf.z);
    if (m.x >= t.min.x && m.x <= t.max.x && m.y >= t.min.y && m.y <= t.max.y) return static_cast<int>(i);
  }
  return -1;
}

void SetCollapsed(App& app, const std::string& id, bool collapsed) {
  if (collapsed) app.ui.org_collapsed.insert(id);
  else app.ui.org_collapsed.erase(id);
  ++app.ui.org_collapse_version;
}

void Tooltip(App& app, const OrgChartGeometry& g, int i) {
  const Workspace& ws = app.Store().Current();
  const OrgNode& n = g.tree.nodes[i];
  ImGui::BeginTooltip();
  ImGui::PushFont(Fonts().heading);
  ImGui::TextUnformatted(NodeName(ws, n).c_str());
  ImGui::PopFont();
  if (n.kind == OrgNodeKind::Person) {
    const Person& p = ws.people[n.index];
    std::string line = RoleDisplayName(app, p.role);
    if (!p.title.empty()) line = p.title + " \xC2\xB7 " + line;
    if (p.kind == PersonKind::OpenPosition) line += " \xC2\xB7 open position";
    MutedText(line.c_str());
  } else {
    MutedText("Team or unit");
  }
  if (n.parent >= 0) ImGui::Text("Reports to %s", NodeName(ws, g.tree.nodes[n.parent]).c_str());
  if (n.dotted >= 0) ImGui::Text("Dotted line to %s", NodeName(ws, g.tree.nodes[n.dotted]).c_str());
  if (!n.children.empty())
    ImGui::Text("%d direct, %d in all below", int(n.children.size()), n.subtree - 1);
  MutedText("Click to select \xC2\xB7 drag onto someone to change the manager");
  ImGui::EndTooltip();
}

void ApplyFit(App& app, const OrgChartGeometry& g, ImVec2 size) {
  const LayoutResult& L = g.layout;
  float bw = std::max(1.0f, L.max_x - L.min_x), bh = std::max(1.0f, L.max_y - L.min_y);
  float margin = Em(1.5f);
  float z = std::min((size.x - 2 * margin) / bw, (size.y - 2 * margin) / bh);
  z = std::clamp(z, kMinZoom, 1.2f);
  app.ui.org_zoom = z;
  app.ui.org_pan = ImVec2(L.min_x - (size.x / z - bw) / 2, L.min_y - (size.y / z - bh) / 2);
}

void CenterOn(App& app, const OrgChartGeometry& g, int i, ImVec2 size) {
  if (app.ui.org_zoom < 0.7f) app.ui.org_zoom = 0.9f;
  const float z = app.ui.org_zoom;
  const LayoutResult& L = g.layout;
  app.ui.org_pan = ImVec2(L.x[i] + g.width[i] / 2 - size.x / (2 * z), L.y[i] + g.height[i] / 2 - size.y / (2 * z));
}

}  // namespace

// [SECTION] Interaction
const OrgChartGeometry& OrgGeometry(App& app) {
  OrgChartGeometry& g = g_geometry;
  if (g.revision != app.Store().Revision() || g.collapse_version != app.ui.org_collapse_version ||
      g.left_right != app.ui.org_left_right || g.compact != app.ui.org_compact || g.em != Em(1)) {
    Rebuild(app, g);
    g.revision = app.Store().Revision();
    g.collapse_version = app.ui.org_collapse_version;
    g.compact = app.ui.org_compact;
    g.em = Em(1);
  }
  return g;
}

void FitOrgChart(App& app) { app.ui.org_fit_request = true; }

void RevealOrgNode(App& app, const std::string& id) {
  const OrgChartGeometry& g0 = OrgGeometry(app);
  int n = g0.tree.Find(id);
  if (n < 0) return;
  bool changed = false;
  for (int k = g0.tree.nodes[n].parent; k >= 0; k = g0.tree.nodes[k].parent)
    changed |= app.ui.org_collapsed.erase(g0.tree.nodes[k].id) > 0;
  if (changed) ++app.ui.org_collapse_version;
  app.ui.org_highlight = id;
  app.ui.org_selected = id;
  app.ui.org_center_on = id;
}

void DrawOrgChart(App& app, ImVec2 size) {
  const OrgChartGeometry& g = OrgGeometry(app);
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  app.ui.org_rect_min = origin;
  app.ui.org_rect_max = ImVec2(origin.x + size.x, origin.y + size.y);
  ImGui::InvisibleButton("org chart canvas", size, ImGuiButtonFlags_MouseButtonLeft);
  const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();

  // A whole-chart PNG: the view is fitted for the capture frames, then restored.
  if (app.ui.org_png_whole > 0 && --app.ui.org_png_whole == 0) {
    app.ui.org_zoom = app.ui.org_saved_zoom;
    app.ui.org_pan = app.ui.org_saved_pan;
  }
  if (app.ui.org_fit_request) {
    ApplyFit(app, g, size);
    app.ui.org_fit_request = false;
  }
  if (!app.ui.org_center_on.empty()) {
    int n = g.tree.Find(app.ui.org_center_on);
    if (n >= 0 && g.layout.visible[n]) CenterOn(app, g, n, size);
    app.ui.org_center_on.clear();
  }
  Transform tf{origin, app.ui.org_pan, app.ui.org_zoom};

  int hit_toggle = hovered && !app.CapturingFrame() ? HitToggle(g, tf, io.MousePos) : -1;
  int hit = hovered && hit_toggle < 0 && !app.CapturingFrame() ? HitCard(g, tf, io.MousePos) : -1;
  SceneState st;
  st.selected = g.tree.Find(app.ui.org_selected);
  if (!app.ui.org_highlight.empty()) {
    int h = g.tree.Find(app.ui.org_highlight);
    if (h >= 0) st.chain = ChainOf(g.tree, h);
  }

  if (ImGui::IsItemActivated()) {
    app.ui.org_drag.clear();
    app.ui.org_drag_moved = false;
    if (hit_toggle >= 0) {
      const OrgNode& n = g.tree.nodes[hit_toggle];
      SetCollapsed(app, n.id, !g.collapsed[hit_toggle]);
    } else if (hit >= 0) {
      app.ui.org_selected = g.tree.nodes[hit].id;
      app.ui.org_drag = app.ui.org_selected;
      if (g.tree.nodes[hit].kind == OrgNodeKind::Person) app.ui.selected_person = app.ui.org_selected;
    }
  }
  const int dragged = g.tree.Find(app.ui.org_drag);
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
    if (dragged >= 0) {
      app.ui.org_drag_moved = true;
    } else if (app.ui.org_drag.empty()) {
      app.ui.org_pan.x -= io.MouseDelta.x / tf.z;
      app.ui.org_pan.y -= io.MouseDelta.y / tf.z;
      tf.pan = app.ui.org_pan;
    }
  }
  if (dragged >= 0 && app.ui.org_drag_moved) {
    st.dragged = dragged;
    int target = HitCard(g, tf, io.MousePos);
    if (target >= 0 && target != dragged) {
      st.drop_target = target;
      st.drop_ok = !InSubtree(g.tree, dragged, target);
    }
  }
  if (ImGui::IsItemDeactivated()) {
    if (st.drop_target >= 0) {
      std::string id = g.tree.nodes[dragged].id, manager = g.tree.nodes[st.drop_target].id;
      const Workspace& ws = app.Store().Current();
      std::string who = NodeName(ws, g.tree.nodes[dragged]), to = NodeName(ws, g.tree.nodes[st.drop_target]);
      // Checked on a copy first, so a refused move records no undo step.
      Workspace trial = ws;
      std::string error;
      if (!Reparent(&trial, id, manager, &error)) {
        app.Notify(NoticeKind::Error, error, 8000);
      } else if (g.tree.nodes[dragged].parent != st.drop_target) {
        app.Store().Apply("move " + who + " under " + to, [&](Workspace& w) { Reparent(&w, id, manager, &error); },
                          app.Now());
        app.Notify(NoticeKind::Success, who + " now reports to " + to + ". Undo with Ctrl+Z.");
      }
    }
    app.ui.org_drag.clear();
    app.ui.org_drag_moved = false;
  }
  if (hovered && io.MouseWheel != 0) {
    ImVec2 before = tf.ToLayout(io.MousePos);
    float z = std::clamp(tf.z * std::pow(1.15f, io.MouseWheel), kMinZoom, 2.5f);
    app.ui.org_zoom = z;
    app.ui.org_pan = ImVec2(before.x - (io.MousePos.x - origin.x) / z, before.y - (io.MousePos.y - origin.y) / z);
    tf.pan = app.ui.org_pan;
    tf.z = z;
  }
  if (hovered && hit < 0 && hit_toggle < 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) ApplyFit(app, g, size);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(origin.x + size.x, origin.y + size.y);
  dl->PushClipRect(origin, end, true);
  dl->AddRectFilled(origin, end, Palette().background);
  st.record = true;
  DrawScene(dl, app, g, tf, origin, end, st);
  if (st.dragged >= 0) {
    // The card follows the mouse while it is dragged.
    ImVec2 a(io.MousePos.x + Em(0.8f), io.MousePos.y + Em(0.4f));
    ImVec2 b(a.x + g.width[dragged] * std::min(tf.z, 1.0f), a.y + g.height[dragged] * std::min(tf.z, 1.0f));
    dl->AddRectFilled(a, b, WithAlpha(Palette().accent_soft, 0.85f), 6);
    dl->AddRect(a, b, Palette().accent, 6, 0, 1.5f);
    std::string label = NodeName(app.Store().Current(), g.tree.nodes[dragged]);
    dl->AddText(ImVec2(a.x + Em(0.6f), a.y + Em(0.4f)), Palette().text, label.c_str());
  }
  dl->PopClipRect();
  dl->AddRect(origin, end, Palette().border, 4);

  if (hit >= 0 && st.dragged < 0 && !TooltipsSuppressed()) Tooltip(app, g, hit);
  if (st.dragged >= 0 && st.drop_target >= 0 && !st.drop_ok && !TooltipsSuppressed())
    ImGui::SetTooltip("%s", "Not here: this would make a reporting loop");
}

// [SECTION] Export
std::string OrgChartSvg(App& app, bool whole) {
  const OrgChartGeometry& g = OrgGeometry(app);
  // A private draw list: the export never flashes on screen.
  ImDrawList dl(ImGui::GetDrawListSharedData());
  dl._ResetForNewFrame();
  dl.PushClipRect(ImVec2(-1e7f, -1e7f), ImVec2(1e7f, 1e7f));
  dl.PushTextureID(ImGui::GetIO().Fonts->TexID);
  Transform tf;
  ImVec2 size;
  if (whole) {
    const float m = Em(1.5f);
    tf.pan = ImVec2(g.layout.min_x - m, g.layout.min_y - m);
    size = ImVec2(g.layout.max_x - g.layout.min_x + 2 * m, g.layout.max_y - g.layout.min_y + 2 * m);
  } else {
    tf.pan = app.ui.org_pan;
    tf.z = app.ui.org_zoom;
    size = ImVec2(app.ui.org_rect_max.x - app.ui.org_rect_min.x, app.ui.org_rect_max.y - app.ui.org_rect_min.y);
  }
  SvgCapture cap;
  cap.Begin(&dl, ImVec2(0, 0), size);
  SceneState st;
  DrawScene(&dl, app, g, tf, ImVec2(0, 0), size, st);
  return cap.End("Org chart: " + app.Store().Current().name);
}

}  // namespace mlt
