package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestProcessGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("CPU time is not read on this system")
	}
	start := Process()
	if start <= 0 {
		t.Fatalf("Process() = %v at start", start)
	}
	// Busy work until the process has used 20 ms of CPU: a machine shared
	// with other jobs may give the loop a fraction of the wall time, so
	// the bound is on waiting, not on the share. A Process that does not
	// grow never gets there.
	x := 0
	deadline := time.Now().Add(10 * time.Second)
	for Process()-start < 20*time.Millisecond {
		if time.Now().After(deadline) {
			t.Fatalf("10 s of busy work used %v of CPU time (x=%d)", Process()-start, x)
		}
		for i := range 100000 {
			x += i
		}
	}
}

func TestPeakRSSIsPlausible(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("peak memory is not read on this system")
	}
	// A Go test binary holds at least a few megabytes and, on this
	// project's machines, far less than a terabyte: a wrong unit (bytes
	// read as kilobytes or the reverse) lands outside.
	buf := make([]byte, 64<<20)
	for i := range buf {
		buf[i] = byte(i)
	}
	got := PeakRSS()
	if got < 64<<20 || got > 1<<40 {
		t.Fatalf("PeakRSS() = %d bytes after touching 64 MB", got)
	}
	runtime.KeepAlive(buf)
}
