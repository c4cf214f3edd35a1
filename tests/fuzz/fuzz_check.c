/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness over the checks: the bytes are read as a configuration
 * file (.minscheck) and as minutes; the minutes are parsed, checked with
 * that configuration (or none, by the first byte), and every diagnostic is
 * written as JSON and as SARIF.
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
  o.max_bytes = 1 << 20;
  mins_parser *p;
  if (mins_parser_new(&p, &o))
    return 0;
  mins_rules *r = NULL;
  if (size > 0 && (data[0] & 1) && mins_rules_new(&r) == 0) {
    mins_rules_load(r, "fuzz", (const char *)data, size);
    mins_rules_set(r, NULL, "resolutions", MINS_ERROR);
  }
  mins_doc *d;
  if (mins_parser_parse(&d, p, "fuzz", (const char *)data, size) == 0) {
    mins_check_options co = MINS_CHECK_OPTIONS_INIT;
    co.rules = r;
    mins_doc_check(d, &co);
    size_t n = 0;
    for (size_t i = 0; i < mins_doc_diag_count(d); i++) {
      mins_diag_write_json(mins_doc_diag(d, i), "fuzz", d, 0, sink, &n);
      mins_diag_write_json(mins_doc_diag(d, i), "fuzz", d, MINS_DIAGS_SARIF,
                           sink, &n);
    }
    mins_doc_free(d);
  }
  mins_rules_free(r);
  mins_parser_free(p);
  return 0;
}
