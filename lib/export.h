/* SPDX-License-Identifier: MIT */
/*
 * What the export stages share (write_md.c, write_csv.c, write_html.c,
 * write_index.c, public.c, output.c) and nothing else does: a buffered
 * sink over a mins_write_fn that remembers the first failure, so writers
 * can emit freely and check once at the end; escaping for HTML; and the
 * anchors a meeting page gives its records, which the index and the
 * registers must spell the same way to link to them. Not public.
 */
#ifndef MINS_EXPORT_STAGES_H
#define MINS_EXPORT_STAGES_H

#include "internal.h"

/* A buffered sink. Writes go through `fn` in chunks; after a failed call
 * every later write is dropped and `err` keeps the first error. */
typedef struct mins__sink {
  mins_write_fn fn;
  void *payload;
  int err; /* 0, MINS_EIO or MINS_ENOMEM */
  size_t len;
  char buf[8192];
} mins__sink;

void mins__sink_init(mins__sink *s, mins_write_fn fn, void *payload);
void mins__put(mins__sink *s, const char *p, size_t n);
void mins__puts(mins__sink *s, const char *p);
void mins__putc(mins__sink *s, char c);
void mins__putf(mins__sink *s, const char *fmt, ...) MINS_PRINTF(2, 3);
/* Flush what is buffered; returns the sink's error (0 if none). */
int mins__sink_end(mins__sink *s);

/* Text as UTF-8: a byte that starts no valid sequence becomes U+FFFD (the
 * parser's records are UTF-8, but a writer promises it, so it checks). */
void mins__put_text(mins__sink *s, const char *p, size_t n);

/* HTML: text with & < > " ' escaped (also right for attribute values). */
void mins__put_html(mins__sink *s, const char *p);
void mins__put_htmln(mins__sink *s, const char *p, size_t n);

/* Anchors of a meeting page (write_html.c). `buf` gets a NUL-terminated id
 * such as "item-5", "resolution-2", "action-3"; characters that do not
 * belong in a fragment are replaced by '-'. The index and the registers
 * call the same functions, so their links land. */
#define MINS__ID_MAX 96
void mins__id_item(const mins_doc *d, size_t i, char buf[MINS__ID_MAX]);
void mins__id_resolution(size_t i, char buf[MINS__ID_MAX]);
void mins__id_action(const mins_doc *d, size_t i, char buf[MINS__ID_MAX]);

/* Dates for people: "Monday 20 May 2019" from "2019-05-20"; NULL-safe,
 * returns 0 when iso is not a date. */
int mins__long_date(const char *iso, char buf[40]);

/* The style sheet every page carries (screen and print). */
extern const char mins__css[];
/* The start of every page, to <body>, with its <title>. */
void mins__html_head(mins__sink *o, const char *title);

#endif
