# Locates third-party sources and headers. tools/setup.sh fetches Debian's
# source packages into the cache; pass -DIMGUI_DIR=... / -DSDL2_DIR=... (or set
# the environment variables) to use checkouts of the upstream tags instead.
set(MLT_CACHE "$ENV{MLT_CACHE}")
if(NOT MLT_CACHE)
  set(MLT_CACHE "$ENV{HOME}/.cache/ml-team-studio")
endif()

set(IMGUI_DIR "$ENV{IMGUI_DIR}" CACHE PATH "Dear ImGui 1.90.1 source tree")
if(NOT IMGUI_DIR AND EXISTS "${MLT_CACHE}/src/imgui-1.90.1/imgui.cpp")
  set(IMGUI_DIR "${MLT_CACHE}/src/imgui-1.90.1" CACHE PATH "" FORCE)
endif()
if(IMGUI_DIR AND EXISTS "${IMGUI_DIR}/imgui.cpp")
  set(MLT_IMGUI_DIR "${IMGUI_DIR}")
else()
  message(WARNING "Dear ImGui not found (set IMGUI_DIR): building the core and its tests only")
endif()

# Header-only libraries from Debian (nlohmann-json3-dev, doctest-dev). They sit
# in /usr/include, which must never be on the wasm include path (host libc
# headers would shadow Emscripten's), so only their own folders are linked in.
set(MLT_THIRD_PARTY_INCLUDE "${CMAKE_BINARY_DIR}/third_party_include")
foreach(lib nlohmann doctest)
  set(found "")
  foreach(root $ENV{MLT_HEADER_ROOT} /usr/include /usr/local/include)
    if(NOT found AND EXISTS "${root}/${lib}")
      set(found "${root}/${lib}")
    endif()
  endforeach()
  if(NOT found)
    message(FATAL_ERROR "${lib} headers not found; run tools/setup.sh (or set MLT_HEADER_ROOT)")
  endif()
  file(MAKE_DIRECTORY "${MLT_THIRD_PARTY_INCLUDE}")
  file(CREATE_LINK "${found}" "${MLT_THIRD_PARTY_INCLUDE}/${lib}" SYMBOLIC)
endforeach()
set(NLOHMANN_JSON_INCLUDE_DIR "${MLT_THIRD_PARTY_INCLUDE}")
set(DOCTEST_INCLUDE_DIR "${MLT_THIRD_PARTY_INCLUDE}")

if(EMSCRIPTEN)
  set(SDL2_DIR "$ENV{SDL2_DIR}" CACHE PATH "SDL2 2.26.5 built for wasm (install prefix with include/ and lib/libSDL2.a)")
  if(NOT SDL2_DIR)
    set(SDL2_DIR "${MLT_CACHE}/build/sdl2-wasm-2.26.5/install" CACHE PATH "" FORCE)
  endif()
  if(NOT EXISTS "${SDL2_DIR}/lib/libSDL2.a")
    message(FATAL_ERROR "SDL2 for wasm not found at ${SDL2_DIR}; run tools/setup.sh")
  endif()
endif()
