#!/usr/bin/env bash
# The demo: builds the web assets (when npm is available), prints a
# readable summary of each example article, ingests the example articles
# in examples/ into a fresh embedded store in a temporary
# directory, and serves the UI on loopback. Ctrl-C stops it and removes the
# store. ADDR overrides the address (default 127.0.0.1:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
addr=${ADDR:-127.0.0.1:8080}

if command -v npm >/dev/null 2>&1; then
	scripts/build-web.sh || echo "demo: web build failed; the network page will show a table" >&2
else
	echo "demo: npm not found; the network page will show a table instead of a drawing" >&2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/newsgraph" ./cmd/newsgraph
# First what one article gives: a readable summary of each example.
"$tmp/newsgraph" analyze examples/articles
# Then the corpus: every example into a fresh embedded store, served.
"$tmp/newsgraph" ingest --db "$tmp/demo.db" examples/
echo
echo "newsgraph demo: open http://$addr/ in a browser (Ctrl-C to stop)"
echo
"$tmp/newsgraph" serve --db "$tmp/demo.db" --addr "$addr"
