//go:build darwin || ios

package cputime

// maxrssUnit: Darwin's getrusage counts ru_maxrss in bytes.
const maxrssUnit = 1
