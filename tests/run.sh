#!/usr/bin/env bash
# The test command of README.md: installs the Go oracle if missing, then
# checks formatting, lints, and runs every test of the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
GOVIZ_GOROOT=$(bash tests/setup-go.sh)
export GOVIZ_GOROOT
# go/gofmt used by tests as the oracle come from the same installation.
export PATH=$GOVIZ_GOROOT/bin:$PATH
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
# The machine's loop-dispatch fallback (used where sibling calls are not
# guaranteed) runs the same machine tests, in its own target directory.
GOVIZ_LOOP_DISPATCH=1 CARGO_TARGET_DIR=target/loop-dispatch cargo test -p goviz-runtime --locked
