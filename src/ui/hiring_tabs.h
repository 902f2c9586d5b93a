// The tabs of the Hiring view, one file each (hiring_*.cpp); view_hiring.cpp
// puts them together.
#pragma once

namespace mlt {
class App;

void DrawJobTab(App& app);         // hiring_job.cpp
void DrawLoopTab(App& app);        // hiring_loop.cpp
void DrawCandidatesTab(App& app);  // hiring_candidates.cpp
void DrawSourcingTab(App& app);    // hiring_sourcing.cpp
void DrawPitchTab(App& app);       // hiring_pitch.cpp

}  // namespace mlt
