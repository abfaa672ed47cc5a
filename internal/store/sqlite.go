package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // registers the "sqlite" driver; pure Go
)

// OpenSQLite opens or creates a SQLite store. path is a file name or a
// file: URI; WAL mode, a busy timeout and immediate write transactions
// are added unless the URI sets its own pragmas.
func OpenSQLite(ctx context.Context, path string) (Store, error) {
	db, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := migrate(ctx, db, sqliteDialect); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	// SQLite takes one writer at a time: Put uses a handle with a single
	// connection, whose prepared statements then stay prepared, while
	// reads use as many connections as they like.
	wdb, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	wdb.SetMaxOpenConns(1)
	wdb.SetMaxIdleConns(1)
	wdb.SetConnMaxLifetime(0)
	wdb.SetConnMaxIdleTime(0)
	return &sqlStore{db: db, wdb: wdb, d: sqliteDialect, where: path}, nil
}

// SQLitePath is the file a SQLite dsn (a path, file: URI or sqlite://…)
// names, for things kept beside it such as ingest's write lock; "" for
// an in-memory database.
func SQLitePath(dsn string) string {
	p := strings.TrimPrefix(dsn, "sqlite://")
	if rest, uri := strings.CutPrefix(p, "file:"); uri {
		var query string
		p, query, _ = strings.Cut(rest, "?")
		if strings.Contains(query, "mode=memory") {
			return ""
		}
		if rest, ok := strings.CutPrefix(p, "//"); ok {
			// file:///abs/path or file://localhost/abs/path
			if i := strings.IndexByte(rest, '/'); i >= 0 {
				p = rest[i:]
			}
		}
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
	}
	if p == ":memory:" {
		return ""
	}
	return p
}

func sqliteDSN(path string) string {
	p := strings.TrimPrefix(path, "sqlite://")
	if !strings.HasPrefix(p, "file:") {
		p = "file:" + p
	}
	if strings.Contains(p, "_pragma=") {
		return p
	}
	sep := "?"
	if strings.Contains(p, "?") {
		sep = "&"
	}
	// synchronous(NORMAL) in WAL mode loses nothing when the process is
	// killed, only (possibly the last transactions) on power loss.
	return p + sep + "_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_txlock=immediate"
}

// sqliteDialect: FTS5 tables with external content, so snippet() can read
// the text back from the articles and quotes tables.
var sqliteDialect = &dialect{
	name:       "sqlite",
	rebind:     func(q string) string { return q },
	serialPuts: true,
	migrations: []migration{
		// 1: the corpus
		{sql: corpusMigration(corpusTypes{
			id:   "INTEGER PRIMARY KEY",
			ref:  "INTEGER",
			blob: "BLOB",
			fts: `
		CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2');
		CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2');`,
		})},
		// 2: which corpus entity each record entity became
		{sql: `ALTER TABLE articles ADD COLUMN entity_ids TEXT NOT NULL DEFAULT '{}';`},
		// 3: per-entity totals (see totals.go)
		{sql: totalsMigration("INTEGER")},
		// 4: events and their actors, filled from the stored records (see events.go)
		{sql: eventsMigration("INTEGER PRIMARY KEY", "INTEGER"), fill: fillEvents},
		// 5: accent-free search keys of names, filled for stored rows (see searchkey.go)
		{sql: searchKeyMigration, fill: fillSearchKeys},
	},
	// Articles and quotes are never updated or deleted, so the FTS rows are
	// written once, here, rather than by triggers: last in the transaction
	// and in two statements, because FTS5 flushes its pending rows to a
	// new index segment at every later statement's savepoint, which made
	// Put several times slower when the rows went in first.
	afterPut: func(w *wtx, id int64, title, text string) error {
		if err := w.exec(`INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE article_id = ?`, id); err != nil {
			return err
		}
		return w.exec(`INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, id, title, text)
	},
	articleMatch: func(text string) (string, []any) {
		return `SELECT rowid AS rid, bm25(articles_fts, 2.0, 1.0) AS rank FROM articles_fts WHERE articles_fts MATCH ?`, []any{ftsQuery(text)}
	},
	quoteMatch: func(text string) (string, []any) {
		return `SELECT rowid AS rid, bm25(quotes_fts) AS rank FROM quotes_fts WHERE quotes_fts MATCH ?`, []any{ftsQuery(text)}
	},
	articleSnippets: func(text string, ids string) (string, []any) {
		return `SELECT rowid, snippet(articles_fts, 1, ?, ?, '…', 16) FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (` + ids + `)`,
			[]any{SnippetOpen, SnippetClose, ftsQuery(text)}
	},
}

// ftsQuery turns user text (words and "quoted phrases") into an FTS5 query
// in which every word and phrase must occur. Each term is quoted, so FTS5
// operators and punctuation in the input ("U.S.", "-", ":") are searched
// for as text instead of failing as syntax.
func ftsQuery(text string) string {
	text = cleanQuery(text)
	toks, _ := tokenize(text)
	if toks == nil {
		// An unclosed quote: search the words.
		toks, _ = tokenize(strings.ReplaceAll(text, `"`, " "))
	}
	var terms []string
	for _, t := range toks {
		v := t.value
		if t.field != "" {
			v = t.field + " " + v
		}
		v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
		// A term given twice asks nothing more, but costs FTS5 far
		// more than twice.
		if strings.TrimSpace(v[1:len(v)-1]) != "" && !slices.Contains(terms, v) {
			terms = append(terms, v)
		}
	}
	if len(terms) == 0 {
		return `""`
	}
	return strings.Join(terms, " ")
}

// cleanQuery turns control characters (NUL among them, which neither
// FTS5 nor PostgreSQL accept in a query) and invalid UTF-8 into spaces.
func cleanQuery(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\uFFFD' {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}
