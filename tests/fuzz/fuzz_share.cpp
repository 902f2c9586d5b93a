// libFuzzer target: share-link decoding (src/model/share.h) on arbitrary bytes.
//  - As a URL fragment: DecodeShareFragment never crashes, and whatever it
//    accepts is canonical: encoding the bytes again gives the same fragment.
//  - As a decompressed envelope: ParseSharePayload never crashes, and an
//    accepted workspace written into a new envelope parses to the same one.
//  - As the workspace inside a well-formed envelope, so mutations reach the
//    workspace reader without first having to find the envelope's keys.
// The decompression between the two steps is the browser's (with its own cap,
// web/mlteams.js); tests/e2e/share.test.mjs covers it. Run by tools/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "model/share.h"

using namespace mlt;

namespace {

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_share: %s\n%s\n", what, detail.c_str());
  std::abort();
}

void CheckEnvelope(std::string_view text) {
  ShareEnvelope env;
  std::string error;
  if (!ParseSharePayload(text, &env, &error)) {
    if (error.empty()) Fail("refused without a message", std::string(text));
    return;
  }
  for (bool whole : {true, false}) {
    ShareEnvelope again;
    const std::string written = SharePayloadText(env.workspace, env.view, whole);
    if (!ParseSharePayload(written, &again, &error)) Fail("its own envelope is refused", error + "\n" + written);
    const Workspace expect = whole ? env.workspace : WorkspaceForView(env.workspace, env.view);
    if (!(again.workspace == expect)) Fail("the workspace changed through an envelope", written);
    if (again.view != env.view) Fail("the view changed through an envelope", written);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  std::string compressed, error;
  if (DecodeShareFragment(input, &compressed, &error)) {
    if (EncodeShareFragment(compressed) != input) Fail("an accepted fragment is not canonical", std::string(input));
  } else if (error.empty()) {
    Fail("a fragment was refused without a message", std::string(input));
  }
  // With the prefix in front, so the base64url decoder sees every input.
  std::string prefixed = "share=v1." + std::string(input);
  if (DecodeShareFragment(prefixed, &compressed, &error) && EncodeShareFragment(compressed) != prefixed)
    Fail("an accepted fragment is not canonical", prefixed);

  CheckEnvelope(input);
  CheckEnvelope("{\"format\":\"mlteams-share\",\"version\":1,\"view\":\"plan\",\"workspace\":" +
                std::string(input) + "}");
  return 0;
}
