// Share links: a workspace, or the part of it one view shows, carried in the
// URL fragment, so it never reaches a server:
//
//   https://host/path/#share=v1.<base64url of the deflate-compressed envelope>
//
// The envelope is JSON: {"format":"mlteams-share","version":1,"view":"plan",
// "scope":"view"|"workspace","workspace":{...a workspace document...}}.
// Compression (the browser's CompressionStream "deflate", which carries a
// checksum, so a cut-off link fails to decompress instead of opening half a
// document) happens in the page; everything else is here, so it is tested and
// fuzzed natively. Limits and messages: docs/share-links.md.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "model/workspace.h"

namespace mlt {

constexpr int kShareLinkVersion = 1;
constexpr std::string_view kShareFragmentKey = "share=";

// Caps on an untrusted link, checked before anything is decoded further.
struct ShareLimits {
  size_t max_fragment_chars = 2'000'000;  // the whole "share=v1...." text
  size_t max_decoded_bytes = 16u << 20;   // the decompressed envelope (decompression bombs)
};

// Link lengths (whole URL, in characters) past which sharing warns: many chat
// apps, mail clients and URL shorteners cut or refuse links above about 2,000
// characters; above 32,000 hardly any place keeps a link intact.
constexpr size_t kShareLinkWarnChars = 2000;
constexpr size_t kShareLinkTooLongChars = 32000;

// RFC 4648 section 5 alphabet, no padding.
std::string Base64UrlEncode(std::string_view bytes);
// Strict: only the url-safe alphabet, no padding or whitespace, and no length
// that no encoding produces (4n+1). On failure `error` says where.
bool Base64UrlDecode(std::string_view text, std::string* bytes, std::string* error);

// "share=v1.<base64url>" for compressed envelope bytes.
std::string EncodeShareFragment(std::string_view compressed);
// True when a URL fragment (without '#') is a share link at all; anything else
// in the fragment is left to the page.
bool IsShareFragment(std::string_view fragment);
// Checks the prefix, the format version and the length cap, and decodes the
// base64url part into the compressed bytes. Errors are the user's message.
bool DecodeShareFragment(std::string_view fragment, std::string* compressed, std::string* error,
                         const ShareLimits& limits = {});

struct ShareEnvelope {
  std::string view;              // the view to open ("plan"); "" for the default
  bool whole_workspace = true;   // false: only the parts `view` shows
  Workspace workspace;
};

// The parts of a workspace a view shows (people for roles and skills; people
// and the organisation for org; the plan for plan; everything otherwise), with
// its name, so a view-only link carries nothing else.
Workspace WorkspaceForView(const Workspace& ws, std::string_view view);
// The envelope text to compress. `whole` false keeps only WorkspaceForView.
std::string SharePayloadText(const Workspace& ws, std::string_view view, bool whole);
// Parses and validates a decompressed envelope (the workspace goes through
// ParseWorkspace with its limits, so migrations and checks apply).
bool ParseSharePayload(std::string_view text, ShareEnvelope* out, std::string* error,
                       const ShareLimits& limits = {});
// 2000001 -> "2,000,001" (the messages and the share dialog).
std::string WithThousands(size_t n);

// What a link holds, for the "open it?" question: "12 people, an organisation
// of 3 units and a plan of 8 tasks".
std::string DescribeShareContents(const Workspace& ws);

}  // namespace mlt
