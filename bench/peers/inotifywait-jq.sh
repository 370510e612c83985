#!/usr/bin/env bash
# A peer of `make bench`: what a shell user writes first. inotifywait's events piped into a loop that
# makes one JSON line per file with jq, appends it to the log and moves the file on (no fsync: a shell
# cannot fsync one file).
#
# usage: bench/peers/inotifywait-jq.sh DROP PROCESSED LOG   (prints "ready" once the watch is set)
set -u
drop=$1 processed=$2 log=$3
exec 3>&1  # "ready" goes here: inside the pipeline, stdout is the pipe to the loop
inotifywait -m -e moved_to -e close_write --format '%f' "$drop" 2> >(
    while IFS= read -r line; do
        [ "$line" = "Watches established." ] && echo ready >&3
    done
) | while IFS= read -r name; do
    [ -f "$drop/$name" ] || continue
    jq -cRs --arg path "$name" '{path: $path, body: .}' <"$drop/$name" >>"$log" && mv "$drop/$name" "$processed/"
done
