// [SECTION] Helpers  [SECTION] Tasks  [SECTION] Challenges and milestones
#include "ui/plan_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "imgui.h"
#include "model/plan_edit.h"
#include "model/table_csv.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/icons.h"
#include "ui/item_recorder.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace mlt {
namespace {

// [SECTION] Helpers
// Edits one plan element found by id; one undo step per field while typing.
template <class F>
void EditPlan(App& app, const char* what, const std::string& key, F&& edit) {
  app.Store().Apply(what, [&](Workspace& w) { edit(w.plan); }, app.Now(), key);
}

Task* FindTask(Plan& p, const std::string& id) {
  for (Task& t : p.tasks)
    if (t.id == id) return &t;
  return nullptr;
}

std::string NameOf(const Plan& p, const std::string& id) { return PlanNodeName(p, id); }

// A popup of checkboxes over every task and challenge except `self`.
bool EditIdList(App& app, const char* popup, std::vector<std::string> current, const std::string& self,
                const std::string& excluded_challenge, std::vector<std::string>* out) {
  const Plan& plan = app.Store().Current().plan;
  char label[64];
  if (current.empty()) std::snprintf(label, sizeof label, "none");
  else if (current.size() == 1) std::snprintf(label, sizeof label, "%.40s", NameOf(plan, current[0]).c_str());
  else std::snprintf(label, sizeof label, "%zu items", current.size());
  std::string button = std::string(label) + "##" + popup;
  if (ImGui::Button(button.c_str(), ImVec2(-FLT_MIN, 0))) ImGui::OpenPopup(popup);
  bool changed = false;
  if (ImGui::BeginPopup(popup)) {
    auto item = [&](const std::string& id, const std::string& name, bool challenge) {
      if (id == self || id == excluded_challenge) return;
      bool on = std::find(current.begin(), current.end(), id) != current.end();
      std::string text = (challenge ? std::string(ICON_CHEVRON_RIGHT " ") : std::string()) + name + "##" + id;
      if (ImGui::Checkbox(text.c_str(), &on)) {
        if (on) current.push_back(id);
        else current.erase(std::remove(current.begin(), current.end(), id), current.end());
        changed = true;
      }
    };
    MutedText("Must finish before this starts:");
    for (const Task& t : plan.tasks) item(t.id, t.name, false);
    for (const Challenge& c : plan.challenges) item(c.id, c.name + " (challenge)", true);
    ImGui::EndPopup();
  }
  if (changed) *out = current;
  return changed;
}

bool PlanCombo(const char* id, int* value, const char* const* items, int count, float width) {
  ImGui::SetNextItemWidth(width);
  bool changed = false;
  if (BeginReportedCombo(id, items[*value])) {
    for (int i = 0; i < count; ++i)
      if (ImGui::Selectable(items[i], *value == i)) { *value = i; changed = true; }
    ImGui::EndCombo();
  }
  return changed;
}

// [SECTION] Tasks
enum Col { kName, kOwner, kOpt, kLikely, kPess, kDist, kP, kFail, kRetries, kImportance, kDeps, kChallenge,
           kStatus, kProgress, kActions, kColCount };

}  // namespace

void DrawTaskTable(App& app, float height) {
  const Plan& plan = app.Store().Current().plan;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_Resizable;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, (Palette().rail & 0x00FFFFFF) | 0x99000000);
  if (!ImGui::BeginTable("tasks", kColCount, flags, ImVec2(0, height))) {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    return;
  }
  ImGui::TableSetupScrollFreeze(1, 1);
  const std::pair<const char*, float> cols[kColCount] = {
      {"Task", 13}, {"Owner", 8}, {"Best", 3.6f}, {"Likely", 3.6f}, {"Worst", 3.6f}, {"Shape", 6},
      {"Success", 4.2f}, {"On failure", 5.5f}, {"Retries", 3.6f}, {"Importance", 4.6f}, {"Depends on", 9},
      {"Approach to", 8}, {"Status", 6.5f}, {"Done", 4}, {"", 5.2f}};
  for (int c = 0; c < kColCount; ++c) ImGui::TableSetupColumn(cols[c].first, 0, Em(cols[c].second));
  ImGui::TableHeadersRow();
  static const char* const kDistNames[] = {"Triangular", "PERT", "Lognormal"};
  static const char* const kFailNames[] = {"Retry", "Give up"};
  static const char* const kStatusNames[] = {"Not started", "In progress", "Done", "Failed"};

  std::string remove_id;
  int move_from = -1, move_to = -1;
  for (size_t i = 0; i < plan.tasks.size(); ++i) {
    const Task t = plan.tasks[i];  // a copy: edits may reallocate the plan
    ImGui::TableNextRow();
    ImGui::PushID(t.id.c_str());
    if (t.id == app.ui.selected_task) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, Palette().accent_soft);
    const std::string id = t.id;
    auto key = [&](const char* field) { return std::string("plan:") + field + ":" + id; };

    ImGui::TableSetColumnIndex(kName);
    std::string name = t.name;
    if (InputString("##task name", &name, -FLT_MIN))
      EditPlan(app, "rename a task", key("name"), [&](Plan& p) { if (Task* x = FindTask(p, id)) x->name = name; });
    if (ImGui::IsItemActivated()) app.ui.selected_task = id;

    ImGui::TableSetColumnIndex(kOwner);
    std::string owner_label = t.owner.empty() ? std::string("nobody") : t.owner;
    for (const Person& p : app.Store().Current().people)
      if (p.id == t.owner) owner_label = p.name;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (BeginReportedCombo("##owner", owner_label.c_str(), ImGuiComboFlags_HeightLarge)) {
      if (ImGui::Selectable("nobody (no capacity limit)", t.owner.empty()))
        EditPlan(app, "change an owner", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->owner.clear(); });
      for (const Person& person : app.Store().Current().people) {
        if (person.kind != PersonKind::Member) continue;
        if (ImGui::Selectable((person.name + "##" + person.id).c_str(), person.id == t.owner)) {
          std::string pid = person.id;
          EditPlan(app, "change an owner", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->owner = pid; });
        }
      }
      ImGui::EndCombo();
    }

    auto number = [&](int col, const char* label, double value, double lo, double hi, float speed, const char* fmt,
                      auto&& set) {
      ImGui::TableSetColumnIndex(col);
      float v = float(value);
      ImGui::SetNextItemWidth(-FLT_MIN);
      if (ImGui::DragFloat(label, &v, speed, float(lo), float(hi), fmt, ImGuiSliderFlags_AlwaysClamp)) {
        double nv = double(v);
        EditPlan(app, "edit a task", key(label), [&](Plan& p) { if (Task* x = FindTask(p, id)) set(*x, nv); });
      }
    };
    number(kOpt, "##best", t.optimistic, 0, 1000, 0.1f, "%.1f d", [](Task& x, double v) { x.optimistic = v; });
    number(kLikely, "##likely", t.most_likely, 0, 1000, 0.1f, "%.1f d", [](Task& x, double v) { x.most_likely = v; });
    number(kPess, "##worst", t.pessimistic, 0, 1000, 0.1f, "%.1f d", [](Task& x, double v) { x.pessimistic = v; });

    ImGui::TableSetColumnIndex(kDist);
    int dist = int(t.distribution);
    if (PlanCombo("##shape", &dist, kDistNames, 3, -FLT_MIN))
      EditPlan(app, "change a distribution", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->distribution = Distribution(dist); });
    Tooltip("PERT: weighted towards the likely value (mean (a+4m+b)/6). Triangular: mean (a+m+b)/3. "
            "Lognormal: best and worst as the 5th and 95th percentiles, a long tail.");

    ImGui::TableSetColumnIndex(kP);
    float pct = float(t.p_success * 100);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::DragFloat("##p", &pct, 0.5f, 0, 100, "%.0f%%", ImGuiSliderFlags_AlwaysClamp)) {
      double nv = pct / 100.0;
      EditPlan(app, "edit a chance of success", key("p"), [&](Plan& p) { if (Task* x = FindTask(p, id)) x->p_success = nv; });
    }
    Tooltip("Chance that one attempt succeeds");

    ImGui::TableSetColumnIndex(kFail);
    int fail = int(t.on_failure);
    if (PlanCombo("##fail", &fail, kFailNames, 2, -FLT_MIN))
      EditPlan(app, "change what happens on failure", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->on_failure = OnFailure(fail); });

    ImGui::TableSetColumnIndex(kRetries);
    ImGui::BeginDisabled(t.on_failure != OnFailure::Retry);
    int retries = t.max_retries;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::DragInt("##retries", &retries, 0.05f, 0, 20, "%d", ImGuiSliderFlags_AlwaysClamp))
      EditPlan(app, "edit retries", key("retries"), [&](Plan& p) { if (Task* x = FindTask(p, id)) x->max_retries = retries; });
    ImGui::EndDisabled();
    Tooltip("Extra attempts after a failure; each costs a fraction (retry cost) of a fresh estimate");

    number(kImportance, "##importance", t.importance, 0, 10, 0.05f, "%.0f",
           [](Task& x, double v) { x.importance = v; });

    ImGui::TableSetColumnIndex(kDeps);
    std::vector<std::string> deps;
    if (EditIdList(app, "deps", t.depends_on, id, t.challenge, &deps))
      EditPlan(app, "change dependencies", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->depends_on = deps; });

    ImGui::TableSetColumnIndex(kChallenge);
    std::string ch_label = t.challenge.empty() ? std::string("\xE2\x80\x94") : NameOf(plan, t.challenge);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (BeginReportedCombo("##challenge", ch_label.c_str())) {
      if (ImGui::Selectable("\xE2\x80\x94 (a plain task)", t.challenge.empty()))
        EditPlan(app, "change a challenge", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->challenge.clear(); });
      for (const Challenge& c : plan.challenges)
        if (ImGui::Selectable((c.name + "##" + c.id).c_str(), c.id == t.challenge)) {
          std::string cid = c.id;
          EditPlan(app, "change a challenge", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->challenge = cid; });
        }
      ImGui::EndCombo();
    }

    ImGui::TableSetColumnIndex(kStatus);
    int status = int(t.status);
    if (PlanCombo("##status", &status, kStatusNames, 4, -FLT_MIN))
      EditPlan(app, "change a status", "", [&](Plan& p) { if (Task* x = FindTask(p, id)) x->status = TaskStatus(status); });
    float prog = float(t.progress * 100);
    ImGui::TableSetColumnIndex(kProgress);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::DragFloat("##progress", &prog, 0.5f, 0, 100, "%.0f%%", ImGuiSliderFlags_AlwaysClamp)) {
      double nv = prog / 100.0;
      EditPlan(app, "edit progress", key("progress"), [&](Plan& p) { if (Task* x = FindTask(p, id)) x->progress = nv; });
    }

    ImGui::TableSetColumnIndex(kActions);
    // List order is priority: an owner with two ready tasks takes the higher one first.
    ImGui::BeginDisabled(i == 0);
    if (ImGui::SmallButton(ICON_ARROW_UP)) { move_from = int(i); move_to = int(i) - 1; }
    ImGui::EndDisabled();
    Tooltip("Move up: higher priority for its owner");
    ImGui::SameLine(0, 2);
    ImGui::BeginDisabled(i + 1 == plan.tasks.size());
    if (ImGui::SmallButton(ICON_ARROW_DOWN)) { move_from = int(i); move_to = int(i) + 1; }
    ImGui::EndDisabled();
    Tooltip("Move down: lower priority for its owner");
    ImGui::SameLine(0, 2);
    if (ImGui::SmallButton(ICON_TRASH)) remove_id = id;
    Tooltip("Delete this task (undo with Ctrl+Z)");
    ImGui::PopID();
  }
  ImGui::EndTable();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (move_from >= 0)
    app.Store().Apply("reorder tasks", [&](Workspace& w) {
      auto& ts = w.plan.tasks;
      if (move_to >= 0 && size_t(move_to) < ts.size()) std::swap(ts[size_t(move_from)], ts[size_t(move_to)]);
    }, app.Now());
  if (!remove_id.empty()) {
    app.Store().Apply("delete a task", [&](Workspace& w) {
      auto& ts = w.plan.tasks;
      ts.erase(std::remove_if(ts.begin(), ts.end(), [&](const Task& t) { return t.id == remove_id; }), ts.end());
      // References to it would make the plan invalid: remove them too.
      for (Task& t : ts) t.depends_on.erase(std::remove(t.depends_on.begin(), t.depends_on.end(), remove_id), t.depends_on.end());
      for (Challenge& c : w.plan.challenges)
        c.depends_on.erase(std::remove(c.depends_on.begin(), c.depends_on.end(), remove_id), c.depends_on.end());
      for (Milestone& m : w.plan.milestones)
        m.requires_done.erase(std::remove(m.requires_done.begin(), m.requires_done.end(), remove_id), m.requires_done.end());
    }, app.Now());
  }
}

// [SECTION] Challenges and milestones
void DrawChallengesAndMilestones(App& app) {
  const Plan& plan = app.Store().Current().plan;
  Heading("Research challenges");
  const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
  if (CsvButton("plan challenges", right, "Download the challenges as CSV (plan-challenges.csv)"))
    app.ExportTableCsv("plan-challenges.csv", PlanChallengeRows(plan));
  MutedText("A challenge is solved when any of its approaches succeeds. Make a task an approach in its "
            "\"Approach to\" column.");
  std::string remove_challenge;
  for (const Challenge& challenge : plan.challenges) {
    const Challenge c = challenge;  // a copy: edits may reallocate the plan
    ImGui::PushID(c.id.c_str());
    const std::string id = c.id;
    std::string name = c.name;
    if (InputString("##challenge name", &name, Em(14)))
      EditPlan(app, "rename a challenge", "plan:cname:" + id, [&](Plan& p) {
        for (Challenge& x : p.challenges) if (x.id == id) x.name = name;
      });
    ImGui::SameLine();
    int mode = c.parallel ? 0 : 1;
    static const char* const kModes[] = {"Approaches in parallel", "Fallbacks in order"};
    if (PlanCombo("##mode", &mode, kModes, 2, Em(12)))
      EditPlan(app, "change how approaches run", "", [&](Plan& p) {
        for (Challenge& x : p.challenges) if (x.id == id) x.parallel = mode == 0;
      });
    ImGui::SameLine();
    int n = 0;
    for (const Task& t : plan.tasks) n += t.challenge == id;
    ImGui::Text("%d approach%s", n, n == 1 ? "" : "es");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(Em(10));
    std::vector<std::string> deps;
    ImGui::BeginGroup();
    ImGui::PushItemWidth(Em(10));
    ImGui::TextUnformatted("after");
    ImGui::SameLine();
    ImGui::BeginChild("deps", ImVec2(Em(10), ImGui::GetFrameHeight()), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    if (EditIdList(app, "cdeps", c.depends_on, id, id, &deps))
      EditPlan(app, "change dependencies", "", [&](Plan& p) {
        for (Challenge& x : p.challenges) if (x.id == id) x.depends_on = deps;
      });
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TRASH)) remove_challenge = id;
    Tooltip("Delete the challenge (its approaches become plain tasks)");
    ImGui::PopID();
  }
  if (!remove_challenge.empty())
    app.Store().Apply("delete a challenge", [&](Workspace& w) {
      auto& cs = w.plan.challenges;
      cs.erase(std::remove_if(cs.begin(), cs.end(), [&](const Challenge& c) { return c.id == remove_challenge; }), cs.end());
      for (Task& t : w.plan.tasks) {
        if (t.challenge == remove_challenge) t.challenge.clear();
        t.depends_on.erase(std::remove(t.depends_on.begin(), t.depends_on.end(), remove_challenge), t.depends_on.end());
      }
      for (Milestone& m : w.plan.milestones)
        m.requires_done.erase(std::remove(m.requires_done.begin(), m.requires_done.end(), remove_challenge), m.requires_done.end());
    }, app.Now());

  Heading("Milestones");
  if (CsvButton("plan milestones", right, "Download the milestones as CSV (plan-milestones.csv)"))
    app.ExportTableCsv("plan-milestones.csv", PlanMilestoneRows(app.Store().Current().plan));
  MutedText("A milestone is reached when everything it lists has finished successfully.");
  std::string remove_milestone;
  for (const Milestone& milestone : plan.milestones) {
    const Milestone m = milestone;  // a copy: edits may reallocate the plan
    ImGui::PushID(m.id.c_str());
    const std::string id = m.id;
    std::string name = m.name;
    if (InputString("##milestone name", &name, Em(14)))
      EditPlan(app, "rename a milestone", "plan:mname:" + id, [&](Plan& p) {
        for (Milestone& x : p.milestones) if (x.id == id) x.name = name;
      });
    ImGui::SameLine();
    float deadline = float(m.deadline_days);
    ImGui::SetNextItemWidth(Em(7));
    if (ImGui::DragFloat("##deadline", &deadline, 0.2f, 0, 2000, deadline > 0 ? "due day %.0f" : "no deadline",
                         ImGuiSliderFlags_AlwaysClamp)) {
      double nv = std::round(double(deadline));
      EditPlan(app, "change a deadline", "plan:deadline:" + id, [&](Plan& p) {
        for (Milestone& x : p.milestones) if (x.id == id) x.deadline_days = nv;
      });
    }
    if (m.deadline_days > 0) {
      ImGui::SameLine();
      MutedText(FormatLongDate(AddWorkingDays(app.PlanStart(), m.deadline_days)).c_str());
    }
    ImGui::SameLine();
    ImGui::TextUnformatted("needs");
    ImGui::SameLine();
    ImGui::BeginChild("req", ImVec2(Em(10), ImGui::GetFrameHeight()), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    std::vector<std::string> req;
    if (EditIdList(app, "mreq", m.requires_done, "", "", &req))
      EditPlan(app, "change a milestone", "", [&](Plan& p) {
        for (Milestone& x : p.milestones) if (x.id == id) x.requires_done = req;
      });
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_TRASH)) remove_milestone = id;
    ImGui::PopID();
  }
  if (!remove_milestone.empty())
    app.Store().Apply("delete a milestone", [&](Workspace& w) {
      auto& ms = w.plan.milestones;
      ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Milestone& m) { return m.id == remove_milestone; }), ms.end());
    }, app.Now());
}

}  // namespace mlt
