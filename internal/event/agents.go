package event

import (
	_ "embed"
	"strings"
)

//go:embed agents.tsv
var agentsTSV string

// agentNoun is a head noun that names a kind of actor ("rebels", "army").
type agentNoun struct {
	words  []string
	sector string
}

// agentIndex maps the first word of each agent noun to its entries,
// longest first.
type agentIndex map[string][]agentNoun

var agents = parseAgents(agentsTSV)

func parseAgents(text string) agentIndex {
	ix := agentIndex{}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sector, list, ok := strings.Cut(line, "\t")
		if !ok {
			panic("event: agents.tsv: line without a tab: " + line)
		}
		if sector == "-" {
			sector = "" // an actor of no particular sector
		}
		for _, alt := range strings.Split(list, "|") {
			words := strings.Fields(alt)
			for _, form := range []string{words[len(words)-1], plural(words[len(words)-1])} {
				w := append(append([]string{}, words[:len(words)-1]...), form)
				ix[w[0]] = append(ix[w[0]], agentNoun{words: w, sector: sector})
			}
		}
	}
	for k, list := range ix {
		// Longest first, so "security forces" wins over "security".
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].words) > len(list[j-1].words); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		ix[k] = list
	}
	return ix
}

// match returns the longest agent noun starting at lower[i], and its
// length in words.
func (ix agentIndex) match(lower []string, i int) (agentNoun, int) {
	for _, a := range ix[lower[i]] {
		if i+len(a.words) > len(lower) {
			continue
		}
		ok := true
		for k, w := range a.words {
			if lower[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return a, len(a.words)
		}
	}
	return agentNoun{}, 0
}
