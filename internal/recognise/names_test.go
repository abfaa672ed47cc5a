package recognise

import (
	"slices"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

// typedPhrases tags each phrase with its type wherever it occurs, the
// first listed first (as orgTagger).
type typedPhrases []struct{ phrase, typ string }

func (p typedPhrases) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for k, words := range sentences {
		out[k] = slices.Repeat([]string{"O"}, len(words))
	}
	for _, x := range p {
		for k, tags := range retype(orgTagger{x.phrase}.TagDocument(sentences), x.typ) {
			for i, tag := range tags {
				if tag != "O" && out[k][i] == "O" {
					out[k][i] = tag
				}
			}
		}
	}
	return out
}

func TestNameLongerThanGazetteerMatch(t *testing.T) {
	tests := []struct {
		text, phrase, typ string
		want, wantType    string // the entity the sentence must have
		notWant           string // an entity it must not have
	}{
		// A word of the name on either side of the match: the name wins.
		{"Hull striker Tom Vale scored twice.", "Tom Vale", "PERSON", "Tom Vale", "PERSON", "Vale"},
		{"British Airways will cut 600 jobs.", "British Airways", "ORG", "British Airways", "ORG", "United Kingdom"},
		{"Shares in Japan Airlines rose.", "Japan Airlines", "ORG", "Japan Airlines", "ORG", "Japan"},
		// A title, a determiner or a country is no word of the name.
		{"The Iranian President spoke.", "Iranian President", "PERSON", "Iran", "GPE", "Iranian President"},
		{"Voters in Labour Britain were unhappy.", "Labour Britain", "GPE", "United Kingdom", "GPE", "Labour Britain"},
		// A chunk of the same type keeps the match's identity.
		{"The United States said no.", "The United States", "GPE", "United States", "GPE", ""},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(typedPhrases{{tt.phrase, tt.typ}}, gazetteer.Default()).Recognise(d)
		if e := mustEntity(t, d, tt.text, tt.want); e != nil && e.Type != tt.wantType {
			t.Errorf("%q: %s is a %s, want %s", tt.text, tt.want, e.Type, tt.wantType)
		}
		if tt.notWant != "" && entity(d, tt.notWant) != nil {
			t.Errorf("%q: has an entity %q", tt.text, tt.notWant)
		}
	}
}

func TestTitleRunningIntoTitle(t *testing.T) {
	tests := []struct {
		text   string
		person string // "" for none
	}{
		{"The firm's Executive Chairman said profits rose.", ""},
		{"Executive Chairman Eric Schmidt said profits rose.", "Eric Schmidt"},
		// After an honorific a title word is a surname.
		{"Mr Major said profits rose.", "Major"},
		{"General Smith said the war was over.", "Smith"},
	}
	for _, tt := range tests {
		d := recognise(tt.text)
		var people []string
		for _, e := range d.Entities {
			if e.Type == "PERSON" {
				people = append(people, e.Name)
			}
		}
		var want []string
		if tt.person != "" {
			want = []string{tt.person}
		}
		if !slices.Equal(people, want) {
			t.Errorf("%q: people %q, want %q", tt.text, people, want)
		}
	}
}

func TestInitialismsJoinTheirName(t *testing.T) {
	tests := []struct {
		text     string
		tagged   []string // ORG chunks
		name     string
		mentions []string
	}{
		{"The National Association of Realtors said sales rose. NAR expects more.",
			[]string{"National Association of Realtors", "NAR"}, "National Association of Realtors", []string{"National Association of Realtors", "NAR"}},
		// The short form first, and a company ending left out.
		{"AMC said sales fell. American Motors Corp is for sale.",
			[]string{"American Motors Corp", "AMC"}, "American Motors Corp", []string{"AMC", "American Motors Corp"}},
		{"Hewlett-Packard cut prices, and HP shares fell.",
			[]string{"Hewlett-Packard", "HP"}, "Hewlett-Packard", []string{"Hewlett-Packard", "HP"}},
		// The name run together.
		{"Time Warner said profits rose. TimeWarner owns AOL.",
			[]string{"Time Warner", "TimeWarner"}, "Time Warner", []string{"Time Warner", "TimeWarner"}},
		// Two names with the same initials: either may be meant.
		{"Electronic Arts and Eastern Airlines talked. EA said no.",
			[]string{"Electronic Arts", "Eastern Airlines", "EA"}, "EA", []string{"EA"}},
		// A gazetteer name has an identity of its own.
		{"Universal Studios will open a park in the US.",
			[]string{"Universal Studios"}, "Universal Studios", []string{"Universal Studios"}},
		// Capitals are needed for initials.
		{"Bank of America said Boa rose.",
			[]string{"Bank of America", "Boa"}, "Boa", []string{"Boa"}},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(orgTagger(tt.tagged), gazetteer.Default()).Recognise(d)
		if e := mustEntity(t, d, tt.text, tt.name); e != nil && !slices.Equal(mentionTexts(d, e), tt.mentions) {
			t.Errorf("%q: %s has mentions %q, want %q", tt.text, tt.name, mentionTexts(d, e), tt.mentions)
		}
	}
}

func TestFirmsTheTaggerTookForPlaces(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"Shares in Yukos fell. Yukos said it would appeal.", "Yukos", "ORG"},
		{"The Danish brewer Carlsberg said profits rose.", "Carlsberg", "ORG"},
		{"Zorbex's chief executive resigned.", "Zorbex", "ORG"},
		{"Zorbex shares fell 5%.", "Zorbex", "ORG"},
		// A known place, or no sign of a firm: the place stays.
		{"Shares in London fell.", "London", "GPE"},
		{"Fighting in Zorbania spread to the capital.", "Zorbania", "GPE"},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(typedPhrases{{tt.name, "GPE"}}, gazetteer.Default()).Recognise(d)
		if e := mustEntity(t, d, tt.text, tt.name); e != nil && e.Type != tt.want {
			t.Errorf("%q: %s is a %s, want %s", tt.text, tt.name, e.Type, tt.want)
		}
	}
	// A place the article names as an organisation elsewhere is that
	// organisation (the tagger reads "Zorbex's" as one, "at Zorbex" as a
	// town).
	text := "Zorbex's profits rose. Staff at Zorbex were told."
	d := doc.New(text)
	segment.Segment(d)
	New(typedPhrases{{"Zorbex's", "ORG"}, {"Zorbex", "GPE"}}, gazetteer.Default()).Recognise(d)
	var got []string
	for _, e := range d.Entities {
		got = append(got, e.Name+"/"+e.Type)
	}
	if !slices.Equal(got, []string{"Zorbex/ORG"}) {
		t.Errorf("%q: entities %q, want one ORG Zorbex", text, got)
	}
}
