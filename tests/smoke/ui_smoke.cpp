// Headless UI smoke test: draws every view for many frames with no GPU and no
// platform backend, so ImGui asserts, ID clashes and crashes show up cheaply.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cassert>
#include <string>
#include <vector>

#include "imgui.h"
#include "support/headless_app.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/hiring_common.h"
#include "ui/item_recorder.h"
#include "ui/markup.h"
#include "ui/org_chart.h"
#include "ui/theme.h"

using namespace mlt;

using Harness = HeadlessApp;

TEST_CASE("every view draws for hundreds of frames in both themes and at several sizes") {
  Harness h;
  const ImVec2 sizes[] = {{1280, 800}, {1024, 700}, {1920, 1080}, {800, 600}};
  for (int theme = 0; theme < 2; ++theme) {
    ApplyTheme(theme == 1, 1.0f);
    for (int v = 0; v < kViewCount; ++v) {
      h.app.SetView(View(v));
      for (int f = 0; f < 60; ++f) {
        ImGui::GetIO().DisplaySize = sizes[(f / 15) % 4];
        h.Frame();
      }
    }
  }
  CHECK(ImGui::GetFrameCount() >= 2 * kViewCount * 60);
}

TEST_CASE("every Learn section draws, with its data block and tool link") {
  Harness h;
  REQUIRE_MESSAGE(h.app.ContentError().empty(), h.app.ContentError());
  int sections = 0;
  for (const LearnPart& part : h.app.GetContent().learn)
    for (const LearnSection& s : part.sections) {
      REQUIRE(h.app.OpenLearnSection(s.id));
      for (int theme = 0; theme < 2; ++theme) {
        ApplyTheme(theme == 1, 1.0f);
        for (int f = 0; f < 4; ++f) h.Frame();
      }
      if (!s.tool.view.empty()) {
        bool found = false;
        for (const RecordedItem& it : LastFrameItems()) found = found || it.label == s.tool.label;
        CHECK_MESSAGE(found, s.id);
      }
      ++sections;
    }
  CHECK(sections >= 15);
}

TEST_CASE("the navigation rail reports one labelled item per view") {
  Harness h;
  h.Frame();
  h.Frame();
  int nav = 0;
  for (const RecordedItem& it : LastFrameItems())
    if (it.window == "Navigation" && !it.label.empty() && it.label != it.window) ++nav;
  CHECK(nav == kViewCount);
}

TEST_CASE("clicking a navigation item through the recorded rectangle changes the view") {
  Harness h;
  h.Frame();
  h.Frame();
  const RecordedItem* target = nullptr;
  for (const RecordedItem& it : LastFrameItems())
    if (it.window == "Navigation" && it.label == "Plan") target = &it;
  REQUIRE(target);
  ImVec2 c(target->x + target->w / 2, target->y + target->h / 2);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(c.x, c.y);
  h.Frame();
  io.AddMouseButtonEvent(0, true);
  h.Frame();
  io.AddMouseButtonEvent(0, false);
  h.Frame();
  CHECK(h.app.CurrentView() == View::Plan);
}

TEST_CASE("the workspace dialogs and the automation API work without a browser") {
  Harness h;
  h.Frame();
  CHECK(h.app.ApiSetView("skills").find("\"ok\":true") != std::string::npos);
  CHECK(h.app.ApiSetView("nope").find("Unknown view") != std::string::npos);
  h.app.dialogs.open_rename = true;
  h.app.dialogs.open_shortcuts = true;
  for (int i = 0; i < 10; ++i) h.Frame();
  std::string r = h.app.ApiLoadWorkspace(R"({"schema_version":1,"name":"Imported","people":[{"id":"a","name":"Ann"}]})");
  CHECK(r.find("\"ok\":true") != std::string::npos);
  h.app.SetView(View::Roles);
  for (int i = 0; i < 10; ++i) h.Frame();
  CHECK(h.app.ApiState().find("Imported") != std::string::npos);
  CHECK(h.app.ApiItems().find("Roles") != std::string::npos);
}

namespace {
const RecordedItem* FindItem(const std::string& label, const std::string& window = "") {
  for (const RecordedItem& it : LastFrameItems())
    if (it.label == label && (window.empty() || it.window == window)) return &it;
  return nullptr;
}
void Click(Harness& h, ImVec2 at) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(at.x, at.y);
  h.Frame();
  io.AddMouseButtonEvent(0, true);
  h.Frame();
  io.AddMouseButtonEvent(0, false);
  h.Frame();
}
}  // namespace

TEST_CASE("roster and skills views with the example team: select, drag a bubble, undo") {
  Harness h;
  h.app.SetView(View::Skills);
  for (int f = 0; f < 5; ++f) h.Frame();  // auto-sized cards settle in a couple of frames
  const RecordedItem* load = FindItem("Load the example team");
  REQUIRE(load);
  Click(h, ImVec2(load->x + load->w / 2, load->y + load->h / 2));
  REQUIRE(h.app.Store().Current().people.size() == 12);
  for (int f = 0; f < 30; ++f) h.Frame();
  const RecordedItem* bubble = FindItem("Jonas Weber", "Skills chart");
  REQUIRE(bubble);
  const Person* before = nullptr;
  for (const Person& p : h.app.Store().Current().people)
    if (p.name == "Jonas Weber") before = &p;
  REQUIRE(before);
  double ml0 = before->skills[int(Skill::Ml)], sw0 = before->skills[int(Skill::Software)];
  std::string id = before->id;

  ImGuiIO& io = ImGui::GetIO();
  ImVec2 c(bubble->x + bubble->w / 2, bubble->y + bubble->h / 2);
  io.AddMousePosEvent(c.x, c.y);
  h.Frame();
  io.AddMouseButtonEvent(0, true);
  h.Frame();
  for (int i = 1; i <= 10; ++i) {
    io.AddMousePosEvent(c.x - 8.0f * i, c.y - 5.0f * i);  // left (less ML) and up (more software)
    h.Frame();
  }
  io.AddMouseButtonEvent(0, false);
  h.Frame();
  CHECK(h.app.ui.selected_person == id);
  const Person* after = h.app.SelectedPerson();
  REQUIRE(after);
  CHECK(after->skills[int(Skill::Ml)] < ml0 - 0.5);
  CHECK(after->skills[int(Skill::Software)] > sw0 + 0.3);
  h.app.Undo();  // the whole drag is one step
  const Person* undone = h.app.SelectedPerson();
  REQUIRE(undone);
  CHECK(undone->skills[int(Skill::Ml)] == doctest::Approx(ml0));
  CHECK(undone->skills[int(Skill::Software)] == doctest::Approx(sw0));

  // Every view draws with a selection and the coverage tab open.
  h.app.ui.side_tab_request = 1;
  for (int v = 0; v < kViewCount; ++v) {
    h.app.SetView(View(v));
    for (int f = 0; f < 10; ++f) h.Frame();
  }
}

TEST_CASE("the skills side panel switches to team coverage when its tab is clicked") {
  Harness h;
  h.app.LoadExampleTeam();
  h.app.SetView(View::Skills);
  for (int f = 0; f < 5; ++f) h.Frame();
  const RecordedItem* tab = FindItem("Team coverage");
  REQUIRE(tab);
  Click(h, ImVec2(tab->x + tab->w / 2, tab->y + tab->h / 2));
  for (int f = 0; f < 3; ++f) h.Frame();
  // The coverage panel's team chooser (Everyone / each team) is drawn only on that tab.
  bool chooser = false;
  for (const RecordedItem& it : LastFrameItems()) chooser |= it.key == "coverage team";
  CHECK(chooser);
}

TEST_CASE("the plan view draws an example plan, a sliced run and every results tab") {
  Harness h;
  h.app.SetView(View::Plan);
  for (int f = 0; f < 5; ++f) h.Frame();
  h.app.LoadExample("plan-recommender.json", "the example");
  REQUIRE(h.app.Store().Current().plan.tasks.size() == 8);
  h.app.ui.sim_trials = 500;
  h.app.StartSimulation();
  CHECK(h.app.SimulationRunning());
  for (int f = 0; f < 400 && h.app.SimulationRunning(); ++f) h.Frame();
  REQUIRE_FALSE(h.app.SimulationRunning());
  REQUIRE(h.app.Result());
  CHECK(h.app.Result()->trials == 500);
  for (int f = 0; f < 3; ++f) h.Frame();  // items() reports the previous frame
  // Click through the results tabs by their recorded rectangles.
  for (const char* tab : {"Finish date", "Drivers", "Gantt", "Progress", "Likelihood x importance", "Portfolio",
                          "Milestones", "Summary"}) {
    const RecordedItem* it = FindItem(tab);
    if (!it)
      for (const RecordedItem& x : LastFrameItems()) MESSAGE(std::string(x.window + " / " + x.label + " / " + x.key));
    REQUIRE_MESSAGE(it, std::string(tab));
    Click(h, ImVec2(it->x + it->w / 2, it->y + it->h / 2));
    for (int f = 0; f < 3; ++f) h.Frame();
  }
  // An edit makes the results stale; a cycle stops the run with a message.
  h.app.Store().Apply("test", [](Workspace& w) { w.plan.tasks[0].depends_on = {"serve"}; }, h.now);
  CHECK(h.app.ResultStale());
  h.app.StartSimulation();
  CHECK_FALSE(h.app.SimulationRunning());
  CHECK(h.app.CurrentNotice().text.find("cycle") != std::string::npos);
  for (int f = 0; f < 5; ++f) h.Frame();
  std::string json = h.app.ApiSimulate(100, 1);
  CHECK(json.find("\"ok\":false") != std::string::npos);
}

TEST_CASE("the plan's task table: add a task, and set a dependency through its popup, by clicks") {
  Harness h;
  h.app.SetView(View::Plan);
  for (int f = 0; f < 5; ++f) h.Frame();
  h.app.LoadExample("plan-recommender.json", "the example");
  for (int f = 0; f < 3; ++f) h.Frame();
  auto click = [&h](const RecordedItem* it) {
    REQUIRE(it);
    Click(h, ImVec2(it->x + it->w / 2, it->y + it->h / 2));
    for (int f = 0; f < 3; ++f) h.Frame();
  };
  auto by_key = [](const std::string& key) -> const RecordedItem* {
    for (const RecordedItem& it : LastFrameItems())
      if (it.key == key && it.visible) return &it;
    return nullptr;
  };
  // The first row ("Collect and label training data") waits for nothing;
  // its dependency button opens a list of the other tasks and challenges.
  REQUIRE(h.app.Store().Current().plan.tasks[0].depends_on.empty());
  click(by_key("deps"));
  click(by_key("pipeline"));  // the checkbox "Build the feature pipeline"
  CHECK(h.app.Store().Current().plan.tasks[0].depends_on == std::vector<std::string>{"pipeline"});
  // A task of its own, from the toolbar: the first click only closes the list.
  const size_t before = h.app.Store().Current().plan.tasks.size();
  click(FindItem("Task"));
  CHECK(h.app.Store().Current().plan.tasks.size() == before);
  click(FindItem("Task"));
  CHECK(h.app.Store().Current().plan.tasks.size() == before + 1);
  h.app.Undo();
  h.app.Undo();
  CHECK(h.app.Store().Current().plan.tasks.size() == before);
  CHECK(h.app.Store().Current().plan.tasks[0].depends_on.empty());
}

TEST_CASE("a large roster's chart needs more than 65,536 vertices, so indices are 32-bit") {
  Harness h;
  Workspace w;
  w.name = "Big";
  for (int i = 0; i < 2000; ++i) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.name = "Person " + std::to_string(i);
    p.role = i % 2 ? "ml_engineer" : "data_scientist";
    p.skills = {double(i % 11), double((i * 7) % 11), double((i * 3) % 11), 0, 0, 0, 0};
    w.people.push_back(p);
  }
  REQUIRE(h.app.ApiLoadWorkspace(WorkspaceToText(w)).find("\"ok\":true") != std::string::npos);
  h.app.SetView(View::Skills);
  for (int f = 0; f < 3; ++f) h.Frame();
  int most = 0;
  for (const ImDrawList* dl : ImGui::GetDrawData()->CmdLists) most = std::max(most, dl->VtxBuffer.Size);
  CHECK(most > 65536);
  // With 16-bit indices and no base-vertex draws in WebGL2 the chart would be garbage.
  CHECK(sizeof(ImDrawIdx) == 4);
}

TEST_CASE("the org view: an example org, the metrics and assessment tabs, search, a whole-chart SVG") {
  Harness h;
  h.app.SetView(View::Org);
  for (int f = 0; f < 3; ++f) h.Frame();
  h.app.LoadExampleOrg("independent");
  REQUIRE(!h.app.Store().Current().org.units.empty());
  for (int f = 0; f < 5; ++f) h.Frame();
  // Cards are reported to items() under the "org chart" window.
  const Person& someone = h.app.Store().Current().people.back();
  bool found = false;
  for (const RecordedItem& it : LastFrameItems()) found = found || (it.window == "org chart" && it.label == someone.name);
  CHECK(found);
  // Search reveals and selects.
  std::snprintf(h.app.ui.org_search, sizeof h.app.ui.org_search, "%s", someone.name.c_str());
  h.app.ui.org_collapsed.insert(h.app.Store().Current().people.front().id);
  ++h.app.ui.org_collapse_version;
  for (int f = 0; f < 3; ++f) h.Frame();
  // Both layouts, compact off and on, every tab.
  for (int mode = 0; mode < 4; ++mode) {
    h.app.ui.org_left_right = mode & 1;
    h.app.ui.org_compact = mode & 2;
    for (int tab = 0; tab < 3; ++tab) {
      h.app.ui.org_tab_request = tab;
      for (int f = 0; f < 4; ++f) h.Frame();
    }
  }
  CHECK(h.app.ui.org_tab == 2);
  // The whole-chart SVG names everyone in the org.
  ImGui::NewFrame();
  std::string svg = OrgChartSvg(h.app, true);
  ImGui::EndFrame();
  h.app.ui.org_collapsed.clear();
  ++h.app.ui.org_collapse_version;
  ImGui::NewFrame();
  svg = OrgChartSvg(h.app, true);
  ImGui::EndFrame();
  for (const Person& p : h.app.Store().Current().people)
    if (p.kind == PersonKind::Member) CHECK_MESSAGE(svg.find(p.name) != std::string::npos, p.name);
}

TEST_CASE("share links: the dialog makes a link through the host, an opened link asks and adds a workspace") {
  Harness h;
  h.app.LoadExampleTeam();
  h.app.SetView(View::Plan);
  h.Frame();
  const std::string original_id = h.app.Store().Current().id;
  const std::string original = WorkspaceToText(h.app.Store().Current());
  const std::string original_name = h.app.Store().Current().name;
  const size_t original_people = h.app.Store().Current().people.size();
  REQUIRE(original_people > 0);
  const size_t before = h.app.Store().List().size();

  for (int i = 0; i < 3; ++i) h.Frame();
  const RecordedItem* share = FindItem("Share");
  REQUIRE(share);
  Click(h, ImVec2(share->x + share->w / 2, share->y + share->h / 2));
  for (int i = 0; i < 3; ++i) h.Frame();
  // The dialog asked the host to compress the whole workspace, from the plan view.
  REQUIRE(h.host.share_payloads.size() == 1);
  ShareEnvelope env;
  std::string error;
  REQUIRE_MESSAGE(ParseSharePayload(h.host.share_payloads[0], &env, &error), error);
  CHECK(env.view == "plan");
  CHECK(env.whole_workspace);
  CHECK(h.app.share.making);
  h.app.OnShareCompressed(std::string("\x78\x9c\x01", 3));
  for (int i = 0; i < 3; ++i) h.Frame();  // (the centred dialog grows, then settles)
  CHECK(h.app.share.link == "https://example.test/studio/#share=v1.eJwB");
  CHECK(FindItem("Copy link"));

  // The "only the plan" choice makes a new link of the plan alone.
  const RecordedItem* only = FindItem("Only the plan");
  REQUIRE(only);
  Click(h, ImVec2(only->x + only->w / 2, only->y + only->h / 2));
  REQUIRE(h.host.share_payloads.size() == 2);
  REQUIRE(ParseSharePayload(h.host.share_payloads[1], &env, &error));
  CHECK_FALSE(env.whole_workspace);
  CHECK(env.workspace.people.empty());

  // Opening: the link waits for an answer; "Don't open" changes nothing.
  h.app.OnShareOpened(h.host.share_payloads[0]);
  for (int i = 0; i < 3; ++i) h.Frame();
  CHECK(h.app.share.pending);
  const RecordedItem* no = FindItem("Don't open");
  REQUIRE(no);
  Click(h, ImVec2(no->x + no->w / 2, no->y + no->h / 2));
  CHECK_FALSE(h.app.share.pending);
  CHECK(h.app.Store().List().size() == before);

  // "Open as a new workspace" adds one and leaves the original as it was.
  h.app.OnShareOpened(h.host.share_payloads[0]);
  for (int i = 0; i < 3; ++i) h.Frame();
  const RecordedItem* open = FindItem("Open as a new workspace");
  REQUIRE(open);
  Click(h, ImVec2(open->x + open->w / 2, open->y + open->h / 2));
  CHECK(h.app.Store().List().size() == before + 1);
  CHECK(h.app.Store().Current().id != original_id);
  CHECK(h.app.Store().Current().name == original_name + " (shared)");
  CHECK(h.app.Store().Current().people.size() == original_people);
  REQUIRE(h.app.Store().Switch(original_id, h.now).ok);
  CHECK(WorkspaceToText(h.app.Store().Current()) == original);

  // A bad envelope: a message, nothing pending, nothing added.
  h.app.OnShareOpened("{\"format\":\"mlteams-share\",\"version\":1}");
  CHECK_FALSE(h.app.share.pending);
  CHECK(h.app.share.error.find("holds no workspace") != std::string::npos);
  CHECK(h.app.Store().List().size() == before + 1);
}

TEST_CASE("markup escaping, shared by the SVG exports and the report") {
  CHECK(MarkupEscape("<Ana & \"Bo\"'s>") == "&lt;Ana &amp; &quot;Bo&quot;&#39;s&gt;");
  CHECK(MarkupEscape("a\tb\nc\x01") == "a b c ");
  CHECK(MarkupEscape("Zo\xc3\xab") == "Zo\xc3\xab");  // UTF-8 passes through
}

TEST_CASE("the printable report holds the roster, the organisation and the simulated plan as plain HTML") {
  Harness h;
  h.app.LoadExampleOrg("embedded");
  h.Frame();
  h.app.Store().Apply("rename", [](Workspace& w) { w.name = "R&D <team>"; }, h.now);
  h.app.ExportReport();
  REQUIRE_FALSE(h.host.downloads.empty());
  std::string html = h.host.downloads.back().content;
  CHECK(h.host.downloads.back().filename == "R-D-team-.report.html");
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("<title>R&amp;D &lt;team&gt; - ML Team Studio report</title>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">Name</th>") != std::string::npos);
  CHECK(html.find("<caption>Span of control</caption>") != std::string::npos);
  for (const Person& p : h.app.Store().Current().people)
    CHECK_MESSAGE(html.find("<th scope=\"row\">" + p.name + "</th>") != std::string::npos, p.name);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("No tasks yet.") != std::string::npos);

  // With a plan: its tasks, and the dates once the plan is simulated as it is.
  h.app.LoadExample("plan-recommender.json", "the example");
  h.Frame();
  h.app.ExportReport();
  html = h.host.downloads.back().content;
  CHECK(html.find("has not been simulated") != std::string::npos);
  CHECK(html.find("Collect and label training data") != std::string::npos);
  h.app.StartSimulation();
  for (int f = 0; f < 400 && h.app.SimulationRunning(); ++f) h.Frame();
  REQUIRE_FALSE(h.app.SimulationRunning());
  h.app.ExportReport();
  html = h.host.downloads.back().content;
  CHECK(html.find("Half the runs finish by (P50)") != std::string::npos);
  CHECK(html.find("has not been simulated") == std::string::npos);
}

TEST_CASE("the hiring view: every tab empty and filled, scoring and a hire into an open position") {
  Harness h;
  h.app.SetView(View::Hiring);
  for (int tab = 0; tab < 5; ++tab) {  // empty states
    h.app.ui.hiring_tab_request = tab;
    for (int f = 0; f < 3; ++f) h.Frame();
  }
  h.app.LoadExampleOrg("independent");
  const Content& content = h.app.GetContent();
  AddJobFromRole(h.app, *content.FindRole("ml_engineer"));
  const JobDescription* jd = SelectedJob(h.app);
  REQUIRE(jd);
  for (const Assessment& a : content.assessments) {
    LoopInterview li = InterviewFromAssessment(a, NewHiringId(h.app, "i-"));
    EditJob(h.app, jd->id, "add", [&](JobDescription& j) { j.loop.push_back(li); });
  }
  AddCandidate(h.app, *SelectedJob(h.app));
  const std::string cand = h.app.ui.hiring_candidate;
  REQUIRE(!cand.empty());
  EditHiring(h.app, "rate", [&](Hiring& hh) {
    Candidate* c = hh.FindCandidate(cand);
    Scorecard sc{hh.jobs[0].loop[0].id, "Kim", {}, "ok", 4};
    for (int s = 0; s < kSkillCount; ++s) sc.ratings[s] = 3 + (s % 2);
    c->scorecards.push_back(sc);
  });
  const ImVec2 sizes[] = {{1440, 900}, {1024, 768}, {800, 600}};
  for (int theme = 0; theme < 2; ++theme) {
    ApplyTheme(theme == 1, 1.0f);
    for (int tab = 0; tab < 5; ++tab) {
      h.app.ui.hiring_tab_request = tab;
      for (int f = 0; f < 9; ++f) {
        ImGui::GetIO().DisplaySize = sizes[f / 3];
        h.Frame();
      }
      CHECK(h.app.ui.hiring_tab == tab);
    }
  }
  CHECK(h.app.ui.tth_valid);
  std::string position;
  for (const Person& p : h.app.Store().Current().people)
    if (p.kind == PersonKind::OpenPosition) position = p.id;
  REQUIRE(!position.empty());
  // As the view does: the person id passed is the field the hire rewrites.
  HireCandidate(h.app, h.app.Store().Current().hiring.FindCandidate(cand)->person, position);
  const Person* hired = nullptr;
  for (const Person& p : h.app.Store().Current().people) {
    CHECK(p.id != cand);  // the candidate became the position
    if (p.id == position) hired = &p;
  }
  REQUIRE(hired);
  CHECK(hired->kind == PersonKind::Member);
  CHECK(hired->name == "Candidate 1");
  h.app.ui.hiring_tab_request = 2;
  for (int f = 0; f < 3; ++f) h.Frame();
}

TEST_CASE("Learn's hiring links open the matching Hiring tab") {
  Harness h;
  int links = 0;
  for (const LearnPart& part : h.app.GetContent().learn)
    for (const LearnSection& s : part.sections) {
      if (s.tool.view != "hiring") continue;
      CHECK_MESSAGE(HiringTabForTool(s.tool.label) >= 0, s.tool.label);
      h.app.OpenTool(s.tool);
      h.Frame();
      h.Frame();
      CHECK(h.app.CurrentView() == View::Hiring);
      CHECK(h.app.ui.hiring_tab == HiringTabForTool(s.tool.label));
      ++links;
    }
  CHECK(links >= 5);
}

// [SECTION] Exports: every chart as PNG and SVG, every table as CSV.
namespace {
const RecordedItem* FindKey(const std::string& key) {
  for (const RecordedItem& it : LastFrameItems())
    if (it.key == key) return &it;
  return nullptr;
}
// Clicks a visible item and returns the file it downloaded.
NullHost::Download ClickDownload(Harness& h, const RecordedItem* it, const std::string& what) {
  REQUIRE_MESSAGE(it, what);
  CHECK_MESSAGE(it->visible, what);
  size_t before = h.host.downloads.size();
  Click(h, ImVec2(it->x + it->w / 2, it->y + it->h / 2));
  for (int f = 0; f < 3; ++f) {  // a PNG is read after the frame drawn without tooltips
    h.Frame();
    h.app.AfterRender();
  }
  REQUIRE_MESSAGE(h.host.downloads.size() == before + 1, what);
  return h.host.downloads.back();
}
// The items labelled `label` in the last frame, left to right.
std::vector<RecordedItem> ItemsLabelled(const std::string& label) {
  std::vector<RecordedItem> out;
  for (const RecordedItem& it : LastFrameItems())
    if (it.label == label && it.visible) out.push_back(it);
  std::sort(out.begin(), out.end(), [](const RecordedItem& a, const RecordedItem& b) { return a.x < b.x; });
  return out;
}
// Clicks the `index`-th item labelled `label` and returns the download it made
// (PNG exports come from AfterRender, as in the browser).
NullHost::Download ClickExport(Harness& h, const std::string& label, size_t index = 0) {
  std::vector<RecordedItem> items = ItemsLabelled(label);
  REQUIRE_MESSAGE(items.size() > index, label);
  const RecordedItem& it = items[index];
  size_t before = h.host.downloads.size();
  Click(h, ImVec2(it.x + it.w / 2, it.y + it.h / 2));
  for (int f = 0; f < 3; ++f) {
    h.app.AfterRender();
    h.Frame();
  }
  REQUIRE_MESSAGE(h.host.downloads.size() == before + 1, label);
  return h.host.downloads.back();
}
bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("exports: the Learn role chart as PNG and SVG") {
  Harness h(ImVec2(1280, 1800));
  REQUIRE(h.app.OpenLearnSection("skills_chart"));
  for (int f = 0; f < 5; ++f) h.Frame();
  NullHost::Download svg = ClickDownload(h, FindItem("SVG"), "SVG");
  CHECK(svg.filename == "role-chart.svg");
  CHECK(Has(svg.content, "<svg"));
  CHECK(Has(svg.content, ">ML engineer</text>"));
  CHECK(Has(svg.content, "Machine-learning expertise"));
  CHECK(Has(svg.content, "<path fill="));  // the bubbles and the frame
  NullHost::Download png = ClickDownload(h, FindItem("PNG"), "PNG");
  CHECK(png.filename == "role-chart.png");
  CHECK(png.content.rfind("png ", 0) == 0);
  // The later edition has its own file name and no data engineer.
  h.app.ui.learn_chart_edition = 1;
  for (int f = 0; f < 3; ++f) h.Frame();
  svg = ClickDownload(h, FindItem("SVG"), "SVG, later edition");
  CHECK(svg.filename == "role-chart-later.svg");
  CHECK_FALSE(Has(svg.content, ">Data engineer</text>"));
}

TEST_CASE("exports: CSV of the org metrics tables and of the assessment comparison") {
  Harness h(ImVec2(1280, 1400));
  h.app.SetView(View::Org);
  h.app.LoadExampleOrg("independent");
  h.app.ui.org_tab_request = 1;
  for (int f = 0; f < 5; ++f) h.Frame();
  const Workspace& ws = h.app.Store().Current();
  NullHost::Download spans = ClickDownload(h, FindKey("spans"), "span of control CSV");
  CHECK(spans.filename == "org-span-of-control.csv");
  CHECK(Has(spans.content, "Manager,Direct reports,All below,Check\r\n"));
  CHECK(Has(spans.content, ws.people.front().name + ","));  // the head of the example org manages someone
  NullHost::Download roles = ClickDownload(h, FindKey("by role"), "headcount by role CSV");
  CHECK(roles.filename == "org-headcount-by-role.csv");
  CHECK(Has(roles.content, "Role,People,Open positions\r\n"));
  CHECK(Has(roles.content, "\r\nML engineer,"));
  NullHost::Download units = ClickDownload(h, FindKey("by unit"), "headcount by unit CSV");
  CHECK(units.filename == "org-headcount-by-unit.csv");
  CHECK(Has(units.content, "Unit,People,Open positions,Roles\r\n"));
  REQUIRE_FALSE(ws.org.units.empty());
  CHECK(Has(units.content, "\r\n" + ws.org.units.front().name + ","));

  h.app.Store().Apply("two assessments", [](Workspace& w) {
    OrgAssessment a, b;
    a.id = "a1";
    a.name = "Today";
    a.answers["who_does_ml"] = "research_lab";
    b.id = "a2";
    b.name = "Next year";
    w.org.assessments = {a, b};
  }, h.now);
  h.app.ui.org_assessment = "a1";
  h.app.ui.org_compare = true;
  h.app.ui.org_tab_request = 2;
  for (int f = 0; f < 5; ++f) h.Frame();
  NullHost::Download cmp = ClickDownload(h, FindKey("compare"), "comparison CSV");
  CHECK(cmp.filename == "assessment-comparison.csv");
  CHECK(Has(cmp.content, ",Today,Next year\r\n"));
  CHECK(Has(cmp.content, "\r\nQuestions answered,1,0\r\n"));
}

TEST_CASE("exports: CSV of the team coverage and of the plan's task table") {
  Harness h(ImVec2(1280, 1200));
  h.app.LoadExampleTeam();
  h.app.SetView(View::Skills);
  h.app.ui.side_tab_request = 1;
  for (int f = 0; f < 5; ++f) h.Frame();
  NullHost::Download cov = ClickDownload(h, FindKey("coverage"), "coverage CSV");
  CHECK(cov.filename == "team-coverage.csv");
  CHECK(cov.content.rfind("\xEF\xBB\xBFSkill,Best level,Strongest member,", 0) == 0);
  CHECK(Has(cov.content, "\r\nML expertise,"));

  h.app.SetView(View::Plan);
  h.app.LoadExample("plan-recommender.json", "the example");
  for (int f = 0; f < 5; ++f) h.Frame();
  NullHost::Download tasks = ClickDownload(h, FindKey("plan tasks"), "task table CSV");
  CHECK(tasks.filename == "plan-tasks.csv");
  CHECK(Has(tasks.content, "Task,Owner,Best (days),Likely (days),Worst (days),Shape,Success (%)"));
  const Task& first = h.app.Store().Current().plan.tasks.front();
  CHECK(Has(tasks.content, "\r\n" + first.name + ","));
}

TEST_CASE("the hiring view exports its charts as PNG and SVG and its tables as CSV") {
  Harness h(ImVec2(1440, 900));
  h.app.SetView(View::Hiring);
  h.app.LoadExampleOrg("independent");
  const Content& content = h.app.GetContent();
  AddJobFromRole(h.app, *content.FindRole("ml_engineer"));
  const std::string job = SelectedJob(h.app)->id;
  for (const Assessment& a : content.assessments) {
    LoopInterview li = InterviewFromAssessment(a, NewHiringId(h.app, "i-"));
    EditJob(h.app, job, "add", [&](JobDescription& j) { j.loop.push_back(li); });
  }
  AddCandidate(h.app, *SelectedJob(h.app));
  const std::string cand = h.app.ui.hiring_candidate;
  EditHiring(h.app, "rate", [&](Hiring& hh) {
    Scorecard sc{hh.jobs[0].loop[0].id, "Kim", {}, "ok", 4};
    sc.ratings[int(Skill::Ml)] = 4;
    hh.FindCandidate(cand)->scorecards.push_back(sc);
    hh.funnel = DefaultFunnel(content);
  });
  auto open_tab = [&](int tab) {
    h.app.ui.hiring_tab_request = tab;
    for (int f = 0; f < 4; ++f) h.Frame();
    REQUIRE(h.app.ui.hiring_tab == tab);
  };

  open_tab(3);  // sourcing: the channels table and both charts
  NullHost::Download d = ClickExport(h, "CSV");
  CHECK(d.filename == "hiring-channels.csv");
  CHECK(Has(d.content, "Channel,In use,People per month,Screen rate,Interview rate,Offer rate,Accept rate,"
                       "Expected hires per month\r\n"));
  CHECK(Has(d.content, "\r\nRecruiters,yes,12,"));
  d = ClickExport(h, "SVG", 0);
  CHECK(d.filename == "hiring-funnel.svg");
  CHECK(Has(d.content, "<svg"));
  CHECK(Has(d.content, "People per month"));
  CHECK(Has(d.content, "Interviewed"));
  d = ClickExport(h, "SVG", 1);
  CHECK(d.filename == "hiring-time-to-hire.svg");
  CHECK(Has(d.content, "<svg"));
  CHECK(Has(d.content, "Weeks to reach the target"));
  CHECK(Has(d.content, "P50"));
  d = ClickExport(h, "PNG", 0);
  CHECK(d.filename == "hiring-funnel.png");
  CHECK(d.content.rfind("png ", 0) == 0);
  CHECK(ClickExport(h, "PNG", 1).filename == "hiring-time-to-hire.png");

  open_tab(1);  // interview loop: the coverage matrix
  d = ClickExport(h, "CSV");
  CHECK(d.filename == "interview-loop-coverage.csv");
  CHECK(Has(d.content, "Dimension,Needs,1. "));
  CHECK(Has(d.content, ",Coverage\r\n"));
  CHECK(Has(d.content, "\r\n" + std::string(SkillLabel(Skill::Ml)) + ",Must: depth,"));

  open_tab(2);  // candidates: the list and the comparison chart
  d = ClickExport(h, "CSV");
  CHECK(d.filename == "hiring-candidates.csv");
  CHECK(Has(d.content, "Name,Job,Verdict,Scorecards,Mean verdict,"));
  CHECK(Has(d.content, "\r\nCandidate 1," + SelectedJob(h.app)->title + ",Hire,1,4.00,4.00,"));
  d = ClickExport(h, "SVG");
  CHECK(d.filename == "candidate-comparison.svg");
  CHECK(Has(d.content, "<svg"));
  CHECK(Has(d.content, "ML expertise"));
  CHECK(Has(d.content, "Candidate 1"));
  CHECK(ClickExport(h, "PNG").filename == "candidate-comparison.png");
}

TEST_CASE("exports: CSV of the plan's challenges and milestones") {
  Harness h(ImVec2(1280, 1200));
  h.app.SetView(View::Plan);
  h.app.LoadExample("plan-recommender.json", "the example");
  h.app.ui.plan_tab = 1;
  for (int f = 0; f < 5; ++f) h.Frame();
  const Plan& plan = h.app.Store().Current().plan;
  REQUIRE_FALSE(plan.challenges.empty());
  REQUIRE_FALSE(plan.milestones.empty());
  NullHost::Download ch = ClickDownload(h, FindKey("plan challenges"), "challenges CSV");
  CHECK(ch.filename == "plan-challenges.csv");
  CHECK(Has(ch.content, "Challenge,Approaches run,Approaches,"));
  CHECK(Has(ch.content, "\r\n" + plan.challenges.front().name + ","));
  NullHost::Download ms = ClickDownload(h, FindKey("plan milestones"), "milestones CSV");
  CHECK(ms.filename == "plan-milestones.csv");
  CHECK(Has(ms.content, "\r\n" + h.app.Store().Current().plan.milestones.front().name + ","));
}

TEST_CASE("the Portfolio results tab exports its solved-by-date curves as SVG") {
  Harness h(ImVec2(1280, 1000));
  h.app.SetView(View::Plan);
  h.app.LoadExample("plan-recommender.json", "the example");
  h.app.ui.sim_trials = 500;
  h.app.StartSimulation();
  for (int f = 0; f < 400 && h.app.SimulationRunning(); ++f) h.Frame();
  REQUIRE(h.app.Result());
  for (int f = 0; f < 3; ++f) h.Frame();
  const RecordedItem* tab = FindItem("Portfolio");
  REQUIRE(tab);
  Click(h, ImVec2(tab->x + tab->w / 2, tab->y + tab->h / 2));
  for (int f = 0; f < 400; ++f) h.Frame();  // the single-approach comparison runs in slices
  CHECK(h.app.ui.plan_chart_name == "portfolio");
  CHECK(h.app.ui.plan_chart_is_drawing);
  const size_t before = h.host.downloads.size();
  h.app.ui.plan_svg_requested = true;
  h.Frame();
  REQUIRE(h.host.downloads.size() == before + 1);
  const NullHost::Download& d = h.host.downloads.back();
  CHECK(d.filename == "portfolio.svg");
  CHECK(Has(d.content, "<svg"));
  CHECK(Has(d.content, "Solved by then"));
  CHECK(Has(d.content, "All approaches (this plan)"));
}
