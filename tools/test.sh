#!/usr/bin/env bash
# Quick start, command 2: the whole test suite.
#   1. native: core unit tests, boundary check, headless UI smoke test (ctest)
#      and the core tests and smoke test again under ASan + UBSan (build/asan)
#   2. wasm:   the same core unit tests compiled to WebAssembly, run under node
#   3. browser: end-to-end tests in headless Chromium against the built site
# Sets itself up first (tools/setup.sh). Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source emsdk.env
"$here/tools/setup.sh"
logs="$here/build/test-logs"
mkdir -p "$logs"
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "native build"
[ -f build/native/build.ninja ] || cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/native -j"$(nproc)"
step "native tests"
(cd build/native && ctest --output-on-failure -LE bench) 2>&1 | tee "$logs/native.log"

# The same core tests and UI smoke test built with gcc's AddressSanitizer and
# UndefinedBehaviorSanitizer (plus float-to-int overflow, which gcc leaves out
# of "undefined"; -Og and line tables, half the compile time of -O1): any
# report fails the run. From scratch about 350 CPU-seconds of build and 25 s of
# tests: about 3.5 minutes on 2 idle cores (8.7 measured on a shared machine).
step "sanitizer build (ASan + UBSan)"
san="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer"
# (configured every time, so a change of these flags reaches an existing build/asan)
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$san" -DCMAKE_CXX_FLAGS="$san" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DCMAKE_C_FLAGS_RELWITHDEBINFO="-Og -g1" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-Og -g1" >/dev/null
cmake --build build/asan -j"$(nproc)" --target core_tests ui_smoke
step "sanitizer tests (core tests and UI smoke test under ASan + UBSan)"
(cd build/asan && ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
   UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   ctest --output-on-failure -R '^(core_tests|ui_smoke)$') 2>&1 | tee "$logs/asan.log"

step "wasm build"
"$here/tools/build_web.sh"
step "wasm tests (core tests under node)"
(cd build/wasm && ctest --output-on-failure) 2>&1 | tee "$logs/wasm.log"

step "browser end-to-end tests"
MLT_SITE="$here/build/wasm/site" node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$logs/e2e.log"

# One closing line over all the runs.
passed=0; failed=0
for f in native asan wasm; do
  line=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$logs/$f.log" | tail -1)
  fl=$(echo "$line" | awk '{print $1}'); total=$(echo "$line" | awk '{print $6}')
  passed=$((passed + total - fl)); failed=$((failed + fl))
done
passed=$((passed + $(grep -Eo '^# pass [0-9]+' "$logs/e2e.log" | awk '{print $3}')))
failed=$((failed + $(grep -Eo '^# fail [0-9]+' "$logs/e2e.log" | awk '{print $3}')))
echo
echo "all: $passed passed, $failed failed"
[ "$failed" = 0 ]
