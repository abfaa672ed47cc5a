package gazetteer

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/*.tsv.gz data/*.tsv
var dataFS embed.FS

// Load builds a gazetteer from the embedded data. Most callers want
// Default, which loads once and shares the result.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		byCode:    make(map[string]int32),
		countryIx: newIndex(1 << 10),
		demonyms:  newIndex(1 << 10),
		placeIx:   newIndex(1 << 17),
		leaderIx:  newIndex(1 << 13),
		surnameIx: newIndex(1 << 12),
		orgIx:     newIndex(1 << 10),
		titleIx:   newIndex(1 << 9),
		groupIx:   newIndex(1 << 7),
		personIx:  newIndex(1 << 8),
		// People's surnames are indexed apart from leaders'.
		personSurname: newIndex(1 << 8),
		// Sized for the embedded data (about 100k tokens and nodes), so
		// loading does not spend its time growing maps.
		trie:    newTrie(1 << 17),
		places:  make([]Place, 0, 40000), // the embedded data has about 35,000
		noMatch: make(map[string]uint8, 1<<10),
	}
	steps := []struct {
		file string
		load func([]string) error
	}{
		// Stop words, demonyms and titles first: they keep one-word
		// places and surnames that are common words out of the matcher.
		{"stopwords.tsv", g.loadStopword},
		{"countries.tsv.gz", g.loadCountry},
		{"countries_en.tsv", g.loadCountryEnglish},
		{"demonyms.tsv.gz", g.loadDemonym},
		{"demonyms_en.tsv", g.loadDemonym},
		{"titles.tsv", g.loadTitle},
		{"groups.tsv", g.loadGroup},
		{"places.tsv.gz", g.loadPlace},
		{"regions.tsv", g.loadRegion},
		{"leaders.tsv.gz", g.loadLeader},
		{"leaders_en.tsv", g.loadLeaderEnglish},
		{"orgs.tsv", g.loadOrg},
		{"people.tsv", g.loadPerson},
	}
	for _, s := range steps {
		if err := eachRow(s.file, s.load); err != nil {
			return nil, err
		}
	}
	g.finish()
	return g, nil
}

// eachRow calls fn with the tab-separated fields of each line of an
// embedded file, skipping blank lines and '#' comments.
func eachRow(file string, fn func([]string) error) error {
	raw, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return err
	}
	if strings.HasSuffix(file, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	text := string(raw)
	fields := make([]string, 0, 16)
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		fields = fields[:0]
		for {
			f, rest, more := strings.Cut(line, "\t")
			fields = append(fields, f)
			if !more {
				break
			}
			line = rest
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	return nil
}

func need(fields []string, n int) error {
	if len(fields) < n {
		return fmt.Errorf("want %d fields, have %d", n, len(fields))
	}
	return nil
}

// list splits a '|'-separated field; an empty field gives none.
func list(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// finish indexes the leaders (names and surnames) and orders ambiguous entries by preference.
func (g *Gazetteer) finish() {
	g.leadersByCountry = make(map[string][]int32, 256)
	for i := range g.leaders {
		l := &g.leaders[i]
		id := int32(i)
		g.sortTerms(l.Terms)
		for _, t := range l.Terms {
			addUnique32(g.leadersByCountry, t.ISO3, id)
		}
		for _, n := range append([]string{l.Name}, l.Aliases...) {
			g.addName(g.leaderIx, ClassPerson, n, id)
		}
		if l.Surname == "" && !l.handMade {
			l.Surname = guessSurname(l.Name, l.Latest().ISO3)
		}
		if l.Surname != "" && (l.handMade || recent(l)) {
			g.addName(g.surnameIx, ClassSurname, l.Surname, id)
		}
	}
	for _, m := range []map[string][]int32{g.placeIx.exact, g.placeIx.loose} {
		for _, ids := range m {
			if len(ids) > 1 {
				g.sortByPreference(ids)
			}
		}
	}
	for _, m := range []map[string][]int32{g.leaderIx.exact, g.leaderIx.loose, g.surnameIx.exact, g.surnameIx.loose} {
		for _, ids := range m {
			if len(ids) > 1 {
				g.sortLeaders(ids)
			}
		}
	}
	g.fillRegions()
}
