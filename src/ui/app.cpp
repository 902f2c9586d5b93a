// [SECTION] Views table  [SECTION] Start and preferences  [SECTION] Frame
// [SECTION] Commands used by the chrome and views
#include "ui/app.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "model/json_util.h"
#include "ui/chrome.h"
#include "ui/hiring_common.h"
#include "ui/icons.h"
#include "ui/report_html.h"
#include "ui/widgets.h"

namespace mlt {

// [SECTION] Views table
namespace {
struct ViewInfo { std::string_view id, title; const char* icon; };
const ViewInfo kViews[kViewCount] = {
    {"learn", "Learn", ICON_LEARN},    {"roles", "Roles", ICON_ROLES},
    {"skills", "Skills", ICON_SKILLS}, {"org", "Organisation", ICON_ORG},
    {"plan", "Plan", ICON_PLAN},       {"hiring", "Hiring", ICON_HIRING},
    {"settings", "Settings", ICON_SETTINGS},
};
constexpr const char* kPrefsKey = "mlteams/prefs";
}  // namespace

std::string_view ViewId(View v) { return kViews[int(v)].id; }
std::string_view ViewTitle(View v) { return kViews[int(v)].title; }
const char* ViewIcon(View v) { return kViews[int(v)].icon; }
bool ViewFromId(std::string_view id, View* out) {
  for (int i = 0; i < kViewCount; ++i)
    if (kViews[i].id == id) { *out = View(i); return true; }
  return false;
}

// [SECTION] Start and preferences
App::App(KeyValueStorage& storage, HostServices& host, WorkspaceStore::IdSource ids, Clock clock)
    : storage_(storage), host_(host), clock_(std::move(clock)), store_(storage, ids), ids_(ids) {}

void App::Start(const std::string& content_dir, const std::string& examples_dir) {
  examples_dir_ = examples_dir;
  ContentResult cr = LoadContentDir(content_dir);
  if (cr.ok) {
    content_ = std::move(cr.content);
    if (!content_.learn.empty() && !content_.learn[0].sections.empty()) learn_section_ = content_.learn[0].sections[0].id;
  } else {
    content_error_ = cr.error;
  }
  LoadPrefs();
  store_.Open(Now());
  const SaveStatus& st = store_.Status();
  if (!content_error_.empty()) Notify(NoticeKind::Error, "The lecture content could not be loaded: " + content_error_, 0);
  if (st.state == SaveState::Disabled) Notify(NoticeKind::Warning, st.message, 0);
  for (const auto& w : store_.List())
    if (w.damaged)
      Notify(NoticeKind::Warning, "The workspace \"" + w.name +
                                      "\" could not be read; it is kept untouched. The workspace menu can download it as stored.", 0);
  for (std::string& n : store_.TakeNotices()) Notify(NoticeKind::Warning, std::move(n), 10000);
}

void App::LoadPrefs() {
  std::string text;
  bool found = false;
  if (!storage_.Get(kPrefsKey, &text, &found).ok || !found) return;
  const nlohmann::json j = ParseJson(text, nullptr);
  int theme = int(NumberOr(j, "theme", 0));
  if (theme >= 0 && theme <= 2) prefs_.theme = ThemeChoice(theme);
  double zoom = NumberOr(j, "zoom", 1.0);
  if (std::isfinite(zoom)) prefs_.zoom = float(std::clamp(zoom, 0.8, 1.5));
  View v;
  if (ViewFromId(StringOr(j, "view", ""), &v)) view_ = v;
  const double exported = NumberOr(j, "last_export", 0);
  if (std::isfinite(exported) && exported > 0 && exported < 1e15) prefs_.last_export_ms = int64_t(exported);
}

void App::SavePrefs() {
  nlohmann::json j = {{"theme", int(prefs_.theme)}, {"zoom", prefs_.zoom}, {"view", ViewId(view_)},
                      {"last_export", prefs_.last_export_ms}};
  storage_.Set(kPrefsKey, Dump(j));  // best effort: prefs are not user work
}

bool App::DarkTheme() {
  if (prefs_.theme == ThemeChoice::System) return host_.PrefersDarkScheme();
  return prefs_.theme == ThemeChoice::Dark;
}

void App::Notify(NoticeKind kind, std::string text, int64_t duration_ms) {
  notice_ = {kind, std::move(text), duration_ms ? Now() + duration_ms : 0};
}

void App::RecordFrameTime(float cpu_ms, float interval_ms, float build_ms) {
  ++stats_.frames;
  for (auto [series, value] : {std::pair{&stats_.cpu_ms, cpu_ms}, {&stats_.interval_ms, interval_ms},
                               {&stats_.build_ms, build_ms}}) {
    series->push_back(value);
    while (series->size() > 240) series->pop_front();
  }
}

void App::ApplyLaunchParams(std::string_view view, std::string_view section) {
  View v;
  if (!view.empty()) {
    embed_view_fixed_ = ViewFromId(view, &v);
    if (embed_view_fixed_) SetView(v);
    else Notify(NoticeKind::Warning, "The link asks for a view \"" + std::string(view) + "\" that does not exist", 6000);
  }
  if (!section.empty() && !OpenLearnSection(section))
    Notify(NoticeKind::Warning, "The link asks for a Learn section \"" + std::string(section) + "\" that does not exist", 6000);
}

bool App::OpenLearnSection(std::string_view id) {
  if (!content_.FindLearnSection(id)) return false;
  learn_section_ = std::string(id);
  view_ = View::Learn;
  ui.learn_scroll_to_top = true;
  return true;
}

void App::OpenTool(const ToolLink& tool) {
  View v;
  if (!ViewFromId(tool.view, &v)) return;
  SetView(v);
  if (v == View::Hiring) ui.hiring_tab_request = HiringTabForTool(tool.label);
  SavePrefs();
}

// [SECTION] Frame
void App::Frame() {
  int64_t now = Now();
  store_.Tick(now);
  // Things that happened without a user action (another tab, storage cleared).
  for (std::string& n : store_.TakeNotices()) Notify(NoticeKind::Warning, std::move(n), 10000);
  if (notice_.until_ms && now > notice_.until_ms) notice_ = {};
  SetTooltipsSuppressed(CapturingFrame());
  TickSimulation();
  HandleShortcuts();
  DrawChrome(*this);
}

void App::HandleShortcuts() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;  // text fields keep their own undo
  bool mod = io.KeyCtrl || io.KeySuper;
  if (mod && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
    if (io.KeyShift) Redo(); else Undo();
  } else if (mod && ImGui::IsKeyPressed(ImGuiKey_Y, false)) {
    Redo();
  } else if (!mod && ImGui::IsKeyPressed(ImGuiKey_F1, false)) {
    dialogs.open_shortcuts = true;
  }
}

// [SECTION] Commands used by the chrome and views
void App::Undo() {
  std::string what = store_.Edits().UndoLabel();
  if (store_.Undo(Now())) Notify(NoticeKind::Info, "Undid: " + what, 2500);
}

void App::Redo() {
  std::string what = store_.Edits().RedoLabel();
  if (store_.Redo(Now())) Notify(NoticeKind::Info, "Redid: " + what, 2500);
}

namespace {
// A file name from a workspace name: letters, digits, '-' and '_' only.
std::string ExportFileStem(const std::string& name) {
  std::string file;
  for (char c : name) file += (std::isalnum((unsigned char)c) || c == '-' || c == '_') ? c : '-';
  while (file.find("--") != std::string::npos) file.replace(file.find("--"), 2, "-");
  if (file.empty() || file == "-") file = "workspace";
  return file;
}
}  // namespace

void App::ExportWorkspace() {
  const Workspace& ws = store_.Current();
  const std::string file = ExportFileStem(ws.name);
  // A read-only document (from a newer version) is exported exactly as stored:
  // re-writing it would drop what this version does not understand.
  host_.DownloadFile(file + ".mlteams.json", "application/json",
                     store_.ReadOnly() ? store_.RawDocument(ws.id) : WorkspaceToText(ws, true));
  Notify(NoticeKind::Success, "Exported \"" + ws.name + "\" as " + file + ".mlteams.json");
  prefs_.last_export_ms = Now();
  SavePrefs();
}

void App::ExportReport() {
  const Workspace& ws = store_.Current();
  // The simulation's dates only when they belong to the plan as it is now.
  const SimResult* result = have_result_ && !ResultStale() ? &result_ : nullptr;
  host_.DownloadFile(ExportFileStem(ws.name) + ".report.html", "text/html",
                     WorkspaceReportHtml(ws, content_, result, PlanStart(), Now()));
  Notify(NoticeKind::Success, "Downloaded the report of \"" + ws.name + "\" (open it to read or print)");
}

void App::OnFileOpened(const std::string& name, std::string_view text, std::string_view purpose) {
  if (purpose == "csv") {
    ImportRosterCsv(name, text);
    return;
  }
  if (purpose == "org-csv") {
    ImportOrgCsv(name, text);
    return;
  }
  OpResult r = store_.Import(text, Now());
  if (!r.ok) {
    Notify(NoticeKind::Error, "Could not import " + name + ": " + r.error + ". Nothing was changed.", 0);
    return;
  }
  Notify(NoticeKind::Success, "Imported \"" + store_.Current().name + "\" as a new workspace");
}

void App::OnStorageEvent(const std::string& key) {
  if (!key.empty() && key.rfind("mlteams/", 0) != 0) return;
  store_.OnExternalChange(key, Now());
}

void App::OnPageVisible() { store_.OnExternalChange(WorkspaceStore::kIndexKey, Now()); }

void App::RestoreVersion(int slot) {
  OpResult r = store_.RestoreVersion(store_.Current().id, slot, Now());
  if (!r.ok) {
    Notify(NoticeKind::Error, r.error, 0);
    return;
  }
  Notify(NoticeKind::Success, "Restored the earlier version. Undo with Ctrl+Z brings back the newer one.", 8000);
}

void App::DownloadRawDocument(const std::string& id) {
  std::string raw = store_.RawDocument(id);
  if (raw.empty()) {
    Notify(NoticeKind::Error, "Nothing is stored for that workspace.", 0);
    return;
  }
  host_.DownloadFile("workspace-" + id + ".as-stored.json", "application/json", raw);
  Notify(NoticeKind::Success, "Downloaded the workspace exactly as stored.");
}

void App::OnPageHidden() {
  store_.Flush(Now());
  SavePrefs();
}

}  // namespace mlt
