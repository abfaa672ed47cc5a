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
	x := 0
	for deadline := time.Now().Add(50 * time.Millisecond); time.Now().Before(deadline); {
		for i := range 1000 {
			x += i
		}
	}
	if used := Process() - start; used < 20*time.Millisecond {
		t.Errorf("50 ms of busy work used %v of CPU time (x=%d)", used, x)
	}
}
