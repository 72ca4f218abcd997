# The fuzz entry points, one source file each, and what each links. Included by
# tests/fuzz/CMakeLists.txt (libFuzzer executables, clang) and by tests/CMakeLists.txt
# (replayers of tests/fuzz/regressions, in the ordinary builds).
set(PGDRIFT_FUZZ_ENTRY_POINTS reader parse interpret diff)
set(PGDRIFT_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})

# The diff entry point renders its result (and the plan) with the command line's renderers.
set(PGDRIFT_FUZZ_RENDER_SOURCES
    ${PROJECT_SOURCE_DIR}/cli/render/detail_text.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/diff_json.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/diff_markdown.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/diff_text.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/inspect_json.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/inspect_text.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/migration_status_json.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/migration_status_text.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/ledger_findings_text.cpp
    ${PROJECT_SOURCE_DIR}/cli/render/plan_sql.cpp)

# pgdrift_fuzz_executable(TARGET ENTRY [SOURCES...]): the entry point ENTRY plus SOURCES.
function(pgdrift_fuzz_executable target entry)
  add_executable(${target} ${PGDRIFT_FUZZ_DIR}/${entry}.cpp ${ARGN})
  target_link_libraries(${target} PRIVATE analyzer)
  if(entry STREQUAL "diff")
    target_sources(${target} PRIVATE ${PGDRIFT_FUZZ_RENDER_SOURCES})
    target_link_libraries(${target} PRIVATE nlohmann_json::nlohmann_json)
  endif()
endfunction()
