# SPDX-License-Identifier: MIT
# --help and mins-parse(1) say the same thing: every long option of the help
# is in the page (as `Fl -name`, which mdoc prints as --name) and every
# option of the page is in the help.
# PROGRAM is mins-parse, PAGE man/mins-parse.1.
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help exited ${rc}")
endif()
file(READ "${PAGE}" page)
string(REGEX MATCHALL "--[a-z][a-z-]*" help_opts "${help}")
string(REGEX MATCHALL "Fl -[a-z][a-z-]*" page_opts "${page}")
list(REMOVE_DUPLICATES help_opts)
list(REMOVE_DUPLICATES page_opts)
set(missing "")
foreach(o ${help_opts})
  string(SUBSTRING "${o}" 1 -1 fl) # --name is `Fl -name`
  if(NOT page MATCHES "Fl ${fl}([^a-z-]|$)")
    string(APPEND missing "  ${o} is in --help, not in ${PAGE}\n")
  endif()
endforeach()
foreach(o ${page_opts})
  string(REPLACE "Fl " "-" o "${o}")
  if(NOT help MATCHES "${o}([^a-z-]|$)")
    string(APPEND missing "  ${o} is in ${PAGE}, not in --help\n")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "--help and the man page disagree:\n${missing}")
endif()
