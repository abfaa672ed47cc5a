package store

import (
	"context"
	"database/sql"
	"fmt"
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
	migrations: []string{
		// 1: the corpus
		`CREATE TABLE articles (
			id INTEGER PRIMARY KEY,
			key TEXT NOT NULL UNIQUE,
			url TEXT NOT NULL DEFAULT '',
			title TEXT NOT NULL DEFAULT '',
			source TEXT NOT NULL DEFAULT '',
			published TEXT NOT NULL DEFAULT '',
			day TEXT,
			text TEXT NOT NULL,
			record TEXT NOT NULL,
			origin TEXT NOT NULL DEFAULT '',
			added TEXT NOT NULL,
			minhash BLOB,
			story_id INTEGER NOT NULL DEFAULT 0
		);
		CREATE INDEX articles_day ON articles(day);
		CREATE INDEX articles_source ON articles(source);
		CREATE INDEX articles_story ON articles(story_id);
		CREATE TABLE lsh_bands (band_key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id));
		CREATE INDEX lsh_bands_key ON lsh_bands(band_key);
		CREATE TABLE entities (
			id INTEGER PRIMARY KEY,
			type TEXT NOT NULL,
			norm TEXT NOT NULL,
			name TEXT NOT NULL,
			UNIQUE(type, norm)
		);
		CREATE TABLE entity_aliases (
			type TEXT NOT NULL,
			norm TEXT NOT NULL,
			alias TEXT NOT NULL,
			entity_id INTEGER NOT NULL REFERENCES entities(id),
			PRIMARY KEY(type, norm)
		);
		CREATE INDEX entity_aliases_entity ON entity_aliases(entity_id);
		CREATE TABLE entity_roles (
			entity_id INTEGER NOT NULL REFERENCES entities(id),
			title TEXT NOT NULL,
			of_name TEXT NOT NULL DEFAULT '',
			article_id INTEGER NOT NULL REFERENCES articles(id),
			PRIMARY KEY(entity_id, title, of_name, article_id)
		);
		CREATE TABLE article_entities (
			article_id INTEGER NOT NULL REFERENCES articles(id),
			entity_id INTEGER NOT NULL REFERENCES entities(id),
			mentions INTEGER NOT NULL,
			PRIMARY KEY(article_id, entity_id)
		);
		CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
		CREATE TABLE quotes (
			id INTEGER PRIMARY KEY,
			article_id INTEGER NOT NULL REFERENCES articles(id),
			ord INTEGER NOT NULL,
			speaker_id INTEGER REFERENCES entities(id),
			speaker_name TEXT NOT NULL DEFAULT '',
			speaker_norm TEXT NOT NULL DEFAULT '',
			text TEXT NOT NULL,
			kind TEXT NOT NULL DEFAULT '',
			day TEXT,
			qstart INTEGER NOT NULL,
			qend INTEGER NOT NULL,
			UNIQUE(article_id, ord)
		);
		CREATE INDEX quotes_speaker ON quotes(speaker_id);
		CREATE INDEX quotes_day ON quotes(day);
		CREATE TABLE quote_about (
			quote_id INTEGER NOT NULL REFERENCES quotes(id),
			entity_id INTEGER NOT NULL REFERENCES entities(id),
			PRIMARY KEY(quote_id, entity_id)
		);
		CREATE INDEX quote_about_entity ON quote_about(entity_id);
		CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2');
		CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',
			tokenize='porter unicode61 remove_diacritics 2');`,
		// 2: which corpus entity each record entity became
		`ALTER TABLE articles ADD COLUMN entity_ids TEXT NOT NULL DEFAULT '{}';`,
		// 3: per-entity totals (see totals.go)
		totalsMigration("INTEGER"),
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
		return `SELECT rowid, snippet(articles_fts, 1, '«', '»', '…', 16) FROM articles_fts WHERE articles_fts MATCH ? AND rowid IN (` + ids + `)`, []any{ftsQuery(text)}
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
		v = strings.ReplaceAll(v, `"`, `""`)
		if strings.TrimSpace(v) != "" {
			terms = append(terms, `"`+v+`"`)
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
