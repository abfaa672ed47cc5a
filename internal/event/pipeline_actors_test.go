package event_test

import (
	"testing"

	"newsgraph/internal/pipeline"
	"newsgraph/internal/reader"
)

// A surname whose entity is someone else of that name (Michael Howard,
// not Australia's John Howard; Liam Fox, not Mexico's Vicente Fox) takes
// no leader's country.
func TestSurnameOfAnotherPersonIsNoLeader(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{Published: "2005-02-08T12:00:00Z"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, name, notCode string }{
		{"Opposition leader Michael Howard spoke in Leeds on Monday.\n\nMr Howard criticised the Labour government over its plans.", "Howard", "AUS"},
		{"Tory co-chairman Liam Fox spoke in Leeds on Monday.\n\nDr Fox criticised the Labour government over its plans.", "Fox", "MEX"},
	}
	for _, tc := range tests {
		d, err := p.Analyze(reader.Article{ID: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, ev := range d.Events {
			for _, a := range ev.Sources {
				if d.Str(a.Span) == tc.name {
					found = true
					if a.Code == tc.notCode {
						t.Errorf("%q: %s coded %s", tc.text, tc.name, a.Code)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with source %s in %+v", tc.text, tc.name, d.Events)
		}
	}
}

// In a quotation "we" is its speaker, not the outlet the speaker told.
func TestFirstPersonInQuoteIsItsSpeaker(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{Published: "2005-02-08T12:00:00Z"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Anna Berg, of the Danish Farmers Union, told Radio Nord: \"We have long urged the government to cut the tax.\""
	d, err := p.Analyze(reader.Article{ID: "t", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range d.Events {
		if ev.Type != "REQUEST" {
			continue
		}
		if len(ev.Sources) != 1 || d.Str(ev.Sources[0].Span) == "Radio Nord" || ev.Sources[0].Entity < 0 || d.Entities[ev.Sources[0].Entity].Name != "Anna Berg" {
			t.Errorf("REQUEST sources %+v, want Anna Berg", ev.Sources)
		}
		return
	}
	t.Errorf("no REQUEST in %+v", d.Events)
}
