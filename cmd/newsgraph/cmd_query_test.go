package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusOf ingests JSONL lines (rules only, no tagger) into a fresh
// corpus and returns its path.
func corpusOf(t *testing.T, lines ...string) string {
	t.Helper()
	dir := t.TempDir()
	db, jsonl := filepath.Join(dir, "corpus.db"), filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(jsonl, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "", "ingest", "--db", db, "--no-tagger", "--progress", "none", jsonl); code != 0 {
		t.Fatalf("ingest: exit %d, %s", code, errs)
	}
	return db
}

// A negative count is a mistake, as the API says with a 400: query used
// to answer it as if no flag were given (--limit -1 gave the default 50),
// exit 0.
func TestQueryRejectsNegativeCounts(t *testing.T) {
	db := corpusOf(t, `{"id": "n1", "text": "The mayor of Lyon said the bridge would reopen in October."}`)
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

// A list cut at its limit says so on stderr, with the total, so a CSV
// export is not silently short; a list that is complete says nothing.
func TestQuerySaysWhenResultsAreCut(t *testing.T) {
	var lines []string
	for _, town := range []string{"Lyon", "Nantes", "Lille", "Rennes", "Dijon"} {
		lines = append(lines, `{"id": "`+town+`", "text": "The mayor of `+town+` said the bridge in `+town+` would reopen in October."}`)
	}
	db := corpusOf(t, lines...)
	for _, kind := range []string{"articles", "quotes", "entities"} {
		words := map[string]string{"articles": "bridge", "quotes": "reopen", "entities": ""}[kind]
		args := []string{"query", kind, "--db", db, "--format", "csv", "--limit", "2"}
		if words != "" {
			args = append(args, words)
		}
		code, out, errs := run(t, "", args...)
		if code != 0 || !strings.Contains(errs, "results 1-2 of 5; --offset 2 gives the next") || strings.Contains(out, "results 1-2") {
			t.Errorf("%s --limit 2: exit %d, stderr %q; want a note on stderr only that 2 of 5 are shown", kind, code, errs)
		}
		code, _, errs = run(t, "", append(args, "--offset", "3")...)
		if code != 0 || strings.Contains(errs, "results") {
			t.Errorf("%s --limit 2 --offset 3 (the last two): exit %d, stderr %q; want no note", kind, code, errs)
		}
	}
}

// Two countries' finance ministries stay two entities in a corpus, and
// one country's, named differently in two articles, is one.
func TestInstitutionsStayApartAcrossCountries(t *testing.T) {
	db := corpusOf(t,
		`{"id": "jp1", "text": "Japan's Finance Ministry said the yen was too strong. The Finance Ministry will act, officials in Japan said."}`,
		`{"id": "jp2", "text": "The Japanese Finance Ministry declined to comment."}`,
		`{"id": "fr1", "text": "France's Finance Ministry said growth slowed. The Finance Ministry blamed exports, French officials said."}`,
		`{"id": "us1", "text": "The U.S. Agriculture Department said wheat stocks fell."}`,
		`{"id": "us2", "text": "The Department of Agriculture said drought hit Kansas, America's wheat belt, and the United States would import grain."}`)
	code, out, errs := run(t, "", "query", "entities", "--db", db, "--type", "ORG", "--format", "csv", "Finance Ministry")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{",Finance Ministry (Japan),3,2,", ",Finance Ministry (France),2,1,"} {
		if !strings.Contains(out, want) {
			t.Errorf("entities lack %q:\n%s", want, out)
		}
	}
	if strings.Count(out, "\n") != 3 {
		t.Errorf("want a header and two entities:\n%s", out)
	}
	// "Department of Agriculture" and "U.S. Agriculture Department" are one.
	code, out, _ = run(t, "", "query", "entities", "--db", db, "--type", "ORG", "--format", "csv", "Agriculture")
	if code != 0 || !strings.Contains(out, ",Agriculture Department (United States),2,2,") || strings.Count(out, "\n") != 2 {
		t.Errorf("agriculture entities:\n%s", out)
	}
}
