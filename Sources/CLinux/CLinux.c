#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
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

// The crash note. Everything the handler touches is set up before it can run: the descriptor once at
// start, each thread's name in its own buffer; the handler calls only write(2) and sigaction(2), which
// are async-signal-safe.
static int crash_note_fd = -1;
static struct sigaction crash_previous[NSIG];
static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT};
static __thread char parsing_name[4096];
static __thread size_t parsing_length;

static void crash_note_handler(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    if (crash_note_fd >= 0 && parsing_length > 0) {
        // A NUL ends each name: a file's name may hold a newline, never a NUL.
        parsing_name[parsing_length] = 0;
        ssize_t written = write(crash_note_fd, parsing_name, parsing_length + 1);
        (void)written;
        parsing_length = 0;
    }
    // The previous handler takes over. A fault (an illegal instruction, a bad address) happens again
    // when this handler returns, now under it; a signal raised on purpose (abort's SIGABRT) is raised
    // again.
    sigaction(signal_number, &crash_previous[signal_number], NULL);
    if (info == NULL || info->si_code <= 0) raise(signal_number);
}

int newsdrop_install_crash_note(int fd) {
    crash_note_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = crash_note_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < sizeof crash_signals / sizeof crash_signals[0]; index++) {
        if (sigaction(crash_signals[index], &action, &crash_previous[crash_signals[index]]) == -1) return -1;
    }
    return 0;
}

void newsdrop_parsing_begin(const char *name, size_t length) {
    if (length > sizeof parsing_name - 1) length = sizeof parsing_name - 1;
    memcpy(parsing_name, name, length);
    parsing_length = length;
}

void newsdrop_parsing_end(void) { parsing_length = 0; }
