// The latency floor of `make bench`: what handling one dropped file costs at the least when files
// arrive one at a time. Waits on inotify for files renamed into (or closed after writing in) DROP; for
// each: open, fstat, read it whole, close, append one line naming it to LOG with a single write, fsync
// LOG (a lone file has no batch to share an fsync with), rename it into PROCESSED. No parsing, no
// hashing, no JSON, no settling of files written in place.
//
// usage: floor-watch DROP PROCESSED LOG       prints "ready" once watching; stops on SIGTERM
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

static void fail(const char *what, const char *path) {
    fprintf(stderr, "floor-watch: %s '%s': %s\n", what, path, strerror(errno));
    exit(1);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: floor-watch DROP PROCESSED LOG\n");
        return 64;
    }
    int drop = open(argv[1], O_RDONLY | O_DIRECTORY);
    int processed = open(argv[2], O_RDONLY | O_DIRECTORY);
    int log = open(argv[3], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    int watch = inotify_init1(IN_CLOEXEC);
    if (drop < 0) fail("open", argv[1]);
    if (processed < 0) fail("open", argv[2]);
    if (log < 0) fail("open", argv[3]);
    if (watch < 0 || inotify_add_watch(watch, argv[1], IN_MOVED_TO | IN_CLOSE_WRITE) < 0) fail("inotify", argv[1]);
    printf("ready\n");
    fflush(stdout);

    static char events[64 * 1024] __attribute__((aligned(__alignof__(struct inotify_event))));
    static char buffer[1 << 20];
    char line[512];
    long files = 0;
    for (;;) {
        ssize_t length = read(watch, events, sizeof events);
        if (length < 0) fail("read", "inotify");
        for (char *cursor = events; cursor < events + length;) {
            struct inotify_event *event = (struct inotify_event *)cursor;
            cursor += sizeof *event + event->len;
            if (event->len == 0 || event->name[0] == '.') continue;
            int fd = openat(drop, event->name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0) continue;  // already taken (a rename also ends a write in place)
            struct stat info;
            if (fstat(fd, &info) != 0) fail("fstat", event->name);
            ssize_t total = 0, got;
            while ((got = read(fd, buffer, sizeof buffer)) > 0) total += got;
            if (got < 0) fail("read", event->name);
            close(fd);
            int size = snprintf(line, sizeof line, "{\"seq\":%ld,\"path\":\"%s\",\"bytes\":%zd}\n", ++files,
                                event->name, total);
            if (write(log, line, (size_t)size) != size) fail("write", argv[3]);
            if (fsync(log) != 0) fail("fsync", argv[3]);
            if (renameat(drop, event->name, processed, event->name) != 0) fail("rename", event->name);
        }
    }
}
