# SPDX-License-Identifier: MIT
# libmins(3) documents the whole public API: every function declared with
# MINS_EXPORT in mins.h is named in the page (as `.Fn name` or `.Nm name`).
# HEADER is lib/mins.h, PAGE man/libmins.3.
file(READ "${HEADER}" header)
file(READ "${PAGE}" page)
# A declaration starts a line: `MINS_EXPORT type *name(`, the name before
# the first parenthesis, on the line of MINS_EXPORT or a later one.
string(REGEX MATCHALL "(^|\n)MINS_EXPORT[^;(]*\\(" decls "${header}")
string(REGEX MATCHALL "(^|\n)MINS_EXPORT" exports "${header}")
list(LENGTH decls ndecls)
list(LENGTH exports nexports)
if(ndecls EQUAL 0 OR NOT ndecls EQUAL nexports)
  message(FATAL_ERROR "${HEADER}: read ${ndecls} declarations of "
                      "${nexports} MINS_EXPORT lines: fix this script")
endif()
set(missing "")
foreach(d ${decls})
  string(REGEX REPLACE ".*[ *\n]([A-Za-z_][A-Za-z0-9_]*)[ \n]*\\($" "\\1" name "${d}")
  if(NOT name MATCHES "^mins_[a-z0-9_]+$")
    message(FATAL_ERROR "${HEADER}: no function name in '${d}'")
  endif()
  if(NOT page MATCHES "\n\\.(Fn|Nm) ${name}( |\n)")
    string(APPEND missing "  ${name}\n")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "in ${HEADER}, not in ${PAGE}:\n${missing}")
endif()
