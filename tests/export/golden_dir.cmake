# SPDX-License-Identifier: MIT
# A golden test of an export to a directory: run PROGRAM with ARGS (a
# ;-list; @OUT@ stands for a fresh output directory, @ROOT@ for the source
# tree) in the source tree, then compare every file written with EXPECT
# (a directory of the same layout), and the file lists both ways. With
# MINS_UPDATE_GOLDEN=1 in the environment EXPECT is rewritten.
set(out "${WORK}/out")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
string(REPLACE "@OUT@" "${out}" argv "${ARGS}")
string(REPLACE "@ROOT@" "${ROOT}" argv "${argv}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 TZ=UTC "${PROGRAM}" ${argv}
  WORKING_DIRECTORY "${ROOT}"
  OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr RESULT_VARIABLE rc
  TIMEOUT 300)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited ${rc}:\n${stderr}")
endif()
file(GLOB_RECURSE got RELATIVE "${out}" "${out}/*")
list(SORT got)
if(DEFINED ENV{MINS_UPDATE_GOLDEN} AND "$ENV{MINS_UPDATE_GOLDEN}" STREQUAL "1")
  file(REMOVE_RECURSE "${EXPECT}")
  foreach(f ${got})
    configure_file("${out}/${f}" "${EXPECT}/${f}" COPYONLY)
  endforeach()
  message(STATUS "updated ${EXPECT}")
  return()
endif()
file(GLOB_RECURSE want RELATIVE "${EXPECT}" "${EXPECT}/*")
list(SORT want)
set(fail "")
if(NOT "${got}" STREQUAL "${want}")
  string(APPEND fail "files written: ${got}\nfiles expected: ${want}\n")
endif()
foreach(f ${want})
  if(EXISTS "${out}/${f}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${EXPECT}/${f}" "${out}/${f}"
                    RESULT_VARIABLE differs)
    if(differs)
      string(APPEND fail "differs: diff ${EXPECT}/${f} ${out}/${f}\n")
    endif()
  endif()
endforeach()
# one line on stderr per file written, naming it
foreach(f ${got})
  string(FIND "${stderr}" "wrote ${out}/${f}\n" at)
  if(at EQUAL -1)
    string(APPEND fail "stderr does not say it wrote ${f}\n")
  endif()
endforeach()
if(fail)
  message(FATAL_ERROR "golden export ${EXPECT}:\n${fail}")
endif()
