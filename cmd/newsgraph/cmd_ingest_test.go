package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestIngestThenQuery runs the commands end to end on two written
// articles and a bad line: ingest reports the bad line and exits 1, a
// second ingest stores nothing new, and query answers in each format.
func TestIngestThenQuery(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "corpus.db")
	jsonl := filepath.Join(dir, "news.jsonl")
	lines := []string{
		`{"id": "n1", "url": "https://example.com/n1", "source": "Example Post", "published": "2018-09-20", "title": "Budget row", "text": "Prime Minister Justin Trudeau said on Monday that \"Canada will balance the budget next year.\" Ottawa officials declined to comment."}`,
		`{"id": "n2", "text": `,
		`{"id": "n3", "source": "Example Times", "published": "2018-09-21", "title": "Bridge", "text": "The mayor of Lyon said the bridge would reopen in October, according to city officials."}`,
	}
	os.WriteFile(jsonl, []byte(strings.Join(lines, "\n")+"\n"), 0o644)

	code, _, errs := run(t, "", "ingest", "--db", db, "--no-tagger", "--progress", "none", jsonl)
	if code != 1 || !strings.Contains(errs, jsonl+":2: ") || !strings.Contains(errs, "3 read, 2 stored, 0 duplicates, 1 skipped") {
		t.Fatalf("first ingest: exit %d, stderr:\n%s", code, errs)
	}
	code, _, errs = run(t, "", "ingest", "--db", db, "--no-tagger", "--progress", "none", jsonl)
	if code != 1 || !strings.Contains(errs, "0 stored, 2 duplicates, 1 skipped") {
		t.Fatalf("second ingest: exit %d, stderr:\n%s", code, errs)
	}

	code, out, errs := run(t, "", "query", "articles", "--db", db, "--json", "budget")
	var page struct {
		Total    int
		Articles []struct{ Title, Source, Day string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &page) != nil || page.Total != 1 || page.Articles[0].Title != "Budget row" || page.Articles[0].Day != "2018-09-20" {
		t.Errorf("query articles --json budget: exit %d, %s%s", code, out, errs)
	}
	code, out, _ = run(t, "", "query", "stats", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 5 || rows[1][1] != "articles" || rows[1][2] != "2" {
		t.Errorf("query stats --format csv: exit %d, %q", code, rows)
	}
	code, out, _ = run(t, "", "query", "articles", "--db", db, "--format", "jsonl", "--since", "2018-09-21")
	if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, `"title":"Bridge"`) {
		t.Errorf("query articles --format jsonl --since: exit %d, %s", code, out)
	}
	code, out, _ = run(t, "", "query", "quotes", "--db", db, "--format", "table", "since:2018-09")
	if code != 0 || !strings.HasPrefix(out, "ID ") {
		t.Errorf("query quotes: exit %d, %s", code, out)
	}
	for _, bad := range [][]string{
		{"query", "planets", "--db", db},
		{"query", "quotes", "--db", db, "since:soon"},
		{"query", "stats", "--db", db, "--format", "xml"},
		{"query", "article", "--db", db, "first"},
		{"query", "events", "--db", db, "--role", "sideways", "1"},
		{"query", "events", "--db", db, "--role", "source"},
		{"query", "events", "--db", db, "--since", "May"},
		{"query", "events", "--db", db, "--event-type", "praise"},
		{"query", "events", "--db", db, "--modality", "rumoured"},
		{"query", "network", "--db", db, "--kind", "events", "--event-type", "praise"},
		{"query", "network", "--db", db, "--kind", "gossip"},
		{"ingest", "--db", db},
	} {
		if code, _, errs := run(t, "", bad...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d (want 2), stderr %q", bad, code, errs)
		}
	}
	if code, _, errs := run(t, "", "query", "stats", "--db", db+".typo"); code != 1 || !strings.Contains(errs, "no corpus at") {
		t.Errorf("query on a missing database: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(db + ".typo"); err == nil {
		t.Errorf("query created the missing database")
	}
	if code, _, errs := run(t, "", "query", "article", "--db", db, "99"); code != 1 || !strings.Contains(errs, "not found") {
		t.Errorf("query article 99: exit %d, %q", code, errs)
	}
}

// TestQueryEvents ingests the example articles and asks for their events
// by type and by actor, as the README shows. It asserts what the query
// must do with whatever events the extractor finds, not which it finds.
func TestQueryEvents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "corpus.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, "--progress", "none", "../../examples/articles"); code != 0 {
		t.Fatalf("ingest examples: exit %d, %s", code, errs)
	}
	type event struct {
		Type    string
		Sources []struct{ Entity *struct{ ID int64 } }
	}
	query := func(args ...string) []event {
		t.Helper()
		code, out, errs := run(t, "", append([]string{"query", "events", "--db", db, "--json"}, args...)...)
		var evs []event
		if err := json.Unmarshal([]byte(out), &evs); code != 0 || err != nil {
			t.Fatalf("query events %v: exit %d, %v, %s%s", args, code, err, out, errs)
		}
		return evs
	}
	all := query()
	if len(all) == 0 {
		t.Fatal("no events in the example articles")
	}
	typed := query("--event-type", strings.ToLower(all[0].Type))
	for _, e := range typed {
		if e.Type != all[0].Type {
			t.Errorf("--event-type %s listed a %s event", all[0].Type, e.Type)
		}
	}
	if len(typed) == 0 {
		t.Errorf("--event-type %s listed nothing", all[0].Type)
	}
	var actor int64
	for _, e := range all {
		for _, s := range e.Sources {
			if s.Entity != nil && actor == 0 {
				actor = s.Entity.ID
			}
		}
	}
	if actor == 0 {
		t.Fatal("no example event has a resolved source actor")
	}
	id := strconv.FormatInt(actor, 10)
	for _, evs := range [][]event{query(id, "--role", "source"), query("--entity", id)} {
		if len(evs) == 0 {
			t.Errorf("no events of entity %d", actor)
		}
	}
	if code, out, _ := run(t, "", "query", "entity", "--db", db, id); code != 0 || !strings.Contains(out, "events: ") || !strings.Contains(out, "'query events "+id+"'") {
		t.Errorf("query entity %s: exit %d, no events line:\n%s", id, code, out)
	}
	if code, out, _ := run(t, "", "query", "network", "--db", db, "--kind", "events", "--format", "csv"); code != 0 || !strings.HasPrefix(out, "from_id,") {
		t.Errorf("query network --kind events: exit %d, %s", code, out)
	}
}
