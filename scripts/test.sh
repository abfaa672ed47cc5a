#!/usr/bin/env bash
# The whole test suite: formatting and vet, every Go test (PostgreSQL and
# browser tests included when their servers are installed; under CI=true
# they must run), and a short run of each fuzz target.
#
# Usage: scripts/test.sh            (from anywhere in the repository)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './web/node_modules/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...

# The binary is meant to build wherever Go does; Windows lacks the Unix
# calls (getrusage, mkfifo, flock) that are easiest to use by mistake,
# and vet also type-checks the tests. Cached after the first run.
step "go vet (GOOS=windows)"
GOOS=windows go vet ./...

# Front-end packages (graph and chart libraries) come from npm at build
# time; without Node the UI falls back to tables and its browser test
# skips.
if command -v npm >/dev/null 2>&1 && [ -x scripts/build-web.sh ]; then
  step "web assets (npm)"
  scripts/build-web.sh
fi

step "go test"
gotest=(go test -count=1 ./...)
if [ -z "${DATABASE_URL:-}" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  # A throwaway PostgreSQL on loopback, so the store suite runs against
  # both backends.
  scripts/with-postgres.sh "${gotest[@]}"
else
  "${gotest[@]}"
fi

step "fuzz (2,000 inputs per target)"
# A count, not a duration: with a duration, Go 1.26's fuzz coordinator can
# fail a target with "context deadline exceeded" and no failing input when
# the time runs out under load (go.dev/issue/75804, fixed in Go 1.27); a
# count has no deadline to race. FUZZTIME=60s (or 100000x) for longer runs.
fuzztime=${FUZZTIME:-2000x}
for target in $(grep -rhoE '^func Fuzz[A-Za-z0-9_]+' --include='*_test.go' internal cmd | sed 's/^func //' | sort -u); do
  pkg=$(dirname "$(grep -rlE "^func ${target}\(" --include='*_test.go' internal cmd | head -1)")
  echo "-- $target ($pkg)"
  # Quiet when it passes; on a finding, show what it found and where the
  # failing input was written (CI keeps nothing else).
  if ! out=$(go test -run='^$' -fuzz="^${target}\$" -fuzztime="$fuzztime" "./$pkg" 2>&1); then
    printf '%s\n' "$out" | grep -v '^fuzz: elapsed' | tail -40
    find "$pkg/testdata/fuzz/$target" -newer go.mod -type f -exec sh -c 'echo "== $1"; cat "$1"' _ {} \; 2>/dev/null | head -c 4000
    exit 1
  fi
done

echo
echo "all tests passed"
