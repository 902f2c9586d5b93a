// Dear ImGui compile-time configuration for ML Team Studio (IMGUI_USER_CONFIG).
#pragma once
// Item hooks meant for Dear ImGui's test engine: ui/item_recorder.cpp
// implements them to report every widget to mlteams.items().
#define IMGUI_ENABLE_TEST_ENGINE
#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_OBSOLETE_KEYIO
// 32-bit indices: a chart with thousands of bubbles passes 65,536 vertices
// in one draw list, and WebGL2 has no base-vertex draw call to split it.
#define ImDrawIdx unsigned int
