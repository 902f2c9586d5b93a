// The data blocks the Learn view shows under a section's text: role cards,
// the skills chart, archetype cards, the design-choices table, and so on.
#pragma once
#include <string_view>

namespace mlt {
class App;
struct Content;

// Draws the block named by a section's "shows" (docs/content-schema.md).
void DrawLearnBlock(App& app, std::string_view shows);

}  // namespace mlt
