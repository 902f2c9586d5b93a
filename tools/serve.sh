#!/usr/bin/env bash
# Quick start, command 1: set up, build the WebAssembly app and serve it on
# http://127.0.0.1:$PORT (default 8080).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/tools/setup.sh" --no-browser
"$here/tools/build_web.sh"
exec node "$here/tools/serve.mjs" "$here/build/wasm/site" "${PORT:-8080}"
