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
  MINS_ENOTFOUND = -7 /**< no such name (pattern family, rule) */
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
 * lines. name is used in diagnostics. Every bad line leaves a diagnostic
 * with its line and column; the call returns the first error met, or 0.
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
 * mins-json(5)), without a trailing newline unless MINS_JSON_PRETTY.
 */
MINS_EXPORT int mins_doc_write_json(const mins_doc *d, unsigned flags,
                                    mins_write_fn write, void *payload);

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
 * "Configuration files") and add its settings. name is used in
 * diagnostics. Every bad line leaves a "config-bad" diagnostic with its line
 * and column; the call returns the first error met, or 0.
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
