package store

import (
	"context"
	"reflect"
	"testing"
)

// TestTotalsMatchCounting checks the running totals (used for all-time
// questions) agree with counting from the mention and quote tables (used
// for date ranges): every article in the test corpus has a day, so a range
// from 1900 covers it all.
func TestTotalsMatchCounting(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		recs := corpus()
		copy1 := art("https://a.example/rates", "Outlet A", "2019-03-07", "Rates rise. "+wireStory,
			[]ent{{id: "g", typ: "ORG", name: "Tehran"}}, nil)
		copy2 := art("https://b.example/rates", "Outlet B", "2019-03-08", "Bank lifts rates. "+wireStory,
			[]ent{{id: "g", typ: "GPE", name: "Tehran"}}, nil)
		putAll(t, s, append(recs, copy1, copy2, corpus()[0])...)
		assertTotalsMatch(t, s)
	})
}

func assertTotalsMatch(t *testing.T, s Store) {
	t.Helper()
	ctx := context.Background()
	for _, sort := range []string{"mentions", "articles", "stories", "quotes", "name"} {
		for _, typ := range []string{"", "GPE"} {
			all, err1 := s.Entities(ctx, EntityQuery{Sort: sort, Type: typ})
			ranged, err2 := s.Entities(ctx, EntityQuery{Sort: sort, Type: typ, Since: "1900-01-01"})
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if !reflect.DeepEqual(all, ranged) {
				t.Errorf("Entities(sort %s, type %q):\ntotals   %+v\ncounting %+v", sort, typ, all, ranged)
			}
		}
	}
	for _, perStory := range []bool{false, true} {
		all, err1 := s.Stats(ctx, StatsQuery{PerStory: perStory})
		ranged, err2 := s.Stats(ctx, StatsQuery{PerStory: perStory, Since: "1900-01-01"})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !reflect.DeepEqual(all, ranged) {
			t.Errorf("Stats(per story %v):\ntotals   %+v\ncounting %+v", perStory, all, ranged)
		}
	}
}

// TestTotalsMigrationBackfills drops the totals and reopens the database:
// migration 3 must rebuild them from the corpus.
func TestTotalsMigrationBackfills(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/totals.db"
	s, err := OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	putAll(t, s, corpus()...)
	before, _ := s.Entities(ctx, EntityQuery{})
	db := s.(*sqlStore).db
	for _, stmt := range []string{`DROP TABLE entity_totals`, `DROP TABLE entity_stories`, `DELETE FROM schema_migrations WHERE version = 3`} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = OpenSQLite(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	after, _ := s.Entities(ctx, EntityQuery{})
	if len(before) == 0 || !reflect.DeepEqual(before, after) {
		t.Errorf("after rebuilding the totals:\n%+v\nbefore:\n%+v", after, before)
	}
	assertTotalsMatch(t, s)
}
