/* SPDX-License-Identifier: MIT */
/* What the unit tests share: cmocka, the library's internals, and a helper
 * that parses a string with a fresh parser. */
#ifndef MINS_UNIT_H
#define MINS_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "internal.h"

#define SUITE(name) int suite_##name(void);
#include "suites.h"
#undef SUITE

/* Parse text (NUL-terminated) with default options; fails the test if the
 * call fails. Free with mins_doc_free. */
mins_doc *unit_parse(const char *text);
mins_doc *unit_parse_flags(const char *text, unsigned flags);
/* MINS_PARSE_NO_JIT (MINS_SEARCH_NO_JIT) when MINS_NO_JIT=1 is in the
 * environment: valgrind runs the tests without PCRE2's JIT, which it cannot
 * see into. */
unsigned unit_parse_jit(void);
/* A parser with the default options (and unit_parse_jit's flag). */
mins_parser *unit_parser(void);
unsigned unit_search_jit(void);
/* The first diagnostic with this rule, or NULL. */
const mins_diag *unit_diag(const mins_doc *d, const char *rule);

#endif
