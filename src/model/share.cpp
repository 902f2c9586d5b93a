// [SECTION] base64url  [SECTION] Fragments  [SECTION] Envelopes
#include "model/share.h"

#include "model/json_util.h"

namespace mlt {
using nlohmann::json;

// [SECTION] base64url
namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int SextetOf(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}
}  // namespace

std::string WithThousands(size_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Base64UrlEncode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 4 + 2) / 3);
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const uint32_t v = uint32_t(uint8_t(bytes[i])) << 16 | uint32_t(uint8_t(bytes[i + 1])) << 8 |
                       uint8_t(bytes[i + 2]);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  const size_t rest = bytes.size() - i;
  if (rest) {
    uint32_t v = uint32_t(uint8_t(bytes[i])) << 16;
    if (rest == 2) v |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    if (rest == 2) out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

bool Base64UrlDecode(std::string_view text, std::string* bytes, std::string* error) {
  bytes->clear();
  if (text.size() % 4 == 1) {
    *error = "its length (" + WithThousands(text.size()) + " characters) is one that no link has, so part of it is missing";
    return false;
  }
  bytes->reserve(text.size() / 4 * 3 + 2);
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const int s = SextetOf(static_cast<unsigned char>(text[i]));
    if (s < 0) {
      bytes->clear();
      *error = "it contains a character a share link never has, at position " + WithThousands(i + 1);
      return false;
    }
    acc = ((acc << 6) | uint32_t(s)) & 0xfff;  // (at most 12 bits are pending)
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes->push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  // The unused low bits of the last character are 0 from any encoder: a
  // changed last character would otherwise decode to the same bytes.
  if (acc & ((1u << bits) - 1)) {
    bytes->clear();
    *error = "its last character was changed or damaged";
    return false;
  }
  return true;
}

// [SECTION] Fragments
std::string EncodeShareFragment(std::string_view compressed) {
  return std::string(kShareFragmentKey) + "v" + std::to_string(kShareLinkVersion) + "." +
         Base64UrlEncode(compressed);
}

bool IsShareFragment(std::string_view fragment) {
  return fragment.substr(0, kShareFragmentKey.size()) == kShareFragmentKey;
}

bool DecodeShareFragment(std::string_view fragment, std::string* compressed, std::string* error,
                         const ShareLimits& limits) {
  compressed->clear();
  auto fail = [&](const std::string& why) {
    *error = "This share link cannot be opened: " + why + ". Nothing was changed.";
    return false;
  };
  if (!IsShareFragment(fragment)) return fail("it does not start with \"#share=\"");
  if (fragment.size() > limits.max_fragment_chars)
    return fail("it is too long (" + WithThousands(fragment.size()) + " characters; the limit is " +
                WithThousands(limits.max_fragment_chars) + ")");
  std::string_view rest = fragment.substr(kShareFragmentKey.size());
  const size_t dot = rest.find('.');
  if (rest.empty() || rest[0] != 'v' || dot == std::string_view::npos || dot < 2)
    return fail("its format version is missing (it should start with \"#share=v1.\")");
  int version = 0;
  for (size_t i = 1; i < dot; ++i) {
    const char c = rest[i];
    if (c < '0' || c > '9' || version > 100000)
      return fail("its format version \"" + std::string(rest.substr(0, std::min<size_t>(dot, 12))) +
                  "\" is not a number");
    version = version * 10 + (c - '0');
  }
  if (version != kShareLinkVersion)
    return fail(version > kShareLinkVersion
                    ? "it was made by a newer version of ML Team Studio (link format v" + std::to_string(version) +
                          "; this app reads v" + std::to_string(kShareLinkVersion) + "). Update the app and try again"
                    : "its link format v" + std::to_string(version) + " is not one this app knows");
  std::string_view data = rest.substr(dot + 1);
  if (data.empty()) return fail("it holds no data (everything after \"v1.\" is missing)");
  std::string why;
  if (!Base64UrlDecode(data, compressed, &why)) return fail(why);  // (it clears `compressed`)
  return true;
}

// [SECTION] Envelopes
Workspace WorkspaceForView(const Workspace& ws, std::string_view view) {
  const bool people = view == "roles" || view == "skills" || view == "org";
  const bool org = view == "org";
  const bool plan = view == "plan";
  if (!people && !plan) return ws;  // learn, hiring, settings: the whole workspace
  Workspace part;
  part.id = ws.id;
  part.name = ws.name;
  part.created_ms = ws.created_ms;
  part.modified_ms = ws.modified_ms;
  if (people) part.people = ws.people;
  if (org) part.org = ws.org;
  if (plan) part.plan = ws.plan;
  return part;
}

std::string SharePayloadText(const Workspace& ws, std::string_view view, bool whole) {
  json j = {{"format", "mlteams-share"},
            {"version", kShareLinkVersion},
            {"view", std::string(view)},
            {"scope", whole ? "workspace" : "view"},
            {"workspace", WorkspaceToJson(whole ? ws : WorkspaceForView(ws, view))}};
  return Dump(j);
}

bool ParseSharePayload(std::string_view text, ShareEnvelope* out, std::string* error, const ShareLimits& limits) {
  auto fail = [&](const std::string& why) {
    *error = "This share link cannot be opened: " + why + ". Nothing was changed.";
    return false;
  };
  if (text.size() > limits.max_decoded_bytes)
    return fail("it unpacks to more than " + WithThousands(limits.max_decoded_bytes >> 20) + " MB");
  DocumentLimits doc;
  // The envelope adds one level around the workspace.
  if (!JsonDepthWithin(text, doc.max_depth + 1))
    return fail("its content nests too deeply (more than " + std::to_string(doc.max_depth) + " levels)");
  size_t at = 0;
  json j = ParseJson(text, &at);
  if (j.is_discarded()) return fail("its content is not valid JSON (error at byte " + WithThousands(at) + ")");
  if (!j.is_object() || StringOr(j, "format", "") != "mlteams-share")
    return fail("it is not an ML Team Studio share link");
  const json* version = Member(j, "version");
  if (!version || !version->is_number_integer() || version->get<int64_t>() != kShareLinkVersion)
    return fail("its content has an unknown format version");
  const json* view = Member(j, "view");
  const json* scope = Member(j, "scope");
  if ((view && !view->is_string()) || (scope && !scope->is_string()))
    return fail("its \"view\" and \"scope\" must be text");
  const std::string scope_id = scope ? scope->get<std::string>() : "workspace";
  if (scope_id != "workspace" && scope_id != "view") return fail("its scope \"" + scope_id + "\" is unknown");
  const json* ws = Member(j, "workspace");
  if (!ws) return fail("it holds no workspace");
  ParseResult r = WorkspaceFromJson(*ws, doc);
  if (!r.ok) return fail("its workspace is not valid (" + r.error + ")");
  out->view = view ? view->get<std::string>() : "";
  if (out->view.size() > 32) out->view.clear();  // (a view id is a short word; the app checks it)
  out->whole_workspace = scope_id == "workspace";
  out->workspace = std::move(r.workspace);
  return true;
}

std::string DescribeShareContents(const Workspace& ws) {
  size_t members = 0, candidates = 0, open = 0;
  for (const Person& p : ws.people) {
    if (p.kind == PersonKind::Member) ++members;
    else if (p.kind == PersonKind::Candidate) ++candidates;
    else ++open;
  }
  auto count = [](size_t n, const char* one, const char* many) {
    return WithThousands(n) + " " + (n == 1 ? one : many);
  };
  std::vector<std::string> parts;
  if (members) parts.push_back(count(members, "person", "people"));
  if (candidates) parts.push_back(count(candidates, "candidate", "candidates"));
  if (open) parts.push_back(count(open, "open position", "open positions"));
  if (!ws.org.units.empty()) parts.push_back("an organisation of " + count(ws.org.units.size(), "unit", "units"));
  if (!ws.org.assessments.empty())
    parts.push_back(count(ws.org.assessments.size(), "archetype assessment", "archetype assessments"));
  if (!ws.plan.tasks.empty() || !ws.plan.challenges.empty()) {
    std::string plan = "a plan of " + count(ws.plan.tasks.size(), "task", "tasks");
    if (!ws.plan.challenges.empty())
      plan += " and " + count(ws.plan.challenges.size(), "research challenge", "research challenges");
    parts.push_back(plan);
  }
  if (!ws.hiring.jobs.empty()) parts.push_back(count(ws.hiring.jobs.size(), "job description", "job descriptions"));
  if (!ws.extra.empty()) parts.push_back("other sections");
  if (parts.empty()) return "nothing yet (an empty workspace)";
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i)
    text += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return text;
}

}  // namespace mlt
