#!/usr/bin/env bash
# Parse time of real articles of about 4 KB: every NAME.txt of 3,500–4,700 bytes among the held-out
# articles (Tests/articles) and the samples, timed by the parse benchmark (median, p99, MB/s). The
# issue's yardstick is "a typical 4 KB article"; `make bench-parse` scales the smaller samples up to
# 4 KiB instead, which leaves out how a longer article's cost grows.
#
# usage: bench/parse-4k.sh [ROUNDS]
#        bench/parse-4k.sh --instructions   (instructions per parse instead: bench/parse-instructions.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
samples=${SAMPLES:-../shared/samples}
mode=${1:-100}
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
find Tests/articles "$samples" -name '*.txt' -size +3499c -size -4701c | while read -r file; do
    ln -s "$(realpath "$file")" "$folder/$(echo "$file" | tr '/' '_')"
done
if [ "$mode" = --instructions ]; then
    bench/parse-instructions.sh "$folder" | sed "s|^$folder|articles of about 4 KB|"
    exit 0
fi
rm -f .build-bench/release.yaml
"$swift" build -c release --package-path bench/ParseBench --scratch-path .build-bench >/dev/null
bin="$("$swift" build -c release --package-path bench/ParseBench --scratch-path .build-bench --show-bin-path)/parse-bench"
"$bin" --rounds "$mode" "$folder"
