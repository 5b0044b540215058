#!/usr/bin/env bash
# The bytecode machine against native Go on CPU-bound programs that need
# no standard library (tests/bench/programs/*.go), all timed in this one
# script on this machine, so the ratios compare like with like even when
# the machine is shared.
#
# For each program: the native binary (`go build`, built first) and
# `goviz run` must print the same checksum, else the script fails. Times
# are medians of RUNS runs. goviz's time for a program is its run time
# minus the same program's run with `const N = 1` (loading, checking and
# compiling: the same work), so the ratio compares execution only; that
# start-up is printed once at the end. goviz runs with a warm package
# cache (the checking run warms it).
#
# goviz has no garbage collector yet: its heap only grows, so each
# program's N keeps everything it ever allocates to a few hundred MB
# (peak RSS is printed), and allocation-heavy programs (binarytrees)
# compare a bump allocator with Go's collected heap.
#
# Usage: tests/bench/programs.sh [runs] [program...]   (default 5 runs, all)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shift || true
goroot=${GOVIZ_GOROOT:-$(go env GOROOT 2>/dev/null || true)}
[ -n "$goroot" ] && [ -d "$goroot/src" ] || { echo "set GOVIZ_GOROOT to a Go 1.27 installation" >&2; exit 1; }
export GOVIZ_GOROOT=$goroot
go="$goroot/bin/go"
cargo build --release -q -p goviz
goviz=${CARGO_TARGET_DIR:-$PWD/target}/release/goviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median CMD...: the median wall time in seconds of `runs` runs of CMD.
median() {
  local t0 t1
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
  done | sort -g | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# checked NAME: runs both builds of NAME once, fails unless their output
# (println writes to stderr) is the same; prints goviz's peak RSS in MB.
checked() {
  local k=$1 rss
  "$work/$k" >"$work/$k.want" 2>&1
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/$k.rss" "$goviz" run "$work/$k.go" >"$work/$k.got" 2>&1
    rss=$(( $(tail -1 "$work/$k.rss") / 1024 ))
  else
    "$goviz" run "$work/$k.go" >"$work/$k.got" 2>&1
    rss=-
  fi
  if ! cmp -s "$work/$k.want" "$work/$k.got"; then
    echo "$k: goviz's output differs from native Go's:" >&2
    diff "$work/$k.want" "$work/$k.got" >&2 || true
    exit 1
  fi
  echo "$rss"
}

if [ $# -gt 0 ]; then
  srcs=()
  for k in "$@"; do srcs+=("tests/bench/programs/$k.go"); done
else
  srcs=(tests/bench/programs/*.go)
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); median of $runs runs"
echo "goviz has no GC yet (its heap only grows); native Go collects as usual"
printf '%-13s %9s %10s %8s %9s\n' program "go (s)" "goviz (s)" ratio "goviz MB"
geo=0; n=0; starts=()
for src in "${srcs[@]}"; do
  k=$(basename "$src" .go)
  cp "$src" "$work/$k.go"
  sed 's/^const N = .*/const N = 1/' "$src" >"$work/${k}_1.go"
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= "$go" build -o "$work/$k" "$work/$k.go"
  rss=$(checked "$k")
  t_go=$(median "$work/$k")
  t_full=$(median "$goviz" run "$work/$k.go")
  t_base=$(median "$goviz" run "$work/${k}_1.go")
  starts+=("$t_base")
  t_vm=$(echo "$t_full - $t_base" | bc -l)
  if (($(echo "$t_vm <= 0" | bc))); then
    echo "$k: goviz's run time is within noise of its start-up; raise N" >&2
    exit 1
  fi
  ratio=$(echo "$t_vm / $t_go" | bc -l)
  printf '%-13s %9.3f %10.3f %7.1fx %9s\n' "$k" "$t_go" "$t_vm" "$ratio" "$rss"
  geo=$(echo "$geo + l($ratio)" | bc -l)
  n=$((n + 1))
done
start=$(printf '%s\n' "${starts[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
printf 'geometric mean: %.1fx native Go (goviz start-up, not counted above: %.2f s)\n' \
  "$(echo "e($geo / $n)" | bc -l)" "$start"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
