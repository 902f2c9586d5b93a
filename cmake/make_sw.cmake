# Writes SITE/sw.js from TEMPLATE (web/sw.template.js): the files of the built
# site that make up the app, and a version that is a hash of their contents,
# so every build with a changed file gets a cache of its own.
# Usage: cmake -DSITE=<dir> -DTEMPLATE=<file> -P make_sw.cmake
file(GLOB files RELATIVE ${SITE} ${SITE}/*.html ${SITE}/*.js ${SITE}/*.css ${SITE}/*.svg ${SITE}/*.wasm
     ${SITE}/*.data ${SITE}/*.webmanifest ${SITE}/examples/*.json)
# Not the worker itself, and not the single-file build (it needs no server).
list(FILTER files EXCLUDE REGEX "^(sw\\.js|ml-team-studio-offline\\.html)$")
list(SORT files)
set(digest "")
set(list "\"./\"")
foreach(f IN LISTS files)
  file(SHA256 ${SITE}/${f} h)
  string(APPEND digest "${f}:${h}\n")
  string(APPEND list ",\n  \"${f}\"")
endforeach()
string(SHA256 version "${digest}")
string(SUBSTRING "${version}" 0 16 MLT_SW_VERSION)
set(MLT_SW_FILES "\n  ${list}\n")
configure_file(${TEMPLATE} ${SITE}/sw.js @ONLY)
