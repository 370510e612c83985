# newsdrop — the two commands a newcomer needs are `make run` and `make test`.
SWIFT       ?= swift
PREFIX      ?= /usr/local
VAR         ?= $(CURDIR)/var
BIN_PATH     = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all build release run test lint format clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

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
test: lint
	$(SWIFT) build -c release --product newsdrop
	NEWSDROP_BIN=$$($(SWIFT) build -c release --show-bin-path)/newsdrop $(SWIFT) test

# Style: .swift-format (4 spaces, 120 columns, ordered imports, /// doc comments).
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

clean:
	rm -rf .build var
