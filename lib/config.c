/* SPDX-License-Identifier: MIT */
/*
 * Rule configurations: which rules of the table report and at what
 * severity, and the settings some checks read (the house style of
 * resolutions, the quorum), for every document or for one committee's.
 * Settings come from calls or from configuration files (an INI-like text,
 * documented in mins-parse(1)); they are kept in order and resolved per
 * document, a later setting winning, so that a file nearer the minutes
 * overrides one further up and the command line overrides both.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct entry {
  const char *committee; /* normalised; NULL for every document */
  const char *name;      /* rule id, family, "all", or a setting's key */
  const char *value;     /* a setting's value; NULL for a rule's level */
  int level;
} entry;

struct mins_rules {
  mins__arena arena;
  mins__vec entries; /* entry */
  int root;
  mins__arena diag_arena;
  mins__diags diags;
};

static const char *const settings[] = {"resolution-formula", "quorum", NULL};

int mins__rule_index(const char *id) {
  const mins_rule_info *r = mins_rule_find(id);
  return r ? (int)(r - mins_rule_at(0)) : -1;
}

/* "Safer City Partnership" and "safer-city-partnership" are one
 * committee: keep letters and digits, lower case. */
static char *normalise(mins__arena *a, const char *s) {
  size_t n = strlen(s);
  char *o = mins__alloc(a, n + 1);
  if (!o)
    return NULL;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z')
      o[k++] = (char)(c + 32);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      o[k++] = (char)c;
  }
  o[k] = '\0';
  return o;
}

static int known_name(const char *name) {
  if (strcmp(name, "all") == 0 || mins_rule_find(name))
    return 1;
  for (size_t i = 0; i < mins_rule_count(); i++)
    if (strcmp(mins_rule_at(i)->family, name) == 0)
      return 1;
  return 0;
}

int mins__quorum(const char *v, size_t members, int *need) {
  /* "3" or "1/3": digits, at most one slash between digits */
  size_t n = v ? strlen(v) : 0, slash = 0, digits = 0;
  for (size_t i = 0; i < n; i++) {
    if (v[i] >= '0' && v[i] <= '9')
      digits++;
    else if (v[i] == '/' && i > 0 && i + 1 < n && !slash)
      slash = i;
    else
      return -1;
  }
  long a = digits && n < 10 ? atol(v) : 0;
  long b = slash ? atol(v + slash + 1) : 1;
  if (a <= 0 || b <= 0 || (slash && a > b))
    return -1;
  if (slash && !members)
    return -1; /* a fraction of no membership */
  if (need)
    *need = slash ? (int)(((long)members * a + b - 1) / b) : (int)a;
  return 0;
}

int mins_rules_new(mins_rules **out) {
  if (!out)
    return MINS_EINVAL;
  *out = calloc(1, sizeof(mins_rules));
  return *out ? MINS_OK : MINS_ENOMEM;
}

void mins_rules_free(mins_rules *r) {
  if (!r)
    return;
  mins__arena_free(&r->arena);
  mins__arena_free(&r->diag_arena);
  free(r);
}

static int add(mins_rules *r, const char *committee, const char *name,
               const char *value, int level) {
  entry *e = VEC_PUSH(&r->arena, &r->entries, entry);
  if (!e)
    return MINS_ENOMEM;
  e->committee = committee ? normalise(&r->arena, committee) : NULL;
  e->name = mins__strdup(&r->arena, name);
  e->value = value ? mins__strdup(&r->arena, value) : NULL;
  e->level = level;
  return r->arena.failed ? MINS_ENOMEM : MINS_OK;
}

int mins_rules_set(mins_rules *r, const char *committee, const char *name,
                   int level) {
  if (!r || !name)
    return MINS_EINVAL;
  if (level != MINS_RULE_OFF && level != MINS_RULE_DEFAULT &&
      (level < MINS_NOTE || level > MINS_ERROR))
    return MINS_EINVAL;
  if (!known_name(name))
    return MINS_ENOTFOUND;
  return add(r, committee, name, NULL, level);
}

int mins_rules_set_option(mins_rules *r, const char *committee, const char *key,
                          const char *value) {
  if (!r || !key || !value)
    return MINS_EINVAL;
  int k = -1;
  for (int i = 0; settings[i]; i++)
    if (strcmp(settings[i], key) == 0)
      k = i;
  if (k < 0)
    return MINS_ENOTFOUND;
  if (strcmp(key, "quorum") == 0 ? mins__quorum(value, 1, NULL) != 0 : !*value)
    return MINS_EINVAL;
  return add(r, committee, key, value, 0);
}

int mins_rules_root(const mins_rules *r) {
  return r ? r->root : 0;
}

size_t mins_rules_diag_count(const mins_rules *r) {
  return r ? r->diags.v.len : 0;
}

const mins_diag *mins_rules_diag(const mins_rules *r, size_t i) {
  if (!r || i >= r->diags.v.len)
    return NULL;
  return &VEC_AT(r->diags.v, mins_diag, i);
}

void mins__rules_levels(const mins_rules *r, const char *committee,
                        mins__levels *out) {
  size_t nr = mins_rule_count();
  memset(out, 0, sizeof *out);
  for (size_t i = 0; i < nr && i < MINS__RULES_MAX; i++)
    out->level[i] = (signed char)mins_rule_at(i)->severity;
  if (!r || !r->entries.len)
    return;
  /* the committee, normalised as the entries' are */
  char buf[256];
  size_t k = 0;
  for (const char *s = committee ? committee : ""; *s && k + 1 < sizeof buf;
       s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 'A' && c <= 'Z')
      buf[k++] = (char)(c + 32);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80)
      buf[k++] = (char)c;
  }
  buf[k] = '\0';
  const entry *es = r->entries.data;
  for (size_t i = 0; i < r->entries.len; i++) {
    const entry *e = &es[i];
    if (e->committee && strcmp(e->committee, buf) != 0)
      continue;
    if (e->value) {
      if (strcmp(e->name, "resolution-formula") == 0)
        out->style = e->value;
      else
        out->quorum = e->value;
      continue;
    }
    int all = strcmp(e->name, "all") == 0;
    for (size_t j = 0; j < nr && j < MINS__RULES_MAX; j++) {
      const mins_rule_info *ri = mins_rule_at(j);
      if (!all && strcmp(ri->id, e->name) != 0 &&
          strcmp(ri->family, e->name) != 0)
        continue;
      out->level[j] =
          (signed char)(e->level == MINS_RULE_DEFAULT ? (int)ri->severity
                                                      : e->level);
    }
  }
}

/* ---- configuration files ------------------------------------------------- */

static int level_of(const char *v) {
  static const struct {
    const char *word;
    int level;
  } words[] = {{"error", MINS_ERROR},
               {"warning", MINS_WARNING},
               {"note", MINS_NOTE},
               {"off", MINS_RULE_OFF},
               {"on", MINS_RULE_DEFAULT},
               {"default", MINS_RULE_DEFAULT},
               {NULL, 0}};
  for (int i = 0; words[i].word; i++)
    if (mins__ieq(v, words[i].word))
      return words[i].level;
  return -100;
}

typedef struct reader {
  mins_rules *r;
  const char *name;
  const char *line; /* start of the current line, for columns */
  unsigned lineno;
  int first;
} reader;

static void bad(reader *rd, const char *at, const char *hint, const char *fmt,
                ...) MINS_PRINTF(4, 5);
static void bad(reader *rd, const char *at, const char *hint, const char *fmt,
                ...) {
  va_list ap;
  va_start(ap, fmt);
  mins__vdiag(&rd->r->diag_arena, &rd->r->diags, "config-bad", rd->lineno,
              (unsigned)(at - rd->line) + 1, hint, fmt, ap);
  va_end(ap);
  if (!rd->first)
    rd->first = MINS_EINVAL;
}

const char *mins_rule_suggest(const char *name) {
  const char *best = NULL;
  size_t bd = 3;
  if (!name)
    return NULL;
  for (size_t i = 0; i < mins_rule_count(); i++) {
    const mins_rule_info *ri = mins_rule_at(i);
    size_t d = mins__edit_distance(name, ri->id, 2);
    if (d < bd) {
      bd = d;
      best = ri->id;
    }
  }
  for (int i = 0; settings[i]; i++) {
    size_t d = mins__edit_distance(name, settings[i], 2);
    if (d < bd) {
      bd = d;
      best = settings[i];
    }
  }
  for (size_t i = 0; i < mins_rule_count(); i++) {
    const char *fam = mins_rule_at(i)->family;
    size_t d = mins__edit_distance(name, fam, 2);
    if (d < bd) {
      bd = d;
      best = fam;
    }
  }
  return best;
}

/* Strip blanks, a trailing " # comment" and surrounding double quotes. */
static char *value_copy(mins__arena *a, const char *s, size_t n) {
  for (size_t i = 1; i < n; i++)
    if ((s[i] == '#' || s[i] == ';') && (s[i - 1] == ' ' || s[i - 1] == '\t'))
      n = i;
  mins__trim(&s, &n, NULL);
  if (n >= 2 && s[0] == '"' && s[n - 1] == '"') {
    s++;
    n -= 2;
  }
  return mins__strndup(a, s, n);
}

/* "disable = a, b" and "enable = a, b": each name checked. */
static void name_list(reader *rd, const char *committee, const char *v,
                      const char *vat, int level) {
  mins__arena *a = &rd->r->arena;
  const char *p = v;
  while (*p) {
    const char *e = strchr(p, ',');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    const char *s = p;
    size_t sn = n;
    mins__trim(&s, &sn, NULL);
    if (sn) {
      char *one = mins__strndup(a, s, sn);
      if (!one)
        return;
      if (!known_name(one)) {
        const char *near = mins_rule_suggest(one);
        char hint[96];
        snprintf(hint, sizeof hint, "did you mean '%s'?", near ? near : "");
        bad(rd, vat + (s - v), near ? hint : NULL, "no rule or family '%s'",
            one);
      } else if (add(rd->r, committee, one, NULL, level) != MINS_OK) {
        return;
      }
    }
    p += n;
    if (*p == ',')
      p++;
  }
}

int mins_rules_load(mins_rules *r, const char *name, const char *text,
                    size_t len) {
  if (!r || (!text && len))
    return MINS_EINVAL;
  mins__arena_reset(&r->diag_arena);
  memset(&r->diags, 0, sizeof r->diags);
  reader rd = {r, name ? name : "configuration", NULL, 0, 0};
  mins__arena *a = &r->arena;
  const char *committee = NULL;
  size_t i = 0;
  while (i < len) {
    rd.lineno++;
    rd.line = text + i;
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) : len;
    const char *s = text + i;
    size_t n = e - i;
    i = e + 1;
    mins__trim(&s, &n, NULL);
    if (n == 0 || s[0] == '#' || s[0] == ';')
      continue;
    if (s[0] == '[') {
      /* [check] or [committee "Name"] */
      if (s[n - 1] != ']') {
        bad(&rd, s, "write [check] or [committee \"Name\"]",
            "a section header without its closing ']'");
        continue;
      }
      const char *h = s + 1;
      size_t hn = n - 2;
      mins__trim(&h, &hn, NULL);
      if (mins__nieq(h, hn, "check")) {
        committee = NULL;
      } else if (mins__istarts(h, hn, "committee ")) {
        committee = value_copy(a, h + 10, hn - 10);
        if (committee && !*committee) {
          bad(&rd, s, NULL, "a committee section without a name");
          committee = NULL;
        }
      } else {
        char *sec = mins__strndup(a, h, hn);
        bad(&rd, h, "write [check] or [committee \"Name\"]",
            "unknown section '%s'", sec ? sec : "");
      }
      continue;
    }
    const char *eq = memchr(s, '=', n);
    if (!eq) {
      bad(&rd, s, "write 'rule = level' or 'setting = value'",
          "expected 'key = value'");
      continue;
    }
    const char *k = s;
    size_t kn = (size_t)(eq - s);
    mins__trim(&k, &kn, NULL);
    char *key = mins__strndup(a, k, kn);
    const char *vs = eq + 1;
    while (vs < s + n && (*vs == ' ' || *vs == '\t'))
      vs++;
    char *val = value_copy(a, eq + 1, (size_t)(s + n - eq - 1));
    if (!key || !val)
      return MINS_ENOMEM;
    for (char *q = key; *q; q++)
      if (*q >= 'A' && *q <= 'Z')
        *q = (char)(*q + 32);
    if (strcmp(key, "disable") == 0 || strcmp(key, "enable") == 0) {
      name_list(&rd, committee, val, vs,
                key[0] == 'd' ? MINS_RULE_OFF : MINS_RULE_DEFAULT);
    } else if (strcmp(key, "root") == 0) {
      if (mins__ieq(val, "true") || mins__ieq(val, "yes"))
        r->root = 1;
      else if (!mins__ieq(val, "false") && !mins__ieq(val, "no"))
        bad(&rd, vs, NULL, "root takes true or false, not '%s'", val);
    } else if (known_name(key)) {
      int lv = level_of(val);
      if (lv == -100)
        bad(&rd, vs, "write error, warning, note, off or on",
            "'%s' is not a level", val);
      else if (add(r, committee, key, NULL, lv) != MINS_OK)
        return MINS_ENOMEM;
    } else {
      int rc = mins_rules_set_option(r, committee, key, val);
      if (rc == MINS_ENOTFOUND) {
        const char *near = mins_rule_suggest(key);
        char hint[96];
        snprintf(hint, sizeof hint, "did you mean '%s'?", near ? near : "");
        bad(&rd, k, near ? hint : NULL, "no rule, family or setting '%s'", key);
      } else if (rc == MINS_EINVAL) {
        bad(&rd, vs,
            strcmp(key, "quorum") == 0 ? "write a number (3) or a fraction "
                                         "of the membership (1/3)"
                                       : NULL,
            "'%s' is not a value this setting takes", val);
      } else if (rc) {
        return rc;
      }
    }
  }
  if (r->arena.failed || r->diag_arena.failed)
    return MINS_ENOMEM;
  return rd.first;
}
