#include "ui/item_recorder.h"

#include <cstring>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"

namespace mlt {
namespace {
// The hooks are free functions without a user pointer, so the recorder is
// process-wide; there is one ImGui context per app.
std::string LabelKey(const char* label) {
  const char* hashes = std::strstr(label, "##");
  return hashes ? std::string(hashes + 2) : std::string();
}

struct Recorder {
  std::vector<RecordedItem> building, last;
  std::unordered_map<ImGuiID, size_t> index;  // id -> position in `building`
  // Labels reported before their item is added (tab items do this).
  std::unordered_map<ImGuiID, std::pair<std::string, std::string>> early_labels;  // label, key
};
Recorder g_rec;

std::string CleanLabel(const char* label) {
  std::string out;
  const char* end = ImGui::FindRenderedTextEnd(label);
  for (const char* p = label; p < end;) {
    unsigned int c = 0;
    int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    if (!(c >= 0xE000 && c <= 0xF8FF)) out.append(p, p + n);  // drop icon glyphs
    p += n;
  }
  size_t a = out.find_first_not_of(' '), b = out.find_last_not_of(' ');
  return a == std::string::npos ? std::string() : out.substr(a, b - a + 1);
}
// Child windows are named "Parent/Child_1A2B3C4D" by Dear ImGui; tests and
// docs use the child's own name ("Learn outline").
std::string CleanWindowName(const char* name) {
  std::string s = name ? name : "";
  size_t slash = s.rfind('/');
  if (slash != std::string::npos) {
    s = s.substr(slash + 1);
    size_t us = s.rfind('_');
    if (us != std::string::npos && s.size() - us == 9) s.resize(us);
  }
  return s;
}
}  // namespace

void EnableItemRecorder() { ImGui::GetCurrentContext()->TestEngineHookItems = true; }

void ItemRecorderNewFrame() {
  g_rec.last.swap(g_rec.building);
  g_rec.building.clear();
  g_rec.index.clear();
  g_rec.early_labels.clear();
}

const std::vector<RecordedItem>& LastFrameItems() { return g_rec.last; }

void LabelLastItem(const char* label) {
  auto it = g_rec.index.find(ImGui::GetItemID());
  if (it == g_rec.index.end()) return;
  g_rec.building[it->second].label = CleanLabel(label);
  g_rec.building[it->second].key = LabelKey(label);
}

bool BeginReportedCombo(const char* label, const char* preview, int flags) {
  bool open = ImGui::BeginCombo(label, preview, flags);
  LabelLastItem(label);
  return open;
}

void RecordCustomItem(const std::string& label, const std::string& window, float x, float y, float w, float h) {
  RecordedItem item;
  item.id = ImHashStr(label.c_str(), 0, ImHashStr(window.c_str()));
  item.label = label;
  item.window = window;
  item.x = x;
  item.y = y;
  item.w = w;
  item.h = h;
  g_rec.building.push_back(std::move(item));
}

}  // namespace mlt

// Dear ImGui's test-engine hooks (declared in imgui_internal.h).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
  ImGuiWindow* window = ctx->CurrentWindow;
  mlt::RecordedItem item;
  item.id = id;
  item.window = window ? mlt::CleanWindowName(window->Name) : "";
  item.x = bb.Min.x;
  item.y = bb.Min.y;
  item.w = bb.GetWidth();
  item.h = bb.GetHeight();
  item.visible = window ? window->ClipRect.Overlaps(bb) && window->Active : true;
  auto early = mlt::g_rec.early_labels.find(id);
  if (early != mlt::g_rec.early_labels.end()) {
    item.label = early->second.first;
    item.key = early->second.second;
  }
  auto it = mlt::g_rec.index.find(id);
  if (it != mlt::g_rec.index.end()) {
    mlt::g_rec.building[it->second] = item;  // same id twice: keep the latest rectangle
    return;
  }
  mlt::g_rec.index[id] = mlt::g_rec.building.size();
  mlt::g_rec.building.push_back(std::move(item));
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  if (!label) return;
  auto it = mlt::g_rec.index.find(id);
  if (it == mlt::g_rec.index.end()) {
    mlt::g_rec.early_labels[id] = {mlt::CleanLabel(label), mlt::LabelKey(label)};
    return;
  }
  mlt::g_rec.building[it->second].label = mlt::CleanLabel(label);
  mlt::g_rec.building[it->second].key = mlt::LabelKey(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
