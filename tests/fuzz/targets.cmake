# The fuzz entry points, one source file each, and what each links. Included by
# tests/fuzz/CMakeLists.txt (libFuzzer executables, clang) and by tests/CMakeLists.txt
# (replayers of tests/fuzz/regressions, in the ordinary builds).
set(PGDRIFT_FUZZ_ENTRY_POINTS reader parse interpret diff)
set(PGDRIFT_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})

# pgdrift_fuzz_executable(TARGET ENTRY [SOURCES...]): the entry point ENTRY plus SOURCES.
function(pgdrift_fuzz_executable target entry)
  add_executable(${target} ${PGDRIFT_FUZZ_DIR}/${entry}.cpp ${ARGN})
  target_link_libraries(${target} PRIVATE analyzer)
  if(entry STREQUAL "diff")
    # The diff entry point renders its result (and the plan) with the command line's renderers.
    target_link_libraries(${target} PRIVATE cli_render)
  endif()
endfunction()
