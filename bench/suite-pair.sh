#!/usr/bin/env bash
# The full suite of two revisions, timed in interleaved runs (A B A B …) so that both meet the
# same machine noise; each revision in its own fresh clone, built before the first run.
#
#   bench/suite-pair.sh RUNS REV_A REV_B
#
# Prints one line per run: the revision and the wall seconds of `swift test`.
set -euo pipefail
runs=$1
shift
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for rev in "$@"; do
    git clone -q "$root" "$work/$rev"
    git -C "$work/$rev" checkout -q "$rev"
    (cd "$work/$rev" && swift build --build-tests >/dev/null 2>&1)
done
for _ in $(seq "$runs"); do
    for rev in "$@"; do
        cd "$work/$rev"
        start=$(date +%s%N)
        swift test >/dev/null 2>&1
        end=$(date +%s%N)
        awk -v r="$rev" -v s="$start" -v e="$end" 'BEGIN { printf "%s %.1f\n", r, (e - s) / 1e9 }'
    done
done
