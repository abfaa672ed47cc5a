// Package storetest gives tests that need PostgreSQL a scratch schema of
// their own in the database that scripts/with-postgres.sh starts, so tests
// of several packages can share one server without seeing each other's
// rows.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// PostgresDSN creates a fresh schema named after the test and returns a
// connection string whose search_path is that schema; the schema is
// dropped when the test ends. Without DATABASE_URL the test is skipped,
// or fails under CI=true, where PostgreSQL must be tested.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DATABASE_URL is unset under CI=true: run the tests through scripts/with-postgres.sh so PostgreSQL is tested")
		}
		t.Skip("DATABASE_URL unset: skipping PostgreSQL (run the tests through scripts/with-postgres.sh)")
	}
	ctx := context.Background()
	schema := schemaName(t.Name(), time.Now().UnixNano())
	admin, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}

// schemaName makes a PostgreSQL identifier from a test name: lower case,
// letters, digits and underscores, at most 60 bytes (the limit is 63).
func schemaName(test string, nanos int64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "t_%d_", nanos)
	for _, r := range strings.ToLower(test) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	s := b.String()
	return s[:min(len(s), 60)]
}
