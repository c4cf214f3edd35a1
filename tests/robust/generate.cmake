# SPDX-License-Identifier: MIT
# Write the large and hostile inputs of the golden cases huge-* and
# hostile-* into OUT (the build tree):
#   cmake -DOUT=dir [-DHUGE=OFF] -P generate.cmake
# Files already there are kept, so a second run costs nothing. Each input is
# a unit repeated; the shapes are those that make a parser superlinear or
# exhaust its memory: one huge paragraph, one huge list, many items, a
# single 50 MiB line, deep nesting of Markdown and YAML, many headings, and
# text made to make the patterns backtrack. HUGE=OFF leaves out the 50 MiB
# files (sanitizer builds do not run those cases).
if(NOT OUT)
  message(FATAL_ERROR "usage: cmake -DOUT=dir [-DHUGE=OFF] -P generate.cmake")
endif()
file(MAKE_DIRECTORY "${OUT}")
set(MIB50 52428800)

# write(NAME HEAD UNIT BYTES [TAIL]): HEAD, then UNIT repeated until the file
# has at least BYTES bytes, then TAIL.
function(write name head unit bytes)
  set(path "${OUT}/${name}")
  if(EXISTS "${path}" OR bytes EQUAL 0)
    return()
  endif()
  string(LENGTH "${head}" hl)
  string(LENGTH "${unit}" ul)
  math(EXPR count "(${bytes} - ${hl} + ${ul} - 1) / ${ul}")
  if(count LESS 1)
    set(count 1)
  endif()
  string(REPEAT "${unit}" ${count} body)
  file(WRITE "${path}.tmp" "${head}${body}${ARGN}")
  file(RENAME "${path}.tmp" "${path}")
endfunction()

set(fm "---\ncommittee: Robustness Committee\ndate: 2024-01-23\n---\n\n")

# 50 MiB, four shapes (not with -DHUGE=OFF)
if(DEFINED HUGE AND NOT HUGE)
  set(MIB50 0)
endif()
write(huge-paragraph.md "${fm}# 1. Report\n\n"
      "The committee noted the report and the Clerk agreed to circulate it (1).\n"
      ${MIB50})
write(huge-list.md "${fm}# 1. Present\n\n"
      "- Cllr Anne Smith (Chairman), City of London Police\n" ${MIB50})
write(huge-items.md "${fm}"
      "## 4. Domestic abuse update\n\nResolved, that the update be noted.\n\n"
      ${MIB50})
write(huge-line.md "${fm}" "word " ${MIB50})

# deep nesting: 10,000 levels
write(deep-quote.md "${fm}# 1. Report\n\n" ">" 10000 " the end\n")
write(deep-list.md "${fm}# 1. Report\n\n" "- " 20000 "the end\n")
write(deep-mixed.md "${fm}# 1. Report\n\n" "> 1. " 25000 "the end\n")
write(yaml-deep-flow.md "---\ncommittee: " "[" 10000 "\n---\n\n# 1. Report\n")
# 100,000 headings, numbered and not
write(headings-100k.md "${fm}" "# Heading\n" 1000000)
write(items-100k.md "${fm}" "## 4. Item\n" 1100000)
# 100 KB of bait for the patterns, in an item so that every stage reads it
write(parens-100k.md "${fm}# 1. Report\n\n" "(" 102400 "\n")
write(words-100k.md "${fm}# 1. Report\n\n"
      "the clerk agreed that the town clerk would see " 102400 "\n")
write(capitals-100k.md "${fm}# 1. Report\n\n"
      "The Head Of Community Safety And Of The Town " 102400 "\n")
write(votes-100k.md "${fm}# 1. Report\n\n" "proposed seconded " 102400 "\n")
write(scars-100k.md "${fm}# 1. Report\n\n" "( $\\frac{6}{" 102400 "\n")
write(markers-100k.md "${fm}# 1. Report\n\n" "Do it (7). " 102400 "\n")
