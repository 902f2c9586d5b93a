// One draw function per view; each lives in its own view_*.cpp file.
#pragma once

namespace mlt {
class App;

void DrawView(App& app);  // dispatches on App::CurrentView()

void DrawLearnView(App& app);
void DrawRolesView(App& app);
void DrawSkillsView(App& app);
void DrawOrgView(App& app);
void DrawPlanView(App& app);
void DrawHiringView(App& app);
void DrawSettingsView(App& app);

// For a view whose tools are still to come: what it is for, in a few points.
void DrawUpcomingCard(const char* const* points, int count);

}  // namespace mlt
