// SPDX-License-Identifier: MIT
// mins.h must compile as C++ too.
#include <mins.h>

int mins_headertest_cxx();
int mins_headertest_cxx() {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  return static_cast<int>(o.version);
}
