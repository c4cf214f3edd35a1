/* SPDX-License-Identifier: MIT */
/*
 * Files written whole or not at all. An export that fails half way (a full
 * disk, a killed process) must not leave a truncated page or a CSV that
 * looks complete, nor destroy the good file it was replacing. So the data
 * goes to a new temporary file in the target's own directory (a rename is
 * atomic only within one file system), which is synced and renamed over
 * the target on commit, and removed on failure. The temporary's name
 * starts with a dot so that a directory walk (ours included) passes over
 * it.
 */
#define _POSIX_C_SOURCE 200809L /* open, fchmod, fsync, O_CLOEXEC */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

struct mins_output {
  FILE *f;
  char *tmp;  /* the temporary file's path */
  char *path; /* the target */
  int failed; /* a write failed: errno saved in err */
  int err;
};

static void drop(mins_output *o) {
  free(o->tmp);
  free(o->path);
  free(o);
}

int mins_output_open(mins_output **out, const char *path) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (!path || !*path)
    return MINS_EINVAL;
  mins_output *o = calloc(1, sizeof *o);
  if (!o)
    return MINS_ENOMEM;
  size_t n = strlen(path);
  const char *slash = strrchr(path, '/');
  size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
  size_t cap = n + 48;
  o->path = malloc(n + 1);
  o->tmp = malloc(cap);
  if (!o->path || !o->tmp) {
    drop(o);
    return MINS_ENOMEM;
  }
  memcpy(o->path, path, n + 1);
  memcpy(o->tmp, path, dir);
  /* dir/.name.PID.N: O_EXCL makes a name taken by anyone else fail, and
   * the mode is what the umask gives any new file (mkstemp's 0600 would
   * make a published page private) */
  int fd = -1;
  unsigned long salt = (unsigned long)(size_t)o ^ (unsigned long)time(NULL);
  for (unsigned k = 0; k < 100 && fd < 0; k++) {
    snprintf(o->tmp + dir, cap - dir, ".%s.%ld.%lx", path + dir, (long)getpid(),
             (salt + k * 7919u) & 0xFFFFFFu);
    fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST)
      break;
  }
  if (fd < 0) {
    int e = errno;
    drop(o);
    errno = e;
    return MINS_EIO;
  }
  /* replacing a file: keep its permissions */
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
    fchmod(fd, st.st_mode & 07777);
  if (!(o->f = fdopen(fd, "wb"))) {
    int e = errno;
    close(fd);
    unlink(o->tmp);
    drop(o);
    errno = e;
    return MINS_EIO;
  }
  *out = o;
  return MINS_OK;
}

int mins_output_fd(const mins_output *o) {
  return o ? fileno(o->f) : -1;
}

int mins_output_write(const char *data, size_t len, void *payload) {
  mins_output *o = payload;
  if (!o || o->failed)
    return -1;
  if (len && fwrite(data, 1, len, o->f) != len) {
    o->failed = 1;
    o->err = errno ? errno : EIO;
    return -1;
  }
  return 0;
}

int mins_output_commit(mins_output *o) {
  if (!o)
    return MINS_EINVAL;
  int bad = o->failed;
  int e = o->err;
  if (!bad && (fflush(o->f) != 0 || fsync(fileno(o->f)) != 0)) {
    bad = 1;
    e = errno;
  }
  if (fclose(o->f) != 0 && !bad) {
    bad = 1;
    e = errno;
  }
  if (!bad && rename(o->tmp, o->path) != 0) {
    bad = 1;
    e = errno;
  }
  if (bad)
    unlink(o->tmp);
  drop(o);
  if (bad) {
    errno = e;
    return MINS_EIO;
  }
  return MINS_OK;
}

void mins_output_abort(mins_output *o) {
  if (!o)
    return;
  fclose(o->f);
  unlink(o->tmp);
  drop(o);
}
