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
