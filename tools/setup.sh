#!/usr/bin/env bash
# Installs and fetches everything the build and the tests need on Debian 12.
# Idempotent: packages already installed and sources already cached are skipped.
# Usage: tools/setup.sh [--no-browser]
#   IMGUI_DIR=...     use this Dear ImGui 1.90.1 tree instead of Debian's source package
#   SDL2_SRC_DIR=...  build SDL2 for wasm from this 2.26.5 tree instead of Debian's
#   SDL2_DIR=...      use an SDL2 already built for wasm (install prefix): no SDL build
#   MLT_SKIP_APT=1    do not touch system packages (systems without apt: see README)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/emsdk.env"
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# --- Debian packages -------------------------------------------------------
pkgs=(emscripten nlohmann-json3-dev doctest-dev fonts-inter fonts-fork-awesome
      fonttools cmake ninja-build dpkg-dev xz-utils clang libclang-rt-14-dev python3)
[ $want_browser = 1 ] && pkgs+=(chromium)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
need_src=0
if [ -z "${IMGUI_DIR:-}" ] && [ ! -d "$MLT_CACHE/src/imgui-$MLT_IMGUI_VERSION" ]; then need_src=1; fi
if [ -z "${SDL2_DIR:-}${SDL2_SRC_DIR:-}" ] && [ ! -d "$MLT_CACHE/src/SDL2-$MLT_SDL2_VERSION" ]; then need_src=1; fi
srcfile=/etc/apt/sources.list.d/ml-team-studio-src.sources
if [ "${MLT_SKIP_APT:-0}" = 1 ] || ! command -v apt-get >/dev/null; then
  missing=(); need_src=0
  log "skipping system packages (MLT_SKIP_APT=1 or no apt-get)"
fi
if [ ${#missing[@]} -gt 0 ] || { [ $need_src = 1 ] && [ ! -f $srcfile ]; }; then
  if [ ! -f $srcfile ]; then
    log "adding a deb-src entry for bookworm and trixie (Dear ImGui 1.90.1 is only in trixie)"
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    [ -n "$uri" ] || uri=http://deb.debian.org/debian
    $SUDO tee $srcfile >/dev/null <<SRC
Types: deb-src
URIs: $uri
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  log "apt-get update"
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Third-party sources (Debian source packages, cached) -------------------
mkdir -p "$MLT_CACHE/src" "$MLT_CACHE/dl"
if [ -z "${IMGUI_DIR:-}" ] && [ ! -d "$MLT_CACHE/src/imgui-$MLT_IMGUI_VERSION" ]; then
  log "fetching Dear ImGui $MLT_IMGUI_VERSION source"
  (cd "$MLT_CACHE/dl" && apt-get source --download-only -qq "imgui=1.90.1+ds-1" 2>&1 | grep -v "unsandboxed as root" || true)
  [ -f "$MLT_CACHE/dl/imgui_1.90.1+ds.orig.tar.xz" ] || { log "could not download the imgui source package"; exit 1; }
  tmp=$(mktemp -d "$MLT_CACHE/src/imgui.XXXX")
  tar -xJf "$MLT_CACHE/dl/imgui_1.90.1+ds.orig.tar.xz" -C "$tmp" --strip-components=1
  mv "$tmp" "$MLT_CACHE/src/imgui-$MLT_IMGUI_VERSION"
fi
if [ -z "${SDL2_DIR:-}${SDL2_SRC_DIR:-}" ] && [ ! -d "$MLT_CACHE/src/SDL2-$MLT_SDL2_VERSION" ]; then
  log "fetching SDL2 $MLT_SDL2_VERSION source"
  (cd "$MLT_CACHE/dl" && apt-get source --download-only -qq "libsdl2=2.26.5+dfsg-1" 2>&1 | grep -v "unsandboxed as root" || true)
  [ -f "$MLT_CACHE/dl/libsdl2_2.26.5+dfsg.orig.tar.gz" ] || { log "could not download the libsdl2 source package"; exit 1; }
  tmp=$(mktemp -d "$MLT_CACHE/src/sdl.XXXX")
  tar -xzf "$MLT_CACHE/dl/libsdl2_2.26.5+dfsg.orig.tar.gz" -C "$tmp" --strip-components=1
  mv "$tmp" "$MLT_CACHE/src/SDL2-$MLT_SDL2_VERSION"
fi

# --- SDL2 for WebAssembly (built once, cached) -------------------------------
sdl_src="${SDL2_SRC_DIR:-$MLT_CACHE/src/SDL2-$MLT_SDL2_VERSION}"
sdl_out="$MLT_CACHE/build/sdl2-wasm-$MLT_SDL2_VERSION"
if [ -z "${SDL2_DIR:-}" ] && [ ! -f "$sdl_out/install/lib/libSDL2.a" ]; then
  log "building SDL2 for WebAssembly (once; a few minutes)"
  rm -rf "$sdl_out"; mkdir -p "$sdl_out"
  (cd "$sdl_out" && emcmake cmake "$sdl_src" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_THREADS=OFF \
      -DCMAKE_INSTALL_PREFIX="$sdl_out/install" >"$sdl_out/configure.log" 2>&1 \
   && cmake --build . -j2 >"$sdl_out/build.log" 2>&1 && cmake --install . >/dev/null) \
   || { log "SDL2 build failed; see $sdl_out/*.log"; exit 1; }
fi

# --- npm packages for the browser tests (pinned by tests/e2e/package-lock.json)
if [ $want_browser = 1 ]; then
  e2e_cache="$MLT_CACHE/e2e-node"
  lock_hash=$(sha256sum "$here/tests/e2e/package-lock.json" | cut -c1-16)
  if [ ! -f "$e2e_cache/.lock-$lock_hash" ]; then
    log "installing browser-test npm packages"
    rm -rf "$e2e_cache"; mkdir -p "$e2e_cache"
    cp "$here/tests/e2e/package.json" "$here/tests/e2e/package-lock.json" "$e2e_cache/"
    (cd "$e2e_cache" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    touch "$e2e_cache/.lock-$lock_hash"
  fi
  ln -sfn "$e2e_cache/node_modules" "$here/tests/e2e/node_modules"
fi
log "ready (cache: $MLT_CACHE)"
