/* SPDX-License-Identifier: MIT */
/*
 * mins-bench-patterns: how the default pattern families (lib/patterns.c)
 * scale on text made to make regular expressions backtrack: runs of "(",
 * words with no full stop, capitalised words (the owner pattern's food),
 * "proposed ... seconded" with no vote, half-written conversion scars, and
 * so on. Each family is scanned over each bait at four sizes, every match
 * in turn as the extractors do, and the time at 8x the size is divided by
 * the time at 2x (the 1x run also warms the caches): about 4 is linear,
 * 16 quadratic. Times are medians of a few runs measured in this process;
 * only ratios mean anything. Match-limit failures are counted: a family that
 * fails on bait would lose records on real text of that size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

typedef struct bait {
  const char *name;
  const char *unit; /* repeated to the size */
} bait;

static const bait baits[] = {
    {"parens", "("},
    {"open-paren-words", "(word "},
    {"words", "word "},
    {"Capitalised", "Word "},
    {"owner-phrase", "The Head of Community Safety "},
    {"owner-comma", "Cllr Smith, Head Of "},
    {"agreed-that", "it was agreed that the Clerk "},
    {"vote", "proposed seconded "},
    {"scar", "( $\\frac{"},
    {"scar-digits", "$(\\frac{6}{"},
    {"digits", "1."},
    {"due", "by the end of the "},
    {"due-dates", "by 12 of March "},
    {"action-label", "action item "},
    {"resolved", "Resolved "},
    {"status", "not yet "},
    {"spaces", " "},
    {"one-word", "a"},
    {"dashes", "\xE2\x80\x93 "},
    {"lines", "x\n"},
};

#define NBAITS (sizeof baits / sizeof baits[0])
#define RUNS 3

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *make(const char *unit, size_t n) {
  size_t ul = strlen(unit);
  char *s = malloc(n + 1);
  if (!s)
    exit(2);
  for (size_t i = 0; i < n; i++)
    s[i] = unit[i % ul];
  s[n] = '\0';
  /* do not end inside a UTF-8 sequence */
  while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80)
    s[--n] = '\0';
  if (n > 0 && (unsigned char)s[n - 1] >= 0xC0)
    s[--n] = '\0';
  return s;
}

/* Every match of family f in s, as the extractors loop; the seconds. */
static double scan(mins__patterns *p, int f, const char *s, size_t n,
                   size_t *errors) {
  double t0 = now();
  size_t at = 0;
  mins__match_t m;
  while (at < n) {
    int rc = mins__match(p, (mins__family)f, s, n, at, &m);
    if (rc < 0)
      (*errors)++;
    if (rc != 1)
      break;
    at = m.end > m.start ? m.end : m.start + 1;
  }
  return now() - t0;
}

static int cmp_d(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  size_t base = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 16384;
  const size_t mult[4] = {1, 2, 4, 8};
  mins__patterns *p;
  if (mins__patterns_new(&p, 0) != MINS_OK) {
    fputs("mins-bench-patterns: cannot compile the default patterns\n", stderr);
    return 2;
  }
  printf("%-18s %-20s %9s %9s %9s %9s %6s %s\n", "family", "bait", "1x ms",
         "2x ms", "4x ms", "8x ms", "8x/2x", "limit");
  int worst = 0;
  for (int f = 0; f < PAT_FAMILY_COUNT; f++) {
    for (size_t b = 0; b < NBAITS; b++) {
      double med[4];
      size_t errors = 0;
      for (int k = 0; k < 4; k++) {
        size_t n = base * mult[k];
        char *s = make(baits[b].unit, n);
        n = strlen(s);
        double t[RUNS];
        for (int r = 0; r < RUNS; r++)
          t[r] = scan(p, f, s, n, &errors);
        qsort(t, RUNS, sizeof t[0], cmp_d);
        med[k] = t[RUNS / 2];
        free(s);
      }
      double ratio = med[1] > 1e-6 ? med[3] / med[1] : 0;
      /* only what takes time at all is worth a line */
      if (med[3] < 0.002 && !errors)
        continue;
      int bad = ratio > 8 && med[3] > 0.01;
      worst |= bad;
      printf("%-18s %-20s %9.2f %9.2f %9.2f %9.2f %6.1f %zu%s\n",
             mins__family_name((size_t)f), baits[b].name, med[0] * 1e3,
             med[1] * 1e3, med[2] * 1e3, med[3] * 1e3, ratio, errors,
             bad ? "  SUPERLINEAR" : "");
    }
  }
  printf("(families and baits under 2 ms at %zu bytes are not shown)\n",
         base * 8);
  mins__patterns_free(p);
  return worst ? 1 : 0;
}
