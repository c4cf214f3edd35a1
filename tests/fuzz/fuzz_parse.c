/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness over the whole parse path: any bytes are parsed, the
 * document written as JSON and freed. The first byte selects options, as
 * cmark's harness does, so both inference settings are covered.
 */
#include <stddef.h>
#include <stdint.h>

#include <mins.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(const char *d, size_t n, void *p) {
  (void)d;
  *(size_t *)p += n;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  if (size > 0 && (data[0] & 1))
    o.flags |= MINS_PARSE_NO_INFER;
  o.max_bytes = 1 << 20;
  mins_parser *p;
  if (mins_parser_new(&p, &o))
    return 0;
  mins_doc *d;
  if (mins_parser_parse(&d, p, "fuzz", (const char *)data, size) == 0) {
    size_t n = 0;
    mins_doc_write_json(d, 0, sink, &n);
    mins_doc_write_json(d, MINS_JSON_PRETTY, sink, &n);
    mins_doc_free(d);
  }
  mins_parser_free(p);
  return 0;
}
