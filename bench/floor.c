// The floor of `make bench`: only the per-file system calls no drop-folder ingester can avoid, with
// newsdrop's group commit. For every regular file in DROP (one readdir pass): open, fstat, read it
// whole, close, append one line naming it to LOG with a single write; every BATCH lines (and at the
// end) one fsync of LOG, then each of those files renamed into PROCESSED. No parsing, no hashing, no
// JSON: what is left when all of that costs nothing.
//
// usage: floor DROP PROCESSED LOG [always|batch|never]
// prints: floor: FILES files in SECONDS s: FILES/S files/s (fsync MODE)
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { BATCH = 64 };

static void fail(const char *what, const char *path) {
    fprintf(stderr, "floor: %s '%s': %s\n", what, path, strerror(errno));
    exit(1);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: floor DROP PROCESSED LOG [always|batch|never]\n");
        return 64;
    }
    const char *mode = argc > 4 ? argv[4] : "batch";
    int batch = strcmp(mode, "always") == 0 ? 1 : BATCH;
    int sync = strcmp(mode, "never") != 0;
    int drop = open(argv[1], O_RDONLY | O_DIRECTORY);
    int processed = open(argv[2], O_RDONLY | O_DIRECTORY);
    int log = open(argv[3], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (drop < 0) fail("open", argv[1]);
    if (processed < 0) fail("open", argv[2]);
    if (log < 0) fail("open", argv[3]);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    DIR *dir = fdopendir(dup(drop));
    if (!dir) fail("opendir", argv[1]);
    static char names[BATCH][256];
    static char buffer[1 << 20];
    char line[512];
    int pending = 0;
    long files = 0;
    struct dirent *entry;
    for (;;) {
        entry = readdir(dir);
        // DT_UNKNOWN: a file system that does not say; fstat below does.
        if (entry && ((entry->d_type != DT_REG && entry->d_type != DT_UNKNOWN) || entry->d_name[0] == '.')) continue;
        if (entry) {
            int fd = openat(drop, entry->d_name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0) fail("open", entry->d_name);
            struct stat info;
            if (fstat(fd, &info) != 0) fail("fstat", entry->d_name);
            if (!S_ISREG(info.st_mode)) {
                close(fd);
                continue;
            }
            ssize_t total = 0, got;
            while ((got = read(fd, buffer, sizeof buffer)) > 0) total += got;
            if (got < 0) fail("read", entry->d_name);
            close(fd);
            int length = snprintf(line, sizeof line, "{\"seq\":%ld,\"path\":\"%s\",\"bytes\":%zd}\n", files + 1,
                                  entry->d_name, total);
            if (write(log, line, (size_t)length) != length) fail("write", argv[3]);
            snprintf(names[pending++], sizeof names[0], "%s", entry->d_name);
            files++;
        }
        if (pending == batch || (!entry && pending > 0)) {
            if (sync && fsync(log) != 0) fail("fsync", argv[3]);
            for (int i = 0; i < pending; i++) {
                if (renameat(drop, names[i], processed, names[i]) != 0) fail("rename", names[i]);
            }
            pending = 0;
        }
        if (!entry) break;
    }
    closedir(dir);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("floor: %ld files in %.3f s: %.0f files/s (fsync %s)\n", files, seconds, (double)files / seconds, mode);
    return 0;
}
