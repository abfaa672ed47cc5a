package store

import (
	"context"
	"errors"
	"testing"
)

// TestPutManyMatchesPut stores the corpus in one PutMany, with one article
// twice in the batch, and expects what Puts one by one give.
func TestPutManyMatchesPut(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		recs := corpus()
		items := []Item{{Record: recs[0]}, {Record: recs[1]}, {Record: recs[0]}, {Record: recs[2]}}
		res, err := s.PutMany(ctx, items)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 4 || !res[0].Added || !res[1].Added || res[2].Added || !res[3].Added {
			t.Fatalf("results %+v: want added, added, not added (the same article again), added", res)
		}
		if res[2].ID != res[0].ID || res[2].StoryID != res[0].StoryID {
			t.Errorf("the repeat got id %d story %d, want the first copy's %d, %d", res[2].ID, res[2].StoryID, res[0].ID, res[0].StoryID)
		}
		st, err := s.Stats(ctx, StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Articles != 3 || st.Quotes != 3 {
			t.Errorf("%d articles, %d quotes; want 3, 3", st.Articles, st.Quotes)
		}
		if ents, _ := s.Entities(ctx, EntityQuery{Name: "Rouhani"}); len(ents) != 1 {
			t.Errorf("%d Rouhani entities, want 1: articles of one batch merge as across batches", len(ents))
		}
		assertTotalsMatch(t, s)
		again, err := s.PutMany(ctx, []Item{{Record: recs[2]}})
		if err != nil || again[0].Added || again[0].ID != res[3].ID {
			t.Errorf("PutMany of a stored article = %+v, %v; want not added, id %d", again, err, res[3].ID)
		}
	})
}

// TestPutManyNamesTheBadItem: a batch with an item that cannot be stored
// fails with an *ItemError at its index, and stores nothing of the batch.
func TestPutManyNamesTheBadItem(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		ctx := context.Background()
		_, err := s.PutMany(ctx, []Item{{Record: corpus()[0]}, {Key: "no-record"}})
		var ie *ItemError
		if !errors.As(err, &ie) || ie.Index != 1 || ie.Key != "no-record" {
			t.Fatalf("error = %v, want an ItemError at index 1 naming no-record", err)
		}
		if st, _ := s.Stats(ctx, StatsQuery{}); st.Articles != 0 {
			t.Errorf("%d articles stored from a failed batch, want 0", st.Articles)
		}
	})
}
