// The hiring workbench model: unicorn check, loop coverage, scorecard
// aggregation, funnel maths and Monte Carlo time to hire, JSON round trip,
// refusals and the 2 -> 3 schema migration.
#include <doctest/doctest.h>

#include "content_fixture.h"

#include <cmath>

#include "model/csv.h"
#include "model/hiring.h"
#include "model/workspace.h"

using namespace mlt;

namespace {
const Content& C() { return ShippedContent(); }
bool HasNote(const std::vector<HiringNote>& notes, const char* id) {
  for (const HiringNote& n : notes)
    if (n.id == id) return true;
  return false;
}
JobDescription MlEngineer() {
  JobDescription jd = JobFromRole(*C().FindRole("ml_engineer"), "j1");
  jd.what_you_will_do = "Own the ranking model of the search page: data pipeline, training, evaluation and deployment.";
  return jd;
}
LoopInterview Interview(const char* assessment, const char* id) {
  for (const Assessment& a : C().assessments)
    if (a.id == assessment) return InterviewFromAssessment(a, id);
  FAIL("no assessment " << assessment);
  return {};
}
}  // namespace

TEST_CASE("content: the 9 assessment types, 6 channels, 5 wants and a 5-step ladder") {
  CHECK(C().assessments.size() == 9);
  CHECK(C().channels.size() == 6);
  CHECK(C().practitioner_wants.size() == 5);
  CHECK(C().standing_out.size() == 5);
}

TEST_CASE("unicorn check: one role's profile is fine, must-haves across roles are a unicorn") {
  JobDescription jd = MlEngineer();
  // An ML engineer's strengths are ML (7.0) only; software at 5.6 is below the strength level.
  CHECK(jd.must_skills == std::vector<Skill>{Skill::Ml});
  CHECK_FALSE(CheckUnicorn(jd, C()).unicorn);
  CHECK_FALSE(HasNote(JobDescriptionNotes(jd, C()), "unicorn_roles"));

  // ML + infrastructure + product: no role is strong in all three.
  jd.must_skills = {Skill::Ml, Skill::Infra, Skill::Product};
  UnicornCheck u = CheckUnicorn(jd, C());
  CHECK(u.unicorn);
  CHECK(u.spanned.size() == 3);
  CHECK(u.spanned[0]->id == "ml_engineer");  // the chosen role covers ML itself
  CHECK(HasNote(JobDescriptionNotes(jd, C()), "unicorn_roles"));

  // Software + infrastructure is one MLOps engineer's profile, whatever the chosen role.
  jd.must_skills = {Skill::Software, Skill::Infra};
  CHECK_FALSE(CheckUnicorn(jd, C()).unicorn);
}

TEST_CASE("unicorn check: too many must-haves, and tools of other roles") {
  JobDescription jd = MlEngineer();
  jd.must_skills = {Skill::Ml};
  jd.must_tools = {"PyTorch", "Python", "Docker", "TensorFlow", "Kubernetes", "Figma"};
  UnicornCheck u = CheckUnicorn(jd, C());
  CHECK(u.too_many);  // 7 > kMaxMustHaves
  CHECK(u.tool_roles.size() == 2);  // Kubernetes (MLOps), Figma (product manager)
  CHECK(u.unicorn);
  CHECK(HasNote(JobDescriptionNotes(jd, C()), "too_many_must"));
  CHECK(HasNote(JobDescriptionNotes(jd, C()), "unicorn_tools"));
}

TEST_CASE("job description notes: missing specifics and the lecture's suggestions") {
  JobDescription jd = MlEngineer();
  CHECK_FALSE(HasNote(JobDescriptionNotes(jd, C()), "missing_specifics"));
  jd.what_you_will_do = "ML stuff";
  auto notes = JobDescriptionNotes(jd, C());
  CHECK(HasNote(notes, "missing_specifics"));
  CHECK(HasNote(notes, "software_plus_interest"));
  CHECK_FALSE(HasNote(notes, "junior_talent"));
  jd.seniority = Seniority::Senior;
  CHECK(HasNote(JobDescriptionNotes(jd, C()), "junior_talent"));
}

TEST_CASE("job description as text and Markdown") {
  JobDescription jd = MlEngineer();
  std::string md = JobDescriptionMarkdown(jd, C());
  CHECK(md.rfind("# Mid-level ML engineer\n", 0) == 0);
  CHECK(md.find("## What you will do\n\nOwn the ranking model") != std::string::npos);
  CHECK(md.find("## What you need\n\n- ML expertise") != std::string::npos);
  CHECK(md.find("- Experience with TensorFlow") != std::string::npos);
  std::string text = JobDescriptionText(jd, C());
  CHECK(text.find("Mid-level ML engineer\n=====") == 0);
  CHECK(text.find("  * Experience with TensorFlow") != std::string::npos);
  CHECK(text.find("##") == std::string::npos);
}

TEST_CASE("coverage matrix: depth for strengths, a minimum bar for the rest, warnings") {
  JobDescription jd = MlEngineer();
  jd.loop = {Interview("whiteboard_coding", "i1"), Interview("ml_theory", "i2")};
  LoopCoverage c = AnalyseLoop(jd, C());
  REQUIRE(c.rows.size() == size_t(kSkillCount));
  const CoverageRow& ml = c.rows[int(Skill::Ml)];
  CHECK(ml.strength);
  CHECK(ml.must_have);
  CHECK(ml.interviews == std::vector<int>{1});
  CHECK(ml.state == CoverageRow::State::Once);
  CHECK(c.rows[int(Skill::Software)].state == CoverageRow::State::Minimum);
  CHECK(c.rows[int(Skill::Data)].state == CoverageRow::State::Untested);
  CHECK(HasNote(c.notes, "tested_once"));
  CHECK_FALSE(HasNote(c.notes, "untested_must"));
  CHECK(c.total_minutes == 45 + 30);

  jd.loop.push_back(Interview("applied_ml", "i3"));
  c = AnalyseLoop(jd, C());
  CHECK(c.rows[int(Skill::Ml)].state == CoverageRow::State::Deep);
  CHECK_FALSE(HasNote(c.notes, "tested_once"));

  jd.must_skills.push_back(Skill::Data);
  CHECK(HasNote(AnalyseLoop(jd, C()).notes, "untested_must"));

  jd.loop.push_back(Interview("take_home_project", "i4"));  // 240 min
  jd.loop.push_back(Interview("pair_coding", "i5"));        // 60 min
  c = AnalyseLoop(jd, C());
  CHECK(c.total_minutes == 45 + 30 + 45 + 240 + 60);
  CHECK(HasNote(c.notes, "too_long"));
  CHECK(HasNote(AnalyseLoop(JobDescription{}, C()).notes, "empty_loop"));
}

TEST_CASE("scorecard aggregation on the 4-point scale") {
  JobDescription jd = MlEngineer();
  jd.loop = {Interview("whiteboard_coding", "i1"), Interview("ml_theory", "i2"), Interview("applied_ml", "i3")};
  Candidate c{"p9", "j1", {}};
  SkillLevels fallback{};
  fallback.fill(4.0);
  CandidateSummary none = SummariseCandidate(c, jd, C(), fallback);
  CHECK_FALSE(none.hire);
  CHECK(none.untested_must == std::vector<Skill>{Skill::Ml});
  CHECK(none.profile == fallback);

  Scorecard a{"i1", "Kim", {}, "clean code", 3};
  a.ratings[int(Skill::Software)] = 3;
  Scorecard b{"i2", "Lee", {}, "solid", 4};
  b.ratings[int(Skill::Ml)] = 4;
  b.ratings[int(Skill::Research)] = 2;
  Scorecard d{"i3", "Max", {}, "", 3};
  d.ratings[int(Skill::Ml)] = 3;
  c.scorecards = {a, b, d};
  CandidateSummary s = SummariseCandidate(c, jd, C(), fallback);
  REQUIRE(s.dims.size() == 3);
  CHECK(s.dims[0].skill == Skill::Ml);
  CHECK(s.dims[0].mean == doctest::Approx(3.5));
  CHECK(s.dims[0].bar == 3.0);
  CHECK(s.dims[0].cleared);
  CHECK(s.dims[1].skill == Skill::Software);
  CHECK(s.dims[1].bar == 2.5);  // not a strength of the role: a minimum bar
  CHECK(s.dims[2].skill == Skill::Research);
  CHECK_FALSE(s.dims[2].cleared);  // 2 < 2.5
  CHECK_FALSE(s.hire);
  // ML 7.0 typical, mean 3.5: half a step above.
  CHECK(s.profile[int(Skill::Ml)] == doctest::Approx(7.0 + 0.5 * kRatingStep));
  CHECK(s.profile[int(Skill::Communication)] == 4.0);  // unrated: the fallback
  CHECK(s.recommendation == doctest::Approx(10.0 / 3));

  c.scorecards[1].ratings[int(Skill::Research)] = 3;
  CHECK(SummariseCandidate(c, jd, C(), fallback).hire);
  // A strength rated "no" by everyone misses the bar.
  c.scorecards[1].ratings[int(Skill::Ml)] = 2;
  c.scorecards[2].ratings[int(Skill::Ml)] = 2;
  CandidateSummary low = SummariseCandidate(c, jd, C(), fallback);
  CHECK_FALSE(low.dims[0].cleared);
  CHECK_FALSE(low.hire);
  CHECK(low.profile[int(Skill::Ml)] == doctest::Approx(7.0 - kRatingStep));
}

TEST_CASE("funnel maths: stage volumes and expected hires") {
  Funnel f;
  f.target_hires = 3;
  f.channels = {{"a", true, 100, {0.5, 0.4, 0.5, 0.5}}, {"b", true, 10, {1, 1, 0.5, 0.2}}, {"c", false, 1000, {1, 1, 1, 1}}};
  FunnelTotals t = ComputeFunnel(f);
  CHECK(t.per_month[0] == doctest::Approx(110));
  CHECK(t.per_month[1] == doctest::Approx(60));
  CHECK(t.per_month[2] == doctest::Approx(30));
  CHECK(t.per_month[3] == doctest::Approx(15));
  CHECK(t.hires_per_month == doctest::Approx(5 + 1));
  CHECK(t.months_to_target == doctest::Approx(0.5));
  CHECK(ChannelHiresPerMonth(f.channels[0]) == doctest::Approx(5));
  f.channels[0].enabled = f.channels[1].enabled = false;
  CHECK(std::isinf(ComputeFunnel(f).months_to_target));
  CHECK(SimulateTimeToHire(f, 100, 1).reached == 0);
}

TEST_CASE("time to hire: deterministic for a seed, and close to the analytic mean") {
  Funnel f;
  f.target_hires = 2;
  f.process_min = f.process_likely = f.process_max = 0;  // no process time: pure Poisson arrivals
  f.channels = {{"a", true, 52.0 / 12.0, {1, 1, 1, 1}}};  // one hire per week
  TimeToHire a = SimulateTimeToHire(f, 4000, 7), b = SimulateTimeToHire(f, 4000, 7);
  CHECK(a.weeks == b.weeks);
  CHECK(a.reached == 4000);
  // Gamma(2, 1): mean 2 weeks, standard deviation sqrt(2); 5 standard errors.
  double mean = 0;
  for (double w : a.weeks) mean += w;
  mean /= a.weeks.size();
  CHECK(std::fabs(mean - 2.0) < 5 * std::sqrt(2.0 / 4000));
  // The median of Gamma(2, 1) is 1.678.
  CHECK(a.p50 == doctest::Approx(1.678).epsilon(0.05));
  CHECK(a.p50 <= a.p80);
  CHECK(a.p80 <= a.p95);
  CHECK(SimulateTimeToHire(f, 4000, 8).weeks != a.weeks);

  // A process time shifts every hire by at least its minimum.
  f.process_min = 4, f.process_likely = 6, f.process_max = 12;
  TimeToHire lag = SimulateTimeToHire(f, 500, 7);
  CHECK(lag.weeks.front() >= 4.0);
  CHECK(lag.p50 > a.p50 + 4.0);
}

TEST_CASE("pitch suggestions and the job seeker's plan") {
  Hiring h;
  CHECK(WeakestWants(h, C()).empty());
  h.pitch["cutting_edge"] = {4, ""};
  h.pitch["interesting_data"] = {1, ""};
  h.pitch["meaningful_work"] = {2, ""};
  auto weak = WeakestWants(h, C());
  REQUIRE(weak.size() == 2);
  CHECK(weak[0]->id == "interesting_data");
  CHECK(weak[1]->id == "meaningful_work");

  auto plan = LadderPlan(h, C());
  REQUIRE(plan.size() == 2);
  CHECK(plan[0].rfind("Next: Build software engineering skills", 0) == 0);
  h.ladder["software_skills"].status = LadderStatus::Done;
  h.ladder["ml_interest"].status = LadderStatus::InProgress;
  plan = LadderPlan(h, C());
  CHECK(plan[0].rfind("Finish: Show interest in ML", 0) == 0);
  CHECK(plan[1].rfind("Next: Show broad ML knowledge", 0) == 0);
}

namespace {
Workspace HiringWorkspace() {
  Workspace ws;
  ws.id = "ws-h";
  ws.name = "Hiring";
  Person cand;
  cand.id = "p-c";
  cand.name = "Candidate One";
  cand.kind = PersonKind::Candidate;
  cand.role = "ml_engineer";
  ws.people = {cand};
  JobDescription jd = MlEngineer();
  jd.loop = {Interview("pair_debugging", "i1")};
  ws.hiring.jobs = {jd};
  Scorecard sc{"i1", "Kim", {}, "found the leak \"quickly\"", 4};
  sc.ratings[int(Skill::Ml)] = 4;
  sc.ratings[int(Skill::Software)] = 1;
  ws.hiring.candidates = {{"p-c", "j1", {sc}}};
  ws.hiring.funnel = DefaultFunnel(C());
  ws.hiring.funnel.process_min = 2;
  ws.hiring.pitch["grow_skills"] = {3, "Reading group every Friday"};
  ws.hiring.ladder["ml_interest"] = {LadderStatus::InProgress, "NeurIPS"};
  return ws;
}
}  // namespace

TEST_CASE("a workspace with a hiring section survives a JSON round trip") {
  Workspace ws = HiringWorkspace();
  ParseResult r = ParseWorkspace(WorkspaceToText(ws, true));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.workspace == ws);
  CHECK(r.workspace.hiring.funnel.channels.size() == 6);
  // An unused hiring section is not written at all.
  CHECK_FALSE(WorkspaceToJson(Workspace{}).contains("hiring"));
}

TEST_CASE("bad hiring input is refused with a specific error and changes nothing") {
  nlohmann::json good = WorkspaceToJson(HiringWorkspace());
  auto refuse = [&](auto edit, const char* expected) {
    nlohmann::json j = good;
    edit(j["hiring"]);
    ParseResult r = WorkspaceFromJson(j);
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(r.error.find(expected) != std::string::npos, r.error);
  };
  refuse([](auto& h) { h["candidates"][0]["scorecards"][0]["ratings"]["ml"] = 5; },
         "hiring.candidates[0].scorecards[0].ratings: \"ml\" must be a whole number from 1 (strong no) to 4");
  refuse([](auto& h) { h["candidates"][0]["scorecards"][0]["ratings"]["ml"] = 2.5; }, "must be a whole number");
  refuse([](auto& h) { h["candidates"][0]["job"] = "j9"; }, "applies for an unknown job \"j9\"");
  refuse([](auto& h) { h["candidates"][0]["scorecards"][0]["interview"] = "i9"; }, "interview \"i9\" that is not in the loop");
  refuse([](auto& h) { h["jobs"][0]["must_skills"].push_back("telepathy"); }, "hiring.jobs[0].must_skills: unknown skill \"telepathy\"");
  refuse([](auto& h) { h["jobs"][0]["seniority"] = "guru"; }, "hiring.jobs[0].seniority: must be one of junior, mid, senior, lead");
  refuse([](auto& h) { h["jobs"][0]["loop"][0]["minutes"] = 0; }, "hiring.jobs[0].loop[0].minutes: must be between 1 and 1440");
  refuse([](auto& h) { h["jobs"].push_back(h["jobs"][0]); }, "hiring.jobs: the id \"j1\" is used twice");
  refuse([](auto& h) { h["funnel"]["channels"][0]["screen"] = 1.5; }, "hiring.funnel.channels[0].screen: must be between 0 and 1");
  refuse([](auto& h) { h["funnel"]["process_weeks"] = {5, 2, 9}; }, "hiring.funnel.process_weeks: must satisfy");
  refuse([](auto& h) { h["pitch"]["grow_skills"]["score"] = 9; }, "hiring.pitch.grow_skills.score: must be between 0 and 5");
  refuse([](auto& h) { h["ladder"]["ml_interest"]["status"] = "maybe"; }, "hiring.ladder.ml_interest.status: must be one of");
  refuse([](auto& h) { h = "yes"; }, "hiring: must be an object");
}

TEST_CASE("a candidate deleted from the roster is kept, not a reason to refuse the workspace") {
  nlohmann::json j = WorkspaceToJson(HiringWorkspace());
  j["people"] = nlohmann::json::array();
  ParseResult r = WorkspaceFromJson(j);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.workspace.hiring.candidates.size() == 1);
  CHECK(MissingCandidatePeople(r.workspace.hiring, r.workspace.people) == std::vector<std::string>{"p-c"});
  CHECK(MissingCandidatePeople(HiringWorkspace().hiring, HiringWorkspace().people).empty());
}

TEST_CASE("schema 2 -> 3 migration: documents without hiring load unchanged") {
  const char* v2 = R"({"schema_version":2,"name":"Old","people":[{"id":"p1","name":"Ada"}],"org":{"units":[]}})";
  ParseResult r = ParseWorkspace(v2);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.source_schema == 2);
  CHECK(r.workspace.hiring.Empty());
  CHECK(WorkspaceToJson(r.workspace)["schema_version"] == 3);

  // A version-2 "hiring" extra that is not a valid section is kept aside, not lost.
  const char* odd = R"({"schema_version":2,"name":"Odd","hiring":{"jobs":"lots"}})";
  ParseResult o = ParseWorkspace(odd);
  REQUIRE_MESSAGE(o.ok, o.error);
  CHECK(o.workspace.extra["hiring_v2"]["jobs"] == "lots");
  // A valid one becomes the section.
  nlohmann::json j = WorkspaceToJson(HiringWorkspace());
  j["schema_version"] = 2;
  ParseResult m = WorkspaceFromJson(j);
  REQUIRE_MESSAGE(m.ok, m.error);
  CHECK(m.workspace.hiring == HiringWorkspace().hiring);
}

TEST_CASE("CSV of the sourcing channels: names, plain numbers, a channel not in use brings nobody") {
  Funnel f;
  f.channels = {{"conferences", true, 12, {0.5, 0.4, 0.25, 0.5}}, {"gone", false, 3, {1, 1, 1, 1}}};
  CsvRows rows = FunnelCsvRows(f, C());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"Channel", "In use", "People per month", "Screen rate", "Interview rate",
                                            "Offer rate", "Accept rate", "Expected hires per month"});
  CHECK(rows[1][0] == "Research conferences");  // the content's name, not the id
  CHECK(rows[1][1] == "yes");
  CHECK(rows[1][2] == "12");
  CHECK(rows[1][3] == "0.5");
  CHECK(rows[1][7] == "0.3");  // 12 x 0.5 x 0.4 x 0.25 x 0.5
  CHECK(rows[2] == std::vector<std::string>{"gone", "no", "3", "1", "1", "1", "1", "0"});
  CHECK(WriteCsv(rows).rfind("Channel,In use,People per month,", 0) == 0);
}

TEST_CASE("CSV of the loop coverage: dimension x interview with the status the view shows") {
  JobDescription jd = MlEngineer();
  jd.loop = {Interview("whiteboard_coding", "i1"), Interview("ml_theory", "i2")};
  jd.loop[0].name = "Coding, \"live\"";
  LoopCoverage cov = AnalyseLoop(jd, C());
  CsvRows rows = LoopCoverageCsvRows(jd, cov);
  REQUIRE(rows.size() == 1 + size_t(kSkillCount));
  CHECK(rows[0].front() == "Dimension");
  CHECK(rows[0][2] == "1. Coding, \"live\"");
  CHECK(rows[0].back() == "Coverage");
  const std::vector<std::string>& ml = rows[1 + int(Skill::Ml)];
  CHECK(ml[0] == SkillLabel(Skill::Ml));
  CHECK(ml[1] == "Must: depth");
  CHECK(ml[2] == "");
  CHECK(ml[3] == "x");
  CHECK(ml[4] == "Only once");
  CHECK(rows[1 + int(Skill::Data)].back() == "Not tested");
  // The comma and quotes of the interview name survive the writer.
  CsvParseResult back = ParseCsv(WriteCsv(rows));
  REQUIRE(back.ok);
  CHECK(back.rows == rows);
}

TEST_CASE("CSV of the candidates: verdict, mean verdict and the mean rating per dimension") {
  Workspace ws = HiringWorkspace();
  Person other = ws.people[0];
  other.id = "p-d";
  other.name = "=HYPERLINK(\"x\")";  // a formula in a name must not run in a spreadsheet
  ws.people.push_back(other);
  ws.hiring.candidates.push_back({"p-d", "j1", {}});
  ws.hiring.candidates.push_back({"p-missing", "j1", {}});  // deleted from the roster: skipped
  CsvRows rows = CandidatesCsvRows(ws.hiring, ws.people, C());
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].size() == 5 + size_t(kSkillCount));
  CHECK(rows[0][0] == "Name");
  CHECK(rows[0][5 + int(Skill::Ml)] == SkillLabel(Skill::Ml));
  CHECK(rows[1][0] == "Candidate One");
  CHECK(rows[1][1] == ws.hiring.jobs[0].title);
  CHECK(rows[1][2] == "No hire");  // software rated 1
  CHECK(rows[1][3] == "1");
  CHECK(rows[1][4] == "4.00");
  CHECK(rows[1][5 + int(Skill::Ml)] == "4.00");
  CHECK(rows[1][5 + int(Skill::Software)] == "1.00");
  CHECK(rows[1][5 + int(Skill::Data)] == "");
  CHECK(rows[2][2] == "Not scored yet");
  CHECK(rows[2][4] == "");
  std::string text = WriteCsv(rows);
  CHECK(text.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
  ws.people[0].kind = PersonKind::Member;
  CHECK(CandidatesCsvRows(ws.hiring, ws.people, C())[1][2] == "Hired");
}
