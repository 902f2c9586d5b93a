// The lecture's frameworks as data (assets/content/*.json, described in
// docs/content-schema.md): roles, archetypes, design choices, management
// practices, hiring, the Learn outline, and the organisation questionnaire.
// Loaded once at start-up.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/skills.h"

namespace mlt {

using Texts = std::vector<std::string>;

struct SkillInfo { std::string id, name, description; };
struct ChartPos { double x = 0, y = 0, d = 0; };  // normalised to the plot frame; d = diameter / width
struct ChartEdition { std::string id, label, description; };

struct RoleInfo {
  std::string id, name, short_name, summary;
  Texts responsibilities, work_products, tools, backgrounds;
  SkillLevels skills{};
  ChartPos chart_original;
  std::optional<ChartPos> chart_later;  // absent: dropped from the later edition
  std::string hiring_group;
};

struct Archetype {
  std::string id, name, short_name, summary;
  Texts traits, typical_organisations, advantages, difficulties;
  std::string design_column;  // empty for an archetype without a column
};

struct DesignColumn { std::string id, label, archetype; };
struct DesignOption { std::string id, label; };
struct DesignCell { std::string option; Texts points; };
struct DesignDimension {
  std::string id, name, question;
  std::vector<DesignOption> options;
  std::map<std::string, DesignCell> cells;  // by column id
};

// The organisation questionnaire (assessment.json), scored by
// model/assessment.h. An option gives each archetype 0..3 points.
struct AssessmentOption {
  std::string id, label;
  std::map<std::string, int> weights;  // archetype id -> points 0..3; an absent archetype gets 0
  std::string reading;                 // "points to <archetype> because ...", no final full stop
  int Weight(const std::string& archetype) const {
    auto it = weights.find(archetype);
    return it == weights.end() ? 0 : it->second;
  }
};
struct AssessmentQuestion {
  std::string id, text, help;  // help: optional, may be empty
  std::vector<AssessmentOption> options;
  const AssessmentOption* FindOption(std::string_view id) const;
};
// What it takes to adopt a design option: design dimension id -> option id -> advice.
using DesignAdvice = std::map<std::string, std::map<std::string, std::string>>;

struct NamedText { std::string id, name, text; };
struct ToolLink { std::string view, label; };  // view empty: no link
struct Practice { std::string id, name, explanation; ToolLink tool; };

struct TalentGap {
  double experienced_min = 0, experienced_max_low = 0, experienced_max = 0;
  double developers_us = 0, developers_world = 0;
  std::string experienced_min_source, experienced_max_source, explanation;
};
struct RoleGroup { std::string id, name, advice; Texts roles; };
struct Channel { std::string id, name, description; };
struct SourcingIdea { std::string id, name, text; Texts channels; };
struct PractitionerWant { std::string id, want, stand_out; };
struct Assessment {
  std::string id, name, description;
  std::vector<Skill> skills;
  int minutes = 0;
};
struct StandOutLevel { int level = 0; std::string id, name; Texts examples; };

struct LearnSection {
  std::string id, title;
  Texts paragraphs;
  std::string shows;  // data rendered under the text, see docs/content-schema.md
  ToolLink tool;
};
struct LearnPart { std::string id, title, intro; std::vector<LearnSection> sections; };

struct Content {
  std::vector<SkillInfo> skills;
  std::string communication_rule;
  std::vector<ChartEdition> chart_editions;
  std::vector<RoleInfo> roles;
  std::vector<Archetype> archetypes;
  std::vector<DesignColumn> design_columns;
  std::vector<DesignDimension> design_dimensions;
  std::vector<NamedText> why_harder;
  std::vector<NamedText> challenges;  // `text` holds the explanation
  std::vector<Practice> practices;
  TalentGap talent_gap;
  std::vector<RoleGroup> role_groups;
  std::vector<NamedText> engineer_advice, researcher_advice;
  std::vector<Channel> channels;
  std::vector<SourcingIdea> sourcing;
  std::vector<PractitionerWant> practitioner_wants;
  std::string interview_principle;
  std::vector<Assessment> assessments;
  std::vector<NamedText> job_sources;
  std::vector<StandOutLevel> standing_out;
  std::vector<LearnPart> learn;
  std::vector<AssessmentQuestion> questionnaire;
  DesignAdvice design_advice;  // every option of every design dimension has a text

  const RoleInfo* FindRole(std::string_view id) const;
  const Archetype* FindArchetype(std::string_view id) const;
  const LearnSection* FindLearnSection(std::string_view id, const LearnPart** part = nullptr) const;
  const AssessmentQuestion* FindQuestion(std::string_view id) const;
};

constexpr const char* kContentFiles[] = {"roles.json",      "archetypes.json", "design_choices.json",
                                         "management.json", "hiring.json",     "learn.json",
                                         "assessment.json"};

struct ContentResult {
  bool ok = false;
  std::string error;  // "<file>: <item path>: <what>", e.g. "roles.json: roles[2].skills.ml: ..."
  Content content;
};

// Parses and validates the files of kContentFiles, given as file name -> text.
ContentResult ParseContent(const std::map<std::string, std::string>& files);
// Reads the files of kContentFiles from a folder, then ParseContent.
ContentResult LoadContentDir(const std::string& dir);

}  // namespace mlt
