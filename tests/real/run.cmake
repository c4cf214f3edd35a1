# SPDX-License-Identifier: MIT
# Parse one real minutes file: mins-parse must read it (exit 0 or 1, never
# 2, no crash) and its JSON must equal the expected file. With
# MINS_UPDATE_GOLDEN=1 the expected file is rewritten.
get_filename_component(dir "${FILE}" DIRECTORY)
get_filename_component(name "${FILE}" NAME)
execute_process(COMMAND "${PROGRAM}" --json -q "${name}"
  WORKING_DIRECTORY "${dir}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 60)
if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
  message(FATAL_ERROR "mins-parse ${FILE} exited ${rc}: ${err}")
endif()
if(DEFINED ENV{MINS_UPDATE_GOLDEN} AND "$ENV{MINS_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE "${EXPECT}" "${out}")
  return()
endif()
if(NOT EXISTS "${EXPECT}")
  message(FATAL_ERROR "no expected output ${EXPECT} (run with MINS_UPDATE_GOLDEN=1)")
endif()
file(READ "${EXPECT}" want)
if(NOT want STREQUAL out)
  file(WRITE "${EXPECT}.actual" "${out}")
  message(FATAL_ERROR "output differs: diff ${EXPECT} ${EXPECT}.actual")
endif()
file(REMOVE "${EXPECT}.actual")
