#ifndef NEWSDROP_CLINUX_H
#define NEWSDROP_CLINUX_H
// Linux calls and constants that Swift's Glibc module hides behind _GNU_SOURCE.

/// renameat2(2) with RENAME_NOREPLACE: fails with EEXIST instead of replacing `newpath`.
int newsdrop_rename_noreplace(int olddirfd, const char *oldpath, int newdirfd, const char *newpath);

/// fcntl(F_SETLEASE, F_RDLCK) then F_UNLCK at once: 0 when nobody has the file open for writing,
/// -1 with errno EAGAIN when somebody does (EACCES when we may not take leases on it).
int newsdrop_probe_no_writers(int fd);

/// O_PATH, for walking directories without opening them for reading.
int newsdrop_o_path(void);

/// O_TMPFILE, for a nameless file in a directory (the log's duplicate index).
int newsdrop_o_tmpfile(void);

/// malloc_trim(0): hands the allocator's free pages back to the kernel (glibc keeps them otherwise).
void newsdrop_release_free_memory(void);

/// mallopt(M_ARENA_MAX, count): at most `count` malloc arenas (glibc otherwise gives busy threads up to
/// eight per core, and freed memory left scattered over them is what malloc_trim cannot hand back).
void newsdrop_limit_malloc_arenas(int count);

#include <stddef.h>

/// Appends, when this process crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT), the name of
/// the file the crashing thread was parsing (newsdrop_parsing_begin) and a NUL to `fd`, then passes
/// the signal on to the handler installed before (the Swift runtime's backtracer, or the default
/// action). Returns 0, or -1 with errno from sigaction(2).
int newsdrop_install_crash_note(int fd);

/// Names the file this thread parses from now on, for the crash note (a copy of at most 4095 bytes).
void newsdrop_parsing_begin(const char *name, size_t length);

/// This thread parses no file any more.
void newsdrop_parsing_end(void);
#endif
