#!/usr/bin/env bash
# Builds the web UI's third-party browser files: installs web/'s npm
# packages from its lockfile and copies their distribution files into
# internal/web/static/vendor, which `go build` embeds. Quick when nothing
# changed. Without it the UI still works; the network page shows a table
# instead of a drawing.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v npm >/dev/null 2>&1; then
	echo "build-web: npm is not installed; skipping (the network page will show a table)" >&2
	exit 1
fi

# npm ci rewrites node_modules/.package-lock.json: newer than the lockfile
# means the installed packages are current.
installed=node_modules/.package-lock.json
if [[ ! -f $installed || package-lock.json -nt $installed || package.json -nt $installed ]]; then
	npm ci --no-audit --no-fund --loglevel=error
fi

built=../internal/web/static/vendor/cytoscape.min.js
if [[ ! -f $built || $installed -nt $built || build.mjs -nt $built ]]; then
	npm run --silent build
else
	echo "build-web: internal/web/static/vendor is up to date"
fi
