// Package cputime reads the process's CPU time, for benchmarks whose
// figures should not move when other programs share the cores (wall time
// does; CPU time, mostly, does not), and its peak memory. Where the
// system does not tell (Windows, Plan 9), both read 0 and the program
// still builds.
package cputime
