// The app: workspace store, UI state and the frame that draws everything.
// Platform-free: the web main loop (src/platform) and the headless smoke test
// both drive it the same way: Start(), then per frame NewFrame, Frame(), Render.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model/content.h"
#include "model/dates.h"
#include "model/share.h"
#include "sim/engine.h"
#include "store/workspace_store.h"
#include "ui/host.h"
#include "imgui.h"
#include "ui/theme.h"

namespace mlt {
struct RoleName;

enum class View { Learn = 0, Roles, Skills, Org, Plan, Hiring, Settings, Count };
constexpr int kViewCount = static_cast<int>(View::Count);
std::string_view ViewId(View v);      // "learn", "roles", ... as in URLs and setView
std::string_view ViewTitle(View v);   // "Learn", "Roles", ...
const char* ViewIcon(View v);
bool ViewFromId(std::string_view id, View* out);

// Preferences of this browser (not part of any workspace).
struct Prefs {
  ThemeChoice theme = ThemeChoice::System;
  float zoom = 1.0f;  // 0.8 .. 1.5
  int64_t last_export_ms = 0;  // last workspace export from this browser (Unix ms; 0 never)
};

enum class NoticeKind { Info, Success, Warning, Error };
struct Notice {
  NoticeKind kind = NoticeKind::Info;
  std::string text;
  int64_t until_ms = 0;  // 0: stays until dismissed
};

struct FrameStats {
  uint64_t frames = 0;
  std::deque<float> cpu_ms;       // time spent building + rendering each frame
  std::deque<float> interval_ms;  // time between frames
  std::deque<float> build_ms;     // building the UI (app code + ImGui), without rendering
};

class App {
 public:
  using Clock = std::function<int64_t()>;  // Unix ms
  App(KeyValueStorage& storage, HostServices& host, WorkspaceStore::IdSource ids, Clock clock);

  // Loads the lecture content from `content_dir` and opens the workspaces.
  void Start(const std::string& content_dir, const std::string& examples_dir = {});
  // Applies launch parameters (?view=learn&section=archetypes); unknown
  // values are ignored with a notice.
  void ApplyLaunchParams(std::string_view view, std::string_view section);
  // Draws one frame: call between ImGui::NewFrame() and ImGui::Render().
  void Frame();
  // Theme and zoom wanted now; the platform rebuilds fonts when zoom changes.
  float Zoom() const { return prefs_.zoom; }
  bool DarkTheme();

  // Host callbacks.
  // `purpose` is what the picker was opened for: "workspace", "csv" (roster)
  // or "org-csv" (org chart).
  void OnFileOpened(const std::string& name, std::string_view text, std::string_view purpose = "workspace");
  // After ImGui's draw data has been rendered (PNG exports read that frame).
  void AfterRender();
  void OnPageHidden();  // flush pending saves
  // Another tab changed storage (`key` of the browser's storage event, "" when
  // storage was cleared), or this tab became visible again: check for newer saves.
  void OnStorageEvent(const std::string& key);
  void OnPageVisible();
  // Restores a saved version of the open workspace (one undo step).
  void RestoreVersion(int slot);
  // Downloads the stored text of a workspace exactly as stored (damaged or read-only).
  void DownloadRawDocument(const std::string& id);
  // cpu: the whole frame on the main thread; build: UI code and ImGui only
  // (the rest is handing draw data to WebGL).
  void RecordFrameTime(float cpu_ms, float interval_ms, float build_ms);

  // Automation API (window.mlteams): each returns a JSON text.
  std::string ApiVersion() const;
  std::string ApiGetWorkspace() const;
  std::string ApiLoadWorkspace(std::string_view json);
  std::string ApiListWorkspaces() const;
  std::string ApiNewWorkspace(const std::string& name);
  std::string ApiSwitchWorkspace(const std::string& id);
  std::string ApiSetView(std::string_view name, std::string_view section = {});
  std::string ApiItems() const;
  std::string ApiFrameStats() const;
  std::string ApiState() const;

  // Used by the views and the frame.
  const Content& GetContent() const { return content_; }
  const std::string& ContentError() const { return content_error_; }
  const std::string& LearnSection() const { return learn_section_; }
  bool OpenLearnSection(std::string_view id);
  // Follows a "open the tool" link from the Learn view.
  void OpenTool(const ToolLink& tool);
  WorkspaceStore& Store() { return store_; }
  const WorkspaceStore& Store() const { return store_; }
  int64_t Now() const { return clock_(); }
  View CurrentView() const { return view_; }
  void SetView(View v) { view_ = v; }
  void Notify(NoticeKind kind, std::string text, int64_t duration_ms = 4000);
  void ExportWorkspace();
  // The printable, screen-reader friendly HTML report of the workspace.
  void ExportReport();
  void RequestImport() { host_.PickFile("workspace", ".json,application/json"); }
  void RequestRosterCsvImport() { host_.PickFile("csv", ".csv,text/csv,text/plain"); }
  void ImportRosterCsv(const std::string& name, std::string_view text);
  void ExportRosterCsv();
  // Downloads a table's rows (header first) as CSV, with a notice.
  void ExportTableCsv(const std::string& filename, const std::vector<std::vector<std::string>>& rows);
  // Loads the example team: into the current workspace when it has nobody
  // yet (one undo step), otherwise as a new workspace, so nothing is replaced.
  void LoadExampleTeam();
  // Exports a screen rectangle as PNG after the next frame (tooltips hidden).
  void RequestPngExport(const std::string& filename, ImVec2 min, ImVec2 max);
  bool CapturingFrame() const { return png_.frames_left > 0; }
  std::string NewPersonId() const;
  // Planner: the simulation runs in slices across frames.
  void StartSimulation();
  void CancelSimulation();
  bool SimulationRunning() const { return sim_running_; }
  float SimulationProgress() const;
  const SimResult* Result() const { return have_result_ ? &result_ : nullptr; }
  const Plan& ResultPlan() const { return result_plan_; }
  bool ResultStale() const;
  // ValidatePlan of the open plan ("" when it can be simulated), recomputed
  // only when the document changes rather than every frame.
  const std::string& PlanProblem() const;
  Date PlanStart() const;  // the plan's start date, or today
  void LoadExample(const std::string& file, const std::string& what);
  void ExportResultsCsv();
  std::string ApiSimulate(int trials, uint64_t seed);
  // Organisation: example orgs (one per archetype), org CSV import/export.
  void LoadExampleOrg(const std::string& archetype_id);
  void RequestOrgCsvImport() { host_.PickFile("org-csv", ".csv,text/csv,text/plain"); }
  void ImportOrgCsv(const std::string& name, std::string_view text);
  void ExportOrgCsv();
  std::string NewOrgId(const char* prefix) const;  // free among people, units and assessments
  // Role names (and common spellings) a CSV import matches to content roles.
  std::vector<RoleName> CsvRoleNames() const;
  // Selection shared by the roster, the chart and the inspector.
  const Person* SelectedPerson() const;
  Prefs& MutablePrefs() { return prefs_; }
  void SavePrefs();
  HostServices& Host() { return host_; }
  // Share links (app_share.cpp, docs/share-links.md). Making one compresses
  // in the host; the link arrives through OnShareCompressed. An opened link
  // arrives decompressed through OnShareOpened and waits in share.incoming
  // until the user opens it as a new workspace or discards it.
  void RequestShareLink(bool whole_workspace);
  void OnShareCompressed(std::string_view compressed);
  void OnShareFailed(const std::string& message);
  void OnShareOpened(std::string_view envelope_text);
  void OpenSharedWorkspace();
  void DiscardSharedWorkspace();
  // Embed mode (?embed=1, for course pages): no navigation, and the document
  // shown is read-only. The platform gives an embedded app a memory storage,
  // so it cannot write into the visitor's own workspaces. Its document comes
  // from a share link or a same-origin JSON URL (OnEmbedSource).
  void EnterEmbedMode() { embedded_ = true; }
  bool Embedded() const { return embedded_; }
  void OnEmbedSource(const std::string& name, std::string_view text);
  void OnEmbedFailed(const std::string& message);
  // The answer to navigator.storage.persist(): "granted", "denied" or
  // "unsupported" ("" until it arrives). Granted storage is not cleared by the
  // browser when space runs low.
  void OnPersistResult(std::string result) { persist_result_ = std::move(result); }
  const std::string& PersistResult() const { return persist_result_; }
  const std::string& EmbedError() const { return embed_error_; }
  struct ShareState {
    bool making = false;         // waiting for the compressed bytes
    bool whole = true;           // scope of the link being made
    std::string view;            // the view it was made from
    std::string link;            // the finished link
    std::string error;           // why the last link could not be made or opened
    bool pending = false;        // an opened link waits for the user's answer
    ShareEnvelope incoming;
    std::string incoming_contents;  // DescribeShareContents of it
  } share;
  void Undo();
  void Redo();

  // Dialog requests (drawn by the frame).
  struct Dialogs {
    bool open_rename = false, open_delete = false, open_new = false, open_shortcuts = false;
    // A list of problems too long for the status bar (an import with several bad rows).
    bool open_problems = false;
    bool open_versions = false;
    bool open_share = false, open_share_incoming = false;
    std::string problems_title, problems_intro;
    std::vector<std::string> problems;
    char name_buf[128] = {};
    std::string delete_id, delete_name;
  } dialogs;
  // UI state of the views that is not part of the workspace.
  struct UiState {
    int learn_chart_edition = 0;  // 0 original lecture chart, 1 later edition
    bool learn_scroll_to_top = false;
    std::string selected_person;  // person id, empty for none
    // Roster table
    char roster_filter[96] = {};
    int roster_kind_filter = -1;  // -1 all, else PersonKind
    std::vector<std::string> roster_order;  // person ids in table order
    uint64_t roster_fingerprint = 0;        // of the id set the order was built for
    bool focus_name = false;      // put the keyboard in the selected person's name field
    // Skills chart
    int chart_edition = 0;
    std::string chart_team;       // empty: all teams
    std::string chart_role;       // empty: all roles
    bool chart_show_kind[3] = {true, true, true};
    double view_x0 = -0.06, view_x1 = 1.06, view_y0 = -0.08, view_y1 = 1.06;  // zoomed range (0..1 units)
    std::string dragging;         // person id being dragged
    std::string coverage_team;    // team analysed in the coverage panel; empty: everyone
    int side_tab_request = -1;    // switch the skills side panel to 0 person / 1 coverage
    ImVec2 chart_rect_min, chart_rect_max;  // last frame's chart rectangle (for PNG export)
    // Planner
    int sim_trials = 2000;
    int sim_seed = 1;
    int plan_tab = -1;            // switch the editor tab: 0 tasks, 1 challenges and milestones
    std::string selected_task;
    ImVec2 plan_chart_min, plan_chart_max;  // the visible results chart (PNG export)
    std::string plan_chart_name;           // file name stem of that chart
    bool plan_chart_is_drawing = false;    // the shown tab is a chart that SVG export can capture
    bool plan_svg_requested = false;
    // Organisation
    int org_tab = 0;              // 0 chart, 1 metrics, 2 assessment
    int org_tab_request = -1;
    std::string org_selected;     // node id (person or unit)
    std::set<std::string> org_collapsed;  // node ids whose subtrees are hidden
    uint64_t org_collapse_version = 0;    // bumped on every change of org_collapsed
    bool org_left_right = false, org_compact = true;
    float org_zoom = 1.0f;
    ImVec2 org_pan = ImVec2(0, 0);  // layout point at the canvas's top-left corner
    bool org_fit_request = true;    // fit the whole chart on the next frame
    char org_search[96] = {};
    int org_search_hit = 0;         // which match Enter moves to next
    std::string org_highlight;      // node found by search (it and its chain are highlighted)
    std::string org_center_on;      // centre the view on this node next frame
    std::string org_drag;           // node being dragged onto a new manager
    bool org_drag_moved = false;
    ImVec2 org_rect_min, org_rect_max;  // last frame's canvas (PNG export)
    int org_png_whole = 0;          // frames left of a whole-chart PNG capture (view fitted meanwhile)
    float org_saved_zoom = 1.0f;
    ImVec2 org_saved_pan;
    std::string org_assessment;     // selected assessment id
    bool org_compare = false;       // assessment tab: compare all side by side
    // Hiring (ui/hiring_*.cpp)
    int hiring_tab = 0;             // 0 job, 1 loop, 2 candidates, 3 sourcing, 4 pitch and job seeker
    int hiring_tab_request = -1;
    std::string hiring_job;         // selected job description id
    std::string hiring_candidate;   // selected candidate (person id)
    std::string hiring_position;    // open position a hire fills; empty: none
    char hiring_tool[64] = {};      // a tool being added to the job description
    int tth_trials = 2000, tth_seed = 1;
    Funnel tth_funnel;              // the funnel `tth` was simulated for (recomputed when it changes)
    TimeToHire tth;
    bool tth_valid = false;
  } ui;

  const Notice& CurrentNotice() const { return notice_; }
  void DismissNotice() { notice_ = {}; }

 private:
  void LoadPrefs();
  void HandleShortcuts();

  KeyValueStorage& storage_;
  HostServices& host_;
  Clock clock_;
  WorkspaceStore store_;
  Prefs prefs_;
  View view_ = View::Learn;
  Content content_;
  std::string content_error_;  // why the content failed to load (never expected: tests load it)
  std::string learn_section_;  // selected Learn section id
  std::string examples_dir_;   // example workspaces (assets/examples)
  Notice notice_;
  WorkspaceStore::IdSource ids_;
  void TickSimulation();
  std::unique_ptr<Simulation> sim_;
  bool sim_running_ = false;
  SimResult result_;
  Plan result_plan_;  // the plan the result belongs to
  bool have_result_ = false;
  // Derived from the document, cached per store revision.
  struct PlanCache {
    uint64_t revision = ~uint64_t(0);
    std::string problem;
    bool stale = false;
  };
  mutable PlanCache plan_cache_;
  const PlanCache& PlanDerived() const;
  struct PendingPng {
    std::string filename;
    ImVec2 min, max;
    int frames_left = 0;
  } png_;
  FrameStats stats_;
  bool embedded_ = false;
  std::string persist_result_;
  bool embed_view_fixed_ = false;  // the URL named a view: a link's own view does not override it
  std::string embed_error_;  // why the embedded document could not be shown
  void OpenEmbedded(Workspace ws, const std::string& view, const std::string& source);
};

}  // namespace mlt
