package store

import (
	"context"
	"os"
	"strings"
)

// DefaultDSN is the store used when --db is not given: $NEWSGRAPH_DB, else
// newsgraph.db in the current directory.
func DefaultDSN() string {
	if v := os.Getenv("NEWSGRAPH_DB"); v != "" {
		return v
	}
	return "newsgraph.db"
}

// IsPostgres reports whether dsn names a PostgreSQL database
// (postgres://… or postgresql://…); anything else is a SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens (creating and migrating as needed) the store dsn names: a
// PostgreSQL URL, or a SQLite file path or file: URI.
func Open(ctx context.Context, dsn string) (Store, error) {
	if IsPostgres(dsn) {
		return OpenPostgres(ctx, dsn)
	}
	return OpenSQLite(ctx, dsn)
}
