/* SPDX-License-Identifier: MIT */
/**
 * @file mins.h
 * libmins: read plain-text meeting minutes (CommonMark with optional YAML
 * front matter) into records: the meeting, the people, agenda items,
 * resolutions, actions and reviews of earlier actions, each with its
 * source position.
 *
 * Conventions (see libmins(3)):
 * - Handles (mins_parser, mins_doc) are opaque, made by a _new or _parse
 *   call and released with their own _free, which accepts NULL.
 * - Fallible calls return 0 or a negative mins_error; their first parameter
 *   is `out`, set to NULL unless the call succeeds.
 * - Problems with a document are never errors of the call: they are
 *   diagnostics kept in the document (and in the parser, also when a parse
 *   fails).
 * - Records are read-only structures owned by their document: every pointer
 *   in them stays valid until mins_doc_free(). Structures may gain fields at
 *   their end in later minor versions; never allocate them yourself.
 * - Strings are UTF-8 and NUL-terminated. A NULL string means "not stated".
 * - Lines and columns are 1-based and refer to the original file (the
 *   column counts bytes); 0 means "no position".
 * - The library never prints, never exits and keeps no global state; a
 *   parser may be used by one thread at a time, documents are immutable.
 */
#ifndef MINS_H
#define MINS_H

#include <stddef.h>

#include "mins_export.h"
#include "mins_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The name and version of the JSON contract written by mins_doc_write_json. */
#define MINS_SCHEMA "mins/1"

/** Return codes of fallible calls. */
typedef enum mins_error {
  MINS_OK = 0,
  MINS_ENOMEM = -1,   /**< out of memory */
  MINS_EINVAL = -2,   /**< bad argument */
  MINS_EINPUT = -3,   /**< input is not text (a NUL byte: a binary file) */
  MINS_ETOOBIG = -4,  /**< input larger than the parser's max_bytes */
  MINS_EPATTERN = -5, /**< a pattern does not compile */
  MINS_EIO = -6,      /**< a write callback failed */
  MINS_ENOTFOUND = -7, /**< no such name (pattern family, rule) */
  MINS_ELIMIT = -8     /**< a search pattern hit its match limit */
} mins_error;

/** A static English description of a mins_error code. */
MINS_EXPORT const char *mins_error_string(int err);

/** The library's version, "X.Y.Z" (static). */
MINS_EXPORT const char *mins_version_string(void);

/** Free a string the library allocated for the caller. NULL is fine. */
MINS_EXPORT void mins_free(void *p);

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

/** How serious a diagnostic is. */
typedef enum mins_severity {
  MINS_NOTE = 0,
  MINS_WARNING = 1,
  MINS_ERROR = 2
} mins_severity;

/** "note", "warning" or "error" (static). */
MINS_EXPORT const char *mins_severity_name(mins_severity s);

/** A problem found in a document. */
typedef struct mins_diag {
  const char *rule;       /**< stable id, such as "fm-yaml" */
  mins_severity severity; /**< after configuration */
  unsigned line;          /**< 1-based; 0 when about the whole file */
  unsigned column;        /**< 1-based byte column; 0 when unknown */
  const char *message;    /**< one line, no trailing period */
  const char *hint;       /**< a suggestion ("did you mean (4)?") or NULL */
} mins_diag;

/** A rule of the diagnostic table (lib/diag.c, documented in mins(5)). */
typedef struct mins_rule_info {
  const char *id;         /**< "action-number-gap" */
  mins_severity severity; /**< default severity */
  const char *family;     /**< "front-matter", "meeting", "items", ... */
  const char *summary;    /**< one line */
  int check;              /**< 1 if only mins_doc_check reports it */
} mins_rule_info;

/** Number of rules in the table. */
MINS_EXPORT size_t mins_rule_count(void);
/** Rule i (0-based) of the table, or NULL past the end. Static. */
MINS_EXPORT const mins_rule_info *mins_rule_at(size_t i);
/** The rule with this id, or NULL. Static. */
MINS_EXPORT const mins_rule_info *mins_rule_find(const char *id);

/* ------------------------------------------------------------------ */
/* The parser                                                          */

typedef struct mins_parser mins_parser;
typedef struct mins_doc mins_doc;

/** Version of mins_parse_options this header describes. */
#define MINS_PARSE_OPTIONS_VERSION 1

/** Do not infer actions from sentences that give someone future work. */
#define MINS_PARSE_NO_INFER (1u << 0)
/** Match without PCRE2's JIT (slower; for memory checkers such as valgrind,
 * which cannot see into JIT-compiled code). */
#define MINS_PARSE_NO_JIT (1u << 1)

/** Options for mins_parser_new. Initialise with MINS_PARSE_OPTIONS_INIT. */
typedef struct mins_parse_options {
  unsigned version;   /**< MINS_PARSE_OPTIONS_VERSION */
  unsigned flags;     /**< MINS_PARSE_* flags */
  size_t max_bytes;   /**< largest input accepted; 0 means 256 MiB */
  unsigned max_depth; /**< deepest YAML or Markdown nesting; 0 means 64 */
} mins_parse_options;

#define MINS_PARSE_OPTIONS_INIT {MINS_PARSE_OPTIONS_VERSION, 0u, 0u, 0u}

/**
 * Make a parser: the options and the compiled pattern sets. opts may be
 * NULL for the defaults. Free with mins_parser_free().
 */
MINS_EXPORT int mins_parser_new(mins_parser **out,
                                const mins_parse_options *opts);

/** Free a parser. NULL is fine. Documents it made stay valid. */
MINS_EXPORT void mins_parser_free(mins_parser *p);

/**
 * Replace the pattern of one family (see mins(5), PATTERNS) with a PCRE2
 * pattern, compiled with UTF, caseless and JIT. On MINS_EPATTERN the
 * parser keeps its old pattern and a diagnostic "pattern-bad" naming the
 * offset is left in the parser's list. Returns MINS_ENOTFOUND for an
 * unknown family.
 */
MINS_EXPORT int mins_parser_set_pattern(mins_parser *p, const char *family,
                                        const char *pattern);

/**
 * Read a pattern file: lines `family = pattern`, `#` comments and blank
 * lines. name is the file's name, for the caller: the diagnostics hold no
 * file name, so a program prints it with them (as for mins_rules_load).
 * Every bad line leaves a diagnostic with its line and column; the call
 * returns the first error met, or 0.
 */
MINS_EXPORT int mins_parser_load_patterns(mins_parser *p, const char *name,
                                          const char *text, size_t len);

/** Name of pattern family i, or NULL past the end (static). */
MINS_EXPORT const char *mins_pattern_family(size_t i);
/** The pattern in use for a family, or NULL for an unknown family. */
MINS_EXPORT const char *mins_parser_pattern(const mins_parser *p,
                                            const char *family);

/**
 * Parse one document. name is how diagnostics and the JSON name the file
 * ("<stdin>" for standard input); buf need not be NUL-terminated and is not
 * kept. Returns 0 with *out set (even for a document with errors, which are
 * in its diagnostics), MINS_EINPUT for a binary buffer, MINS_ETOOBIG, or
 * MINS_ENOMEM. In every case the parser's diagnostic list describes what was
 * found.
 */
MINS_EXPORT int mins_parser_parse(mins_doc **out, mins_parser *p,
                                  const char *name, const char *buf,
                                  size_t len);

/** Diagnostics of the parser's last call (borrowed, valid until the next). */
MINS_EXPORT size_t mins_parser_diag_count(const mins_parser *p);
MINS_EXPORT const mins_diag *mins_parser_diag(const mins_parser *p, size_t i);

/* ------------------------------------------------------------------ */
/* Records                                                             */

/** Where a value came from. */
typedef enum mins_origin {
  MINS_FROM_NONE = 0,        /**< not stated */
  MINS_FROM_FRONT_MATTER = 1,
  MINS_FROM_TEXT = 2
} mins_origin;

/** A value with its position. */
typedef struct mins_field {
  const char *value; /**< NULL when not stated */
  unsigned line, column;
  mins_origin origin;
} mins_field;

/** The meeting. Front matter wins over the text; both are kept apart too. */
typedef struct mins_meeting {
  mins_field committee;
  mins_field title;
  mins_field date;     /**< ISO 8601 YYYY-MM-DD */
  mins_field time;     /**< HH:MM, 24-hour */
  mins_field end_time; /**< HH:MM */
  mins_field location;
  mins_field chair;
  mins_field clerk;
  mins_field previous; /**< date of the previous meeting */
  mins_field text_date;    /**< the date as the body gives it, ISO */
  mins_field text_weekday; /**< the weekday written with it ("Monday") */
  mins_field fm_date;      /**< the front matter's date, ISO */
  int date_unknown; /**< the front matter says `date: null` explicitly */
} mins_meeting;

/** Which list of people. */
typedef enum mins_list {
  MINS_PRESENT = 0,
  MINS_IN_ATTENDANCE = 1,
  MINS_APOLOGIES = 2,
  MINS_ABSENT = 3
} mins_list;
#define MINS_LIST_COUNT 4

/** "present", "in_attendance", "apologies", "absent" (static). */
MINS_EXPORT const char *mins_list_name(mins_list l);

#define MINS_PERSON_FRONT_MATTER (1u << 0) /**< listed in the front matter */
#define MINS_PERSON_PART (1u << 1) /**< arrived late or left early */

/** A person as listed. "Deputy Tom Sleigh" and "Tom Sleigh" share a name. */
typedef struct mins_person {
  const char *name;         /**< the name without title, honours or role */
  const char *title;        /**< "Cllr", "Deputy", "Dr", "Mr" ... or NULL */
  const char *honours;      /**< "OBE", "MBE JP" ... or NULL */
  const char *role;         /**< "Chairman", "Town Clerk" ... or NULL */
  const char *organisation; /**< "City of London Police" or NULL */
  const char *text;         /**< as written */
  unsigned line, column;
  mins_list list;
  unsigned flags; /**< MINS_PERSON_* */
} mins_person;

/** What an agenda item is for, from its title. */
typedef enum mins_item_kind {
  MINS_ITEM_OTHER = 0,
  MINS_ITEM_APOLOGIES,
  MINS_ITEM_DECLARATIONS,
  MINS_ITEM_MINUTES,      /**< approving the previous minutes */
  MINS_ITEM_ACTIONS,      /**< outstanding actions, matters arising */
  MINS_ITEM_AOB,          /**< any other business */
  MINS_ITEM_NEXT_MEETING, /**< date of the next meeting */
  MINS_ITEM_ATTENDANCE,   /**< "Those attending", "Present" */
  MINS_ITEM_PROCEDURAL    /**< welcome, elections, public forum, close */
} mins_item_kind;

/** "other", "apologies", ... (static). */
MINS_EXPORT const char *mins_item_kind_name(mins_item_kind k);

#define MINS_ITEM_EXEMPT (1u << 0)     /**< not for publication */
#define MINS_ITEM_UNNUMBERED (1u << 1) /**< a topic without a number */
#define MINS_ITEM_IN_TEXT (1u << 2)    /**< its number stood inside a paragraph */
#define MINS_ITEM_HEADING (1u << 3)    /**< opened by a heading */

/** A numbered (or unnumbered) agenda item. */
typedef struct mins_item {
  const char *number; /**< "4", "4a", "17.1", "203/18"; NULL if unnumbered */
  const char *title;  /**< without number, furniture or emphasis */
  mins_item_kind kind;
  unsigned line, column;
  unsigned end_line;   /**< last line that belongs to the item */
  size_t offset;       /**< byte offset of its first line in the source */
  size_t end_offset;   /**< byte offset just past its last line */
  int level;           /**< heading level 1-6; 0 when not a heading */
  unsigned flags;      /**< MINS_ITEM_* */
  size_t text_blocks;  /**< paragraphs, list entries... inside it */
} mins_item;

/** The outcome of a resolution. */
typedef enum mins_outcome {
  MINS_OUTCOME_NOTED = 0,
  MINS_OUTCOME_AGREED,
  MINS_OUTCOME_APPROVED,
  MINS_OUTCOME_ENDORSED,
  MINS_OUTCOME_DEFERRED,
  MINS_OUTCOME_REJECTED,
  MINS_OUTCOME_OTHER
} mins_outcome;

/** "noted", "agreed", ... (static). */
MINS_EXPORT const char *mins_outcome_name(mins_outcome o);

#define MINS_RES_VOTE (1u << 0)  /**< a vote in running text (proposed...) */
#define MINS_RES_LABEL (1u << 1) /**< a label: "Resolution:", "Decision:" */

/** A decision. */
typedef struct mins_resolution {
  const char *item;  /**< number of its item, NULL if none or unnumbered */
  size_t item_index; /**< index into the items, or (size_t)-1 */
  const char *text;  /**< the whole resolution, formula included */
  const char *formula; /**< its opening as written: "Resolved, that" */
  mins_outcome outcome;
  const char *conditions; /**< "subject to advice from ..." or NULL */
  unsigned line, column;
  unsigned flags; /**< MINS_RES_* */
} mins_resolution;

/** Status of an action. */
typedef enum mins_status {
  MINS_STATUS_OPEN = 0,
  MINS_STATUS_DONE,
  MINS_STATUS_ONGOING,
  MINS_STATUS_DROPPED
} mins_status;

/** "open", "done", "ongoing", "dropped" (static). */
MINS_EXPORT const char *mins_status_name(mins_status s);

/** How an action was written. */
typedef enum mins_action_style {
  MINS_ACTION_MARKER = 0, /**< "(3)" closing a sentence */
  MINS_ACTION_LABEL,      /**< "ACTION: ..." */
  MINS_ACTION_LIST,       /**< an entry under an "Action items" heading */
  MINS_ACTION_TASK,       /**< "- [ ] ..." */
  MINS_ACTION_SENTENCE    /**< inferred: "The Clerk agreed to ..." */
} mins_action_style;

/** "marker", "label", "list", "task", "sentence" (static). */
MINS_EXPORT const char *mins_action_style_name(mins_action_style s);

#define MINS_ACTION_INFERRED (1u << 0) /**< found in a sentence, no marker */
#define MINS_ACTION_SCAR (1u << 1)     /**< "$\frac{6}{6}$" conversion scar */
#define MINS_ACTION_GLUED (1u << 2)    /**< "meeting(1)": no space before */
#define MINS_ACTION_FM_OWNER (1u << 3) /**< owner from the front matter */
#define MINS_ACTION_FM_DUE (1u << 4)   /**< due date from the front matter */
#define MINS_ACTION_CHECKED (1u << 5)  /**< "- [x]": done when written */

/** A further mention of an action within the same meeting. */
typedef struct mins_mention {
  const char *item;
  size_t item_index;
  const char *text; /**< the sentence */
  unsigned line, column;
  unsigned flags; /**< MINS_ACTION_SCAR, MINS_ACTION_GLUED */
} mins_mention;

/** An action: work given to someone. */
typedef struct mins_action {
  const char *number; /**< "3", "4.1"; NULL when unnumbered */
  const char *item;
  size_t item_index;
  const char *text;     /**< the sentence of its first mention */
  const char *owner;    /**< NULL when not stated */
  const char *due;      /**< ISO date, NULL when unknown */
  const char *due_text; /**< the words, "by the next meeting", or NULL */
  mins_status status;   /**< open, unless the document says otherwise */
  mins_action_style style;
  unsigned line, column;
  unsigned flags; /**< MINS_ACTION_* */
  size_t mention_count;
  const mins_mention *mentions; /**< later mentions in this meeting */
} mins_action;

/** A review of an earlier meeting's action. */
typedef struct mins_review {
  const char *ref;        /**< "2019-02-26#3" when both parts are known */
  const char *ref_date;   /**< the earlier meeting's date, or NULL */
  const char *ref_number; /**< the action's number, or NULL */
  mins_status status;     /**< done, ongoing or dropped; open if unsaid */
  const char *note;
  const char *text; /**< as written */
  const char *item;
  size_t item_index;
  unsigned line, column;
  mins_origin origin;
} mins_review;

/** A declaration of interest. */
typedef struct mins_declaration {
  const char *name;
  const char *item; /**< the item the interest concerns, if said */
  const char *text;
  unsigned line, column;
  mins_origin origin;
} mins_declaration;

/** A front matter value kept as written (for keys mins does not know). */
typedef enum mins_value_type {
  MINS_VALUE_NULL = 0,
  MINS_VALUE_SCALAR,
  MINS_VALUE_LIST,
  MINS_VALUE_MAP
} mins_value_type;

typedef struct mins_value {
  mins_value_type type;
  const char *scalar; /**< MINS_VALUE_SCALAR: the text */
  int plain;          /**< a plain (unquoted) scalar: may be a number */
  size_t count;       /**< LIST, MAP: number of entries */
  const struct mins_value *items; /**< LIST, MAP: the values */
  const char *const *keys;        /**< MAP: the keys */
  unsigned line, column;
} mins_value;

/* ------------------------------------------------------------------ */
/* Documents                                                           */

/** Free a document. NULL is fine. */
MINS_EXPORT void mins_doc_free(mins_doc *d);

/** The name given to mins_parser_parse. */
MINS_EXPORT const char *mins_doc_name(const mins_doc *d);

/** The text as read, after UTF-8 repair; *len gets its length. */
MINS_EXPORT const char *mins_doc_source(const mins_doc *d, size_t *len);

/** First line and byte offset of the body (after the front matter). */
MINS_EXPORT unsigned mins_doc_body_line(const mins_doc *d);
MINS_EXPORT size_t mins_doc_body_offset(const mins_doc *d);

/** 1 if the document has front matter (closed or not). */
MINS_EXPORT int mins_doc_has_front_matter(const mins_doc *d);

MINS_EXPORT const mins_meeting *mins_doc_meeting(const mins_doc *d);

MINS_EXPORT size_t mins_doc_person_count(const mins_doc *d, mins_list l);
MINS_EXPORT const mins_person *mins_doc_person(const mins_doc *d, mins_list l,
                                               size_t i);

MINS_EXPORT size_t mins_doc_item_count(const mins_doc *d);
MINS_EXPORT const mins_item *mins_doc_item(const mins_doc *d, size_t i);

MINS_EXPORT size_t mins_doc_resolution_count(const mins_doc *d);
MINS_EXPORT const mins_resolution *mins_doc_resolution(const mins_doc *d,
                                                       size_t i);

MINS_EXPORT size_t mins_doc_action_count(const mins_doc *d);
MINS_EXPORT const mins_action *mins_doc_action(const mins_doc *d, size_t i);

MINS_EXPORT size_t mins_doc_review_count(const mins_doc *d);
MINS_EXPORT const mins_review *mins_doc_review(const mins_doc *d, size_t i);

MINS_EXPORT size_t mins_doc_declaration_count(const mins_doc *d);
MINS_EXPORT const mins_declaration *mins_doc_declaration(const mins_doc *d,
                                                         size_t i);
/** 1 if the minutes say there were no declarations; *line gets where. */
MINS_EXPORT int mins_doc_declarations_none(const mins_doc *d, unsigned *line);

/** Front matter keys mins does not know, kept in order. */
MINS_EXPORT size_t mins_doc_extra_count(const mins_doc *d);
MINS_EXPORT const mins_value *mins_doc_extra(const mins_doc *d, size_t i,
                                             const char **key);

/** Diagnostics of the document (parse problems, and checks once run). */
MINS_EXPORT size_t mins_doc_diag_count(const mins_doc *d);
MINS_EXPORT const mins_diag *mins_doc_diag(const mins_doc *d, size_t i);

/* ------------------------------------------------------------------ */
/* Writers                                                             */

/** Receives output; returns 0, or non-zero to stop the writer (MINS_EIO). */
typedef int (*mins_write_fn)(const char *data, size_t len, void *payload);

#define MINS_JSON_PRETTY (1u << 0) /**< indented, for people */
#define MINS_JSON_NO_DIAGS (1u << 1) /**< leave out "diagnostics" */

/**
 * Write the document as one JSON object of the mins/1 contract (see
 * mins(5), JSON OUTPUT), without a trailing newline unless MINS_JSON_PRETTY.
 */
MINS_EXPORT int mins_doc_write_json(const mins_doc *d, unsigned flags,
                                    mins_write_fn write, void *payload);


/* ------------------------------------------------------------------ */
/* Search (mins-grep)                                                  */
/*
 * A search is one or more PCRE2 patterns matched against the searchable
 * text of records (mins-grep(1)): a resolution's text; an action's
 * text followed by " (owner: OWNER)" when it has an owner; an item's
 * title; a person's title, name, honours, "(role)" and ", organisation".
 * White space in that text, line breaks included, is collapsed to single
 * spaces, so a pattern meets a record as one line: ^ and $ are its start
 * and end. A search is immutable once made and may be used by several
 * threads at once.
 */

/** Record types a search looks at (mins_search_options.types). */
typedef enum mins_record_type {
  MINS_RECORD_RESOLUTION = 1u << 0,
  MINS_RECORD_ACTION = 1u << 1,
  MINS_RECORD_ITEM = 1u << 2,
  MINS_RECORD_PERSON = 1u << 3
} mins_record_type;
#define MINS_RECORD_ANY 0xFu

/** "resolution", "action", "item", "person" (static); NULL otherwise. */
MINS_EXPORT const char *mins_record_type_name(mins_record_type t);
/** The type named ("any" gives MINS_RECORD_ANY), or 0 for no such name. */
MINS_EXPORT unsigned mins_record_type_parse(const char *name);

#define MINS_SEARCH_CASELESS (1u << 0) /**< -i: ignore case (Unicode) */
#define MINS_SEARCH_WORD (1u << 1)     /**< -w: match whole words only */
#define MINS_SEARCH_FIXED (1u << 2)    /**< -F: patterns are plain strings */
#define MINS_SEARCH_INVERT (1u << 3)   /**< -v: select records not matching */
#define MINS_SEARCH_NO_PREFILTER (1u << 4) /**< never skip a file unparsed */
#define MINS_SEARCH_NO_JIT (1u << 5) /**< match without PCRE2's JIT */

/** Version of mins_search_options this header describes. */
#define MINS_SEARCH_OPTIONS_VERSION 1

/** Options for mins_search_new. Initialise with MINS_SEARCH_OPTIONS_INIT. */
typedef struct mins_search_options {
  unsigned version; /**< MINS_SEARCH_OPTIONS_VERSION */
  unsigned flags;   /**< MINS_SEARCH_* */
  unsigned types;   /**< mins_record_type bits; 0 means resolutions */
  /** Only meetings whose committee contains this (ignoring case). */
  const char *committee;
  /** Only meetings on or after / before this date: YYYY, YYYY-MM or
   * YYYY-MM-DD (a year or month counts whole). A meeting with no date is
   * left out when either is set. */
  const char *since, *until;
  /** Only actions whose owner contains this (ignoring case); other
   * record types are then not selected. */
  const char *owner;
  unsigned long match_limit; /**< PCRE2 match limit; 0: 1,000,000 */
  unsigned long depth_limit; /**< PCRE2 depth limit; 0: 100,000 */
  unsigned long heap_limit;  /**< PCRE2 heap limit in KiB; 0: 65,536 */
} mins_search_options;

#define MINS_SEARCH_OPTIONS_INIT                                               \
  {MINS_SEARCH_OPTIONS_VERSION, 0u, 0u, NULL, NULL, NULL, NULL, 0ul, 0ul, 0ul}

/** Why mins_search_new failed, for the message (filled when given). */
typedef struct mins_search_error {
  size_t pattern;       /**< index of the pattern at fault */
  size_t offset;        /**< byte offset in it where PCRE2 stopped */
  char message[128];    /**< PCRE2's message, or what was wrong */
} mins_search_error;

typedef struct mins_search mins_search;

/**
 * Compile a search: npatterns patterns (at least one), combined with "or",
 * with UTF, Unicode properties and JIT. Returns MINS_EPATTERN for a pattern
 * that does not compile and MINS_EINVAL for bad options (a date that is not
 * one); err, when not NULL, then says which and why. Free with
 * mins_search_free().
 */
MINS_EXPORT int mins_search_new(mins_search **out,
                                const char *const *patterns, size_t npatterns,
                                const mins_search_options *opts,
                                mins_search_error *err);

/** Free a search. NULL is fine. */
MINS_EXPORT void mins_search_free(mins_search *s);

/**
 * Could a file with this raw text (front matter and Markdown, as read)
 * hold a record the search selects? 0 only when it cannot: no text a
 * pattern requires occurs in it, even with Markdown emphasis, escapes,
 * entities, inline HTML or YAML escapes removed. 1 otherwise (the file must
 * be parsed), and always for an inverted search or a pattern that requires
 * no text. Cheaper than a parse by far; never fails.
 */
MINS_EXPORT int mins_search_prefilter(const mins_search *s, const char *buf,
                                      size_t len);

/** A match in a hit's text: bytes [start, end). */
typedef struct mins_span {
  size_t start, end;
} mins_span;

/** A record a search selected. Valid only during the callback. */
typedef struct mins_hit {
  mins_record_type type;
  size_t index;     /**< index of the record in its list of the document */
  mins_list list;   /**< MINS_RECORD_PERSON: which list */
  const char *text; /**< the searchable text (see above), NUL-terminated */
  size_t text_len;
  size_t span_count; /**< matches in text, in order, not overlapping */
  const mins_span *spans;
  const mins_item *item; /**< the item the record belongs to, or NULL */
  unsigned line, column; /**< where the record starts; 0 if unknown */
  const mins_resolution *resolution; /**< set for its type, else NULL */
  const mins_action *action;
  const mins_item *item_record;
  const mins_person *person;
} mins_hit;

/** Receives hits; return 0 to go on, non-zero to stop the search. */
typedef int (*mins_hit_fn)(const mins_hit *hit, void *payload);

/**
 * Select the records of a parsed document: those of the search's types
 * that pass its filters and that a pattern matches (or, inverted, that no
 * pattern matches), in document order: people, items, resolutions,
 * actions. Calls fn for each; returns the number of hits (also when fn
 * stopped the search), MINS_ELIMIT when a pattern hit its match, depth or
 * heap limit (a pathological pattern), MINS_ENOMEM, and MINS_EINVAL for a
 * NULL search or document or an error PCRE2 should not give; *line gets
 * the record at fault for MINS_ELIMIT when line is not NULL.
 */
MINS_EXPORT long mins_search_doc(const mins_search *s, const mins_doc *d,
                                 mins_hit_fn fn, void *payload,
                                 unsigned *line);

/**
 * Write a hit as one JSON object without a trailing newline: "schema",
 * "file", "type", "meeting" {committee, date}, "item" {number, title} or
 * null, "line", "column", "text" (the searchable text), "matches" (the
 * matched strings) and "record": the record as the mins/1 contract writes
 * it in its list.
 */
MINS_EXPORT int mins_hit_write_json(const mins_doc *d, const mins_hit *h,
                                    mins_write_fn write, void *payload);
/* ------------------------------------------------------------------ */
/* Action tracking across meetings (mins-actions)                      */

/**
 * A tracker follows actions across many meetings: give it documents with
 * mins_tracker_add() (it copies what it needs, so each document may be
 * freed at once), call mins_tracker_finish() once, then read the tracked
 * actions, each with its history. Meetings are grouped into committees and
 * ordered by date; a later meeting's reviews (front matter `actions:`
 * entries with a `ref`, or "Action 3 (26 February 2019) – ...: Completed."
 * in an "Outstanding actions" item) and listings (the same "4.1" or the
 * same words in its action list) carry an action forward or close it.
 * mins-actions(1) documents every rule. Memory grows with the actions and
 * reviews, and by about a hundred bytes a meeting.
 */
typedef struct mins_tracker mins_tracker;

/** What happened to an action at a meeting. */
typedef enum mins_event_kind {
  MINS_EVENT_OPENED = 0, /**< the meeting that gave the action */
  MINS_EVENT_MENTIONED,  /**< its number used again in a meeting */
  MINS_EVENT_LISTED,     /**< a later meeting lists it again (carried) */
  MINS_EVENT_REVIEWED    /**< a later meeting reviews it, with a status */
} mins_event_kind;

/** "opened", "mentioned", "listed", "reviewed" (static). */
MINS_EXPORT const char *mins_event_kind_name(mins_event_kind k);

/** One entry of an action's history, oldest first. */
typedef struct mins_event {
  mins_event_kind kind;
  const char *date; /**< ISO date of the meeting */
  const char *file; /**< the document's name */
  unsigned line, column;
  const char *item;   /**< number of the item it stands in, or NULL */
  mins_status status; /**< reviews: the status said (open if unsaid) */
  mins_origin origin; /**< front matter or text */
  const char *text;   /**< the words as written */
  const char *note;   /**< a front matter review's note, or NULL */
} mins_event;

/* Flags of a tracked action. LAPSED: not closed, and not named by the
 * committee's latest meeting in the set. */
#define MINS_TRACKED_LATE (1u << 0)        /**< done after its due date */
#define MINS_TRACKED_LAPSED (1u << 1)      /**< later meetings stopped */
#define MINS_TRACKED_FROM_REVIEW (1u << 2) /**< known only from reviews */
#define MINS_TRACKED_INFERRED (1u << 3)    /**< inferred from a sentence */
#define MINS_TRACKED_DUE_NEXT (1u << 4)    /**< due: the next meeting's date */
#define MINS_TRACKED_FM_OWNER (1u << 5)    /**< owner from the front matter */
#define MINS_TRACKED_FM_DUE (1u << 6)      /**< due from the front matter */

/** An action followed across meetings. Owned by the tracker. */
typedef struct mins_tracked {
  const char *id;        /**< "slug/2019-05-20#3", "slug/2019-05-20@2" */
  const char *committee; /**< the committee's name, or NULL if unknown */
  const char *slug;      /**< lowercase, non-alphanumeric runs as '-' */
  const char *date;      /**< ISO date of the meeting that opened it */
  const char *number;    /**< "3", "4.1"; NULL when unnumbered */
  unsigned position;     /**< 1-based among its meeting's actions; 0 if
                              known from reviews only */
  const char *file;      /**< where it was opened (or first reviewed) */
  unsigned line, column;
  const char *item;           /**< its item's number, or NULL */
  const char *item_title;     /**< its item's title, or NULL */
  const char *text;           /**< the sentence that gave it */
  const char *owner;          /**< NULL when not stated */
  const char *due;            /**< ISO date, NULL when unknown */
  const char *due_text;       /**< the words ("by the next meeting") or NULL */
  mins_status status;         /**< the latest status given, else open */
  const char *status_date;    /**< meeting that gave the status, or NULL */
  const char *closed;         /**< meeting that closed it (done, dropped) */
  const char *last_mentioned; /**< latest meeting that named it */
  unsigned meetings_carried;  /**< later meetings held while it was open */
  unsigned meetings_silent;   /**< later meetings since its last mention,
                                   while not closed */
  unsigned flags;             /**< MINS_TRACKED_* */
  size_t event_count;
  const mins_event *events; /**< its history, oldest first */
} mins_tracked;

/** A committee: the meetings of the set that belong together. */
typedef struct mins_committee {
  const char *name; /**< as most of its meetings give it, or NULL */
  const char *slug;
  size_t meeting_count;     /**< dated meetings in the set */
  const char *first, *last; /**< dates of its first and last meeting */
  size_t action_count;
} mins_committee;

/** How a tracker reads a date in a file name, for minutes that give none. */
typedef enum mins_name_dates {
  MINS_NAME_DATES_SURE = 0, /**< only forms that leave no doubt:
                                 2023-03-14, 20230314, 14Mar2023 */
  MINS_NAME_DATES_YMD,      /**< also six digits as YYMMDD */
  MINS_NAME_DATES_DMY,      /**< also six digits as DDMMYY */
  MINS_NAME_DATES_MDY,      /**< also six digits as MMDDYY */
  MINS_NAME_DATES_NONE      /**< never from the file name */
} mins_name_dates;

/** Version of mins_tracker_options this header describes. */
#define MINS_TRACKER_OPTIONS_VERSION 1

/** Options for mins_tracker_new. Initialise with MINS_TRACKER_OPTIONS_INIT. */
typedef struct mins_tracker_options {
  unsigned version;           /**< MINS_TRACKER_OPTIONS_VERSION */
  unsigned flags;             /**< none yet: 0 */
  mins_name_dates name_dates; /**< file-name dates; six-digit years 00-68
                                   are 20xx, 69-99 19xx */
} mins_tracker_options;

#define MINS_TRACKER_OPTIONS_INIT                                              \
  { MINS_TRACKER_OPTIONS_VERSION, 0u, MINS_NAME_DATES_SURE }

/**
 * Make an empty tracker; opts may be NULL for the defaults. Returns 0,
 * MINS_ENOMEM, or MINS_EINVAL for options of another version. Free with
 * mins_tracker_free().
 */
MINS_EXPORT int mins_tracker_new(mins_tracker **out,
                                 const mins_tracker_options *opts);

/** Free a tracker and everything it handed out. NULL is fine. */
MINS_EXPORT void mins_tracker_free(mins_tracker *t);

/**
 * Add one meeting. Copies the meeting's committee, date, actions and
 * reviews; d may be freed as soon as this returns. A document read twice
 * (the same name) is kept once. Returns 0, MINS_ENOMEM, or MINS_EINVAL
 * after mins_tracker_finish().
 */
MINS_EXPORT int mins_tracker_add(mins_tracker *t, const mins_doc *d);

/**
 * Group the meetings into committees, order them by date, open, carry and
 * close the actions, resolve "by the next meeting", and compute each
 * action's age. Call once, after the last mins_tracker_add(). Problems
 * (a meeting without a date, a review of an action that cannot be found)
 * are left as diagnostics of the tracker. Returns 0 or MINS_ENOMEM.
 */
MINS_EXPORT int mins_tracker_finish(mins_tracker *t);

/** Tracked actions in meeting order (committee slug, date, position). */
MINS_EXPORT size_t mins_tracker_action_count(const mins_tracker *t);
MINS_EXPORT const mins_tracked *mins_tracker_action(const mins_tracker *t,
                                                    size_t i);

/** Committees, by slug. */
MINS_EXPORT size_t mins_tracker_committee_count(const mins_tracker *t);
MINS_EXPORT const mins_committee *mins_tracker_committee(const mins_tracker *t,
                                                         size_t i);

/**
 * Diagnostics of the tracker (rules "track-*", see mins-actions(1)), in the
 * order found; *file (if not NULL) gets the document concerned, or NULL.
 */
MINS_EXPORT size_t mins_tracker_diag_count(const mins_tracker *t);
MINS_EXPORT const mins_diag *mins_tracker_diag(const mins_tracker *t, size_t i,
                                               const char **file);

/**
 * 1 if the action is not closed and has a due date before as_of (ISO);
 * 0 otherwise, also when as_of is not a date.
 */
MINS_EXPORT int mins_tracked_overdue(const mins_tracked *a, const char *as_of);

/**
 * Days the action has been open: to the meeting that closed it, else to
 * as_of (ISO). -1 when as_of is needed and is not a date, or is before the
 * action's meeting.
 */
MINS_EXPORT long mins_tracked_days_open(const mins_tracked *a,
                                        const char *as_of);

/** How mins_tracker_select() orders what it selects. */
typedef enum mins_track_sort {
  MINS_SORT_MEETING = 0, /**< committee, meeting date, position */
  MINS_SORT_DUE,         /**< due date, unknown last; then meeting */
  MINS_SORT_OWNER        /**< owner (caseless), none last; then due */
} mins_track_sort;

#define MINS_SELECT_OPEN (1u << 0)    /**< open or ongoing */
#define MINS_SELECT_CLOSED (1u << 1)  /**< done or dropped */
#define MINS_SELECT_OVERDUE (1u << 2) /**< overdue as of as_of */
/** Match the filters' patterns without PCRE2's JIT (for valgrind). */
#define MINS_SELECT_NO_JIT (1u << 3)

/** Version of mins_track_filter this header describes. */
#define MINS_TRACK_FILTER_VERSION 1

/**
 * What mins_tracker_select() keeps. Initialise with
 * MINS_TRACK_FILTER_INIT. OPEN and CLOSED together keep both; OVERDUE
 * also needs as_of. Patterns are PCRE2, caseless; NULL keeps all.
 */
typedef struct mins_track_filter {
  unsigned version;      /**< MINS_TRACK_FILTER_VERSION */
  unsigned flags;        /**< MINS_SELECT_* */
  const char *as_of;     /**< ISO date for OVERDUE */
  const char *owner;     /**< pattern on the owner */
  const char *committee; /**< pattern on the committee's name or slug */
  const char *item;      /**< pattern on the item's number or title */
  const char *since;     /**< ISO: opened on or after */
  const char *until;     /**< ISO: opened on or before */
  mins_track_sort sort;
} mins_track_filter;

#define MINS_TRACK_FILTER_INIT                                                 \
  {                                                                            \
    MINS_TRACK_FILTER_VERSION, 0u, NULL, NULL, NULL, NULL, NULL, NULL,         \
        MINS_SORT_MEETING                                                      \
  }

/**
 * Select tracked actions. *out gets an array of *count indices (for
 * mins_tracker_action) in the order asked, freed with mins_free(); it may
 * be NULL when *count is 0. Returns 0, MINS_ENOMEM, MINS_EINVAL (a date
 * that is not ISO, OVERDUE without as_of, a tracker not finished) or
 * MINS_EPATTERN, in which case a "pattern-bad" diagnostic naming the
 * filter and the offset is added to the tracker's list.
 */
MINS_EXPORT int mins_tracker_select(size_t **out, size_t *count,
                                    mins_tracker *t,
                                    const mins_track_filter *f);

/**
 * Write one tracked action as a JSON object (see mins-actions(1), JSON),
 * with "overdue" and "days_open" measured at as_of (may be NULL: null).
 * flags: MINS_JSON_PRETTY. No trailing newline unless pretty.
 */
MINS_EXPORT int mins_tracked_write_json(const mins_tracked *a,
                                        const char *as_of, unsigned flags,
                                        mins_write_fn write, void *payload);

/**
 * Write the selected actions as one object: {"schema": "mins-actions/1",
 * "as_of", "committees", "actions", "diagnostics"}. sel and n as from
 * mins_tracker_select (sel NULL: every action in meeting order). flags:
 * MINS_JSON_PRETTY, MINS_JSON_NO_DIAGS.
 */
MINS_EXPORT int mins_tracker_write_json(const mins_tracker *t,
                                        const size_t *sel, size_t n,
                                        const char *as_of, unsigned flags,
                                        mins_write_fn write, void *payload);

/** The name and version of the JSON written by the tracker's writers. */
#define MINS_ACTIONS_SCHEMA "mins-actions/1"
/* ------------------------------------------------------------------ */
/* Export (mins-export): CSV, HTML, canonical minutes, public copies   */

/**
 * A copy of a document fit to publish: agenda items marked exempt or
 * confidential (MINS_ITEM_EXEMPT: front matter `exempt:`, or a title such
 * as "(Exempt)", see mins(5)) are left out, with the items numbered under
 * them ("7.1" under "7"), their text, and every record that stands in them:
 * resolutions, actions first mentioned there, mentions there of other
 * actions, reviews, declarations about them and diagnostics on their
 * lines. The copy's source text has the front matter and those items cut
 * out (mins_doc_body_offset() is 0); its records keep the lines and columns
 * of the original file.
 *
 * The copy shares strings with d: free it (mins_doc_free) before d. A
 * document without exempt items gives a copy equal to it.
 */
MINS_EXPORT int mins_doc_public(mins_doc **out, const mins_doc *d);

/**
 * Write canonical minutes: YAML front matter built from the records (the
 * meeting, people, declarations, exempt items, this meeting's actions with
 * owners, due dates and status, reviews the front matter made, unknown
 * keys as they were), then the body as written with the headings of
 * numbered items rewritten as `## N. Title`, LF line ends and one final
 * newline. Parsing the result gives the records of d, and writing that
 * again gives the same bytes (see mins-export(1)). flags must be 0.
 * Returns 0, MINS_EINVAL, MINS_ENOMEM, or MINS_EIO when write fails.
 */
MINS_EXPORT int mins_doc_write_md(const mins_doc *d, unsigned flags,
                                  mins_write_fn write, void *payload);

/** The kinds of record a CSV table holds, one table each. */
typedef enum mins_table {
  MINS_TABLE_MEETINGS = 0, /**< one row a document */
  MINS_TABLE_PEOPLE,       /**< present, in attendance, apologies, absent */
  MINS_TABLE_DECLARATIONS,
  MINS_TABLE_ITEMS,
  MINS_TABLE_RESOLUTIONS,
  MINS_TABLE_ACTIONS,
  MINS_TABLE_REVIEWS /**< reviews of earlier meetings' actions */
} mins_table;
#define MINS_TABLE_COUNT 7

/** "meetings", "people", "declarations", "items", "resolutions",
 * "actions", "reviews" (static); NULL past the end. */
MINS_EXPORT const char *mins_table_name(mins_table t);

/** The table with this name (case-insensitive, singular accepted), or
 * MINS_ENOTFOUND. */
MINS_EXPORT int mins_table_by_name(const char *name);

/**
 * Write the header row of a CSV table (RFC 4180: CRLF line ends, fields
 * quoted where they hold a comma, a quote or a line break, UTF-8). The
 * columns are listed in mins-export(1); every table starts with the file,
 * the meeting's date and its committee, so a spreadsheet needs no join.
 */
MINS_EXPORT int mins_csv_write_header(mins_table t, mins_write_fn write,
                                      void *payload);

/** Write the rows of one document for table t (no header). */
MINS_EXPORT int mins_doc_write_csv(const mins_doc *d, mins_table t,
                                   mins_write_fn write, void *payload);

/** Version of mins_html_options this header describes. */
#define MINS_HTML_OPTIONS_VERSION 1

/** Options for the HTML writers. Initialise with MINS_HTML_OPTIONS_INIT. */
typedef struct mins_html_options {
  unsigned version;    /**< MINS_HTML_OPTIONS_VERSION */
  unsigned flags;      /**< none yet: 0 */
  const char *index;   /**< a meeting page links here ("index.html"), or
                            NULL for a page that stands alone */
  const char *source;  /**< how the page names its source file, or NULL
                            for the document's name */
} mins_html_options;

#define MINS_HTML_OPTIONS_INIT {MINS_HTML_OPTIONS_VERSION, 0u, NULL, NULL}

/**
 * Write one meeting as a standalone HTML5 page: the meeting's header, the
 * people, declarations, then each agenda item as a section (`#item-5`)
 * with its text rendered by cmark (raw HTML left out, images shown as
 * links, so the page asks nothing from elsewhere) and its resolutions
 * (`#resolution-2`), actions (`#action-3`) and reviews marked; a style
 * sheet for screen and print is inside the page. opts may be NULL.
 */
MINS_EXPORT int mins_doc_write_html(const mins_doc *d,
                                    const mins_html_options *opts,
                                    mins_write_fn write, void *payload);

/**
 * A set of meetings for the pages that span them: an index by committee
 * and date, and registers of resolutions and of actions linking back to
 * each meeting's page. It keeps copies of what those pages show, not the
 * documents.
 */
typedef struct mins_index mins_index;

/** Pages of an index. */
typedef enum mins_index_page {
  MINS_INDEX_MEETINGS = 0, /**< meetings by committee and date */
  MINS_INDEX_RESOLUTIONS,  /**< every resolution, by date */
  MINS_INDEX_ACTIONS       /**< every action, by date (as each meeting
                                records it; not carried across meetings) */
} mins_index_page;
#define MINS_INDEX_PAGE_COUNT 3

/** Make an empty index. Free with mins_index_free(). */
MINS_EXPORT int mins_index_new(mins_index **out);
/** Free an index. NULL is fine. */
MINS_EXPORT void mins_index_free(mins_index *ix);

/**
 * Add a meeting whose page is at href (relative to the index pages, as
 * written into links). Copies what it needs: d may be freed afterwards.
 */
MINS_EXPORT int mins_index_add(mins_index *ix, const mins_doc *d,
                               const char *href);

/** The file name the pages link each other by: "index.html",
 * "resolutions.html", "actions.html" (static); NULL past the end. */
MINS_EXPORT const char *mins_index_page_file(mins_index_page page);

/** Write one page of the index as a standalone HTML5 page. */
MINS_EXPORT int mins_index_write_html(const mins_index *ix,
                                      mins_index_page page,
                                      mins_write_fn write, void *payload);

/**
 * A file written whole or not at all: the data goes to a temporary file
 * in the target's directory, which mins_output_commit() renames over the
 * target, so a reader never sees half a file and a failed export leaves
 * the old file as it was.
 */
typedef struct mins_output mins_output;

/**
 * Start writing path. Returns MINS_EIO when the temporary file cannot be
 * made (errno says why).
 */
MINS_EXPORT int mins_output_open(mins_output **out, const char *path);

/**
 * The temporary file's descriptor, for a program that has something else
 * write into it (it may make it its standard output with dup2). Owned by
 * o: closed by mins_output_commit() or mins_output_abort().
 */
MINS_EXPORT int mins_output_fd(const mins_output *o);

/** A mins_write_fn: payload is the mins_output. */
MINS_EXPORT int mins_output_write(const char *data, size_t len,
                                  void *payload);

/**
 * Flush, sync and rename over the target; frees o. Returns MINS_EIO if any
 * write or the rename failed (errno says why), and then removes the
 * temporary file and leaves the target alone.
 */
MINS_EXPORT int mins_output_commit(mins_output *o);

/** Give up: remove the temporary file, free o. NULL is fine. */
MINS_EXPORT void mins_output_abort(mins_output *o);

/* ------------------------------------------------------------------ */
/* Checks (the clerk's check before circulation, see mins-parse(1))    */

/**
 * A rule configuration: which rules report and at what severity, and the
 * settings some rules read (the house style of resolutions, the quorum),
 * for every document or for one committee's. Settings are kept in the
 * order they were made; a later one wins. Free with mins_rules_free().
 */
typedef struct mins_rules mins_rules;

/** A level for mins_rules_set: the rule does not report. */
#define MINS_RULE_OFF (-1)
/** A level for mins_rules_set: the rule reports at its default severity. */
#define MINS_RULE_DEFAULT (-2)

/** Make an empty configuration (every rule at its default). */
MINS_EXPORT int mins_rules_new(mins_rules **out);

/** Free a configuration. NULL is fine. */
MINS_EXPORT void mins_rules_free(mins_rules *r);

/**
 * Set the level of a rule id, of a family of rules ("actions"), or of
 * "all": a mins_severity, MINS_RULE_OFF or MINS_RULE_DEFAULT. committee is
 * NULL for every document, or a committee's name (compared without case,
 * spaces or punctuation) for its documents only. Returns MINS_ENOTFOUND
 * for an unknown name, MINS_EINVAL for a bad level.
 */
MINS_EXPORT int mins_rules_set(mins_rules *r, const char *committee,
                               const char *name, int level);

/**
 * Set a setting: "resolution-formula" (the formula every "Resolved"
 * resolution must open with, such as "Resolved, that") or "quorum" (the
 * number of members present a meeting needs, "3", or a fraction of the
 * membership, "1/3"). committee as for mins_rules_set. Returns
 * MINS_ENOTFOUND for an unknown key, MINS_EINVAL for a bad value.
 */
MINS_EXPORT int mins_rules_set_option(mins_rules *r, const char *committee,
                                      const char *key, const char *value);

/**
 * Read a configuration file's text (the format is in mins-parse(1),
 * "Configuration files") and add its settings. name is the file's name,
 * for the caller: the diagnostics hold no file name, so a program prints
 * it with them. Every bad line leaves a "config-bad" diagnostic with its
 * line and column; the call returns the first error met, or 0.
 */
MINS_EXPORT int mins_rules_load(mins_rules *r, const char *name,
                                const char *text, size_t len);

/** Diagnostics of the last mins_rules_load (borrowed, valid until the next). */
MINS_EXPORT size_t mins_rules_diag_count(const mins_rules *r);
MINS_EXPORT const mins_diag *mins_rules_diag(const mins_rules *r, size_t i);

/**
 * The rule id, family or setting closest to a misspelt name (within two
 * edits), for a "did you mean" hint, or NULL. Static.
 */
MINS_EXPORT const char *mins_rule_suggest(const char *name);

/** 1 if a text read said `root = true`: look for no files further up. */
MINS_EXPORT int mins_rules_root(const mins_rules *r);

/** Version of mins_check_options this header describes. */
#define MINS_CHECK_OPTIONS_VERSION 1

/** Run no check: only apply the configuration to the parse's diagnostics. */
#define MINS_CHECK_RULES_ONLY (1u << 0)

/** Options for mins_doc_check. Initialise with MINS_CHECK_OPTIONS_INIT. */
typedef struct mins_check_options {
  unsigned version;        /**< MINS_CHECK_OPTIONS_VERSION */
  unsigned flags;          /**< MINS_CHECK_* flags */
  const mins_rules *rules; /**< NULL: every rule at its default */
} mins_check_options;

#define MINS_CHECK_OPTIONS_INIT                                                \
  { MINS_CHECK_OPTIONS_VERSION, 0u, NULL }

/**
 * Check a document as a careful second reader would before circulation:
 * run every rule of the table marked `check` (see mins(5), DIAGNOSTICS)
 * and add what they find to the document's diagnostics. Then apply the
 * configuration to all of its diagnostics, the parse's included: rules
 * turned off are removed, severities are set, and the list is sorted by
 * position. opts may be NULL for the defaults. Call it once per document.
 * Returns 0, MINS_EINVAL or MINS_ENOMEM.
 */
MINS_EXPORT int mins_doc_check(mins_doc *d, const mins_check_options *opts);

/** Write SARIF 2.1.0 result objects instead of mins/1 diagnostic objects. */
#define MINS_DIAGS_SARIF (1u << 0)

/**
 * Write one diagnostic as one line of JSON (with its newline): the object
 * of the mins/1 "diagnostics" array, or with MINS_DIAGS_SARIF a SARIF
 * 2.1.0 result (join results with commas between mins_sarif_begin and
 * mins_sarif_end). file names the file; d, when not NULL, is the document
 * the diagnostic is about, used to count SARIF columns in code points.
 */
MINS_EXPORT int mins_diag_write_json(const mins_diag *g, const char *file,
                                     const mins_doc *d, unsigned flags,
                                     mins_write_fn write, void *payload);

/**
 * Write the start of a SARIF 2.1.0 log up to the opening of its results
 * array: one run whose tool is `tool` (with the library's version) and
 * whose rules are the table's.
 */
MINS_EXPORT int mins_sarif_begin(const char *tool, mins_write_fn write,
                                 void *payload);

/** Write the end of a SARIF log begun by mins_sarif_begin. */
MINS_EXPORT int mins_sarif_end(mins_write_fn write, void *payload);

#ifdef __cplusplus
}
#endif

#endif /* MINS_H */
