// The shipped lecture content (assets/content), loaded once for the tests
// that check the model against it.
#pragma once
#include <doctest/doctest.h>

#include <string>

#include "model/content.h"

inline const mlt::Content& ShippedContent() {
  static mlt::ContentResult r = mlt::LoadContentDir(std::string(MLT_SOURCE_DIR) + "/assets/content");
  REQUIRE_MESSAGE(r.ok, r.error);
  return r.content;
}
