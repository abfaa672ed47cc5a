// Package ingest reads sources, analyses their articles on all cores and
// stores the records: streaming, with memory bounded by the number of
// workers whatever the corpus size, and idempotent — an article already
// in the store is neither analysed nor stored again.
//
// Data flow: one reader goroutine walks the sources in order and hands
// articles to Workers analysers through a small channel (so reading waits
// when analysis is behind); analysed records go to the writers (one for
// SQLite, which takes one writer at a time; Workers for PostgreSQL). The
// SQLite writer commits what has piled up, up to 32 articles, in one
// transaction (PostgreSQL: one per article), so a killed ingest loses at
// most the articles in flight or in that batch, and running it again
// completes the set.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
	"newsgraph/internal/record"
	"newsgraph/internal/store"
)

// Analyzer turns an article into its record (*pipeline.Pipeline is one).
// It must be safe for concurrent use.
type Analyzer = pipeline.Recorder

// WalkFunc reads one source, calling fn for each article and bad for each
// record that cannot be read. reader.Walk with fixed options is one.
type WalkFunc func(source string, fn func(reader.Article) error, bad func(reader.Problem)) error

// Options control an ingest run.
type Options struct {
	// Workers analyse articles in parallel; 0 means GOMAXPROCS.
	Workers int
	// Writers store records in parallel; 0 means 1, right for SQLite.
	Writers int
	// Walk reads a source; nil means reader.Walk with default options.
	Walk WalkFunc
	// Problem, when set, is called (from any goroutine, one call at a
	// time) for each skipped article, as it happens.
	Problem func(reader.Problem)
	// Progress, when set, is called every ProgressEvery (default 1 s)
	// with the counts so far (not at the end: the Summary has those).
	Progress      func(Counts)
	ProgressEvery time.Duration
	// MaxPendingBytes bounds the text of analysed articles not yet
	// stored; 0 means 64 MB.
	MaxPendingBytes int64
}

// Counts are the running totals of a run.
type Counts struct {
	Read       int64 // records read from the sources, good and bad
	Stored     int64 // new articles stored
	Duplicates int64 // already in the store (or read twice in this run)
	Skipped    int64 // bad records and articles analysis failed on
	Elapsed    time.Duration
}

// Done is the number of articles and bad records dealt with.
func (c Counts) Done() int64 { return c.Stored + c.Duplicates + c.Skipped }

// Rate is articles dealt with per second.
func (c Counts) Rate() float64 {
	if c.Elapsed <= 0 {
		return 0
	}
	return float64(c.Done()) / c.Elapsed.Seconds()
}

// Summary is what a run did.
type Summary struct {
	Counts
	// Problems are the skipped articles (the first MaxProblems of them).
	Problems []reader.Problem
	// Reasons counts skipped articles by reason.
	Reasons map[string]int64
}

// MaxProblems bounds Summary.Problems, so memory stays bounded however
// many records are bad.
const MaxProblems = 1000

// counters are updated by every goroutine.
type counters struct {
	read, stored, dup, skipped atomic.Int64
	start                      time.Time
}

func (c *counters) snapshot() Counts {
	return Counts{Read: c.read.Load(), Stored: c.stored.Load(), Duplicates: c.dup.Load(),
		Skipped: c.skipped.Load(), Elapsed: time.Since(c.start)}
}

type job struct {
	a   reader.Article
	key string
}

// maxBatch is the most articles a writer stores in one PutMany. A crash
// loses the uncommitted batch, which the next run analyses again.
const maxBatch = 32

type result struct {
	rec    *record.Record
	key    string
	origin string
	size   int64 // bytes of text held against the byteGate
}

// Run ingests sources into st. It returns an error only when it cannot go
// on (a store failure, ctx cancelled); bad records, articles the analyser
// fails on and sources that cannot be read at all are counted, reported
// and skipped. The Summary is valid either way.
func Run(ctx context.Context, st store.Store, an Analyzer, sources []string, opt Options) (*Summary, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	writers := max(opt.Writers, 1)
	walk := opt.Walk
	if walk == nil {
		walk = func(src string, fn func(reader.Article) error, bad func(reader.Problem)) error {
			return reader.Walk(src, reader.Options{}, fn, bad)
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	c := &counters{start: time.Now()}
	sum := &Summary{Reasons: map[string]int64{}}
	var probMu sync.Mutex
	problem := func(p reader.Problem) {
		c.skipped.Add(1)
		probMu.Lock()
		defer probMu.Unlock()
		if len(sum.Problems) < MaxProblems {
			sum.Problems = append(sum.Problems, p)
		}
		sum.Reasons[reasonKind(p.Reason)]++
		if opt.Problem != nil {
			opt.Problem(p)
		}
	}

	jobs := make(chan job, workers)
	results := make(chan result, max(workers, maxBatch))
	pendingLimit := int64(maxPendingBytes)
	if opt.MaxPendingBytes > 0 {
		pendingLimit = opt.MaxPendingBytes
	}
	pending := newByteGate(pendingLimit)

	// Progress ticker.
	stopTick := make(chan struct{})
	var tickDone sync.WaitGroup
	if opt.Progress != nil {
		every := opt.ProgressEvery
		if every <= 0 {
			every = time.Second
		}
		tickDone.Add(1)
		go func() {
			defer tickDone.Done()
			t := time.NewTicker(every)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					opt.Progress(c.snapshot())
				case <-stopTick:
					return
				}
			}
		}()
	}

	// Reader: sources in order; fn blocks while the workers are busy.
	go func() {
		defer close(jobs)
		for _, src := range sources {
			err := walk(src, func(a reader.Article) error {
				c.read.Add(1)
				select {
				case jobs <- job{a: a, key: store.KeyFor(a.URL, a.Text)}:
					return nil
				case <-ctx.Done():
					return context.Cause(ctx)
				}
			}, func(p reader.Problem) {
				c.read.Add(1) // a bad record was read too
				problem(p)
			})
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				// A source that cannot be read at all (missing file,
				// failed download) is skipped like a bad record, so one
				// typo does not lose the other sources.
				problem(reader.Problem{Origin: src, Reason: "cannot read: " + err.Error()})
			}
		}
	}()

	// Analysers.
	var analysed sync.WaitGroup
	for range workers {
		analysed.Add(1)
		go func() {
			defer analysed.Done()
			for j := range jobs {
				if ctx.Err() != nil {
					continue // drain, so the reader is not left blocked
				}
				has, err := st.Has(ctx, j.key)
				if err != nil {
					cancel(err)
					continue
				}
				if has {
					c.dup.Add(1)
					continue
				}
				rec, err := analyse(an, j.a)
				if err != nil {
					problem(reader.Problem{Origin: origin(j.a), Reason: err.Error()})
					continue
				}
				size := int64(len(rec.Text))
				pending.acquire(size)
				select {
				case results <- result{rec: rec, key: j.key, origin: origin(j.a), size: size}:
				case <-ctx.Done():
					pending.release(size)
				}
			}
		}()
	}
	go func() { analysed.Wait(); close(results) }()

	// Writers. Each stores what has piled up for it in one PutMany (group
	// commit): when the store keeps up, that is one article at a time;
	// when it falls behind the analysers, the batches grow and the
	// per-transaction cost is shared, up to maxBatch articles.
	put := func(batch []result) {
		if ctx.Err() != nil {
			return
		}
		items := make([]store.Item, len(batch))
		for i, r := range batch {
			items[i] = store.Item{Key: r.key, Record: r.rec, Origin: r.origin}
		}
		res, err := st.PutMany(ctx, items)
		if err != nil {
			if ctx.Err() == nil {
				reportUnstored(batch, err, problem)
			}
			var ie *store.ItemError
			if errors.As(err, &ie) && ie.Index < len(batch) {
				err = fmt.Errorf("%s: %w", batch[ie.Index].origin, err)
			}
			cancel(err)
			return
		}
		for _, r := range res {
			if r.Added {
				c.stored.Add(1)
			} else {
				c.dup.Add(1)
			}
		}
	}
	var written sync.WaitGroup
	for range writers {
		written.Add(1)
		go func() {
			defer written.Done()
			batch := make([]result, 0, maxBatch)
			for r := range results {
				batch = append(batch[:0], r)
			more:
				for len(batch) < maxBatch {
					select {
					case r, ok := <-results:
						if !ok {
							break more
						}
						batch = append(batch, r)
					default:
						break more
					}
				}
				put(batch)
				for _, r := range batch {
					pending.release(r.size)
				}
			}
		}()
	}
	written.Wait()
	close(stopTick)
	tickDone.Wait()
	sum.Counts = c.snapshot()
	return sum, context.Cause(ctx) // nil unless a store error or the caller stopped the run
}

// reportUnstored reports every article of a batch the store failed on
// (SQLITE_BUSY after the busy timeout, a full disk) as skipped, with its
// source line: the batch is one transaction, so none of them is stored,
// and the user should see which articles a rerun will store. The run
// then stops; articles still in flight behind the batch are neither
// stored nor reported, and the rerun stores them too.
func reportUnstored(batch []result, err error, problem func(reader.Problem)) {
	var ie *store.ItemError
	if errors.As(err, &ie) {
		err = ie.Err // the key it names is one article's, not each one's
	}
	for _, r := range batch {
		problem(reader.Problem{Origin: r.origin, Reason: "not stored: " + err.Error()})
	}
}

// analyse runs the analyser, turning a panic on one odd article into a
// skip instead of the end of the run.
func analyse(an Analyzer, a reader.Article) (*record.Record, error) {
	return pipeline.SafeRecord(an, a)
}

func origin(a reader.Article) string {
	if a.Origin != "" {
		return a.Origin
	}
	if a.URL != "" {
		return a.URL
	}
	return a.ID
}

// reasonKind shortens a reason for the summary's counts: the text before
// the first colon ("invalid JSON: …" → "invalid JSON").
func reasonKind(reason string) string {
	for i := 0; i < len(reason); i++ {
		if reason[i] == ':' {
			return reason[:i]
		}
	}
	if len(reason) > 60 {
		return reason[:60] + "…"
	}
	return reason
}
