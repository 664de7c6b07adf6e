#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The CarData Battery Health developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one libFuzzer target with its seeds, its dictionary and the
# sanitizer settings; the suite's short runs (tests/fuzz/CMakeLists.txt)
# and run-long.sh both come through here.
#
#   tests/fuzz/run.sh [--fresh] BIN_DIR TARGET WORK_DIR [libFuzzer options...]
#
# BIN_DIR holds fuzz_TARGET (build/fuzz/bin). New inputs go to
# WORK_DIR/corpus and a crash's reproducer to WORK_DIR/crash-<sha1>; the
# seeds (tests/fuzz/corpus/TARGET and the fixtures named below) are only
# read, so the source tree is never written. --fresh empties WORK_DIR first,
# so that a run starts from the seeds alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../fixtures" && pwd)

fresh=0
if [ "${1:-}" = --fresh ]; then
    fresh=1
    shift
fi
if [ $# -lt 3 ]; then
    echo "usage: $0 [--fresh] BIN_DIR TARGET WORK_DIR [libFuzzer options...]" >&2
    exit 2
fi
bin=$1 target=$2 work=$3
shift 3

# Besides tests/fuzz/corpus/TARGET: the fixtures that are this target's
# kind of input, read where they are rather than copied.
case $target in
    chargingjson) seeds=("$fixtures/current" "$fixtures/older" "$fixtures/api" "$fixtures/variants"
                         "$fixtures/public-samples") ;;
    keylist) seeds=("$fixtures/keylist" "$fixtures/current" "$fixtures/variants") ;;
    apiresponse) seeds=("$fixtures/api-saved" "$fixtures/variants") ;;
    archive | import | sharebundle) seeds=() ;; # zips, files with a leading byte, bundles: only tests/fuzz/corpus/TARGET
    *)
        echo "$0: no fuzz target '$target' (chargingjson, keylist, archive, apiresponse, import, sharebundle)" >&2
        exit 2
        ;;
esac
if [ ! -x "$bin/fuzz_$target" ]; then
    echo "$0: $bin/fuzz_$target is missing: build the project first (cmake --build build)" >&2
    exit 2
fi

if [ $fresh = 1 ]; then
    rm -rf "$work"
fi
mkdir -p "$work/corpus"

# Qt's log lines would cost more time than most inputs. Leaks are reported
# (libFuzzer checks an input that allocated more than it freed). addr2line
# (binutils, beside g++) names functions and lines in a report: Debian's
# clang-19 package brings no llvm-symbolizer, and an older one cannot read
# what clang 19 writes.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*=false}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && command -v addr2line >/dev/null 2>&1; then
    export ASAN_SYMBOLIZER_PATH
    ASAN_SYMBOLIZER_PATH=$(command -v addr2line)
fi

if [ -d "$here/corpus/$target" ]; then
    seeds=("$here/corpus/$target" "${seeds[@]}")
fi
exec "$bin/fuzz_$target" -dict="$here/cardata.dict" -artifact_prefix="$work/" "$@" "$work/corpus" "${seeds[@]}"
