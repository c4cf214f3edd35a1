/* SPDX-License-Identifier: MIT */
/*
 * mins-unit: the cmocka unit tests of each library stage, one suite per
 * stage. `mins-unit NAME` runs one suite (each is its own ctest);
 * `mins-unit` alone runs them all.
 */
#include <stdio.h>
#include <string.h>

#define SUITE(name) int suite_##name(void);
#include "suites.h"
#undef SUITE

typedef struct suite {
  const char *name;
  int (*run)(void);
} suite;

static const suite suites[] = {
#define SUITE(name) {#name, suite_##name},
#include "suites.h"
#undef SUITE
    {NULL, NULL}};

int main(int argc, char **argv) {
  int failed = 0, ran = 0;
  for (const suite *s = suites; s->name; s++) {
    if (argc > 1 && strcmp(argv[1], s->name) != 0)
      continue;
    failed += s->run();
    ran++;
  }
  if (!ran) {
    fprintf(stderr, "mins-unit: no suite named '%s'\n", argv[1]);
    return 2;
  }
  return failed ? 1 : 0;
}
