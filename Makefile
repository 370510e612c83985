# newsdrop — the two commands a newcomer needs are `make run` and `make test`.
SWIFT       ?= swift
PREFIX      ?= /usr/local
VAR         ?= $(CURDIR)/var
BIN_PATH     = $(shell $(SWIFT) build --show-bin-path)
# The one release build: tests run it (NEWSDROP_BIN) and `make install` ships it. The Swift runtime
# and Foundation are linked statically, so it runs on a server without a Swift toolchain.
RELEASE_FLAGS = -c release --static-swift-stdlib
# (asked of SwiftPM once, and only by the targets that use it)
RELEASE_BIN   = $(eval RELEASE_BIN := $(shell $(SWIFT) build $(RELEASE_FLAGS) --show-bin-path))$(RELEASE_BIN)

# `make install [DESTDIR=/tmp/tree] [PREFIX=/usr]`. The unit, sysusers.d and tmpfiles.d go below
# $(PREFIX)/lib, which systemd searches for /usr and /usr/local; other prefixes need UNITDIR=… etc.
# The config is always /etc/newsdrop/newsdrop.toml (the daemon's default) and never overwritten.
DESTDIR     ?=
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
UNITDIR     ?= $(PREFIX)/lib/systemd/system
SYSUSERSDIR ?= $(PREFIX)/lib/sysusers.d
TMPFILESDIR ?= $(PREFIX)/lib/tmpfiles.d
CONFDIR     ?= /etc/newsdrop
MAN_DIR      = .build/man
# The manual's date: the last commit's, so the page does not change with every build.
MAN_DATE    ?= $(shell git log -1 --format=%cs 2>/dev/null || date +%F)

.PHONY: all build release run test lint format clean man install install-files uninstall test-systemd

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build $(RELEASE_FLAGS) --product newsdrop

# Runs the daemon on an embedded default tree under ./var (created if missing):
# drop files into var/drop/, follow var/log/articles.jsonl.
run: build
	@mkdir -p $(VAR)/drop $(VAR)/processed $(VAR)/rejected $(VAR)/log
	@echo "newsdrop: drop files into $(VAR)/drop; follow with: tail -F $(VAR)/log/articles.jsonl"
	$(BIN_PATH)/newsdrop run --config Config/newsdrop.toml \
		--drop $(VAR)/drop --log $(VAR)/log/articles.jsonl \
		--processed $(VAR)/processed --rejected $(VAR)/rejected

# Every test: unit tests per module, and end-to-end tests that run the release binary (the one
# that ships; a debug build parses about ten times slower, which the burst tests would feel).
# Then the systemd checks (Tests/systemd): the unit, sysusers.d and tmpfiles.d statically, and
# `make install` into a tree booted under a real systemd in systemd-nspawn (needs root).
test: lint
	$(SWIFT) build $(RELEASE_FLAGS) --product newsdrop
	NEWSDROP_BIN=$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/newsdrop $(SWIFT) test
	$(MAKE) test-systemd

test-systemd:
	@if [ "$$(id -u)" != 0 ]; then echo "test-systemd: SKIPPED, needs root (namespaces, systemd-nspawn)"; exit 0; fi; \
	set -e; \
	NEWSDROP_BIN=$(RELEASE_BIN)/newsdrop Tests/systemd/static_checks.sh; \
	MAKE="$(MAKE)" Tests/systemd/nspawn_e2e.sh

# Style: .swift-format (4 spaces, 120 columns, ordered imports, /// doc comments).
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift Fuzz bench/ParseBench

format:
	$(SWIFT) format -i -r Sources Tests Package.swift Fuzz bench/ParseBench

# Measures `newsdrop parse` on every sample (../shared/samples, beside the repository): body token
# F1, exact title/published/url/site/language/paragraphs rates and the misses. It never fails on a
# miss; the golden tests assert.
SAMPLES ?= $(CURDIR)/../shared/samples

.PHONY: eval fuzz bench bench-parse torture sanitize sanitize-address sanitize-thread

# The test suite under AddressSanitizer (with LeakSanitizer), then under ThreadSanitizer: the test
# process and every daemon it starts (a debug newsdrop built with the same sanitizer, as NEWSDROP_BIN).
# Every process writes its reports through log_path; a single error or race anywhere fails the target
# (Tests/Sanitizers/check-reports). StressTests are left out: their deadlines are about throughput, and
# a sanitized debug daemon is 10-20x slower. Leaks in code that is not ours: Tests/Sanitizers/lsan.supp.
SANITIZE_SKIP ?= StressTests
sanitize: sanitize-address sanitize-thread

sanitize-address: SANITIZER = address
sanitize-address: SCRATCH = .build-asan
sanitize-address: SANITIZER_ENV = ASAN_OPTIONS=log_path=$(CURDIR)/.build-asan/reports/report \
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp
sanitize-thread: SANITIZER = thread
sanitize-thread: SCRATCH = .build-tsan
sanitize-thread: SANITIZER_ENV = TSAN_OPTIONS=log_path=$(CURDIR)/.build-tsan/reports/report
sanitize-address sanitize-thread:
	$(SWIFT) build --sanitize=$(SANITIZER) --scratch-path $(SCRATCH) --build-tests
	rm -rf $(SCRATCH)/reports && mkdir -p $(SCRATCH)/reports
	SWIFT_BACKTRACE=enable=no $(SANITIZER_ENV) NEWSDROP_BIN=$(CURDIR)/$(SCRATCH)/debug/newsdrop \
		$(SWIFT) test --skip-build --sanitize=$(SANITIZER) --scratch-path $(SCRATCH) --skip '$(SANITIZE_SKIP)'
	Tests/Sanitizers/check-reports $(SCRATCH)/reports

# Parse time per article (median, p99) and MB/s on one core, over every sample, in a release build
# of the parser (the bench/ParseBench package, built in its own scratch folder).
BENCH_DIR     = .build-bench
PARSE_ROUNDS ?= 200
bench-parse:
	@# A stale build plan in a separate scratch folder can miss new source files of the root package.
	@rm -f $(BENCH_DIR)/release.yaml
	$(SWIFT) build -c release --package-path bench/ParseBench --scratch-path $(BENCH_DIR)
	$$($(SWIFT) build -c release --package-path bench/ParseBench --scratch-path $(BENCH_DIR) --show-bin-path)/parse-bench \
		--rounds $(PARSE_ROUNDS) $(SAMPLES)

# `make bench`: newsdrop against the floor (bench/floor.c, bench/floor_watch.c) and the peers, in one run:
# bursts (bench/burst.py), the peers' speed and correctness (bench/peers.py), single drops (bench/latency.py), start-up on a 1 GiB log (bench/startup.py),
# cost per file by size and by burst length with peak memory (bench/scaling.py), and the parser alone
# (`make bench-parse`: µs per article and MB/s on one core over the samples).
BENCH_FILES   ?= 10000
BENCH_ROUNDS  ?= 2
BENCH_COUNTS  ?= 1000,10000,100000
BENCH_LOG     ?= 1073741824
BENCH_ARTICLES = Tests/articles $(SAMPLES)
bench: release
	@mkdir -p $(BENCH_DIR)
	@# The peers: inotify-tools and jq from Debian, watchdog from PyPI (in a venv of its own).
	command -v inotifywait >/dev/null && command -v jq >/dev/null || apt-get install -y inotify-tools jq
	test -x $(BENCH_DIR)/peers-venv/bin/python || python3 -m venv $(BENCH_DIR)/peers-venv
	$(BENCH_DIR)/peers-venv/bin/python -c 'import watchdog' 2>/dev/null || $(BENCH_DIR)/peers-venv/bin/pip install -q watchdog
	cc -O2 -Wall -Wextra -o $(BENCH_DIR)/floor bench/floor.c
	cc -O2 -Wall -Wextra -o $(BENCH_DIR)/floor-watch bench/floor_watch.c
	python3 bench/burst.py --newsdrop $(RELEASE_BIN)/newsdrop --floor $(BENCH_DIR)/floor \
		--files $(BENCH_FILES) --rounds $(BENCH_ROUNDS) $(BENCH_ARTICLES)
	python3 bench/peers.py --newsdrop $(RELEASE_BIN)/newsdrop --python $(BENCH_DIR)/peers-venv/bin/python \
		$(BENCH_ARTICLES)
	python3 bench/latency.py --newsdrop $(RELEASE_BIN)/newsdrop --floor-watch $(BENCH_DIR)/floor-watch \
		--rounds $(BENCH_ROUNDS) $(BENCH_ARTICLES)
	python3 bench/startup.py --newsdrop $(RELEASE_BIN)/newsdrop --size $(BENCH_LOG) --rounds $(BENCH_ROUNDS) \
		$(BENCH_ARTICLES)
	python3 bench/scaling.py --newsdrop $(RELEASE_BIN)/newsdrop --floor $(BENCH_DIR)/floor \
		--counts $(BENCH_COUNTS) $(BENCH_ARTICLES)
	$(MAKE) --no-print-directory bench-parse

eval:
	$(SWIFT) build $(RELEASE_FLAGS) --product newsdrop
	python3 bench/eval.py $(RELEASE_BIN)/newsdrop --samples $(SAMPLES)

# The long versions of the crash and overflow tests (issue 5): 1,000 SIGKILLs while 15,000 files
# arrive, and 100,500 files while the daemon is frozen (with its VmRSS before and after). Each prints
# files in, records out, lost and duplicated (the README's reliability table); minutes, not seconds.
torture:
	$(SWIFT) build $(RELEASE_FLAGS) --product newsdrop
	NEWSDROP_TORTURE=1 NEWSDROP_BIN=$(RELEASE_BIN)/newsdrop $(SWIFT) test --filter "StressTests|ClockAndPauseTests"

# Fuzzes ArticleParser.parse for $(FUZZ_SECONDS) s with libFuzzer and ASan (the Fuzz/ package),
# seeded with the samples. New inputs stay in $(FUZZ_DIR)/corpus; a crash is saved in
# $(FUZZ_DIR)/crashes/ and fails the target.
FUZZ_SECONDS ?= 60
FUZZ_DIR      = .build-fuzz
FUZZ_FLAGS    = --package-path Fuzz -c release --scratch-path $(FUZZ_DIR) \
	-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz:
	$(SWIFT) build $(FUZZ_FLAGS)
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/crashes
	cp $(SAMPLES)/*/*.txt $(FUZZ_DIR)/corpus/
	for f in Tests/articles/*/*.txt; do cp "$$f" $(FUZZ_DIR)/corpus/held-$$(basename "$$f"); done
	@# Line mutants of every article (deterministic): seeds that reach the rules a byte flip seldom does.
	@# (They found a crash the fuzzer had not: a header's blank line turned into "&nbsp;".)
	python3 bench/mutate_articles.py $(FUZZ_DIR)/mutants $(SAMPLES) Tests/articles
	$$($(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)/ParserFuzzer $(FUZZ_DIR)/corpus $(FUZZ_DIR)/mutants \
		-dict=Fuzz/parser.dict -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
		-artifact_prefix=$(FUZZ_DIR)/crashes/

# newsdrop(8), generated from the command line's own help by swift-argument-parser's
# generate-manual tool (the same tool its `generate-manual` package plugin runs).
man: release
	$(SWIFT) build $(RELEASE_FLAGS) --product generate-manual
	@mkdir -p $(MAN_DIR)
	$(RELEASE_BIN)/generate-manual $(RELEASE_BIN)/newsdrop --section 8 --date $(MAN_DATE) \
		--authors 'the newsdrop authors' --output-directory $(MAN_DIR)

install: release man
	@$(MAKE) --no-print-directory install-files

# The copying half of `install`, without the builds (Tests/systemd uses it to re-install quickly).
install-files:
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSUSERSDIR) \
		$(DESTDIR)$(TMPFILESDIR) $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(CONFDIR)
	install -m 0755 $(RELEASE_BIN)/newsdrop $(DESTDIR)$(BINDIR)/newsdrop
	sed 's|/usr/local/bin/newsdrop|$(BINDIR)/newsdrop|g' systemd/newsdrop.service \
		> $(DESTDIR)$(UNITDIR)/newsdrop.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/newsdrop.service
	install -m 0644 systemd/newsdrop.sysusers $(DESTDIR)$(SYSUSERSDIR)/newsdrop.conf
	install -m 0644 systemd/newsdrop.tmpfiles $(DESTDIR)$(TMPFILESDIR)/newsdrop.conf
	install -m 0644 $(MAN_DIR)/newsdrop.8 $(DESTDIR)$(MANDIR)/man8/newsdrop.8
	@if [ -e $(DESTDIR)$(CONFDIR)/newsdrop.toml ]; then \
		echo "kept existing $(DESTDIR)$(CONFDIR)/newsdrop.toml (default: Config/newsdrop.toml)"; \
	else \
		install -m 0644 Config/newsdrop.toml $(DESTDIR)$(CONFDIR)/newsdrop.toml; \
	fi
	@if [ -z "$(DESTDIR)" ]; then \
		systemd-sysusers $(SYSUSERSDIR)/newsdrop.conf && \
		systemd-tmpfiles --create $(TMPFILESDIR)/newsdrop.conf && \
		if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi; \
		echo "installed; start with: systemctl enable --now newsdrop"; \
	fi

# Removes what `make install` put there, except the config and /var/lib/newsdrop (your data).
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/newsdrop $(DESTDIR)$(UNITDIR)/newsdrop.service \
		$(DESTDIR)$(SYSUSERSDIR)/newsdrop.conf $(DESTDIR)$(TMPFILESDIR)/newsdrop.conf \
		$(DESTDIR)$(MANDIR)/man8/newsdrop.8
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
	@echo "kept $(DESTDIR)$(CONFDIR)/newsdrop.toml and /var/lib/newsdrop; remove them by hand if you want"

clean:
	rm -rf .build var
