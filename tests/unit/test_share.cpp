// Share links (src/model/share.h): the base64url codec, the fragment's prefix,
// version and caps, and the envelope with its view-only scope. Compression is
// the browser's; the round trip through it is tests/e2e/share.test.mjs.
#include <doctest/doctest.h>

#include <string>

#include "model/share.h"

using namespace mlt;

namespace {
Workspace Sample() {
  Workspace ws;
  ws.id = "ws-1";
  ws.name = "Vision team";
  Person a;
  a.id = "p1";
  a.name = "Ada";
  a.role = "ml_engineer";
  Person b = a;
  b.id = "p2";
  b.name = "Open ML engineer";
  b.kind = PersonKind::OpenPosition;
  b.manager = "p1";
  ws.people = {a, b};
  OrgUnit u;
  u.id = "u1";
  u.name = "Perception";
  u.manager = "p1";
  ws.org.units = {u};
  Task t;
  t.id = "t1";
  t.name = "Label data";
  ws.plan.tasks = {t};
  ws.notes = "private notes";
  return ws;
}
}  // namespace

TEST_CASE("share: base64url round-trips every byte and length") {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  for (size_t n = 0; n <= bytes.size(); n += (n < 8 ? 1 : 37)) {
    const std::string in = bytes.substr(0, n);
    const std::string text = Base64UrlEncode(in);
    CHECK(text.find_first_of("+/=") == std::string::npos);
    CHECK(text.size() == (n * 4 + 2) / 3);
    std::string out, error;
    REQUIRE_MESSAGE(Base64UrlDecode(text, &out, &error), error);
    CHECK(out == in);
  }
  // RFC 4648 test vectors, without padding and in the url-safe alphabet.
  CHECK(Base64UrlEncode("foobar") == "Zm9vYmFy");
  CHECK(Base64UrlEncode("fo") == "Zm8");
  CHECK(Base64UrlEncode("\xfb\xff") == "-_8");
}

TEST_CASE("share: base64url refuses what no encoder writes, saying where") {
  std::string out, error;
  CHECK_FALSE(Base64UrlDecode("Zm9v+mFy", &out, &error));  // the standard alphabet's '+'
  CHECK(error.find("position 5") != std::string::npos);
  CHECK_FALSE(Base64UrlDecode("Zm9=", &out, &error));  // padding
  CHECK_FALSE(Base64UrlDecode("Zm9 v", &out, &error));  // whitespace
  CHECK_FALSE(Base64UrlDecode("Zm9vY", &out, &error));  // 4n+1 characters: cut off
  CHECK(error.find("missing") != std::string::npos);
  // "Zm9" and "Zm8" would both give "fo": only the canonical one is accepted,
  // so every accepted text is exactly what the encoder writes.
  CHECK(Base64UrlDecode("Zm8", &out, &error));
  CHECK_FALSE(Base64UrlDecode("Zm9", &out, &error));
  CHECK(error.find("last character") != std::string::npos);
  CHECK(out.empty());
}

TEST_CASE("share: a fragment carries its format version and decodes back") {
  const std::string compressed = std::string("\x78\x9c\x00\x01\xff", 5);
  const std::string fragment = EncodeShareFragment(compressed);
  CHECK(fragment.rfind("share=v1.", 0) == 0);
  CHECK(IsShareFragment(fragment));
  CHECK_FALSE(IsShareFragment("section-2"));
  std::string out, error;
  REQUIRE_MESSAGE(DecodeShareFragment(fragment, &out, &error), error);
  CHECK(out == compressed);
}

TEST_CASE("share: each malformed fragment gets its own message") {
  std::string out, error;
  auto refused = [&](const std::string& fragment, const char* expect) {
    out = "untouched";
    error.clear();
    const bool ok = DecodeShareFragment(fragment, &out, &error);
    CHECK_MESSAGE(!ok, fragment);
    CHECK_MESSAGE(error.find(expect) != std::string::npos, error);
    CHECK(error.find("Nothing was changed") != std::string::npos);
    CHECK(out.empty());
  };
  refused("view=plan", "does not start");
  refused("share=", "format version is missing");
  refused("share=Zm9vYmFy", "format version is missing");
  refused("share=vx.Zm9v", "not a number");
  refused("share=v2.Zm9v", "newer version");
  refused("share=v0.Zm9v", "not one this app knows");
  refused("share=v99999999999999999999.Zm9v", "not a number");
  refused("share=v1.", "holds no data");
  refused("share=v1.Zm9v%20", "never has");
  refused("share=v1.Zm9vY", "missing");
  ShareLimits small;
  small.max_fragment_chars = 20;
  CHECK_FALSE(DecodeShareFragment("share=v1." + std::string(40, 'A'), &out, &error, small));
  CHECK(error.find("too long (49 characters; the limit is 20)") != std::string::npos);
}

TEST_CASE("share: a whole-workspace envelope round-trips exactly") {
  const Workspace ws = Sample();
  ShareEnvelope env;
  std::string error;
  REQUIRE_MESSAGE(ParseSharePayload(SharePayloadText(ws, "org", true), &env, &error), error);
  CHECK(env.view == "org");
  CHECK(env.whole_workspace);
  CHECK(env.workspace == ws);
}

TEST_CASE("share: a view-only envelope carries only what the view shows") {
  const Workspace ws = Sample();
  ShareEnvelope env;
  std::string error;
  REQUIRE(ParseSharePayload(SharePayloadText(ws, "plan", false), &env, &error));
  CHECK_FALSE(env.whole_workspace);
  CHECK(env.workspace.name == "Vision team");
  CHECK(env.workspace.plan == ws.plan);
  CHECK(env.workspace.people.empty());
  CHECK(env.workspace.org.units.empty());
  CHECK(env.workspace.notes.empty());

  REQUIRE(ParseSharePayload(SharePayloadText(ws, "org", false), &env, &error));
  CHECK(env.workspace.people == ws.people);
  CHECK(env.workspace.org == ws.org);
  CHECK(env.workspace.plan.tasks.empty());

  REQUIRE(ParseSharePayload(SharePayloadText(ws, "skills", false), &env, &error));
  CHECK(env.workspace.people == ws.people);
  CHECK(env.workspace.org.units.empty());
  // A view with no data of its own shares everything.
  CHECK(WorkspaceForView(ws, "hiring") == ws);
}

TEST_CASE("share: bad envelopes are refused with a specific message") {
  ShareEnvelope env;
  env.view = "untouched";
  std::string error;
  auto refused = [&](const std::string& text, const char* expect) {
    error.clear();
    CHECK_FALSE(ParseSharePayload(text, &env, &error));
    CHECK_MESSAGE(error.find(expect) != std::string::npos, error);
    CHECK(env.view == "untouched");
  };
  refused("{\"format\":\"mlteams-share\"", "not valid JSON");
  refused("[1,2]", "not an ML Team Studio share link");
  refused("{\"format\":\"other\",\"version\":1}", "not an ML Team Studio share link");
  refused("{\"format\":\"mlteams-share\",\"version\":7,\"workspace\":{}}", "unknown format version");
  refused("{\"format\":\"mlteams-share\",\"version\":1}", "holds no workspace");
  refused("{\"format\":\"mlteams-share\",\"version\":1,\"view\":3,\"workspace\":{}}", "must be text");
  refused("{\"format\":\"mlteams-share\",\"version\":1,\"scope\":\"all\",\"workspace\":{}}", "scope \"all\"");
  refused("{\"format\":\"mlteams-share\",\"version\":1,\"workspace\":{\"schema_version\":99}}", "newer version");
  refused("{\"format\":\"mlteams-share\",\"version\":1,\"workspace\":{\"schema_version\":2,\"name\":\"\"}}",
          "name: must not be empty");
  refused(std::string(200, '[') + std::string(200, ']'), "nests too deeply");
  ShareLimits small;
  small.max_decoded_bytes = 1u << 20;
  error.clear();
  CHECK_FALSE(ParseSharePayload(std::string((1u << 20) + 1, ' '), &env, &error, small));
  CHECK(error.find("unpacks to more than 1 MB") != std::string::npos);
}

TEST_CASE("share: the question names what a link holds") {
  CHECK(DescribeShareContents(Sample()) ==
        "1 person, 1 open position, an organisation of 1 unit and a plan of 1 task");
  CHECK(DescribeShareContents(Workspace{}) == "nothing yet (an empty workspace)");
  Workspace hiring;
  hiring.hiring.jobs.resize(2);
  CHECK(DescribeShareContents(hiring) == "2 job descriptions");
}
