// The plan of ML work, probabilistically: tasks with three-point estimates
// and chances of success, research challenges solved by a portfolio of
// approaches, milestones with deadlines, and owners who do one task at a time.
// Pure data plus validation; src/sim simulates it.
#pragma once
#include <string>
#include <vector>

namespace mlt {

enum class Distribution { Triangular = 0, Pert, Lognormal };
enum class OnFailure { Retry = 0, Fail };
enum class TaskStatus { NotStarted = 0, InProgress, Done, Failed };

struct Task {
  std::string id;
  std::string name;
  std::string owner;        // person id (or a free-text name); empty: nobody's capacity is used
  // Working days for one attempt. optimistic <= most_likely <= pessimistic.
  double optimistic = 1, most_likely = 2, pessimistic = 4;
  Distribution distribution = Distribution::Pert;
  double p_success = 1.0;   // chance one attempt succeeds, 0..1
  OnFailure on_failure = OnFailure::Retry;
  int max_retries = 2;      // extra attempts after a failure (Retry only)
  double retry_cost = 0.5;  // a retry takes this fraction of a freshly drawn duration
  double importance = 3;    // 1..5: how much this task matters to the outcome
  TaskStatus status = TaskStatus::NotStarted;
  double progress = 0;      // 0..1 of the work done (re-planning); Done means finished and succeeded
  std::vector<std::string> depends_on;  // ids of tasks or challenges that must finish first
  std::string challenge;    // non-empty: this task is one approach to that research challenge
  bool operator==(const Task& o) const;
};

// A research problem that gates later work, with alternative approaches
// (the tasks whose `challenge` is this id). Solved when any approach succeeds.
struct Challenge {
  std::string id;
  std::string name;
  bool parallel = true;     // true: approaches run at once; false: each is a fallback tried in list order
  double importance = 5;
  std::vector<std::string> depends_on;  // must finish before any approach starts
  bool operator==(const Challenge& o) const;
};

struct Milestone {
  std::string id;
  std::string name;
  std::vector<std::string> requires_done;  // task or challenge ids
  double deadline_days = 0;                // working days from the plan start; 0: none
  bool operator==(const Milestone& o) const;
};

struct Plan {
  std::string start_date;  // ISO date "2026-12-01" of working day 0; empty: today
  std::vector<Task> tasks;
  std::vector<Challenge> challenges;
  std::vector<Milestone> milestones;
  bool operator==(const Plan& o) const;
};

// The first problem that stops the plan from being simulated, as a specific
// user-facing message ("Task \"Label data\": the pessimistic estimate (2 days)
// is below the optimistic one (5 days)"), or empty when the plan is valid.
// Checks: unique non-empty ids across tasks, challenges and milestones;
// estimates finite, >= 0 and ordered; p_success in 0..1; retries 0..20;
// retry_cost in 0..5; importance in 0..10; progress in 0..1; every
// dependency, challenge and milestone reference resolves; a challenge has at
// least one approach; no dependency cycle (the message names the cycle:
// "A -> B -> A"); an approach does not depend on its own challenge.
std::string ValidatePlan(const Plan& plan);

}  // namespace mlt
