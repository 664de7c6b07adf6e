#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A long fuzzing run of one target, at low priority, from the project's
# root after a build (docs/reliability.md, "Fuzzing"):
#
#   tests/fuzz/run-long.sh TARGET MINUTES [BUILD_DIR] [libFuzzer options...]
#
# TARGET is chargingjson, keylist, archive, apiresponse or import; BUILD_DIR
# defaults to build. The corpus grows in BUILD_DIR/fuzz-long/TARGET/corpus
# and is kept, so that the next run goes on from where this one stopped. A
# crash ends the run with libFuzzer's report and leaves its input as
# BUILD_DIR/fuzz-long/TARGET/crash-<sha1>. The last lines are libFuzzer's
# totals and the corpus size; the whole log is BUILD_DIR/fuzz-long/TARGET/run.log.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET MINUTES [BUILD_DIR] [libFuzzer options...]" >&2
    exit 2
fi
target=$1 minutes=$2
shift 2
build=build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    build=$1
    shift
fi
work="$build/fuzz-long/$target"

mkdir -p "$work"
set +e
nice -n 10 "$here/run.sh" "$build/fuzz/bin" "$target" "$work" \
    -max_total_time=$((minutes * 60)) -print_final_stats=1 "$@" 2>&1 |
    tee "$work/run.log" | grep -E '^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|^stat::|^Done|ERROR|SUMMARY|crash-|invariant'
status=${PIPESTATUS[0]}
set -e
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $(du -sh "$work/corpus" | cut -f1); log: $work/run.log"
exit "$status"
