// The automation API behind window.mlteams (docs/automation-api.md). Each
// function returns JSON text; the platform layer passes it to JavaScript.
#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "model/json_util.h"
#include "model/assessment.h"
#include "ui/app.h"
#include "ui/hiring_common.h"
#include "ui/item_recorder.h"

namespace mlt {
using nlohmann::json;

namespace {
json Ok(const std::string& id = "") {
  json j = {{"ok", true}};
  if (!id.empty()) j["id"] = id;
  return j;
}
json Err(const std::string& e) { return {{"ok", false}, {"error", e}}; }
json FromOp(const OpResult& r) { return r.ok ? Ok(r.id) : Err(r.error); }

json Summary(const std::deque<float>& values) {
  if (values.empty()) return {{"mean", 0}, {"p50", 0}, {"p95", 0}, {"max", 0}};
  std::vector<float> v(values.begin(), values.end());
  std::sort(v.begin(), v.end());
  double sum = 0;
  for (float x : v) sum += x;
  auto at = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
  return {{"mean", sum / double(v.size())}, {"p50", at(0.5)}, {"p95", at(0.95)}, {"max", v.back()}};
}

const char* SaveStateId(SaveState s) {
  switch (s) {
    case SaveState::Saved: return "saved";
    case SaveState::Pending: return "pending";
    case SaveState::Failed: return "failed";
    case SaveState::Disabled: return "disabled";
    case SaveState::Conflict: return "conflict";
  }
  return "";
}
const char* NoticeKindId(NoticeKind k) {
  switch (k) {
    case NoticeKind::Info: return "info";
    case NoticeKind::Success: return "success";
    case NoticeKind::Warning: return "warning";
    case NoticeKind::Error: return "error";
  }
  return "";
}
}  // namespace

std::string App::ApiVersion() const {
  return Dump(json({{"app", MLT_VERSION}, {"schema", kSchemaVersion}, {"imgui", IMGUI_VERSION}}));
}

std::string App::ApiGetWorkspace() const { return WorkspaceToText(store_.Current()); }

std::string App::ApiLoadWorkspace(std::string_view text) {
  OpResult r = store_.Import(text, Now());
  if (r.ok) Notify(NoticeKind::Success, "Loaded \"" + store_.Current().name + "\" as a new workspace");
  return Dump(FromOp(r));
}

std::string App::ApiListWorkspaces() const {
  json list = json::array();
  for (const auto& w : store_.List())
    list.push_back({{"id", w.id}, {"name", w.name}, {"modified", w.modified_ms},
                    {"active", w.id == store_.Current().id}, {"damaged", w.damaged},
                    {"readOnly", w.read_only}, {"reason", w.reason}});
  return Dump(list);
}

std::string App::ApiNewWorkspace(const std::string& name) {
  return Dump(FromOp(store_.Create(name.empty() ? "New workspace" : name, Now())));
}

std::string App::ApiSwitchWorkspace(const std::string& id) { return Dump(FromOp(store_.Switch(id, Now()))); }

std::string App::ApiSetView(std::string_view name, std::string_view section) {
  View v;
  if (!ViewFromId(name, &v)) {
    std::string all;
    for (int i = 0; i < kViewCount; ++i) all += (i ? ", " : "") + std::string(ViewId(View(i)));
    return Dump(Err("Unknown view \"" + std::string(name) + "\"; the views are " + all));
  }
  if (!section.empty()) {
    if (v != View::Learn) return Dump(Err("Only the learn view has sections"));
    if (!content_.FindLearnSection(section))
      return Dump(Err("Unknown Learn section \"" + std::string(section) + "\""));
  }
  SetView(v);
  if (!section.empty()) OpenLearnSection(section);
  json ok = {{"ok", true}, {"view", ViewId(v)}};
  if (v == View::Learn) ok["section"] = learn_section_;
  return Dump(ok);
}

std::string App::ApiItems() const {
  json list = json::array();
  for (const RecordedItem& it : LastFrameItems())
    list.push_back({{"id", it.id}, {"label", it.label}, {"key", it.key}, {"x", it.x}, {"y", it.y}, {"w", it.w},
                    {"h", it.h}, {"window", it.window}, {"visible", it.visible}});
  return Dump(list);
}

std::string App::ApiFrameStats() const {
  json recent = json::array();
  size_t start = stats_.cpu_ms.size() > 60 ? stats_.cpu_ms.size() - 60 : 0;
  for (size_t i = start; i < stats_.cpu_ms.size(); ++i) recent.push_back(stats_.cpu_ms[i]);
  return Dump(json({{"frames", stats_.frames}, {"cpuMs", Summary(stats_.cpu_ms)}, {"buildMs", Summary(stats_.build_ms)},
                    {"intervalMs", Summary(stats_.interval_ms)}, {"recentCpuMs", recent}}));
}

std::string App::ApiState() const {
  const SaveStatus& st = store_.Status();
  json j = {{"view", ViewId(view_)},
            {"workspaceId", store_.Current().id},
            {"workspaceName", store_.Current().name},
            {"save", {{"state", SaveStateId(st.state)}, {"message", st.message}, {"lastSavedMs", st.last_saved_ms}}},
            {"canUndo", store_.Edits().CanUndo()},
            {"readOnly", store_.ReadOnly()},
            {"versions", store_.Versions(store_.Current().id).size()},
            {"canRedo", store_.Edits().CanRedo()},
            {"zoom", prefs_.zoom},
            {"learnSection", learn_section_}};
  if (!dialogs.problems.empty()) j["problems"] = dialogs.problems;  // the open problems dialog
  if (!notice_.text.empty()) j["notice"] = {{"kind", NoticeKindId(notice_.kind)}, {"text", notice_.text}};
  j["plan"] = {{"tasks", store_.Current().plan.tasks.size()},
               {"running", sim_running_},
               {"progress", SimulationProgress()},
               {"hasResult", have_result_},
               {"stale", ResultStale()},
               {"trials", have_result_ ? result_.trials : 0}};
  const Workspace& ws = store_.Current();
  json org = {{"units", ws.org.units.size()},
              {"assessments", ws.org.assessments.size()},
              {"selected", ui.org_selected},
              {"highlight", ui.org_highlight},
              {"collapsed", ui.org_collapsed.size()},
              {"tab", ui.org_tab},
              {"zoom", ui.org_zoom}};
  for (const OrgAssessment& a : ws.org.assessments) {
    if (a.id != ui.org_assessment) continue;
    AssessmentResult r = ScoreAssessment(content_, a);
    org["assessment"] = {{"id", a.id}, {"best", r.best}, {"confidence", r.confidence},
                         {"label", r.confidence_label}, {"answered", r.answered}};
  }
  j["org"] = std::move(org);
  json sh = {{"making", share.making}, {"link", share.link}, {"linkLength", share.link.size()},
             {"whole", share.whole}, {"error", share.error}, {"pending", share.pending}};
  if (share.pending)
    sh["incoming"] = {{"name", share.incoming.workspace.name}, {"view", share.incoming.view},
                      {"whole", share.incoming.whole_workspace}, {"contents", share.incoming_contents}};
  j["share"] = std::move(sh);
  j["embedded"] = embedded_;
  j["storage"] = {{"persist", persist_result_}, {"lastExportMs", prefs_.last_export_ms}};
  j["hiring"] = HiringState(*this);
  return Dump(j);
}

}  // namespace mlt
