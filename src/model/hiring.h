// The hiring workbench inside a workspace: job descriptions with their
// interview loops, candidates' scorecards, the sourcing funnel, the employer
// pitch and the job seeker's ladder, plus the checks and sums the Hiring view
// shows. Candidates are people of the roster (PersonKind::Candidate); this
// section holds only what hiring adds to them.
// [SECTION] Types  [SECTION] Job description  [SECTION] Interview loop
// [SECTION] Scorecards  [SECTION] Sourcing  [SECTION] Pitch and ladder  [SECTION] CSV  [SECTION] JSON
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/content.h"
#include "model/skills.h"

namespace mlt {
struct Person;

// [SECTION] Types
enum class Seniority { Junior = 0, Mid, Senior, Lead, Count };
std::string_view SeniorityId(Seniority s);     // "junior", ...
std::string_view SeniorityLabel(Seniority s);  // "Junior", ...

struct LoopInterview {
  std::string id;
  std::string assessment;     // content assessment id; empty for a custom interview
  std::string name;
  std::vector<Skill> skills;  // the dimensions it tests
  int minutes = 45;
  bool operator==(const LoopInterview& o) const;
};

struct JobDescription {
  std::string id;
  std::string title = "ML engineer";
  std::string role = "ml_engineer";  // content role id
  Seniority seniority = Seniority::Mid;
  std::string what_you_will_do;  // the specifics: projects, problems, first six months
  std::vector<Skill> must_skills, nice_skills;
  Texts must_tools, nice_tools;
  std::vector<LoopInterview> loop;
  bool operator==(const JobDescription& o) const;
};

// Ratings use a fixed 4-point scale without a neutral middle, so every
// interviewer has to lean one way: 1 strong no, 2 no, 3 yes, 4 strong yes.
// 0 means "not rated" (the interview did not look at that dimension).
constexpr int kRatingMax = 4;
using Ratings = std::array<int, kSkillCount>;
std::string_view RatingLabel(int rating);  // "Strong no" .. "Strong yes", "Not rated"

struct Scorecard {
  std::string interview;  // LoopInterview id
  std::string interviewer;
  Ratings ratings{};
  std::string notes;       // evidence behind the ratings
  int recommendation = 0;  // same 4-point scale; 0 not given
  bool operator==(const Scorecard& o) const;
};

struct Candidate {
  std::string person;  // Person id (kind Candidate while in the process)
  std::string job;     // JobDescription id
  std::vector<Scorecard> scorecards;
  bool operator==(const Candidate& o) const;
};

struct FunnelChannel {
  std::string channel;  // content channel id
  bool enabled = true;
  double per_month = 10;  // people sourced (contacted or applying) per month
  // Stage conversion rates, 0..1: sourced -> screened -> interviewed -> offered -> hired.
  std::array<double, 4> rates{0.3, 0.4, 0.3, 0.7};
  bool operator==(const FunnelChannel& o) const;
};
constexpr int kFunnelStages = 5;
const char* FunnelStageLabel(int stage);  // "Sourced", "Screened", "Interviewed", "Offered", "Hired"

struct Funnel {
  int target_hires = 2;
  // Weeks from first contact to an accepted offer (three-point estimate, Beta-PERT).
  double process_min = 4, process_likely = 6, process_max = 12;
  std::vector<FunnelChannel> channels;
  bool operator==(const Funnel& o) const;
};

struct PitchAnswer {
  int score = 0;  // 0 not assessed, 1..5 how well we stand out on this want
  std::string how;  // how the company stands out
  bool operator==(const PitchAnswer& o) const { return score == o.score && how == o.how; }
};
enum class LadderStatus { NotStarted = 0, InProgress, Done };
struct LadderAnswer {
  LadderStatus status = LadderStatus::NotStarted;
  std::string notes;
  bool operator==(const LadderAnswer& o) const { return status == o.status && notes == o.notes; }
};

struct Hiring {
  std::vector<JobDescription> jobs;
  std::vector<Candidate> candidates;
  Funnel funnel;
  std::map<std::string, PitchAnswer> pitch;    // practitioner want id -> answer
  std::map<std::string, LadderAnswer> ladder;  // standing-out level id -> answer
  bool operator==(const Hiring& o) const;
  bool Empty() const;  // nothing the user entered: not written to the document
  const JobDescription* FindJob(std::string_view id) const;
  JobDescription* FindJob(std::string_view id);
  Candidate* FindCandidate(std::string_view person);
  const Candidate* FindCandidate(std::string_view person) const;
};

// One finding of a check, for the warning lists of the view.
struct HiringNote {
  enum class Kind { Warning, Suggestion } kind = Kind::Warning;
  std::string id;  // stable, for tests: "unicorn_roles", "too_many_must", ...
  std::string text;
};

// [SECTION] Job description
// A must-have above this many items reads as a wish list.
constexpr int kMaxMustHaves = 6;
// A role profile level at or above this is a strength of the role.
constexpr double kStrengthLevel = 6.0;

struct UnicornCheck {
  bool unicorn = false;
  bool too_many = false;                   // more than kMaxMustHaves must-haves
  std::vector<const RoleInfo*> spanned;    // roles needed to cover the must-have skills (empty: one role does)
  std::vector<const RoleInfo*> tool_roles; // other roles whose tools are must-haves
};
UnicornCheck CheckUnicorn(const JobDescription& jd, const Content& content);
// Unicorn, missing specifics, and the lecture's suggestions.
std::vector<HiringNote> JobDescriptionNotes(const JobDescription& jd, const Content& content);
std::string JobDescriptionText(const JobDescription& jd, const Content& content);
std::string JobDescriptionMarkdown(const JobDescription& jd, const Content& content);
// A job description for `role_id` with its strengths as must-haves, the
// rest as nice-to-haves, and the role's first tools.
JobDescription JobFromRole(const RoleInfo& role, std::string id);

// [SECTION] Interview loop
// The dimensions a job description needs validated in depth (its must-have
// skills and the strengths of its role) versus checked for a minimum bar.
bool IsStrength(const JobDescription& jd, const Content& content, Skill s);
struct CoverageRow {
  Skill skill;
  bool strength = false;     // validate in depth (two or more interviews)
  bool must_have = false;
  std::vector<int> interviews;  // indexes into jd.loop that test it
  enum class State { Untested, Once, Minimum, Deep } state = State::Untested;
};
struct LoopCoverage {
  std::vector<CoverageRow> rows;  // every skill dimension, in Skill order
  int total_minutes = 0;
  std::vector<HiringNote> notes;
};
// Above this a loop (take-home included) wears candidates out.
constexpr int kMaxLoopMinutes = 6 * 60;
LoopCoverage AnalyseLoop(const JobDescription& jd, const Content& content);
LoopInterview InterviewFromAssessment(const Assessment& a, std::string id);

// [SECTION] Scorecards
struct DimensionVerdict {
  Skill skill;
  int count = 0;        // ratings given
  double mean = 0;      // of the given ratings, 1..4
  bool strength = false;
  double bar = 0;       // 3.0 for a strength (a clear yes), 2.5 for a minimum-bar check
  bool cleared = false;
};
struct CandidateSummary {
  std::vector<DimensionVerdict> dims;  // rated dimensions only, in Skill order
  std::vector<Skill> untested_must;    // must-haves nobody rated
  int scorecards = 0;
  double recommendation = 0;  // mean of given recommendations, 0 when none
  bool hire = false;          // every bar cleared, every must-have rated, recommendations lean yes
  SkillLevels profile{};      // estimated skill levels (for the chart)
};
// Where the ratings put the candidate against the role's typical profile: a
// "yes" (3) on a dimension means "at the role's typical level", each step up
// or down moves kRatingStep skill points. Unrated dimensions keep `fallback`
// (the person's own levels from the roster).
constexpr double kRatingStep = 1.5;
CandidateSummary SummariseCandidate(const Candidate& c, const JobDescription& jd, const Content& content,
                                    const SkillLevels& fallback);

// [SECTION] Sourcing
Funnel DefaultFunnel(const Content& content);
struct FunnelTotals {
  std::array<double, kFunnelStages> per_month{};  // expected people per stage per month (enabled channels)
  double hires_per_month = 0;
  double months_to_target = 0;  // target / hires_per_month (infinite when nobody gets hired)
};
double ChannelHiresPerMonth(const FunnelChannel& c);
FunnelTotals ComputeFunnel(const Funnel& f);
struct TimeToHire {
  int trials = 0;
  int reached = 0;                 // trials that reached the target within kMaxWeeks
  std::vector<double> weeks;       // sorted weeks-to-target of the trials that reached it
  double p50 = 0, p80 = 0, p95 = 0;
};
constexpr double kTimeToHireMaxWeeks = 520;
// Monte Carlo: eventual hires arrive as a Poisson process (rate: the funnel's
// hires per week), each after a Beta-PERT process time; the target is reached
// when the target-th of them accepts. Deterministic for a seed.
TimeToHire SimulateTimeToHire(const Funnel& f, int trials, uint64_t seed);

// [SECTION] Pitch and ladder
std::vector<const PractitionerWant*> WeakestWants(const Hiring& h, const Content& content, size_t n = 2);
// The job seeker's next steps: the lowest levels not done yet, with examples.
std::vector<std::string> LadderPlan(const Hiring& h, const Content& content);

// [SECTION] CSV
// The words the view shows for a coverage row ("Must: depth", "In depth"...),
// shared by the screen and the CSV export so the two never disagree.
const char* CoverageNeedsLabel(const CoverageRow& r);
const char* CoverageStateLabel(const CoverageRow& r);
// Rows (header first) of the Hiring view's tables, for WriteCsv(). Numbers
// are plain (rates as fractions 0..1) so a spreadsheet can compute with them.
using CsvRows = std::vector<std::vector<std::string>>;
CsvRows FunnelCsvRows(const Funnel& f, const Content& content);
CsvRows LoopCoverageCsvRows(const JobDescription& jd, const LoopCoverage& cov);
// "Hired" (a member of the roster now), "Not scored yet", "Hire" or "No hire".
const char* CandidateVerdict(bool hired, const CandidateSummary& s);
// Every candidate of every job whose person is still in the roster, with the
// verdict the Candidates tab shows and the mean rating per dimension (empty
// when nobody rated it).
CsvRows CandidatesCsvRows(const Hiring& h, const std::vector<Person>& people, const Content& content);

// [SECTION] JSON
nlohmann::json HiringToJson(const Hiring& h);
// Reads and validates the "hiring" section; on error leaves *out unspecified
// and returns false with "hiring.<path>: <what>" in *error.
bool HiringFromJson(const nlohmann::json& j, Hiring* out, std::string* error);
// Candidates whose person is no longer in the roster (deleted there): kept in
// the document, skipped by the view.
std::vector<std::string> MissingCandidatePeople(const Hiring& h, const std::vector<Person>& people);

}  // namespace mlt
