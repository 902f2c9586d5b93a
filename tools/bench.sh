#!/usr/bin/env bash
# Benchmarks (print numbers; never pass/fail): native headless UI frame time
# and the same views in headless Chromium. Builds first if needed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source emsdk.env
"$here/tools/setup.sh" >/dev/null
[ -f build/native/build.ninja ] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native -j"$(nproc)" >/dev/null
"$here/tools/build_web.sh" >/dev/null
echo "== native (headless ImGui, RelWithDebInfo) =="
build/native/bench_ui "${1:-2000}" 300
echo "== browser (wasm, headless Chromium) =="
node tools/bench_browser.mjs "${1:-2000}" 4
