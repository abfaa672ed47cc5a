package store

import (
	"context"
	"database/sql"
	"strings"
	"testing"
)

// TestMigrationsUpgradeOldDatabase builds a database at schema version 1,
// opens it with this program (which migrates it to the newest version) and
// checks the old article survives and the new column is there; then it
// refuses a database from the future.
func TestMigrationsUpgradeOldDatabase(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/old.db"
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	v1 := *sqliteDialect
	v1.migrations = v1.migrations[:1]
	if err := migrate(ctx, db, &v1); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO articles(key, text, record, added) VALUES ('text:x', 'Old text.', '{"text":"Old text."}', '2020-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.Article(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a.Record.Text != "Old text." || a.EntityIDs == nil {
		t.Errorf("old article after migration: %+v", a)
	}
	var version int
	s.(*sqlStore).db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&version)
	if version != len(sqliteDialect.migrations) {
		t.Errorf("schema version %d, want %d", version, len(sqliteDialect.migrations))
	}
	s.(*sqlStore).db.Exec(`INSERT INTO schema_migrations(version, applied) VALUES (999, 'future')`)
	s.Close()
	if _, err := OpenSQLite(ctx, path); err == nil || !strings.Contains(err.Error(), "newer than this program") {
		t.Errorf("opening a database from a newer program: %v", err)
	}
}
