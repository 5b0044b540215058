#!/usr/bin/env bash
# Regenerates the expected `-m` output of every program in this directory
# from real Go: NAME.go is built with `go build -gcflags=-m` and its
# stderr, without the `# command-line-arguments` header, is written to
# NAME.stderr. Never edit those files by hand.
# Usage: tests/escape-m/regen.sh [NAME.go...]
set -euo pipefail
cd "$(dirname "$0")"
go=${GO:-/work/main/target/govenv/bin/go}
[ -x "$go" ] || go=../../target/govenv/bin/go
[ -x "$go" ] || go=$(command -v go)
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(*.go)
for f in "${files[@]}"; do
  name=${f%.go}
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= "$go" build -gcflags=-m -o "$bin/$name" "$f" 2>&1 \
    | grep -v '^# command-line-arguments$' >"$name.stderr" || true
  echo "$name: $(wc -l <"$name.stderr") lines"
done
