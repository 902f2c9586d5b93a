// The plan editor: tasks (with estimates, chances, dependencies and owners),
// research challenges and milestones, each edited in place and undoable.
#pragma once

namespace mlt {
class App;
void DrawTaskTable(App& app, float height);
void DrawChallengesAndMilestones(App& app);
}  // namespace mlt
