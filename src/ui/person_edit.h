// Widgets that edit one field of a person and apply the change through the
// store (undoable, autosaved). Used by the roster table and the inspector so
// both edit the same way. Each returns true when it changed something.
#pragma once
#include "model/workspace.h"

namespace mlt {
class App;

bool EditPersonName(App& app, const Person& p, float width);
bool EditPersonTeam(App& app, const Person& p, float width);
bool EditPersonRole(App& app, const Person& p, float width);
bool EditPersonKind(App& app, const Person& p, float width);
// `slider`: a slider (inspector) rather than a compact drag field (table).
bool EditPersonSkill(App& app, const Person& p, Skill s, float width, bool slider);
bool EditPersonNotes(App& app, const Person& p, float width);

const char* PersonKindLabel(PersonKind k);
// Display name of a role id, or the custom role text itself.
std::string RoleDisplayName(const App& app, const std::string& role);

// Finds a person by id in a workspace being edited.
Person* FindPerson(Workspace& w, const std::string& id);

}  // namespace mlt
