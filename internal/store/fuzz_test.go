package store

import (
	"database/sql"
	"testing"
)

// FuzzParseQuoteQuery: any input either parses, with valid dates, or is
// refused with an error; it never panics.
func FuzzParseQuoteQuery(f *testing.F) {
	for _, s := range []string{`speaker:Rouhani about:America since:2018-09-01 until:2018-09-30 "free text"`,
		`speaker:"Hassan Rouhani"`, `"unclosed`, `since:2018-02`, `a:b:c`, `kind:direct 3:30`, `“curly”`, `speaker:`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuoteQuery(s)
		if err != nil {
			return
		}
		if !ValidDay(q.Since) || !ValidDay(q.Until) {
			t.Errorf("ParseQuoteQuery(%q) gave bad dates %q %q", s, q.Since, q.Until)
		}
	})
}

// FuzzFTSQuery: whatever people type into the search box, the FTS5 query
// built from it is valid syntax (it may match nothing).
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{`sanctions`, `"a phrase" word`, `U.S. -- (weird) input:`, `NEAR(a b)`, `a AND OR NOT`, `"`, `*`, `^x`, `col:val`, `""""`} {
		f.Add(s)
	}
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		f.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	defer db.Close()
	if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize='porter unicode61 remove_diacritics 2');
		INSERT INTO t VALUES ('A title', 'Some text about U.S. sanctions.')`); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rows, err := db.Query(`SELECT rowid FROM t WHERE t MATCH ?`, ftsQuery(s))
		if err != nil {
			t.Fatalf("search %q → FTS5 query %q: %v", s, ftsQuery(s), err)
		}
		rows.Close()
	})
}
