package pipeline

import (
	"errors"
	"runtime"
	"sync"

	"newsgraph/internal/reader"
	"newsgraph/internal/record"
)

// Result is one article's analysis: its record, or the error that stopped
// it.
type Result struct {
	Article reader.Article
	Record  *record.Record
	Err     error
}

// Each analyses the articles that walk produces on workers goroutines (0 =
// one per core) and hands the results to emit in input order. At most a
// few articles per worker are in flight, so memory stays bounded however
// long the input is. An error from emit stops the run and is returned; an
// error from walk is returned after the articles before it are emitted.
func (p *Pipeline) Each(workers int, walk func(yield func(reader.Article) error) error, emit func(Result) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		a   reader.Article
	}
	type done struct {
		seq int
		res Result
	}
	jobs := make(chan job, workers)
	results := make(chan done, workers)
	stop := make(chan struct{})
	// slots bounds the articles between reading and emitting.
	slots := make(chan struct{}, 4*workers)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rec, err := SafeRecord(p, j.a)
				results <- done{j.seq, Result{Article: j.a, Record: rec, Err: err}}
			}
		}()
	}
	walkErr := make(chan error, 1)
	go func() {
		seq := 0
		err := walk(func(a reader.Article) error {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return ErrStopped
			}
			jobs <- job{seq, a}
			seq++
			return nil
		})
		close(jobs)
		if errors.Is(err, ErrStopped) {
			err = nil
		}
		walkErr <- err
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Result{}
	next := 0
	var emitErr error
	for d := range results {
		if emitErr != nil {
			<-slots
			continue
		}
		// A slot is freed when its article is emitted, not when it is
		// done, so a slow article holds back at most 4×workers others.
		pending[d.seq] = d.res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := emit(r); err != nil {
				for range pending {
					<-slots
				}
				emitErr = err
				close(stop)
				break
			}
		}
	}
	if emitErr != nil {
		<-walkErr
		return emitErr
	}
	return <-walkErr
}

// ErrStopped is what Each's walk function gets back from its yield once
// emitting has failed: the walk should return it (or an error wrapping
// it) at once rather than read further input.
var ErrStopped = errors.New("stopped")
