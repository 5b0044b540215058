#!/usr/bin/env bash
# Regenerate tests/syntax-valid-testdata.txt: the .go files under testdata/
# directories of $GOROOT/src that are meant to be syntactically valid, for
# compiler/tests/goroot_parse.rs (valid_testdata_files_parse).
#
# A file is listed when the real toolchain's `gofmt -e -l` parses it without
# error and it contains no `ERROR` marker (the comments Go's test data uses
# to declare expected compile errors), minus the exclusions below.
# Paths are relative to $GOROOT/src, sorted (C locale), one per line.
#
# Usage: tests/regen-valid-testdata.sh
# Go is found via $GOVIZ_GOROOT, else `go env GOROOT` with `go` on PATH,
# else <repo root>/target/govenv/bin/go. Never edit the list by hand.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/syntax-valid-testdata.txt"

if [[ -n "${GOVIZ_GOROOT:-}" ]]; then
	goroot="$GOVIZ_GOROOT"
elif command -v go >/dev/null 2>&1; then
	goroot="$(go env GOROOT)"
elif [[ -x "$root/target/govenv/bin/go" ]]; then
	goroot="$("$root/target/govenv/bin/go" env GOROOT)"
else
	echo "regen-valid-testdata.sh: no Go installation found; set GOVIZ_GOROOT" >&2
	exit 2
fi
gofmt="$goroot/bin/gofmt"
if [[ ! -x "$gofmt" ]]; then
	echo "regen-valid-testdata.sh: $gofmt not found (is GOVIZ_GOROOT=$goroot a Go installation?)" >&2
	exit 2
fi

# Files gofmt (go/parser) accepts but gc's parser (cmd/compile/internal/syntax)
# rejects, so they are not valid Go for goviz either. One path per line,
# relative to $GOROOT/src, each with the reason.
excluded=(
	# `func ( /* receiver type */ ) f0() {}`: go/parser allows an empty
	# receiver list; gc reports "method has no receiver" (parser.go,
	# funcDeclOrNil; `go tool compile` on a copy fails the same way).
	go/doc/testdata/issue17788.go
)

is_excluded() {
	local f
	for f in "${excluded[@]}"; do
		[[ "$1" == "$f" ]] && return 0
	done
	return 1
}

cd "$goroot/src"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
find . -path '*/testdata/*' -name '*.go' -type f | sed 's|^\./||' | LC_ALL=C sort |
	while IFS= read -r f; do
		grep -q ERROR "$f" && continue
		"$gofmt" -e -l "$f" >/dev/null 2>&1 || continue
		is_excluded "$f" && continue
		printf '%s\n' "$f"
	done >"$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "regen-valid-testdata.sh: wrote $(wc -l <"$out") files to $out ($(cat "$goroot/VERSION" | head -1))" >&2
