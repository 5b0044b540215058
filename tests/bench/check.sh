#!/usr/bin/env bash
# Loading and type-checking the whole net/http dependency tree from source:
# `goviz check net/http` cold (empty package cache: every package checked
# from source and stored) and warm (every package loaded from the cache),
# against `go vet net/http` with an empty GOCACHE (cold), timed in this one
# script on this machine.
# Usage: tests/bench/check.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
goroot=${GOVIZ_GOROOT:-$(go env GOROOT 2>/dev/null || true)}
[ -n "$goroot" ] && [ -d "$goroot/src" ] || { echo "set GOVIZ_GOROOT to a Go 1.27 installation" >&2; exit 1; }
export GOVIZ_GOROOT=$goroot
cargo build --release -q -p goviz
goviz=target/release/goviz
gocache=$(mktemp -d)
govizcache=$(mktemp -d)
trap 'rm -rf "$gocache" "$govizcache"' EXIT
export GOVIZ_CACHE=$govizcache

best() {
  local best=999999 t0 t1 dt
  for _ in $(seq "$runs"); do
    [ "${1:-}" = "--cold-go" ] && { rm -rf "$gocache"; mkdir -p "$gocache"; }
    [ "${1:-}" = "--cold-goviz" ] && rm -rf "$govizcache"
    t0=$(date +%s.%N)
    "${@:2}" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    dt=$(echo "$t1 - $t0" | bc)
    if (( $(echo "$dt < $best" | bc) )); then best=$dt; fi
  done
  echo "$best"
}

pkgs=$(GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOCACHE=$gocache "$goroot/bin/go" list -deps net/http | wc -l)
t_cold=$(best --cold-goviz "$goviz" check net/http)
"$goviz" check net/http >/dev/null 2>&1 || true # fill the cache
t_warm=$(best --warm "$goviz" check net/http)
t_vet=$(best --cold-go env GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= GOTOOLCHAIN=local GOCACHE="$gocache" "$goroot/bin/go" vet net/http)

printf 'net/http and its %s dependencies, %s cores, best of %s runs\n' "$pkgs" "$(nproc)" "$runs"
printf 'goviz check net/http (cold): %6.3f s\n' "$t_cold"
printf 'goviz check net/http (warm): %6.3f s\n' "$t_warm"
printf 'go vet net/http (cold)     : %6.3f s\n' "$t_vet"
printf 'ratio cold (goviz / go vet): %.2fx\n' "$(echo "$t_cold / $t_vet" | bc -l)"
printf 'ratio warm (goviz / go vet): %.3fx\n' "$(echo "$t_warm / $t_vet" | bc -l)"
