package ingest

import (
	"context"
	"sync/atomic"
	"testing"

	"newsgraph/internal/reader"
	"newsgraph/internal/store"
)

// countingStore counts finished Puts.
type countingStore struct {
	store.Store
	done *atomic.Int64
}

func (c countingStore) PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error) {
	r, err := c.Store.PutMany(ctx, items)
	c.done.Add(int64(len(items)))
	return r, err
}

// TestMemoryIsBounded checks the pipeline never holds more than a fixed
// number of articles between reading and storing, however long the input:
// the reader waits for the analysers, the analysers for the writer.
func TestMemoryIsBounded(t *testing.T) {
	const workers, writers = 3, 1
	done := new(atomic.Int64)
	st := countingStore{Store: openStore(t), done: done}
	arts := articles(300)
	maxInFlight := int64(0)
	walk := func(src string, fn func(reader.Article) error, bad func(reader.Problem)) error {
		for i, a := range arts {
			if n := int64(i) - done.Load(); n > maxInFlight {
				maxInFlight = n
			}
			if err := fn(a); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := Run(context.Background(), st, fakeAnalyzer{}, []string{"all"}, Options{Workers: workers, Writers: writers, Walk: walk})
	if err != nil {
		t.Fatal(err)
	}
	// jobs channel + analysers + results channel + a batch per writer,
	// and the article the reader is handing over.
	bound := int64(workers + workers + max(workers, maxBatch) + writers*maxBatch + 1)
	if sum.Stored != 300 || maxInFlight > bound {
		t.Errorf("stored %d; at most %d articles in flight, want ≤ %d", sum.Stored, maxInFlight, bound)
	}
	t.Logf("at most %d articles in flight (bound %d)", maxInFlight, bound)
}
