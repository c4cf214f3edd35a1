# SPDX-License-Identifier: MIT
# Run one golden case: CASE_DIR holds `cmd` (one line: a program of the build
# and its arguments; @ROOT@ is the source tree, @SHARED@ the shared folder,
# @BUILD@ the build tree), and the expected `out`, `err` and `rc`. With
# MINS_UPDATE_GOLDEN=1 in the environment the expected files are rewritten.
# @VAR@ in quoted arguments is a variable reference under the old policies
# of a script (CMP0053): without this, @ROOT@ and @BUILD@ are never replaced
cmake_minimum_required(VERSION 3.22)
file(READ "${CASE_DIR}/cmd" cmdline)
string(STRIP "${cmdline}" cmdline)
string(REPLACE "@ROOT@" "${ROOT}" cmdline "${cmdline}")
string(REPLACE "@SHARED@" "${SHARED}" cmdline "${cmdline}")
string(REPLACE "@BUILD@" "${BUILD}" cmdline "${cmdline}")
separate_arguments(argv UNIX_COMMAND "${cmdline}")
list(GET argv 0 program)
list(REMOVE_AT argv 0)
set(stdin_file "/dev/null")
if(EXISTS "${CASE_DIR}/in")
  set(stdin_file "${CASE_DIR}/in")
endif()
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 TZ=UTC
          "${BIN_DIR}/${program}" ${argv}
  WORKING_DIRECTORY "${ROOT}"
  INPUT_FILE "${stdin_file}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc
  TIMEOUT 120)
# paths in messages are relative to the source tree already; make the
# shared folder's absolute path stable
string(REPLACE "${SHARED}" "@SHARED@" out "${out}")
string(REPLACE "${SHARED}" "@SHARED@" err "${err}")
# and the build tree's, for inputs generated there
string(REPLACE "${BUILD}" "@BUILD@" out "${out}")
string(REPLACE "${BUILD}" "@BUILD@" err "${err}")
if(DEFINED ENV{MINS_UPDATE_GOLDEN} AND "$ENV{MINS_UPDATE_GOLDEN}" STREQUAL "1")
  file(WRITE "${CASE_DIR}/out" "${out}")
  file(WRITE "${CASE_DIR}/err" "${err}")
  file(WRITE "${CASE_DIR}/rc" "${rc}\n")
  message(STATUS "updated ${CASE_DIR}")
  return()
endif()
set(fail "")
foreach(part out err)
  if(EXISTS "${CASE_DIR}/${part}")
    file(READ "${CASE_DIR}/${part}" want)
  else()
    set(want "")
  endif()
  if(NOT "${want}" STREQUAL "${${part}}")
    file(WRITE "${CASE_DIR}/${part}.actual" "${${part}}")
    string(APPEND fail "std${part} differs: diff ${CASE_DIR}/${part} ${CASE_DIR}/${part}.actual\n")
  else()
    file(REMOVE "${CASE_DIR}/${part}.actual")
  endif()
endforeach()
file(READ "${CASE_DIR}/rc" want_rc)
string(STRIP "${want_rc}" want_rc)
if(NOT "${want_rc}" STREQUAL "${rc}")
  string(APPEND fail "exit status ${rc}, expected ${want_rc}\n")
endif()
if(fail)
  message(FATAL_ERROR "golden case ${CASE_DIR}:\n${fail}")
endif()
