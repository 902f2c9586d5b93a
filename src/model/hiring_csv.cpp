// The Hiring view's tables as CSV rows: sourcing channels, interview loop
// coverage and the candidates list. Kept apart from the view so the export
// is testable and says exactly what the screen says.
#include <cstdio>

#include "model/hiring.h"
#include "model/workspace.h"

namespace mlt {
namespace {

std::string Num(double v, const char* fmt = "%.4g") {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

}  // namespace

const char* CoverageNeedsLabel(const CoverageRow& r) {
  return r.must_have ? "Must: depth" : r.strength ? "Depth" : "Minimum bar";
}

const char* CoverageStateLabel(const CoverageRow& r) {
  switch (r.state) {
    case CoverageRow::State::Deep: return "In depth";
    case CoverageRow::State::Minimum: return "Minimum bar";
    case CoverageRow::State::Once: return "Only once";
    case CoverageRow::State::Untested: break;
  }
  return r.must_have ? "Untested must" : "Not tested";
}

const char* CandidateVerdict(bool hired, const CandidateSummary& s) {
  return hired ? "Hired" : s.scorecards == 0 ? "Not scored yet" : s.hire ? "Hire" : "No hire";
}

CsvRows FunnelCsvRows(const Funnel& f, const Content& content) {
  CsvRows rows = {{"Channel", "In use", "People per month", "Screen rate", "Interview rate", "Offer rate",
                   "Accept rate", "Expected hires per month"}};
  for (const FunnelChannel& c : f.channels) {
    std::string name = c.channel;  // a channel the content no longer has keeps its id
    for (const Channel& ch : content.channels)
      if (ch.id == c.channel) name = ch.name;
    std::vector<std::string> row = {name, c.enabled ? "yes" : "no", Num(c.per_month)};
    for (double r : c.rates) row.push_back(Num(r));
    // As on screen: a channel not in use brings nobody.
    row.push_back(Num(c.enabled ? ChannelHiresPerMonth(c) : 0.0));
    rows.push_back(std::move(row));
  }
  return rows;
}

CsvRows LoopCoverageCsvRows(const JobDescription& jd, const LoopCoverage& cov) {
  std::vector<std::string> header = {"Dimension", "Needs"};
  for (size_t i = 0; i < jd.loop.size(); ++i) header.push_back(std::to_string(i + 1) + ". " + jd.loop[i].name);
  header.push_back("Coverage");
  CsvRows rows = {header};
  for (const CoverageRow& r : cov.rows) {
    std::vector<std::string> row = {std::string(SkillLabel(r.skill)), CoverageNeedsLabel(r)};
    for (size_t i = 0; i < jd.loop.size(); ++i) {
      bool tests = false;
      for (int k : r.interviews) tests = tests || size_t(k) == i;
      row.push_back(tests ? "x" : "");
    }
    row.push_back(CoverageStateLabel(r));
    rows.push_back(std::move(row));
  }
  return rows;
}

CsvRows CandidatesCsvRows(const Hiring& h, const std::vector<Person>& people, const Content& content) {
  std::vector<std::string> header = {"Name", "Job", "Verdict", "Scorecards", "Mean verdict"};
  for (int s = 0; s < kSkillCount; ++s) header.push_back(std::string(SkillLabel(Skill(s))));
  CsvRows rows = {header};
  for (const Candidate& c : h.candidates) {
    const Person* p = nullptr;
    for (const Person& q : people)
      if (q.id == c.person) p = &q;
    if (!p) continue;  // deleted from the roster: the view skips it too
    const JobDescription* jd = h.FindJob(c.job);
    CandidateSummary s = jd ? SummariseCandidate(c, *jd, content, p->skills) : CandidateSummary{};
    std::vector<std::string> row = {p->name, jd ? jd->title : c.job, CandidateVerdict(p->kind == PersonKind::Member, s), std::to_string(s.scorecards),
                                    s.recommendation > 0 ? Num(s.recommendation, "%.2f") : ""};
    row.resize(row.size() + kSkillCount);
    for (const DimensionVerdict& d : s.dims) row[5 + int(d.skill)] = Num(d.mean, "%.2f");
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace mlt
