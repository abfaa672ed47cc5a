package ingest

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph/internal/store"
)

// slowStore takes a while over each PutMany, as a store that falls
// behind the analysers does, and records the batch sizes; it fails the
// batch holding failKey with an *store.ItemError naming it.
type slowStore struct {
	store.Store
	delay   time.Duration
	failKey string
	mu      sync.Mutex
	sizes   []int // articles per PutMany
	bytes   []int // text bytes per PutMany
}

func (s *slowStore) PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error) {
	time.Sleep(s.delay)
	s.mu.Lock()
	s.sizes = append(s.sizes, len(items))
	n := 0
	for _, it := range items {
		n += len(it.Record.Text)
	}
	s.bytes = append(s.bytes, n)
	s.mu.Unlock()
	for i, it := range items {
		if s.failKey != "" && it.Key == s.failKey {
			return nil, &store.ItemError{Index: i, Key: it.Key, Err: context.DeadlineExceeded}
		}
	}
	return s.Store.PutMany(ctx, items)
}

func TestWriterBatchesWhenBehind(t *testing.T) {
	st := &slowStore{Store: openStore(t), delay: 20 * time.Millisecond}
	sum, err := Run(context.Background(), st, fakeAnalyzer{}, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(articles(200))})
	if err != nil {
		t.Fatal(err)
	}
	biggest, calls := 0, len(st.sizes)
	for _, n := range st.sizes {
		biggest = max(biggest, n)
	}
	if sum.Stored != 200 || biggest < 2 || biggest > maxBatch || calls >= 100 {
		t.Errorf("stored %d in %d transactions, the largest of %d articles; want 200 in far fewer than 200, none over %d",
			sum.Stored, calls, biggest, maxBatch)
	}
}

func TestStoreFailureNamesTheArticle(t *testing.T) {
	arts := articles(50)
	st := &slowStore{Store: openStore(t), failKey: store.KeyFor(arts[17].URL, arts[17].Text)}
	_, err := Run(context.Background(), st, fakeAnalyzer{}, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(arts)})
	if err == nil || !strings.Contains(err.Error(), "test.jsonl:18:") {
		t.Errorf("error = %v, want one naming test.jsonl:18", err)
	}
}

// TestPendingBytesBounded: with long articles, batches stop growing at the
// byte bound long before maxBatch.
func TestPendingBytesBounded(t *testing.T) {
	arts := articles(60)
	for i := range arts {
		arts[i].Text += strings.Repeat(" More words.", 100) // about 1.3 kB each
	}
	st := &slowStore{Store: openStore(t), delay: 10 * time.Millisecond}
	const limit = 4000
	sum, err := Run(context.Background(), st, fakeAnalyzer{}, []string{"good"}, Options{Workers: 2, Walk: sliceWalk(arts), MaxPendingBytes: limit})
	if err != nil {
		t.Fatal(err)
	}
	most := 0
	for _, n := range st.bytes {
		most = max(most, n)
	}
	if sum.Stored != 60 || most > limit || most < 2000 {
		t.Errorf("stored %d; the largest batch held %d bytes of text, want 2,000 to %d", sum.Stored, most, limit)
	}
}
