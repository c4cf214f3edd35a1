/* SPDX-License-Identifier: MIT */
/*
 * Private to the search stages (search.c, prefilter.c): the prefilter that
 * decides from a file's raw text whether it can hold a matching record, and
 * the pattern analysis it rests on. Exposed here for the unit tests.
 */
#ifndef MINS_SEARCH_PRIV_H
#define MINS_SEARCH_PRIV_H

#include <stddef.h>

#include "internal.h"

/* The text every match of a pattern must contain, as "atoms": runs of
 * letters and digits (any non-ASCII character counts as a letter) that no
 * Markdown or YAML markup can be part of. A pattern is a set of branches
 * (top-level alternatives); a branch is a set of atoms, all required. */
typedef struct mins__atoms {
  char **v;
  size_t n, cap;
} mins__atoms;

typedef struct mins__branches {
  mins__atoms *v;
  size_t n, cap;
} mins__branches;

/* Analyse one pattern (flags: MINS_SEARCH_FIXED, MINS_SEARCH_CASELESS).
 * Returns 1 with the branches filled when every branch requires at least
 * one atom, 0 when some match may require no text at all (or the pattern
 * uses syntax the analysis does not follow), MINS_ENOMEM. *caseless is set
 * when the atoms must be searched ignoring case ((?i) in the pattern). */
int mins__pattern_atoms(const char *pat, unsigned flags, mins__branches *out,
                        int *caseless);
void mins__branches_free(mins__branches *b);

/* Make room for one more element in a malloc'd array of n elements:
 * doubles *cap when full. 0, or MINS_ENOMEM (the array is kept). */
int mins__grow(void **v, size_t *cap, size_t n, size_t elem);

typedef struct mins__prefilter mins__prefilter;

/* Build the prefilter of a search. inject: words the searchable text adds
 * to records (NULL-terminated), which no file has to contain. */
int mins__prefilter_new(mins__prefilter **out, const char *const *patterns,
                        size_t n, unsigned flags, const char *const *inject);
void mins__prefilter_free(mins__prefilter *pf);
/* 0 when the raw text cannot hold a match, 1 when it may. */
int mins__prefilter_may_match(const mins__prefilter *pf, const char *buf,
                              size_t len);
/* The raw text with markup removed from every whitespace-delimited token
 * that has markup, tokens joined by spaces: where a hidden atom shows.
 * Returns NULL on failure to allocate; *unknown is set when a named
 * entity could not be decoded (the caller must then assume a match).
 * Free with free(). */
char *mins__unmarked(const char *buf, size_t len, size_t *outlen, int *unknown);

#endif
