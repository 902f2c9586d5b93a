// Share links: making one from the open workspace (or the part the current
// view shows) and opening one as a new workspace. The format and its limits
// are in src/model/share.h and docs/share-links.md.
#include "ui/app.h"

namespace mlt {

void App::RequestShareLink(bool whole_workspace) {
  share.making = true;
  share.whole = whole_workspace;
  share.view = std::string(ViewId(view_));
  share.link.clear();
  share.error.clear();
  host_.CompressForShare(SharePayloadText(store_.Current(), share.view, whole_workspace));
}

void App::OnShareCompressed(std::string_view compressed) {
  if (!share.making) return;  // the dialog was closed meanwhile
  share.making = false;
  share.link = host_.PageAddress() + "#" + EncodeShareFragment(compressed);
  if (share.link.size() + 1 > ShareLimits{}.max_fragment_chars) {
    share.error = "This workspace is too large for a link. Export it as a file and send that instead.";
    share.link.clear();
  }
}

void App::OnShareFailed(const std::string& message) {
  share.making = false;
  share.error = message;
  if (embedded_) embed_error_ = message;
  Notify(NoticeKind::Error, message, 0);
}

void App::OnShareOpened(std::string_view envelope_text) {
  ShareEnvelope env;
  std::string error;
  if (!ParseSharePayload(envelope_text, &env, &error)) {
    OnShareFailed(error);
    return;
  }
  if (embedded_) {  // nothing of the visitor's can be touched: no question to ask
    OpenEmbedded(std::move(env.workspace), env.view, "a share link");
    return;
  }
  share.incoming_contents = DescribeShareContents(env.workspace);
  share.incoming = std::move(env);
  share.pending = true;
  share.error.clear();
  dialogs.open_share_incoming = true;
}

void App::OpenSharedWorkspace() {
  if (!share.pending) return;
  share.pending = false;
  Workspace ws = std::move(share.incoming.workspace);
  const std::string view = share.incoming.view;
  share.incoming = {};
  // A second copy of the same link must not look like the first one.
  for (const WorkspaceInfo& w : store_.List())
    if (w.name == ws.name) {
      ws.name += " (shared)";
      break;
    }
  const std::string name = ws.name;
  OpResult r = store_.Import(WorkspaceToText(ws), Now());
  if (!r.ok) {
    OnShareFailed("The shared workspace could not be opened: " + r.error + ". Nothing was changed.");
    return;
  }
  View v;
  if (ViewFromId(view, &v)) SetView(v);
  Notify(NoticeKind::Success, "Opened the shared workspace \"" + name + "\"; your other workspaces are unchanged");
}

void App::DiscardSharedWorkspace() {
  share.pending = false;
  share.incoming = {};
  share.incoming_contents.clear();
}

void App::OnEmbedSource(const std::string& name, std::string_view text) {
  ParseResult r = ParseWorkspace(text);
  if (!r.ok) {
    embed_error_ = "The workspace " + name + " could not be shown: " + r.error + ".";
    Notify(NoticeKind::Error, embed_error_, 0);
    return;
  }
  OpenEmbedded(std::move(r.workspace), "", name);
}

void App::OnEmbedFailed(const std::string& message) {
  embed_error_ = message;
  Notify(NoticeKind::Error, message, 0);
}

void App::OpenEmbedded(Workspace ws, const std::string& view, const std::string& source) {
  const std::string name = ws.name;
  OpResult r = store_.Import(WorkspaceToText(ws), Now());  // (into the embed's memory storage)
  if (!r.ok) {
    embed_error_ = "The workspace from " + source + " could not be shown: " + r.error + ".";
    Notify(NoticeKind::Error, embed_error_, 0);
    return;
  }
  store_.MakeReadOnly("\"" + name + "\" is shown read-only here; changes are not possible or kept.");
  embed_error_.clear();
  View v;
  // The page's ?view= wins over the view a link was made from.
  if (!embed_view_fixed_ && ViewFromId(view, &v)) SetView(v);
}

}  // namespace mlt
