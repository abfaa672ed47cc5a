//go:build !unix

package cputime

import "time"

// Process returns 0: this system's CPU time is not read.
func Process() time.Duration { return 0 }

// PeakRSS returns 0: this system's peak memory is not read.
func PeakRSS() int64 { return 0 }
