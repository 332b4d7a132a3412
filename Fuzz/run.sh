#!/bin/sh
# Builds the libFuzzer harnesses and runs them. Not part of `swift test`.
#
#   Fuzz/run.sh                      build, then run every harness for $SECONDS_PER_HARNESS s
#   Fuzz/run.sh json 600             build, then run one harness (json, arguments or edges) 600 s
#   Fuzz/run.sh build                build only
#   Fuzz/run.sh json 60 -runs=1000   extra arguments go to libFuzzer
#
# See Fuzz/README.md.
set -eu

# The package's modules, in dependency order: folder names under Sources/. Each is compiled into
# a static library that the next ones import. Update this line when targets are added or moved.
MODULES="TCOModel TCOData TCOReport llm-tco"
# Files left out of the libraries: the process entry point (it has @main).
EXCLUDE="Sources/llm-tco/Entry.swift"
# Harness name -> file in Fuzz/Harnesses (Common.swift is compiled into each).
HARNESSES="json:JSONProfile arguments:Arguments edges:Edges"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ="$ROOT/Fuzz"
BUILD="$FUZZ/.build"
SECONDS_PER_HARNESS=${SECONDS_PER_HARNESS:-120}
OPT=${FUZZ_OPT:--O}
SANITIZE="-sanitize=fuzzer,address"
# lld links the sanitizer runtimes without gold's warnings; the default linker otherwise.
LINKER=""
if command -v ld.lld >/dev/null 2>&1 && [ "$(uname)" = Linux ]; then LINKER="-use-ld=lld"; fi
mkdir -p "$BUILD"

# (POSIX sh has no local variables: each function uses names of its own.)

# True when $1 is missing or older than any of the other files.
stale() {
  stale_target=$1
  shift
  [ -e "$stale_target" ] || return 0
  for dependency in "$@"; do [ "$dependency" -nt "$stale_target" ] && return 0; done
  return 1
}

build() {
  libraries=""
  for folder in $MODULES; do
    module=$(echo "$folder" | tr '-' '_')
    sources=$(find "$ROOT/Sources/$folder" -name '*.swift' | sort | while read -r file; do
      case " $EXCLUDE " in *" ${file#"$ROOT"/} "*) ;; *) echo "$file" ;; esac
    done)
    # shellcheck disable=SC2086
    if stale "$BUILD/lib$module.a" $sources $libraries; then
      echo "building module $module" >&2
      # shellcheck disable=SC2086
      nice -n 10 swiftc $OPT $SANITIZE -parse-as-library -enable-testing -module-name "$module" \
        -emit-library -static -emit-module -emit-module-path "$BUILD/$module.swiftmodule" \
        -I "$BUILD" -o "$BUILD/lib$module.a" $sources
    fi
    libraries="$BUILD/lib$module.a $libraries"
  done
  for build_entry in $HARNESSES; do
    build_name=${build_entry%%:*}
    build_file=${build_entry#*:}
    # shellcheck disable=SC2086
    if stale "$BUILD/fuzz-$build_name" "$FUZZ/Harnesses/Common.swift" "$FUZZ/Harnesses/$build_file.swift" $libraries
    then
      echo "building harness $build_name" >&2
      # shellcheck disable=SC2086
      nice -n 10 swiftc $OPT $SANITIZE $LINKER -parse-as-library -I "$BUILD" -module-name "fuzz_$build_name" \
        "$FUZZ/Harnesses/Common.swift" "$FUZZ/Harnesses/$build_file.swift" $libraries -o "$BUILD/fuzz-$build_name"
    fi
  done
}

fuzz() {
  fuzz_name=$1
  fuzz_seconds=$2
  shift 2
  corpus="$BUILD/corpus/$fuzz_name"
  artifacts="$FUZZ/findings/new/$fuzz_name/"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzzing $fuzz_name for $fuzz_seconds s (corpus $corpus, findings $artifacts)" >&2
  # One job at low priority; fork mode keeps going after a finding and saves each one.
  # The Swift backtracer trips over ASan's shadow memory; libFuzzer prints the stack instead.
  SWIFT_BACKTRACE=enable=no LLM_TCO_ROOT="$ROOT" nice -n 10 "$BUILD/fuzz-$fuzz_name" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 \
    -ignore_ooms=1 -timeout=20 -rss_limit_mb=2048 -max_len=4096 -max_total_time="$fuzz_seconds" \
    -artifact_prefix="$artifacts" -print_final_stats=1 "$@" "$corpus" "$FUZZ/seeds/$fuzz_name"
}

case "${1:-all}" in
  build) build ;;
  all)
    build
    for harness in $HARNESSES; do fuzz "${harness%%:*}" "$SECONDS_PER_HARNESS"; done
    ;;
  *)
    harness=$1
    seconds=${2:-$SECONDS_PER_HARNESS}
    shift
    if [ $# -gt 0 ]; then shift; fi
    build
    fuzz "$harness" "$seconds" "$@"
    ;;
esac
