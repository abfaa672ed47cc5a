package ingest

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"newsgraph/internal/reader"
	"newsgraph/internal/store"
)

// TestBusyBatchIsReportedAndRerunStoresIt makes SQLite answer
// SQLITE_BUSY (another connection holds the write lock past a short busy
// timeout): every article of the batch that failed is reported with its
// source line, none is stored, and a rerun once the lock is free stores
// them all, once each.
func TestBusyBatchIsReportedAndRerunStoresIt(t *testing.T) {
	ctx := context.Background()
	dsn := "file:" + t.TempDir() + "/busy.db?_pragma=journal_mode(WAL)&_pragma=busy_timeout(50)&_pragma=foreign_keys(1)&_txlock=immediate"
	st, err := store.OpenSQLite(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	other, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	hold, err := other.BeginTx(ctx, nil) // BEGIN IMMEDIATE: the write lock
	if err != nil {
		t.Fatal(err)
	}

	arts := articles(40)
	var probs []reader.Problem
	opt := Options{Workers: 2, Walk: sliceWalk(arts), Problem: func(p reader.Problem) { probs = append(probs, p) }}
	sum, err := Run(ctx, st, fakeAnalyzer{}, []string{"good"}, opt)
	if err == nil || !strings.Contains(err.Error(), "locked") {
		t.Fatalf("Run with the write lock held elsewhere: error %v, want database is locked", err)
	}
	seen := map[string]bool{}
	for _, p := range probs {
		if !strings.HasPrefix(p.Origin, "test.jsonl:") || !strings.HasPrefix(p.Reason, "not stored: ") || seen[p.Origin] {
			t.Errorf("problem %s: %s; want each article once as test.jsonl:N: not stored: …", p.Origin, p.Reason)
		}
		seen[p.Origin] = true
	}
	if len(probs) == 0 || sum.Stored != 0 || sum.Skipped != int64(len(probs)) {
		t.Fatalf("%d stored, %d skipped, %d reported; want the failed batch's articles reported and skipped, none stored",
			sum.Stored, sum.Skipped, len(probs))
	}
	t.Logf("%d articles reported, e.g. %v", len(probs), probs[0])

	hold.Rollback()
	probs = nil
	sum, err = Run(ctx, st, fakeAnalyzer{}, []string{"good"}, opt)
	if err != nil || sum.Stored != int64(len(arts)) || len(probs) != 0 {
		t.Errorf("rerun: %v, %d stored, %d problems; want all %d stored", err, sum.Stored, len(probs), len(arts))
	}
}
