#!/usr/bin/env bash
# The bytecode machine against native Go on CPU-bound programs that need
# no standard library (tests/bench/programs/*.go), all timed in this one
# script on this machine.
#
# For each program: the native binary (`go build`, built first) and
# `goviz run` must print the same checksum, else the script fails. goviz's
# time for a program is its run time minus the same program's run with
# `const N = 1` (loading, checking and compiling: the same work), so the
# ratio compares execution only; that start-up is printed once at the
# end. goviz runs with a warm package cache (the checking run warms it).
#
# Times are CPU seconds (user + system) of the process, medians of RUNS
# rounds; each round runs every variant of a program back to back, so a
# ratio compares runs made under the same load (the machine is usually
# shared). Wall-clock ratios are printed too. Native Go's CPU time
# includes its GC's background workers; goviz is one thread.
#
# goviz has no garbage collector yet: its heap only grows, so each
# program's N keeps everything it ever allocates to a few hundred MB
# (peak RSS is printed), and allocation-heavy programs (binarytrees,
# strbuild) compare a bump allocator with Go's collected heap.
#
# Usage: tests/bench/programs.sh [runs] [program...]   (default 5 runs, all)
# GOVIZ_BIN=path/to/goviz times that binary instead of building one;
# GOVIZ_BEFORE=path/to/older/goviz also times that one in the same rounds
# and prints the speed-up of GOVIZ_BIN (or the fresh build) over it.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shift || true
goroot=${GOVIZ_GOROOT:-$(go env GOROOT 2>/dev/null || true)}
[ -n "$goroot" ] && [ -d "$goroot/src" ] || { echo "set GOVIZ_GOROOT to a Go 1.27 installation" >&2; exit 1; }
export GOVIZ_GOROOT=$goroot
go="$goroot/bin/go"
if [ -n "${GOVIZ_BIN:-}" ]; then
  goviz=$GOVIZ_BIN
else
  cargo build --release -q -p goviz
  goviz=${CARGO_TARGET_DIR:-$PWD/target}/release/goviz
fi
before=${GOVIZ_BEFORE:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed CMD...: "wall cpu" seconds of one run of CMD (bash's `time`,
# millisecond resolution).
timed() {
  local TIMEFORMAT='%3R %3U %3S'
  { time "$@" >/dev/null 2>&1; } 2>&1 | awk '{ printf "%s %.3f\n", $1, $2 + $3 }'
}

# median: the median of the numbers on stdin.
median() {
  sort -g | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# checked NAME GOVIZ: runs the native build and GOVIZ on NAME once, fails
# unless their output (println writes to stderr) is the same; prints
# GOVIZ's peak RSS in MB.
checked() {
  local k=$1 gv=$2 rss=-
  "$work/$k" >"$work/$k.want" 2>&1
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/$k.rss" "$gv" run "$work/$k.go" >"$work/$k.got" 2>&1
    rss=$(($(tail -1 "$work/$k.rss") / 1024))
  else
    "$gv" run "$work/$k.go" >"$work/$k.got" 2>&1
  fi
  if ! cmp -s "$work/$k.want" "$work/$k.got"; then
    echo "$k: $gv's output differs from native Go's:" >&2
    diff "$work/$k.want" "$work/$k.got" >&2 || true
    exit 1
  fi
  echo "$rss"
}

# stat FILE COLUMN: the median of a column (1 wall, 2 cpu) of FILE.
stat() { awk -v c="$2" '{ print $c }' "$1" | median; }

# vm FILE_FULL FILE_BASE COLUMN: execution time, start-up subtracted.
vm() { echo "$(stat "$1" "$3") - $(stat "$2" "$3")" | bc -l; }

if [ $# -gt 0 ]; then
  srcs=()
  for k in "$@"; do srcs+=("tests/bench/programs/$k.go"); done
else
  srcs=(tests/bench/programs/*.go)
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); CPU seconds, median of $runs rounds"
echo "goviz has no GC yet (its heap only grows); native Go collects as usual"
printf '%-13s %8s %9s %7s %7s %6s' program "go (s)" "goviz (s)" ratio "(wall)" "MB"
[ -n "$before" ] && printf ' %10s %8s' "before (s)" speed-up
echo
sum=0 sumw=0 sumb=0 n=0
starts=()
for src in "${srcs[@]}"; do
  k=$(basename "$src" .go)
  cp "$src" "$work/$k.go"
  sed 's/^const N = .*/const N = 1/' "$src" >"$work/${k}_1.go"
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= "$go" build -o "$work/$k" "$work/$k.go"
  rss=$(checked "$k" "$goviz")
  [ -n "$before" ] && checked "$k" "$before" >/dev/null
  for _ in $(seq "$runs"); do
    timed "$work/$k" >>"$work/$k.t_go"
    timed "$goviz" run "$work/$k.go" >>"$work/$k.t_full"
    timed "$goviz" run "$work/${k}_1.go" >>"$work/$k.t_base"
    if [ -n "$before" ]; then
      timed "$before" run "$work/$k.go" >>"$work/$k.b_full"
      timed "$before" run "$work/${k}_1.go" >>"$work/$k.b_base"
    fi
  done
  t_go=$(stat "$work/$k.t_go" 2)
  t_vm=$(vm "$work/$k.t_full" "$work/$k.t_base" 2)
  w_ratio=$(echo "$(vm "$work/$k.t_full" "$work/$k.t_base" 1) / $(stat "$work/$k.t_go" 1)" | bc -l)
  starts+=("$(stat "$work/$k.t_base" 1)")
  if (($(echo "$t_vm <= 0" | bc))); then
    echo "$k: goviz's run time is within noise of its start-up; raise N" >&2
    exit 1
  fi
  ratio=$(echo "$t_vm / $t_go" | bc -l)
  printf '%-13s %8.3f %9.3f %6.1fx %6.1fx %6s' "$k" "$t_go" "$t_vm" "$ratio" "$w_ratio" "$rss"
  if [ -n "$before" ]; then
    t_b=$(vm "$work/$k.b_full" "$work/$k.b_base" 2)
    printf ' %10.3f %7.2fx' "$t_b" "$(echo "$t_b / $t_vm" | bc -l)"
    sumb=$(echo "$sumb + l($t_b / $t_vm)" | bc -l)
  fi
  echo
  sum=$(echo "$sum + l($ratio)" | bc -l)
  sumw=$(echo "$sumw + l($w_ratio)" | bc -l)
  n=$((n + 1))
done
start=$(printf '%s\n' "${starts[@]}" | median)
printf 'geometric mean: %.1fx native Go in CPU time, %.1fx in wall time' \
  "$(echo "e($sum / $n)" | bc -l)" "$(echo "e($sumw / $n)" | bc -l)"
[ -n "$before" ] && printf '; speed-up over before: %.2fx' "$(echo "e($sumb / $n)" | bc -l)"
echo
printf 'goviz start-up (wall, not counted above): %.2f s\n' "$start"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
