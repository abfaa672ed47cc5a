package store

import "testing"

// TestSQLitePath: the file behind each form of SQLite --db, which the
// ingest write lock is kept beside.
func TestSQLitePath(t *testing.T) {
	for dsn, want := range map[string]string{
		"news.db":                              "news.db",
		"/data/news.db":                        "/data/news.db",
		"sqlite://news.db":                     "news.db",
		"file:news.db?_pragma=busy_timeout(1)": "news.db",
		"file:///data/my%20news.db":            "/data/my news.db",
		"file://localhost/data/news.db":        "/data/news.db",
		":memory:":                             "",
		"file::memory:":                        "",
		"file:x?mode=memory&cache=shared":      "",
	} {
		if got := SQLitePath(dsn); got != want {
			t.Errorf("SQLitePath(%q) = %q, want %q", dsn, got, want)
		}
	}
}
