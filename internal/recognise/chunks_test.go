package recognise

import (
	"slices"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

func TestChunkBoundaries(t *testing.T) {
	tests := []struct {
		text   string
		chunks []string // tagged ORG, a longer one first
		want   []string // the entity names, sorted
	}{
		// A fixture is two sides.
		{"Hull v Wigan ended level.", []string{"Hull v Wigan"}, []string{"Hull", "Wigan"}},
		// A fixture and its date: each side is cut as a chunk of its own.
		{"Hull won. Leeds v Hull on Sunday was a draw.", []string{"Leeds v Hull on Sunday", "Hull"}, []string{"Hull", "Leeds"}},
		{"Hull won. Hull on Sunday v Leeds was a draw.", []string{"Hull on Sunday v Leeds", "Hull"}, []string{"Hull", "Leeds"}},
		// A club's name before "and" is a whole name.
		{"Preston City and Wigan were fined.", []string{"Preston City and Wigan"}, []string{"Preston City", "Wigan"}},
		// Both sides named alone elsewhere.
		{"Acme sold him. He moved from Acme to Bolt Corp. Bolt Corp paid well.",
			[]string{"Acme to Bolt Corp", "Bolt Corp", "Acme"}, []string{"Acme", "Bolt Corp"}},
		// A date after a name the article names alone.
		{"Wigan won. They host Wigan on Saturday.", []string{"Wigan on Saturday", "Wigan"}, []string{"Wigan"}},
		// ... but a newspaper's name keeps its day.
		{"The Post on Sunday ran the story.", []string{"Post on Sunday"}, []string{"Post on Sunday"}},
		// ... even where the article names the daily paper alone.
		{"The Post said so. The Post on Sunday ran the story.", []string{"Post on Sunday", "Post"}, []string{"Post", "Post on Sunday"}},
		// Names that contain a joiner stay whole.
		{"The Department of Trade and Industry agreed. Trade rose.", []string{"Department of Trade and Industry", "Trade"},
			[]string{"Department of Trade and Industry", "Trade"}},
		{"Ruddle and Sons was sold. Ruddle and Sons is old.", []string{"Ruddle and Sons"}, []string{"Ruddle and Sons"}},
		// A quotation mark the name does not close, and money after it.
		{`He said: "I love Hull United" and left.`, []string{`Hull United "`}, []string{"Hull United"}},
		{`Wigan paid Hull Athletic £150,000 for him.`, []string{"Hull Athletic £150,000", "Wigan"}, []string{"Hull Athletic", "Wigan"}},
		{`The "Red Wall" held.`, []string{`"Red Wall"`}, []string{`"Red Wall"`}},
		// Money and the words that led to it.
		{`Acme sold Bolt Ltd for £5m.`, []string{"Bolt Ltd for £5m"}, []string{"Bolt Ltd"}},
		// A currency sign inside a name is no amount: the name stays.
		{`Ca$h Corp paid Bolt Ltd $5m.`, []string{"Ca$h Corp", "Bolt Ltd $5m"}, []string{"Bolt Ltd", "Ca$h Corp"}},
		{`Fans of Ke$ha Inc cheered.`, []string{"Ke$ha Inc"}, []string{"Ke$ha Inc"}},
		// Lower-case words the tagger ran into the start of a name.
		{"They backed the new Acme charter.", []string{"the new Acme"}, []string{"Acme"}},
		{"It won four Academy Awards.", []string{"four Academy Awards"}, []string{"Academy Awards"}},
		{"The new Acme charter passed.", []string{"The new Acme"}, []string{"Acme"}},
		// ... but not a lone "the", a particle, a capital inside, or a
		// chunk with no capital.
		{"The Acme Group said so.", []string{"The Acme Group"}, []string{"Acme Group"}},
		{"Shares in van Leer Corp rose.", []string{"van Leer Corp"}, []string{"van Leer Corp"}},
		{"Shares in eBay Inc rose.", []string{"eBay Inc"}, []string{"eBay Inc"}},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(orgTagger(tt.chunks), gazetteer.Default()).Recognise(d)
		var got []string
		for _, e := range d.Entities {
			got = append(got, e.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: entities %q, want %q", tt.text, got, tt.want)
		}
	}
}
