/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness over the whole parse path: any bytes are parsed, the
 * document written as JSON and freed. The first byte selects options, as
 * cmark's harness does, so both inference settings are covered. The two
 * parsers are made once and reused, as mins-parse reuses one per thread:
 * that also checks that nothing of one parse leaks into the next, and keeps
 * pattern compilation out of every run.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <mins.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(const char *d, size_t n, void *p) {
  (void)d;
  *(size_t *)p += n;
  return 0;
}

static mins_parser *parsers[2];

static void free_parsers(void) {
  mins_parser_free(parsers[0]);
  mins_parser_free(parsers[1]);
}

static mins_parser *parser_for(unsigned flags) {
  int k = (flags & MINS_PARSE_NO_INFER) != 0;
  if (!parsers[0] && !parsers[1])
    atexit(free_parsers);
  if (!parsers[k]) {
    mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
    o.flags = flags;
    o.max_bytes = 1 << 20;
    if (mins_parser_new(&parsers[k], &o))
      abort(); /* the defaults always compile */
  }
  return parsers[k];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned flags = size > 0 && (data[0] & 1) ? MINS_PARSE_NO_INFER : 0;
  mins_parser *p = parser_for(flags);
  mins_doc *d;
  if (mins_parser_parse(&d, p, "fuzz", (const char *)data, size) == 0) {
    size_t n = 0;
    mins_doc_write_json(d, 0, sink, &n);
    mins_doc_write_json(d, MINS_JSON_PRETTY, sink, &n);
    mins_doc_free(d);
  }
  /* the parser's own list is read after every call, failed or not */
  for (size_t i = 0; i < mins_parser_diag_count(p); i++)
    if (!mins_parser_diag(p, i)->message)
      abort();
  return 0;
}
