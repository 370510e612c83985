#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <stdio.h>
#include "CLinux.h"

int newsdrop_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath) {
    return renameat2(olddirfd, oldpath, newdirfd, newpath, RENAME_NOREPLACE);
}

int newsdrop_probe_no_writers(int fd) {
    // A read lease is granted only while no process holds the file open for writing. We drop it
    // at once: holding it would make a writer's open(2) block until we let go.
    if (fcntl(fd, F_SETLEASE, F_RDLCK) == -1) return -1;
    int saved = errno;
    fcntl(fd, F_SETLEASE, F_UNLCK);
    errno = saved;
    return 0;
}

int newsdrop_o_path(void) { return O_PATH; }

int newsdrop_o_tmpfile(void) { return O_TMPFILE; }

void newsdrop_release_free_memory(void) { malloc_trim(0); }

void newsdrop_limit_malloc_arenas(int count) { mallopt(M_ARENA_MAX, count); }
