#!/usr/bin/env bash
# Parsing throughput: `goviz parse` vs `gofmt -l` over the same tree (Go's
# own src/), timed in this one script on this machine. Both use every core.
# Prints MB/s for each and the ratio. Usage: tests/bench/parse.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}

goroot=${GOVIZ_GOROOT:-$(go env GOROOT 2>/dev/null || true)}
[ -n "$goroot" ] && [ -d "$goroot/src" ] || { echo "set GOVIZ_GOROOT to a Go 1.27 installation" >&2; exit 1; }
tree=$goroot/src

cargo build --release -q -p goviz
goviz=target/release/goviz

bytes=$(find "$tree" -type f -name '*.go' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$tree" -type f -name '*.go' | wc -l)
mb=$(echo "scale=3; $bytes / 1000000" | bc)

# best of N wall-clock seconds for a command (outputs discarded)
best() {
  local best=999999 t0 t1 dt
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    dt=$(echo "$t1 - $t0" | bc)
    if (( $(echo "$dt < $best" | bc) )); then best=$dt; fi
  done
  echo "$best"
}

# warm the page cache once
cat $(find "$tree" -type f -name '*.go') >/dev/null

t_goviz=$(best "$goviz" parse -q "$tree")
t_gofmt=$(best "$goroot/bin/gofmt" -l "$tree")

printf 'tree: %s (%s files, %s MB), %s cores, best of %s runs\n' "$tree" "$files" "$mb" "$(nproc)" "$runs"
printf 'goviz parse -q : %6.3f s  %7.1f MB/s\n' "$t_goviz" "$(echo "$mb / $t_goviz" | bc -l)"
printf 'gofmt -l       : %6.3f s  %7.1f MB/s\n' "$t_gofmt" "$(echo "$mb / $t_gofmt" | bc -l)"
printf 'ratio (goviz speed / gofmt speed): %.2fx\n' "$(echo "$t_gofmt / $t_goviz" | bc -l)"
