#!/usr/bin/env bash
# Instructions per parse (valgrind's callgrind), steadier than time on a shared machine: the
# instructions inside ArticleParser.parse over 3 rounds of every NAME.txt under FOLDER, minus those
# of 1 round (which leaves out one-time table builds), divided by the parses in between.
#
# usage: bench/parse-instructions.sh FOLDER...   (needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
rm -f .build-bench/release.yaml
"$swift" build -c release --package-path bench/ParseBench --scratch-path .build-bench >/dev/null
bin="$("$swift" build -c release --package-path bench/ParseBench --scratch-path .build-bench --show-bin-path)/parse-bench"
parse_symbol='$s14ArticleParsing0A6ParserO5parseys6Result*'

instructions() {  # $1: rounds, rest: folders
    local rounds=$1 out
    shift
    out=$(mktemp)
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --toggle-collect="$parse_symbol" "$bin" --rounds "$rounds" "$@" 2>"$out" >/dev/null
    awk '/Collected/ { print $4 }' "$out"
    rm -f "$out"
}

for folder in "$@"; do
    files=$(find "$folder" -name '*.txt' | wc -l)
    one=$(instructions 1 "$folder")
    three=$(instructions 3 "$folder")
    echo "$folder: $files articles, $(((three - one) / (2 * files))) instructions per parse"
done
