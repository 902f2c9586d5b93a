// Shared pieces of the Hiring view's tabs: the selected job and candidate,
// edits of the hiring section through the store (undoable, autosaved), the
// hire command, and small widgets (job picker, note lists, rating buttons).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "model/workspace.h"

namespace mlt {
class App;

// The selected job description (the first one when the selection is stale), or null.
const JobDescription* SelectedJob(App& app);
void EditWorkspace(App& app, const std::string& what, const std::function<void(Workspace&)>& edit,
                   const std::string& merge = {});
// Applies `edit` to the hiring section as one undoable step.
template <class F>
void EditHiring(App& app, const std::string& what, F&& edit, const std::string& merge = {});
void EditJob(App& app, const std::string& job_id, const std::string& what,
             const std::function<void(JobDescription&)>& edit, const std::string& merge = {});
// A fresh id among jobs, interviews and people ("j-...", "i-...").
std::string NewHiringId(App& app, const char* prefix);
void AddJobFromRole(App& app, const RoleInfo& role);

// Candidates of a job: people in hiring.candidates whose job is `job_id`.
std::vector<const Candidate*> JobCandidates(App& app, const std::string& job_id);
void AddCandidate(App& app, const JobDescription& jd, const std::string& existing_person = {});
// Moves the candidate into the roster as a member; into `position` (an open
// position's id) when given: the position becomes the person, keeping its
// place and reporting line in the org chart.
void HireCandidate(App& app, std::string person, std::string position);  // copies: callers pass fields the hire rewrites
CandidateSummary Summary(App& app, const Candidate& c);

// The Hiring tab a Learn link opens, by the link's label (-1: leave as is).
int HiringTabForTool(const std::string& label);
// The "hiring" block of mlteams.state() (docs/automation-api.md).
nlohmann::json HiringState(const App& app);

// Widgets.
void JobPicker(App& app, float width);  // combo of the job descriptions
void NoteList(const std::vector<HiringNote>& notes, float wrap_em = 44);
// A "strong no / no / yes / strong yes" row of toggle buttons; 0 clears.
bool RatingButtons(const char* id, int* rating);
// The selected job; without one, draws the empty state (what the tab is for
// and a button per role to start a job description) and returns null.
const JobDescription* JobOrStartCard(App& app, const char* what);

// Exports. PNG and SVG buttons at the right end of a chart's heading line
// (under it when the line is full: `wrap` is the height that took).
struct ChartExportClicks {
  bool png = false, svg = false;
  float wrap = 0;
};
ChartExportClicks ChartExportButtons(const char* id, float right_x);
// Draws a chart of `size` at the cursor with `draw`, and downloads it as
// <stem>.svg (captured from this frame's drawing) or <stem>.png when asked.
void ExportableChart(App& app, const ChartExportClicks& clicks, const std::string& stem, const std::string& title,
                     ImVec2 size, const std::function<void()>& draw);
// A "CSV" button; downloads `rows()` as `filename` when pressed.
void CsvButton(App& app, const char* filename, const char* tooltip, const std::function<CsvRows()>& rows);

template <class F>
void EditHiring(App& app, const std::string& what, F&& edit, const std::string& merge) {
  EditWorkspace(app, what, [&](Workspace& w) { edit(w.hiring); }, merge);
}

}  // namespace mlt
