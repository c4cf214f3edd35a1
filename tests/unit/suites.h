/* SPDX-License-Identifier: MIT */
/* The unit test suites: one line each, one file tests/unit/test_NAME.c
 * defining `int suite_NAME(void)`. */
SUITE(dates)
SUITE(text)
SUITE(frontmatter)
SUITE(people)
SUITE(meeting)
SUITE(items)
SUITE(resolutions)
SUITE(actions)
SUITE(json)
SUITE(api)
SUITE(seeds)
SUITE(grep)
SUITE(tracker)
SUITE(export)
SUITE(check)
SUITE(robust)
