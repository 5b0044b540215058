#!/usr/bin/env bash
# The bytecode machine against native Go on CPU-bound kernels
# (tests/bench/interp/*.go), timed in this one script on this machine.
# goviz's time for a kernel is its run time minus the same program's run
# with N = 1 (loading, checking and compiling, which is the same work);
# the ratio is that time over the native binary's (go build, run).
# Usage: tests/bench/interp.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
goroot=${GOVIZ_GOROOT:-$(go env GOROOT 2>/dev/null || true)}
[ -n "$goroot" ] && [ -d "$goroot/src" ] || { echo "set GOVIZ_GOROOT to a Go 1.27 installation" >&2; exit 1; }
export GOVIZ_GOROOT=$goroot
go="$goroot/bin/go"
cargo build --release -q -p goviz
goviz=$PWD/target/release/goviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() {
  local best=999999 t0 t1 dt
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    dt=$(echo "$t1 - $t0" | bc)
    if (( $(echo "$dt < $best" | bc) )); then best=$dt; fi
  done
  echo "$best"
}

printf '%-8s %10s %10s %8s\n' kernel "go (s)" "goviz (s)" ratio
geo=1; n=0
for src in tests/bench/interp/*.go; do
  k=$(basename "$src" .go)
  cp "$src" "$work/$k.go"
  sed 's/^const N = .*/const N = 1/' "$src" > "$work/${k}_1.go"
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= "$go" build -o "$work/$k" "$work/$k.go"
  t_go=$(best "$work/$k")
  t_full=$(best "$goviz" run "$work/$k.go")
  t_base=$(best "$goviz" run "$work/${k}_1.go")
  t_vm=$(echo "$t_full - $t_base" | bc -l)
  if (( $(echo "$t_vm <= 0" | bc) )); then
    echo "$k: goviz's kernel time is within noise of its startup; raise N" >&2; exit 1
  fi
  ratio=$(echo "$t_vm / $t_go" | bc -l)
  printf '%-8s %10.3f %10.3f %7.1fx\n' "$k" "$t_go" "$t_vm" "$ratio"
  geo=$(echo "$geo * $ratio" | bc -l); n=$((n + 1))
done
printf 'geometric mean: %.1fx native Go (goviz startup, not counted above: %.2f s)\n' \
  "$(echo "e(l($geo) / $n)" | bc -l)" "$t_base"
