//go:build race

package ner

// raceDetector is set under -race, which makes loading several times
// slower, so timing checks do not apply.
const raceDetector = true
