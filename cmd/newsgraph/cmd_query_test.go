package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A negative count is a mistake, as the API says with a 400: query used
// to answer it as if no flag were given (--limit -1 gave the default 50),
// exit 0.
func TestQueryRejectsNegativeCounts(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	jsonl := filepath.Join(dir, "news.jsonl")
	os.WriteFile(jsonl, []byte(`{"id": "n1", "text": "The mayor of Lyon said the bridge would reopen in October."}`+"\n"), 0o644)
	if code, _, errs := run(t, "", "ingest", "--db", db, "--no-tagger", "--progress", "none", jsonl); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errs)
	}
	tests := []struct {
		args []string
		flag string
	}{
		{[]string{"articles", "--limit", "-1", "bridge"}, "--limit"},
		{[]string{"articles", "--offset", "-5", "bridge"}, "--offset"},
		{[]string{"quotes", "--limit=-2", "since:2018"}, "--limit"},
		{[]string{"entities", "--offset", "-1"}, "--offset"},
		{[]string{"stories", "--min-size", "-1"}, "--min-size"},
		{[]string{"network", "--min-weight", "-3"}, "--min-weight"},
		{[]string{"stats", "--top", "-1"}, "--top"},
	}
	for _, tc := range tests {
		args := append([]string{"query", "--db", db}, tc.args...)
		code, out, errs := run(t, "", args...)
		if code != 2 || out != "" || !strings.Contains(errs, tc.flag) {
			t.Errorf("%v: exit %d (want 2), stdout %q, stderr %q (want it to name %s)", tc.args, code, out, errs, tc.flag)
		}
	}
	if code, _, errs := run(t, "", "query", "--db", db, "articles", "--limit", "0", "--offset", "0", "bridge"); code != 0 {
		t.Errorf("--limit 0 --offset 0: exit %d, %s", code, errs)
	}
}
