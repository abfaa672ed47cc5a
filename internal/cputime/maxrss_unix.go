//go:build unix && !darwin && !ios

package cputime

// maxrssUnit: Linux and the BSDs count ru_maxrss in kilobytes.
const maxrssUnit = 1024
