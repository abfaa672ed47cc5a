package quote

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed cues.txt
var cueData string

// cueScores maps a lower-case word form to how reliably it heads an
// attribution cue (see cues.txt).
var cueScores = parseCues(cueData)

func parseCues(data string) map[string]float64 {
	m := map[string]float64{}
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			panic("quote: bad score in cues.txt: " + line)
		}
		m[f[0]] = v
	}
	return m
}
