# The browser app: build/wasm/site holds everything to serve (static files only).
set(MLT_SITE_DIR ${CMAKE_BINARY_DIR}/site)

add_library(mlt_imgui_backends STATIC
  ${MLT_IMGUI_DIR}/backends/imgui_impl_sdl2.cpp
  ${MLT_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(mlt_imgui_backends SYSTEM PUBLIC ${MLT_IMGUI_DIR}/backends ${SDL2_DIR}/include/SDL2)
target_link_libraries(mlt_imgui_backends PUBLIC mlt_imgui)

file(GLOB MLT_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/*.cpp)
add_executable(app ${MLT_PLATFORM_SOURCES})
target_link_libraries(app PRIVATE mlt_ui mlt_imgui_backends ${SDL2_DIR}/lib/libSDL2.a)
add_dependencies(app mlt_fonts)
set_target_properties(app PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${MLT_SITE_DIR} SUFFIX ".js")
set(MLT_WEB_JS ${CMAKE_SOURCE_DIR}/web/mlteams.js)
# Link options shared by the served app and the single-file build.
set(MLT_WEB_LINK_OPTIONS
  -sUSE_SDL=0 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']"
  "SHELL:--pre-js ${MLT_WEB_JS}")
target_link_options(app PRIVATE ${MLT_WEB_LINK_OPTIONS}
  # SHELL: keeps CMake from merging the repeated --preload-file flags.
  "SHELL:--preload-file ${CMAKE_BINARY_DIR}/fonts@/fonts"
  "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/assets/content@/content"
  "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/assets/examples@/examples")
file(GLOB MLT_CONTENT_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/content/*.json
     ${CMAKE_SOURCE_DIR}/assets/examples/*.json)
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${MLT_WEB_JS} ${MLT_FONT_FILES} ${MLT_CONTENT_FILES})

# The single-file build (README "Offline"): the same app with the wasm, fonts
# and content inside its JS, assembled with the shell into one HTML page that
# works from file://. Written to the site as ml-team-studio-offline.html.
add_executable(app_offline ${MLT_PLATFORM_SOURCES})
target_link_libraries(app_offline PRIVATE mlt_ui mlt_imgui_backends ${SDL2_DIR}/lib/libSDL2.a)
add_dependencies(app_offline mlt_fonts app)
set_target_properties(app_offline PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/offline SUFFIX ".js")
target_link_options(app_offline PRIVATE ${MLT_WEB_LINK_OPTIONS} -sSINGLE_FILE=1
  "SHELL:--embed-file ${CMAKE_BINARY_DIR}/fonts@/fonts"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/assets/content@/content"
  "SHELL:--embed-file ${CMAKE_SOURCE_DIR}/assets/examples@/examples")
set_property(TARGET app_offline APPEND PROPERTY LINK_DEPENDS ${MLT_WEB_JS} ${MLT_FONT_FILES} ${MLT_CONTENT_FILES})
find_program(MLT_PYTHON3 python3 REQUIRED)
add_custom_command(TARGET app_offline POST_BUILD
  COMMAND ${MLT_PYTHON3} ${CMAKE_SOURCE_DIR}/tools/make_single_file.py ${CMAKE_SOURCE_DIR}/web
          ${CMAKE_BINARY_DIR}/offline/app_offline.js ${MLT_SITE_DIR}/ml-team-studio-offline.html
  COMMENT "Assembling the single-file build ml-team-studio-offline.html")

# Static files of the page, copied next to app.js/app.wasm/app.data.
file(GLOB MLT_WEB_STATIC CONFIGURE_DEPENDS web/*.html web/*.css web/*.svg web/*.webmanifest web/shell.js)
# The example workspaces are also served as files, so a course page can embed
# one by URL (index.html?embed=1&src=examples/plan-recommender.json).
add_custom_command(TARGET app POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MLT_WEB_STATIC} ${MLT_SITE_DIR}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CMAKE_SOURCE_DIR}/assets/examples ${MLT_SITE_DIR}/examples
  # Last: the service worker lists the site's files and hashes them (offline use).
  COMMAND ${CMAKE_COMMAND} -DSITE=${MLT_SITE_DIR} -DTEMPLATE=${CMAKE_SOURCE_DIR}/web/sw.template.js
          -P ${CMAKE_SOURCE_DIR}/cmake/make_sw.cmake
  COMMENT "Assembling the site in ${MLT_SITE_DIR}")
