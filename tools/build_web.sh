#!/usr/bin/env bash
# Builds the WebAssembly app into build/wasm/site (and the core tests for node).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/emsdk.env"
command -v em++ >/dev/null || { echo "build_web: em++ not found; run tools/setup.sh (or activate emsdk $MLT_EMSCRIPTEN_VERSION)" >&2; exit 1; }
build="$here/build/wasm"
if [ ! -f "$build/build.ninja" ]; then
  emcmake cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
