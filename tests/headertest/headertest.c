/* SPDX-License-Identifier: MIT */
/* mins.h must compile alone, as C99 with -pedantic -Werror. */
#include <mins.h>

int mins_headertest(void);
int mins_headertest(void) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  return (int)o.version;
}
