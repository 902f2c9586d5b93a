// The workspace: one user document (roster, and later org, plan, hiring), its
// JSON form and its validation. Everything a user edits and saves lives here.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/hiring.h"
#include "model/org.h"
#include "model/plan.h"
#include "model/skills.h"

namespace mlt {

// Version 1 is the first released schema; version 2 added reporting lines
// (people's title, manager, dotted_manager) and the "org" section; version 3
// added the "hiring" section (job descriptions, loops, scorecards, funnel,
// pitch, ladder), whose candidates are people of the roster. Bump it and
// add a step to MigrateWorkspaceJson() whenever the document shape changes.
constexpr int kSchemaVersion = 3;

enum class PersonKind { Member, Candidate, OpenPosition };

struct Person {
  std::string id;
  std::string name;
  std::string role;  // a content role id ("ml_engineer") or a custom role name
  std::string team;
  PersonKind kind = PersonKind::Member;
  SkillLevels skills{};  // 0..10 per dimension
  std::string notes;
  // Org chart: job title and the ids of the person or unit this person reports
  // to (empty: top level). A reference to an id that no longer exists is kept
  // and shown as a warning, never dropped.
  std::string title;
  std::string manager;
  std::string dotted_manager;  // secondary ("dotted-line") manager
  bool operator==(const Person& o) const;
};

struct Workspace {
  std::string id;
  std::string name = "Untitled workspace";
  int64_t created_ms = 0;   // Unix ms
  int64_t modified_ms = 0;  // Unix ms, updated on every edit
  std::vector<Person> people;
  Plan plan;
  Org org;
  Hiring hiring;
  std::string notes;
  // Top-level sections this version does not know (written by a later minor
  // version or a plug-in): kept and written back so they are never lost.
  nlohmann::json extra = nlohmann::json::object();
  bool operator==(const Workspace& o) const;
};

// Limits on untrusted documents, checked before and while parsing.
struct DocumentLimits {
  size_t max_bytes = 32u << 20;   // whole document text
  int max_depth = 64;             // nesting of arrays/objects
  size_t max_string = 1u << 20;   // one string value
  size_t max_people = 100000;    // also units and assessments each
};

std::string_view PersonKindId(PersonKind k);

nlohmann::json WorkspaceToJson(const Workspace& ws);
std::string WorkspaceToText(const Workspace& ws, bool pretty = false);

struct ParseResult {
  bool ok = false;
  std::string error;  // specific and user-readable: what is wrong and where
  Workspace workspace;
  int source_schema = 0;  // schema_version found in the document (after parse)
};

// Parses, migrates and validates. Never throws.
ParseResult ParseWorkspace(std::string_view text, const DocumentLimits& limits = {});
// Validates an already-parsed document (schema_version must be current).
ParseResult WorkspaceFromJson(const nlohmann::json& j, const DocumentLimits& limits = {});
// Brings a document of an earlier schema_version up to kSchemaVersion in place
// (one step per version). Returns false with a message for an unknown version.
bool MigrateWorkspaceJson(nlohmann::json* j, std::string* error);

}  // namespace mlt
