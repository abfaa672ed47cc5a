// Package cputime reads the process's CPU time, for benchmarks whose
// figures should not move when other programs share the cores (wall time
// does; CPU time, mostly, does not).
package cputime
