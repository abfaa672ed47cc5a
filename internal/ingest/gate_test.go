package ingest

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestByteGate(t *testing.T) {
	g := newByteGate(100)
	g.acquire(60)
	g.acquire(40) // exactly at the limit
	var third atomic.Bool
	go func() {
		g.acquire(30)
		third.Store(true)
	}()
	time.Sleep(20 * time.Millisecond)
	if third.Load() {
		t.Fatal("acquire past the limit did not wait")
	}
	g.release(40)
	deadline := time.Now().Add(2 * time.Second)
	for !third.Load() && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if !third.Load() {
		t.Fatal("acquire did not go on once bytes were released")
	}
	g.release(60)
	g.release(30)
	// Alone, an article over the limit goes through rather than wait forever.
	done := make(chan struct{})
	go func() { g.acquire(500); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("an oversize acquire with nothing in flight waited")
	}
}
