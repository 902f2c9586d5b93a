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
target_link_options(app PRIVATE
  -sUSE_SDL=0 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=web
  "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
  "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']"
  "SHELL:--pre-js ${MLT_WEB_JS}"
  # SHELL: keeps CMake from merging the repeated --preload-file flags.
  "SHELL:--preload-file ${CMAKE_BINARY_DIR}/fonts@/fonts"
  "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/assets/content@/content"
  "SHELL:--preload-file ${CMAKE_SOURCE_DIR}/assets/examples@/examples")
file(GLOB MLT_CONTENT_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/assets/content/*.json
     ${CMAKE_SOURCE_DIR}/assets/examples/*.json)
set_property(TARGET app APPEND PROPERTY LINK_DEPENDS ${MLT_WEB_JS} ${MLT_FONT_FILES} ${MLT_CONTENT_FILES})

# Static files of the page, copied next to app.js/app.wasm/app.data.
file(GLOB MLT_WEB_STATIC CONFIGURE_DEPENDS web/*.html web/*.css web/*.svg web/shell.js)
add_custom_command(TARGET app POST_BUILD
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${MLT_WEB_STATIC} ${MLT_SITE_DIR}
  COMMENT "Assembling the site in ${MLT_SITE_DIR}")
