// The two share-link dialogs: making a link of the open workspace (or of what
// the current view shows), and the question before an opened link becomes a
// new workspace.
#pragma once

namespace mlt {
class App;
void DrawShareDialogs(App& app);
}  // namespace mlt
