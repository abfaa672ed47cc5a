package store

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"newsgraph/internal/record"
)

// namesCorpus has names with accents and hyphens, names that differ from
// them by a letter (Lopes), and a quote whose speaker is known only as
// written (Sárközy, no entity) and one with no speaker at all.
func namesCorpus() []*record.Record {
	lopez := ent{id: "p1", typ: "PERSON", name: "Maria Gonzalez-López", aliases: []string{"Gonzalez-López"},
		forms: []string{"Maria Gonzalez-López", "Gonzalez-López"}}
	a2 := art("https://example.com/n2", "Wire", "2021-03-02",
		`Lisbon talks. Ana Lopes said "the talks went well." Thomas Müller said "nothing was agreed." Nicolas Sárközy said "it is too early." Analysts were unconvinced: "words are cheap."`,
		[]ent{{id: "l1", typ: "PERSON", name: "Ana Lopes"}, {id: "l2", typ: "PERSON", name: "Thomas Müller"}},
		[]quo{{text: "the talks went well.", speaker: "l1"}, {text: "nothing was agreed.", speaker: "l2"}, {text: "it is too early."}, {text: "words are cheap."}})
	a2.Quotes[2].Speaker = &record.Speaker{Name: "Nicolas Sárközy"}
	return []*record.Record{
		art("https://example.com/n1", "El País", "2021-03-01",
			`Minister rebuffs Ankara. Maria Gonzalez-López said "we will not be pressured by anyone." Recep Tayyip Erdoğan replied that "Gonzalez-López does not speak for Europe."`,
			[]ent{lopez, {id: "p2", typ: "PERSON", name: "Recep Tayyip Erdoğan"}, {id: "p3", typ: "GPE", name: "Ankara"}},
			[]quo{{text: "we will not be pressured by anyone.", speaker: "p1"}, {text: "Gonzalez-López does not speak for Europe.", speaker: "p2"}}),
		a2,
	}
}

const (
	quoteByLopez   = "we will not be pressured by anyone."
	quoteByErdogan = "Gonzalez-López does not speak for Europe."
)

// TestNameSearchIgnoresAccentsAndHyphens: entity, speaker and about
// searches find a name without its accents, by any part of a hyphenated
// name, and with the parts joined, but not a name a letter away.
func TestNameSearchIgnoresAccentsAndHyphens(t *testing.T) {
	forEach(t, func(t *testing.T, s Store) {
		putAll(t, s, namesCorpus()...)
		checkNameSearches(t, s)
	})
}

// checkNameSearches runs the name searches of namesCorpus.
func checkNameSearches(t *testing.T, s Store) {
	t.Helper()
	lopez, erdogan := "Maria Gonzalez-López", "Recep Tayyip Erdoğan"
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"lopez", []string{lopez}},
		{"López", []string{lopez}},
		{"gonzalez", []string{lopez}},
		{"Gonzalez-Lopez", []string{lopez}},
		{"gonzalezlopez", []string{lopez}},
		{"maria gonzalez lopez", []string{lopez}},
		{"erdogan", []string{erdogan}},
		{"ERDOĞAN", []string{erdogan}},
		{"muller", []string{"Thomas Müller"}},
		{"lopes", []string{"Ana Lopes"}},
		{"gonzales", nil},
		{"maria lopez", nil}, // whole words in order
		{"-", nil},
	} {
		ents, err := s.Entities(context.Background(), EntityQuery{Name: tt.name})
		if err != nil {
			t.Fatalf("Entities(%q): %v", tt.name, err)
		}
		var got []string
		for _, e := range ents {
			got = append(got, e.Name)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Entities(Name: %q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	for _, tt := range []struct {
		q    QuoteQuery
		want []string
	}{
		{QuoteQuery{Speaker: "lopez"}, []string{quoteByLopez}},
		{QuoteQuery{Speaker: "Gonzalez-Lopez"}, []string{quoteByLopez}},
		{QuoteQuery{Speaker: "erdogan"}, []string{quoteByErdogan}},
		{QuoteQuery{Speaker: "sarkozy"}, []string{"it is too early."}}, // as written: no entity
		{QuoteQuery{Speaker: "lopes"}, []string{"the talks went well."}},
		{QuoteQuery{Speaker: "muller"}, []string{"nothing was agreed."}},
		{QuoteQuery{Speaker: "-"}, nil}, // not the quote without a speaker
		{QuoteQuery{About: "lopez"}, []string{quoteByErdogan}},
		{QuoteQuery{About: "López"}, []string{quoteByErdogan}},
		{QuoteQuery{About: "gonzalez"}, []string{quoteByErdogan}},
		{QuoteQuery{About: "erdogan"}, nil},
	} {
		got := quoteTexts(t, s, tt.q)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Quotes(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// quoteTexts are the texts of the quotes q finds, sorted.
func quoteTexts(t *testing.T, s Store, q QuoteQuery) []string {
	t.Helper()
	qs, err := s.Quotes(context.Background(), q)
	if err != nil {
		t.Fatalf("Quotes(%+v): %v", q, err)
	}
	var out []string
	for _, x := range qs {
		out = append(out, x.Text)
	}
	slices.Sort(out)
	return out
}
