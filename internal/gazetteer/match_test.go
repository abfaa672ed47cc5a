package gazetteer

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	g := Default()
	tests := []struct{ text, want string }{
		{"Iranian President Hassan Rouhani said", "B-DEMONYM B-TITLE B-PERSON I-PERSON O"},
		{"Recep Tayyip Erdogan met Putin in Tehran", "B-PERSON I-PERSON I-PERSON O B-SURNAME O B-PLACE,B-ADMIN1"},
		{"the White House said the U.S. would", "O B-PLACE,B-ORG I-PLACE,I-ORG O O B-COUNTRY,B-DEMONYM O"},
		{"in New York on Tuesday", "O B-PLACE,B-ADMIN1 I-PLACE,I-ADMIN1 O O"},
		{"Syria 's Idlib", "B-COUNTRY O B-PLACE,B-ADMIN1"},
		{"the Islamic State ( ISIS ) terror group", "O B-ORG I-ORG O B-ORG O O O"},
		{"Türkiye and Turkey", "B-COUNTRY O B-COUNTRY"},
		{"the foreign minister said", "O B-TITLE I-TITLE O"},
		// A match inside a longer one of another class is dropped.
		{"in New Jersey", "O B-ADMIN1 I-ADMIN1"},
		{"Bank of America said", "B-ORG I-ORG I-ORG O"},
		// Text in capitals matches the names it spells.
		{"LONDON ( Reuters ) -", "B-PLACE O B-ORG O O"},
		{"IRAN SAYS U.S. WRONG", "B-COUNTRY O B-COUNTRY,B-DEMONYM O"},
		// Common words and group nouns are not tagged.
		{"Most militants left in March", "O O O O O"},
	}
	for _, tc := range tests {
		toks := strings.Fields(tc.text)
		tags := g.Match(toks)
		var got []string
		for _, tg := range tags {
			got = append(got, strings.ReplaceAll(tg.String(), " ", ","))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("Match(%q)\n got %s\nwant %s", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}

func TestMatchIntoNoAlloc(t *testing.T) {
	g := Default()
	toks := strings.Fields("Iranian President Hassan Rouhani said on Friday that America and Israel will not reach their goals in Syria 's Idlib")
	dst := make([]Tags, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { dst = g.MatchInto(toks, dst) })
	if allocs != 0 {
		t.Errorf("MatchInto allocates %.1f times per call", allocs)
	}
}

// TestConcurrentUse shares Default between goroutines, as the pipeline
// does; run with -race to check that lookups and matching only read.
func TestConcurrentUse(t *testing.T) {
	toks := strings.Fields("Turkish President Recep Tayyip Erdogan met Putin in Tehran")
	done := make(chan bool)
	for range 4 {
		go func() {
			defer func() { done <- true }()
			g := Default()
			var tags []Tags
			for range 100 {
				tags = g.MatchInto(toks, tags)
				if _, ok := g.Country("Turkey"); !ok {
					t.Error("Country(Turkey) failed")
				}
				g.Places("Tehran")
				g.LeadersBySurname("Putin")
			}
		}()
	}
	for range 4 {
		<-done
	}
}
