#!/usr/bin/env bash
# Regenerates the expected output of every golden program in this
# directory from real Go: each NAME.go is built with `go build` and its
# binary run (GOMAXPROCS=1) from this directory; its stdout, stderr and
# exit status are written to NAME.stdout, NAME.stderr and NAME.exit.
# Never edit those files by hand.
# Go: $GO, else target/govenv/bin/go, else $GOVIZ_GOROOT/bin/go, else PATH.
# Usage: tests/go/regen.sh [NAME.go...]
set -euo pipefail
cd "$(dirname "$0")"
go=${GO:-../../target/govenv/bin/go}
# A worktree has no target/govenv of its own: use GOVIZ_GOROOT's go.
[ -x "$go" ] || go=${GOVIZ_GOROOT:+$GOVIZ_GOROOT/bin/go}
[ -x "$go" ] || go=$(command -v go)
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(*.go)
for f in "${files[@]}"; do
  name=${f%.go}
  GOOS=linux GOARCH=amd64 CGO_ENABLED=0 GOFLAGS= "$go" build -o "$bin/$name" "$f"
  set +e
  GOMAXPROCS=1 "$bin/$name" >"$name.stdout" 2>"$name.stderr"
  echo $? >"$name.exit"
  set -e
  echo "$name: exit $(cat "$name.exit")"
done
