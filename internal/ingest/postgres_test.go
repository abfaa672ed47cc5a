package ingest

import (
	"context"
	"sync"
	"testing"

	"newsgraph/internal/store"
	"newsgraph/internal/storetest"
)

// TestParallelIngestsIntoPostgres runs three ingests of the same sources
// at once, each with its own connection pool as separate processes would
// have, into one PostgreSQL database: each article must be stored once.
func TestParallelIngestsIntoPostgres(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)

	arts := articles(120)
	var wg sync.WaitGroup
	stored := make([]int64, 3)
	for i := range stored {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(ctx, dsn)
			if err != nil {
				t.Error(err)
				return
			}
			defer st.Close()
			sum, err := Run(ctx, st, fakeAnalyzer{}, []string{"good"}, Options{Workers: 2, Writers: 2, Walk: sliceWalk(arts)})
			if err != nil {
				t.Error(err)
				return
			}
			stored[i] = sum.Stored
		}()
	}
	wg.Wait()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx, store.StatsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if total := stored[0] + stored[1] + stored[2]; total != 120 || stats.Articles != 120 || stats.Entities != 5 {
		t.Errorf("three parallel ingests stored %v (sum %d); database holds %d articles, %d entities; want 120, 120, 5",
			stored, total, stats.Articles, stats.Entities)
	}
}
