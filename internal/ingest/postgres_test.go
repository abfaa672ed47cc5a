package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"newsgraph/internal/store"
)

// TestParallelIngestsIntoPostgres runs three ingests of the same sources
// at once, each with its own connection pool as separate processes would
// have, into one PostgreSQL database: each article must be stored once.
func TestParallelIngestsIntoPostgres(t *testing.T) {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DATABASE_URL is unset under CI=true: run through scripts/with-postgres.sh so PostgreSQL is tested")
		}
		t.Skip("DATABASE_URL unset: skipping PostgreSQL (run: scripts/with-postgres.sh go test ./internal/ingest)")
	}
	ctx := context.Background()
	schema := fmt.Sprintf("ingest_%d", time.Now().UnixNano())
	admin, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	dsn := url + sep + "search_path=" + schema

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
