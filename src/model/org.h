// The organisation inside a workspace: teams/units and the assessments of an
// organisation against the lecture's archetypes. People (members and open
// positions) stay in Workspace::people and carry their own reporting lines
// (Person::manager, Person::dotted_manager); the org chart is built from both.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace mlt {

// A team or unit drawn as a node of the org chart. Ids share one namespace with
// people ids, so a reporting line can point at either.
struct OrgUnit {
  std::string id;
  std::string name;
  std::string manager;  // id of the person or unit this unit sits under; empty: top level
  std::string notes;
  bool operator==(const OrgUnit& o) const {
    return id == o.id && name == o.name && manager == o.manager && notes == o.notes;
  }
};

// One organisation's answers to the archetype questionnaire
// (assets/content/assessment.json) and to the three design choices
// (assets/content/design_choices.json). Unanswered questions are absent.
struct OrgAssessment {
  std::string id;
  std::string name = "Our organisation";
  std::map<std::string, std::string> answers;  // question id -> option id
  std::map<std::string, std::string> design;   // design dimension id -> option id
  std::string notes;
  bool operator==(const OrgAssessment& o) const {
    return id == o.id && name == o.name && answers == o.answers && design == o.design && notes == o.notes;
  }
};

struct Org {
  std::vector<OrgUnit> units;
  std::vector<OrgAssessment> assessments;
  bool operator==(const Org& o) const { return units == o.units && assessments == o.assessments; }
};

}  // namespace mlt
