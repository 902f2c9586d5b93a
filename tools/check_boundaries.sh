#!/usr/bin/env bash
# Fails when the core (src/model, src/sim, src/store) reaches for UI or
# platform code, or when anything outside src/platform uses Emscripten.
set -uo pipefail
cd "$(dirname "$0")/.."
bad=0
core=$(ls -d src/model src/sim src/store 2>/dev/null)
if grep -nE '#include\s*[<"](imgui|SDL|emscripten|GLES|ui/|platform/)' -r $core; then
  echo "boundary: the core library must not include UI, SDL, Emscripten or platform headers" >&2; bad=1
fi
if grep -nE '__EMSCRIPTEN__|#include\s*[<"]emscripten' -r src --include='*.h' --include='*.cpp' | grep -v '^src/platform/'; then
  echo "boundary: Emscripten is used outside src/platform" >&2; bad=1
fi
if grep -nE '#include\s*[<"]SDL' -r src/ui; then
  echo "boundary: the UI must not use SDL directly (go through HostServices)" >&2; bad=1
fi
[ $bad = 0 ] && echo "boundaries respected"
exit $bad
