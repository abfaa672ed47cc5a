package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsgraph/internal/storetest"
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

// TestEventsMigrationFillsStoredArticles turns a store back into one from
// before events were stored (schema version 3: no event tables, and one
// article without the entity_ids column's map, as stored before version
// 2), opens it again, and expects the same events a fresh store lists.
func TestEventsMigrationFillsStoredArticles(t *testing.T) {
	for name, dsn := range oldStores {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			dsn := dsn(t)
			s, err := Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			res := putAll(t, s, eventCorpus()...)
			want, err := s.Events(ctx, EventQuery{})
			if err != nil || len(want) != 6 {
				t.Fatalf("events before: %v %+v", err, want)
			}
			s = reopenAfter(t, s, dsn, `DROP TABLE event_actors`, `DROP TABLE events`, `DELETE FROM schema_migrations WHERE version = 4`,
				fmt.Sprintf(`UPDATE articles SET entity_ids = '{}' WHERE id = %d`, res[1].ID))
			got, err := s.Events(ctx, EventQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("events after the migration:\ngot  %+v\nwant %+v", got, want)
			}
			if st, _ := s.Stats(ctx, StatsQuery{}); st == nil || st.Events != 6 {
				t.Errorf("stats after the migration: %+v", st)
			}
		})
	}
}

// TestOpenDoesNotWaitForWriter opens a store whose write lock another
// connection holds, as a running ingest does nearly all the time: a
// store at the current schema opens and answers reads without waiting.
func TestOpenDoesNotWaitForWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "busy.db")
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	putAll(t, s, corpus()...)
	writer, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	tx, err := writer.BeginTx(ctx, nil) // immediate: takes the write lock now
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`UPDATE articles SET title = title`); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	reader, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatalf("open while another connection writes: %v", err)
	}
	defer reader.Close()
	st, err := reader.Stats(ctx, StatsQuery{})
	if took := time.Since(t0); err != nil || st.Articles != 3 || took > 2*time.Second {
		t.Errorf("open and stats while another connection writes: %d articles, %v, took %v", st.Articles, err, took)
	}
}

// TestSearchKeyMigrationFillsStoredNames turns a store back into one from
// before search keys (schema version 4: no search_key or speaker_key
// columns), opens it again with a batch of two rows so the fill walks
// several batches, and expects the stored names to be found without
// accents, and a new article to merge into the stored entities.
func TestSearchKeyMigrationFillsStoredNames(t *testing.T) {
	defer func(n int) { fillBatch = n }(fillBatch)
	fillBatch = 2
	for name, dsn := range oldStores {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			dsn := dsn(t)
			s, err := Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			putAll(t, s, namesCorpus()...)
			s = reopenAfter(t, s, dsn, `ALTER TABLE entity_aliases DROP COLUMN search_key`, `ALTER TABLE quotes DROP COLUMN speaker_key`,
				`DELETE FROM schema_migrations WHERE version = 5`)
			var version int
			s.(*sqlStore).db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&version)
			if version != 5 {
				t.Errorf("schema version %d after the migration, want 5", version)
			}
			checkNameSearches(t, s)

			// A new article naming López by her alias and Erdoğan in full
			// joins the stored entities.
			putAll(t, s, art("https://example.com/n3", "Wire", "2021-03-03",
				`Ankara visit. Gonzalez-López met Recep Tayyip Erdoğan. Gonzalez-López said "the visit is a success."`,
				[]ent{{id: "g1", typ: "PERSON", name: "Gonzalez-López"}, {id: "g2", typ: "PERSON", name: "Recep Tayyip Erdoğan"}},
				[]quo{{text: "the visit is a success.", speaker: "g1"}}))
			for q, quotes := range map[string]int{"lopez": 2, "erdogan": 1} {
				ents, err := s.Entities(ctx, EntityQuery{Name: q})
				if err != nil || len(ents) != 1 || ents[0].Articles != 2 || ents[0].Quotes != quotes {
					t.Errorf("Entities(Name: %q) after a new article = %+v, %v; want one entity in 2 articles with %d quotes", q, ents, err, quotes)
				}
			}
			if people, _ := s.Entities(ctx, EntityQuery{Type: "PERSON"}); len(people) != 4 {
				t.Errorf("PERSON entities after a new article = %+v, want the 4 stored", people)
			}
			want := []string{"the visit is a success.", quoteByLopez} // sorted
			if got := quoteTexts(t, s, QuoteQuery{Speaker: "lopez"}); !reflect.DeepEqual(got, want) {
				t.Errorf("Quotes(Speaker: lopez) after a new article = %q, want %q", got, want)
			}
		})
	}
}

// reopenAfter turns store s back into an older one by running stmts on
// it, closes it and opens dsn again, which migrates it; the reopened
// store is closed when the test ends.
func reopenAfter(t *testing.T, s Store, dsn string, stmts ...string) Store {
	t.Helper()
	db := s.(*sqlStore).db
	for _, stmt := range stmts {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	s.Close()
	s, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// oldStores give a fresh database of each backend, for the tests that
// turn a store back into an older one and migrate it.
var oldStores = map[string]func(t *testing.T) string{
	"sqlite":   func(t *testing.T) string { return t.TempDir() + "/old.db" },
	"postgres": func(t *testing.T) string { return storetest.PostgresDSN(t) },
}
