package ingest

import "sync"

// maxPendingBytes bounds the text of the analysed articles waiting to be
// stored. Batches are counted in articles (maxBatch), but an article may
// be up to reader.DefaultMaxBytes long, and a few dozen of those waiting
// at once would hold gigabytes.
const maxPendingBytes = 64 << 20

// byteGate admits analysed articles to the writers while the bytes in
// flight stay under a limit; one article over the limit is admitted when
// nothing else is in flight, so no article waits forever.
type byteGate struct {
	mu    sync.Mutex
	freed sync.Cond
	used  int64
	limit int64
}

func newByteGate(limit int64) *byteGate {
	g := &byteGate{limit: limit}
	g.freed.L = &g.mu
	return g
}

func (g *byteGate) acquire(n int64) {
	g.mu.Lock()
	for g.used > 0 && g.used+n > g.limit {
		g.freed.Wait()
	}
	g.used += n
	g.mu.Unlock()
}

func (g *byteGate) release(n int64) {
	g.mu.Lock()
	g.used -= n
	g.mu.Unlock()
	g.freed.Broadcast()
}
