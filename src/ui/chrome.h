// The frame around the views: top bar, navigation rail, status bar, dialogs.
#pragma once

namespace mlt {
class App;
void DrawChrome(App& app);
}  // namespace mlt
