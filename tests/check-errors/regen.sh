#!/usr/bin/env bash
# Regenerate the golden NAME.stderr files of the type-error corpus by
# compiling every NAME.go with the real Go toolchain.
#
# Usage: tests/check-errors/regen.sh [NAME.go...]   (default: all *.go here)
#
# Go is found via $GOVIZ_GOROOT/bin/go, else `go` on PATH, else
# <repo root>/target/govenv/bin/go. Never edit a .stderr file by hand.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"

if [[ -n "${GOVIZ_GOROOT:-}" && -x "$GOVIZ_GOROOT/bin/go" ]]; then
	go="$GOVIZ_GOROOT/bin/go"
elif command -v go >/dev/null 2>&1; then
	go="$(command -v go)"
else
	go="$root/target/govenv/bin/go"
fi
if [[ ! -x "$go" ]]; then
	echo "regen.sh: no Go toolchain found (set GOVIZ_GOROOT)" >&2
	exit 2
fi

# Hermetic-ish environment: no modules (a file argument builds as package
# "command-line-arguments"), no toolchain switching, private build cache.
export GO111MODULE=off GOFLAGS= GOTOOLCHAIN=local GOWORK=off
export GOCACHE="$root/target/check-errors-gocache"
export GOENV=off
mkdir -p "$GOCACHE"

echo "regen.sh: using $("$go" version) ($go)" >&2

cd "$here"
if [[ $# -gt 0 ]]; then
	files=("$@")
else
	shopt -s nullglob
	files=(*.go)
fi

status=0
for f in "${files[@]}"; do
	f="$(basename "$f")"
	name="${f%.go}"
	set +e
	out="$("$go" build -o /dev/null "$f" 2>&1 >/dev/null)"
	rc=$?
	set -e
	if [[ $rc -eq 0 ]]; then
		echo "regen.sh: $f compiled without errors; it is not a type-error case" >&2
		rm -f "$name.stderr"
		status=1
		continue
	fi
	# Drop the "# command-line-arguments" header the go command prints.
	printf '%s\n' "$out" | grep -v '^# command-line-arguments$' >"$name.stderr" || true
	# This corpus is for type errors: nothing from the parser's syntax checks.
	if grep -q 'syntax error' "$name.stderr"; then
		echo "regen.sh: $f: gc reports a syntax error; it belongs in tests/syntax-errors:" >&2
		sed 's/^/    /' "$name.stderr" >&2
		status=1
	fi
	# Sanity check: gc output lines look like ./NAME.go:LINE:COL: MSG, or are
	# tab-indented continuation lines of the previous message (have/want, ...).
	if grep -qv -e "^\./$f:[0-9]*:[0-9]*: " -e $'^\t' "$name.stderr" || [[ ! -s "$name.stderr" ]]; then
		echo "regen.sh: $f: unexpected output (not from the compiler?):" >&2
		sed 's/^/    /' "$name.stderr" >&2
		status=1
	fi
done
exit $status
