# SPDX-License-Identifier: MIT
# Robustness and performance of the parse path (included from
# tests/CMakeLists.txt, so that the golden cases registered there can be
# given their properties here):
# - the programs of tests/bench: mins-bench-floor (libyaml + cmark and
#   nothing else, the floor mins-parse is measured against) and
#   mins-bench-patterns (how the default patterns scale on bait);
# - robust/generate: writes the large and hostile inputs into the build
#   tree (50 MiB files are not kept in git), a fixture of the golden cases
#   huge-* and hostile-* that read them;
# - a TIMEOUT on every bad-*, huge-* and hostile-* case, so that a hang is a
#   failure, and one huge-* case at a time, for memory (none at all in
#   sanitizer builds: see below).

add_executable(mins-bench-floor ${CMAKE_CURRENT_SOURCE_DIR}/bench/floor.c)
target_link_libraries(mins-bench-floor PRIVATE mins_build_flags
                      PkgConfig::CMARK PkgConfig::YAML)
target_compile_definitions(mins-bench-floor PRIVATE _POSIX_C_SOURCE=200809L)

add_executable(mins-bench-patterns ${CMAKE_CURRENT_SOURCE_DIR}/bench/patterns.c)
target_link_libraries(mins-bench-patterns PRIVATE mins_static)
target_include_directories(mins-bench-patterns PRIVATE ${PROJECT_SOURCE_DIR}/lib)
target_compile_definitions(mins-bench-patterns PRIVATE _POSIX_C_SOURCE=200809L)

set(MINS_ROBUST_HUGE ON)
if(MINS_ENABLE_ASAN OR MINS_ENABLE_UBSAN OR MINS_BUILD_FUZZERS)
  # ten times slower and three times the memory under the sanitizers (a
  # huge list took more than 120 s): there the hostile-* cases and the
  # fuzzers cover the same code, and the release build the sizes
  set(MINS_ROBUST_HUGE OFF)
endif()
set(MINS_ROBUST_DIR ${PROJECT_BINARY_DIR}/tests/robust)
add_test(NAME robust/generate
  COMMAND ${CMAKE_COMMAND} -DOUT=${MINS_ROBUST_DIR} -DHUGE=${MINS_ROBUST_HUGE}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/robust/generate.cmake)
set_tests_properties(robust/generate PROPERTIES
  FIXTURES_SETUP robust-inputs TIMEOUT 300)

foreach(case_dir ${MINS_GOLDEN_CASES})
  get_filename_component(case ${case_dir} NAME)
  if(NOT case MATCHES "^(bad|huge|hostile)-" OR NOT EXISTS ${case_dir}/cmd)
    continue()
  endif()
  set(timeout 60)
  if(case MATCHES "^huge-")
    set(timeout 120)
    set_tests_properties(golden/${case} PROPERTIES RESOURCE_LOCK robust-huge)
    if(NOT MINS_ROBUST_HUGE)
      set_tests_properties(golden/${case} PROPERTIES DISABLED TRUE)
    endif()
  endif()
  set_tests_properties(golden/${case} PROPERTIES TIMEOUT ${timeout})
  if(case MATCHES "^(huge|hostile)-")
    set_tests_properties(golden/${case} PROPERTIES
      FIXTURES_REQUIRED robust-inputs)
  endif()
endforeach()
