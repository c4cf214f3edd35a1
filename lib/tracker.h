/* SPDX-License-Identifier: MIT */
/*
 * What the tracker's files share (tracker.c, write_tracker.c): dates as
 * day numbers and committee slugs. Nothing here is public.
 */
#ifndef MINS_TRACKER_H
#define MINS_TRACKER_H

#include <stdint.h>

#include "internal.h"

/* Days since 1970-01-01 of an ISO date, or INT32_MIN if it is not one. */
int32_t mins__track_day(const char *iso);
/* "Safer City Partnership" -> "safer-city-partnership": ASCII lowercase,
 * every run of other characters one '-', none at either end. */
char *mins__track_slug(mins__arena *a, const char *s);

#endif
