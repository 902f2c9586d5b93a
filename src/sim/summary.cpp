// [SECTION] Portfolio arithmetic  [SECTION] Summary  [SECTION] JSON and CSV
#include "sim/summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "model/csv.h"
#include "model/json_util.h"

namespace mlt {

// [SECTION] Portfolio arithmetic
double ApproachChance(const Task& t) {
  int attempts = t.on_failure == OnFailure::Retry ? 1 + t.max_retries : 1;
  double fail = 1.0;
  for (int i = 0; i < attempts; ++i) fail *= 1.0 - t.p_success;
  return 1.0 - fail;
}

double PortfolioChance(const Plan& plan, const std::string& challenge_id) {
  double fail = 1.0;
  bool any = false;
  for (const Task& t : plan.tasks)
    if (t.challenge == challenge_id) {
      fail *= 1.0 - ApproachChance(t);
      any = true;
    }
  return any ? 1.0 - fail : 0.0;
}

Plan SingleApproachPlan(const Plan& plan, const std::string& challenge_id) {
  const Task* best = nullptr;
  for (const Task& t : plan.tasks)
    if (t.challenge == challenge_id && (!best || ApproachChance(t) > ApproachChance(*best))) best = &t;
  Plan out = plan;
  if (!best) return out;
  const std::string keep = best->id;
  std::vector<std::string> gone;
  for (const Task& t : plan.tasks)
    if (t.challenge == challenge_id && t.id != keep) gone.push_back(t.id);
  auto is_gone = [&](const std::string& id) { return std::find(gone.begin(), gone.end(), id) != gone.end(); };
  auto prune = [&](std::vector<std::string>& ids) { ids.erase(std::remove_if(ids.begin(), ids.end(), is_gone), ids.end()); };
  out.tasks.erase(std::remove_if(out.tasks.begin(), out.tasks.end(), [&](const Task& t) { return is_gone(t.id); }),
                  out.tasks.end());
  for (Task& t : out.tasks) prune(t.depends_on);
  for (Challenge& c : out.challenges) prune(c.depends_on);
  for (Milestone& m : out.milestones) prune(m.requires_done);
  return out;
}

// [SECTION] Summary
namespace {
std::string Pct(double p) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * p);
  return buf;
}
std::string When(const Date& start, double days) { return FormatLongDate(AddWorkingDays(start, days)); }

template <class T>
const T* ById(const std::vector<T>& v, const std::string& id) {
  for (const T& x : v)
    if (x.id == id) return &x;
  return nullptr;
}
}  // namespace

std::string LeadershipSummary(const Plan& plan, const SimResult& r, const Date& start) {
  std::string s;
  char buf[512];
  if (r.trials == 0) return "Run the simulation to get a summary.";
  if (r.p_success <= 0) {
    return "In none of the " + std::to_string(r.trials) +
           " simulated runs did the whole plan succeed. Look at the tasks that can fail without a fallback.";
  }
  std::snprintf(buf, sizeof buf, "If the plan succeeds, it is 50%% likely to be done by %s and 80%% likely by %s "
                "(95%%: %s). ", When(start, r.p50).c_str(), When(start, r.p80).c_str(), When(start, r.p95).c_str());
  s += buf;
  std::snprintf(buf, sizeof buf, "The chance that it succeeds at all is %s (give or take %.0f points). ",
                Pct(r.p_success).c_str(), 100.0 * 1.96 * r.p_success_se);
  s += buf;
  if (r.p50 > r.deterministic_days + 0.5) {
    std::snprintf(buf, sizeof buf, "A plan that assumes every task goes as expected would promise %s; the likely "
                  "date is %.0f working days later. ", When(start, r.deterministic_days).c_str(),
                  r.p50 - r.deterministic_days);
    s += buf;
  }
  // Biggest risk: the task or challenge least likely to succeed on its own
  // (retries and approaches included; upstream failures are not its fault).
  // When all are safe, the one whose duration moves the finish most.
  std::string risk_name;
  double risk_p = 0.95;
  bool risk_challenge = false;
  for (const Task& t : plan.tasks) {
    if (!t.challenge.empty() || t.status == TaskStatus::Done) continue;
    double p = ApproachChance(t);
    if (p < risk_p) { risk_p = p; risk_name = t.name; risk_challenge = false; }
  }
  for (const Challenge& c : plan.challenges) {
    double p = PortfolioChance(plan, c.id);
    if (p < risk_p) { risk_p = p; risk_name = c.name; risk_challenge = true; }
  }
  if (!risk_name.empty()) {
    std::snprintf(buf, sizeof buf, "The biggest risk is %s: on its own it %s %s of the time. ", risk_name.c_str(),
                  risk_challenge ? "is solved" : "succeeds", Pct(risk_p).c_str());
    s += buf;
  } else {
    const TaskResult* driver = nullptr;
    for (const TaskResult& t : r.tasks)
      if (!driver || t.sensitivity > driver->sensitivity) driver = &t;
    if (driver && driver->sensitivity > 0.2) {
      const Task* t = ById(plan.tasks, driver->id);
      std::snprintf(buf, sizeof buf, "The date depends most on %s: when it runs long, so does the project. ",
                    t ? t->name.c_str() : driver->id.c_str());
      s += buf;
    }
  }
  // Portfolios: what the approaches buy, or what a second one would.
  for (const Challenge& c : plan.challenges) {
    int n = 0;
    double best = 0;
    for (const Task& t : plan.tasks)
      if (t.challenge == c.id) {
        ++n;
        best = std::max(best, ApproachChance(t));
      }
    double all = PortfolioChance(plan, c.id);
    if (n >= 2) {
      std::snprintf(buf, sizeof buf, "Trying %d approaches to %s gives it a %s chance of being solved, against %s "
                    "with the best single approach. ", n, c.name.c_str(), Pct(all).c_str(), Pct(best).c_str());
    } else if (n == 1 && all < 0.9) {
      double with_second = 1.0 - (1.0 - all) * 0.5;
      std::snprintf(buf, sizeof buf, "A second approach to %s with even odds would raise its chance of success "
                    "from %s to %s. ", c.name.c_str(), Pct(all).c_str(), Pct(with_second).c_str());
    } else {
      continue;
    }
    s += buf;
  }
  if (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// [SECTION] JSON and CSV
nlohmann::json SimResultToJson(const SimResult& r, const Plan& plan) {
  using nlohmann::json;
  json tasks = json::array();
  for (const TaskResult& t : r.tasks) {
    const Task* task = ById(plan.tasks, t.id);
    const Challenge* c = ById(plan.challenges, t.id);
    tasks.push_back({{"id", t.id}, {"name", task ? task->name : c ? c->name : t.id}, {"challenge", t.is_challenge},
                     {"pSuccess", t.p_success}, {"criticality", t.criticality}, {"sensitivity", t.sensitivity},
                     {"meanDuration", t.mean_duration}, {"start", {t.start_p10, t.start_p50, t.start_p90}},
                     {"finish", {t.finish_p10, t.finish_p50, t.finish_p90}}, {"attempts", t.attempts_mean}});
  }
  json milestones = json::array();
  for (const MilestoneResult& m : r.milestones)
    milestones.push_back({{"id", m.id}, {"pReached", m.p_reached}, {"pOnTime", m.p_on_time},
                          {"pOnTimeSe", m.p_on_time_se}, {"p50", m.finish_p50}, {"p80", m.finish_p80}});
  json curves = json::array();
  for (const ChallengeCurve& c : r.challenge_curves) curves.push_back({{"id", c.id}, {"days", c.days}, {"p", c.p}});
  json hist = json::array();
  for (const HistogramBin& b : r.histogram) hist.push_back({{"from", b.from}, {"to", b.to}, {"count", b.count}});
  return {{"trials", r.trials}, {"seed", r.seed}, {"pSuccess", r.p_success}, {"pSuccessSe", r.p_success_se},
          {"mean", r.mean}, {"p10", r.p10}, {"p50", r.p50}, {"p80", r.p80}, {"p95", r.p95},
          {"deterministic", r.deterministic_days}, {"histogram", hist},
          {"sCurve", {{"days", r.s_curve_days}, {"p", r.s_curve_p}}}, {"tasks", tasks}, {"milestones", milestones},
          {"challengeCurves", curves},
          {"fan", {{"days", r.fan_days}, {"p10", r.fan_p10}, {"p25", r.fan_p25}, {"p50", r.fan_p50},
                   {"p75", r.fan_p75}, {"p90", r.fan_p90}}},
          {"units", "working days from the plan start"}};
}

std::string SimResultToCsv(const SimResult& r, const Plan& plan, const Date& start) {
  std::vector<std::vector<std::string>> rows;
  auto num = [](double v, const char* fmt = "%.2f") {
    char buf[32];
    std::snprintf(buf, sizeof buf, fmt, v);
    return std::string(buf);
  };
  rows.push_back({"measure", "value", "date"});
  rows.push_back({"trials", std::to_string(r.trials), ""});
  rows.push_back({"seed", std::to_string(r.seed), ""});
  rows.push_back({"p_success", num(r.p_success, "%.4f"), ""});
  rows.push_back({"p_success_standard_error", num(r.p_success_se, "%.4f"), ""});
  for (auto [name, v] : {std::pair{"p10_days", r.p10}, {"p50_days", r.p50}, {"p80_days", r.p80},
                         {"p95_days", r.p95}, {"deterministic_days", r.deterministic_days}})
    rows.push_back({name, num(v), FormatIsoDate(AddWorkingDays(start, v))});
  rows.push_back({});
  rows.push_back({"id", "name", "kind", "p_success", "criticality", "sensitivity", "mean_duration_days",
                  "start_p10", "start_p50", "start_p90", "finish_p10", "finish_p50", "finish_p90", "attempts_mean"});
  for (const TaskResult& t : r.tasks) {
    const Task* task = ById(plan.tasks, t.id);
    const Challenge* c = ById(plan.challenges, t.id);
    rows.push_back({t.id, task ? task->name : c ? c->name : t.id, t.is_challenge ? "challenge" : "task",
                    num(t.p_success, "%.4f"), num(t.criticality, "%.4f"), num(t.sensitivity, "%.3f"),
                    num(t.mean_duration), num(t.start_p10), num(t.start_p50), num(t.start_p90), num(t.finish_p10),
                    num(t.finish_p50), num(t.finish_p90), num(t.attempts_mean)});
  }
  if (!r.milestones.empty()) {
    rows.push_back({});
    rows.push_back({"milestone", "name", "p_reached", "p_on_time", "p_on_time_standard_error", "p50_days", "p80_days"});
    for (const MilestoneResult& m : r.milestones) {
      const Milestone* ms = ById(plan.milestones, m.id);
      rows.push_back({m.id, ms ? ms->name : m.id, num(m.p_reached, "%.4f"), num(m.p_on_time, "%.4f"),
                      num(m.p_on_time_se, "%.4f"), num(m.finish_p50), num(m.finish_p80)});
    }
  }
  return WriteCsv(rows);
}

}  // namespace mlt
