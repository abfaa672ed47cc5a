package quote

import (
	"strings"
	"testing"
	"time"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// withEntities segments text and adds a mention for every listed surface
// string (each occurrence) with its entity, as the entity layer would.
func withEntities(t *testing.T, text string, ents []doc.Entity, mentions map[string]int, kinds map[string]doc.MentionKind) *doc.Doc {
	t.Helper()
	d := doc.New(text)
	segment.Segment(d)
	d.Entities = ents
	for surface, e := range mentions {
		for off := 0; ; {
			i := strings.Index(text[off:], surface)
			if i < 0 {
				break
			}
			s := off + i
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: s + len(surface)},
				Type: ents[e].Type, Kind: kinds[surface], Entity: e})
			off = s + len(surface)
		}
	}
	// Mentions in text order, as the entity layer keeps them.
	for i := 1; i < len(d.Mentions); i++ {
		for j := i; j > 0 && d.Mentions[j].Start < d.Mentions[j-1].Start; j-- {
			d.Mentions[j], d.Mentions[j-1] = d.Mentions[j-1], d.Mentions[j]
		}
	}
	return d
}

func TestSpeakerResolution(t *testing.T) {
	ents := []doc.Entity{
		{Name: "Ana Ruiz", Type: "PERSON", Roles: []doc.Role{{Title: "Senator"}}},
		{Name: "Harbor Times", Type: "ORG"},
		{Name: "City Hall", Type: "ORG"},
	}
	text := "Ana Ruiz opened the hearing. \"We need answers,\" she said.\n\n" +
		"The senator said the port was unsafe.\n\n" +
		"The port's troubles deepened after a story in the Harbor Times on Monday which claimed that the cranes had not been inspected for a decade.\n\n" +
		"\"Repairs will start soon,\" the City Hall statement said."
	d := withEntities(t, text, ents, map[string]int{"Ana Ruiz": 0, "Harbor Times": 1, "City Hall": 2}, nil)
	Attribute(d)
	byCue := map[string]string{}
	for _, q := range d.Quotes {
		byCue[d.Str(q.Speaker)] = q.SpeakerName
	}
	for mention, name := range map[string]string{
		"she":                     "Ana Ruiz",     // pronoun
		"The senator":             "Ana Ruiz",     // role
		"which":                   "Harbor Times", // relative pronoun after a document
		"the City Hall statement": "City Hall",    // a statement speaks for its issuer
	} {
		if got, ok := byCue[mention]; !ok || got != name {
			t.Errorf("speaker %q resolved to %q, want %q (quotes: %v)", mention, got, name, byCue)
		}
	}
}

func TestSpeechActDateAndRelay(t *testing.T) {
	text := "The minister said on Friday that the border would stay closed, according to the Coastal Herald."
	ents := []doc.Entity{{Name: "Coastal Herald", Type: "ORG"}}
	d := withEntities(t, text, ents, map[string]int{"Coastal Herald": 0}, nil)
	friday := strings.Index(text, "Friday")
	d.Dates = []doc.Date{{Span: doc.Span{Start: friday, End: friday + len("Friday")}, Value: "2024-03-01"}}
	Attribute(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %d quotes, want 1:\n%s", len(d.Quotes), describe(d))
	}
	q := d.Quotes[0]
	if q.Date != 0 {
		t.Errorf("date index %d, want 0", q.Date)
	}
	if q.AccordingTo != 0 {
		t.Errorf("according to %d, want 0 (the Coastal Herald)", q.AccordingTo)
	}
	if got := d.Str(q.Spans[0]); got != "that the border would stay closed" {
		t.Errorf("content %q", got)
	}
}

// A short description of an organisation resolves to the latest one of
// its type, preferring a name that ends with the same noun.
func TestOrganisationDescriptions(t *testing.T) {
	ents := []doc.Entity{
		{Name: "Green Party", Type: "ORG"},
		{Name: "Election Committee", Type: "ORG"},
		{Name: "Nordale", Type: "GPE"},
		{Name: "Ferro Steel", Type: "ORG"},
	}
	text := "The Green Party met the Election Committee in Nordale.\n\n" +
		"The party said it would not stand in the town again.\n\n" +
		"The government said the vote would go ahead.\n\n" +
		"Ferro Steel closed two plants. The company said demand had collapsed.\n\n" +
		"The company's chief executive said he would stay."
	d := withEntities(t, text, ents, map[string]int{"Green Party": 0, "Election Committee": 1, "Nordale": 2, "Ferro Steel": 3}, nil)
	Attribute(d)
	got := map[string]string{}
	for _, q := range d.Quotes {
		got[d.Str(q.Speaker)] = q.SpeakerName
	}
	for mention, name := range map[string]string{
		"The party":      "Green Party", // not the committee named since
		"The government": "Nordale",
		"The company":    "Ferro Steel",
	} {
		if got[mention] != name {
			t.Errorf("speaker %q resolved to %q, want %q (quotes: %v)", mention, got[mention], name, got)
		}
	}
	if name := got["The company's chief executive"]; name == "Ferro Steel" {
		t.Errorf("the company's chief executive resolved to the company")
	}
}

// Words are said before they are published: a date after publication in
// the sentence, outside the content, does not date the speech.
func TestSpeechIsNotDatedAfterPublication(t *testing.T) {
	text := "The bank, whose notes mature in 2047, said that profits rose."
	for _, tc := range []struct {
		published time.Time
		want      int
	}{
		{time.Date(2024, 3, 8, 12, 0, 0, 0, time.UTC), -1},
		{time.Time{}, 0}, // publication unknown: nothing to check against
	} {
		d := withEntities(t, text, nil, nil, nil)
		d.Published = tc.published
		at := strings.Index(text, "2047")
		d.Dates = []doc.Date{{Span: doc.Span{Start: at, End: at + 4}, Value: "2047", Grain: "year",
			Time: time.Date(2047, 1, 1, 0, 0, 0, 0, time.UTC)}}
		Attribute(d)
		if len(d.Quotes) != 1 || d.Quotes[0].Date != tc.want {
			t.Errorf("published %v: quotes %s; want one dated %d", tc.published, describe(d), tc.want)
		}
	}
}

// A "he" or "she" right after a quote by one unnamed person continues
// that speaker, so the quote is not left to a bare pronoun.
func TestPronounContinuesDescribedSpeaker(t *testing.T) {
	ents := []doc.Entity{{Name: "Halden Motors", Type: "ORG"}, {Name: "Ana Ruiz", Type: "PERSON"}}
	tests := []struct {
		text, pronoun, want string
	}{
		{"\"Rates will fall,\" one dealer said. \"They have to,\" he added.", "he", "one dealer"},
		{"Rates will fall, a company official said. Debt was cut by half, he said. Borrowing rose, he added.", "he", "a company official"},
		{"A Halden Motors spokesman told reporters that the plant would close. He said the talks had failed.", "He", "Halden Motors"},
		{"The plan will be dropped, a union spokeswoman said. It cost too much, she added.", "she", "a union spokeswoman"},
		// The wrong gender, or a person named in between: not that speaker.
		{"The plan will be dropped, a union spokeswoman said. It cost too much, he added.", "he", "he"},
		{"The plan will be dropped, a union spokeswoman said. Ana Ruiz disagreed. It cost too little, she said.", "she", "Ana Ruiz"},
	}
	for _, tt := range tests {
		d := withEntities(t, tt.text, ents, map[string]int{"Halden Motors": 0, "Ana Ruiz": 1}, nil)
		Attribute(d)
		if got := speakerNamed(d, tt.pronoun); got != tt.want {
			t.Errorf("%q: %q is %q, want %q", tt.text, tt.pronoun, got, tt.want)
		}
	}
}

// "the company" is the organisation the story is about, not one named
// once in passing since; "the health department" is the department whose
// name holds "health", however its name is ordered or qualified.
func TestSalientOrganisation(t *testing.T) {
	ents := []doc.Entity{
		{Name: "Halden Motors", Type: "ORG"}, {Name: "Securities Board", Type: "ORG"},
		{Name: "Transport Department (Norway)", Type: "ORG"}, {Name: "Department of Public Health", Type: "ORG"},
		{Name: "Department", Type: "ORG"},
	}
	mentions := map[string]int{"Halden Motors": 0, "Securities Board": 1, "Transport Department": 2,
		"Department of Public Health": 3, "Our Department": 4}
	tests := []struct{ text, mention, want string }{
		{"Halden Motors said sales fell. Halden Motors will cut jobs, in a plan under review by the Securities Board. The company said the cuts were needed.",
			"The company", "Halden Motors"},
		{"Halden Motors filed a plan with the Securities Board. The company said it expects approval.", "The company", "Halden Motors"},
		{"The Transport Department closed the road. Halden Motors moved its plant. The department said the road would reopen.",
			"The department", "Transport Department (Norway)"},
		{"The Transport Department closed the road. Cases were reported to the Department of Public Health. Tests rose, the health department said.",
			"the health department", "Department of Public Health"},
		{"The Transport Department closed the road. \"Our Department is proud,\" a clerk said. The road will reopen, the department said.",
			"the department", "Transport Department (Norway)"},
	}
	for _, tt := range tests {
		d := withEntities(t, tt.text, ents, mentions, nil)
		Attribute(d)
		if got := speakerNamed(d, tt.mention); got != tt.want {
			t.Errorf("%q: %q is %q, want %q\n%s", tt.text, tt.mention, got, tt.want, describe(d))
		}
	}
}

// "they" continues a plural description that spoke just before; it is
// never one person, and a lone "it" is no nationality adjective's country.
func TestPluralAndNeuterPronouns(t *testing.T) {
	ents := []doc.Entity{{Name: "Ana Ruiz", Type: "PERSON"}, {Name: "Halden Motors", Type: "ORG"}, {Name: "Norway", Type: "GPE"}}
	mentions := map[string]int{"Ana Ruiz": 0, "Halden Motors": 1, "Norwegian": 2}
	kinds := map[string]doc.MentionKind{"Norwegian": doc.Adjective}
	tests := []struct{ text, pronoun, want string }{
		{"Rates will stay high, bond dealers said. They added that demand had fallen.", "They", "bond dealers"},
		{"The mill will close, the companies said. Sales fell, they said. Costs rose, they added.", "they", "the companies"},
		// One person named in between is not "they".
		{"Sales will fall, analysts said. Ana Ruiz disagreed. Costs are high, they said.", "they", "analysts"},
		{"Ana Ruiz spoke first. The tax is unfair, they said.", "they", "they"},
		// A singular or named speaker before is not continued.
		{"Sales will fall, Halden Motors said. Costs are high, they said.", "they", "Halden Motors"},
		{"Sales will fall, one dealer said. Costs are high, they said.", "they", "they"},
		// The nationality adjective is skipped for the firm named before it.
		{"Halden Motors cut prices in the Norwegian market. It said sales had doubled.", "It", "Halden Motors"},
	}
	for _, tt := range tests {
		d := withEntities(t, tt.text, ents, mentions, kinds)
		Attribute(d)
		if got := speakerNamed(d, tt.pronoun); got != tt.want {
			t.Errorf("%q: %q is %q, want %q\n%s", tt.text, tt.pronoun, got, tt.want, describe(d))
		}
	}
}

// A relative pronoun whose antecedent is no entity names the speaker by
// the noun phrase it hangs on.
func TestRelativePronounNamesItsPhrase(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The ruling surprised some analysts who had predicted that the court would wait.", "some analysts"},
		{"The club hired an auditor, who has recommended that the rent be deferred.", "an auditor"},
		{"The speech angered the leader of the opposition, who claimed that the figures were false.", "the leader of the opposition"},
		// The phrase right before it, even after a named place.
		{"Ships went to Antwerp and Hamburg, according to the port authority, which warned that delays would last.", "the port authority"},
		// An appositive's name.
		{"Ana Ruiz, the mayor, who warned that the plan would fail, resigned on Monday.", "Ana Ruiz"},
	}
	for _, tt := range tests {
		ents := []doc.Entity{{Name: "Hamburg", Type: "GPE"}, {Name: "Ana Ruiz", Type: "PERSON"}}
		d := withEntities(t, tt.text, ents, map[string]int{"Hamburg": 0, "Ana Ruiz": 1}, nil)
		Attribute(d)
		got := speakerNamed(d, "who")
		if got == "(no quote)" {
			got = speakerNamed(d, "which")
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A pronoun skips a person of the other gender, as the article or a
// common first name tells it.
func TestPronounAgreesInGender(t *testing.T) {
	ents := []doc.Entity{
		{Name: "Jason Gardener", Type: "PERSON"},
		{Name: "Kelly Holmes", Type: "PERSON"},
		{Name: "Blunkett", Type: "PERSON"},
	}
	tests := []struct{ text, pronoun, want string }{
		// "she" is Kelly Holmes, named before Jason Gardener.
		{"Kelly Holmes won the 800m. Jason Gardener was second in the 60m. The race was fast, she said.", "she", "Kelly Holmes"},
		{"Kelly Holmes won the 800m. Jason Gardener was second in the 60m. The race was fast, he said.", "he", "Jason Gardener"},
		// The honorific decides for a surname alone.
		{"Mr Blunkett spoke first. Kelly Holmes arrived late. The plan is sound, he said.", "he", "Blunkett"},
	}
	for _, tt := range tests {
		d := withEntities(t, tt.text, ents, map[string]int{"Jason Gardener": 0, "Kelly Holmes": 1, "Blunkett": 2}, nil)
		Attribute(d)
		if got := speakerNamed(d, tt.pronoun); got != tt.want {
			t.Errorf("%q: %q is %q, want %q", tt.text, tt.pronoun, got, tt.want)
		}
	}
}

// speakerNamed is the speaker name of the last quote whose speaker
// mention reads mention, "(no quote)" when none.
func speakerNamed(d *doc.Doc, mention string) string {
	got := "(no quote)"
	for _, q := range d.Quotes {
		if d.Str(q.Speaker) == mention {
			got = q.SpeakerName
		}
	}
	return got
}

// "I" outside quotation marks is the byline's author, when it names one
// person; inside a quotation it is whoever is quoted.
func TestFirstPersonIsTheAuthor(t *testing.T) {
	tests := []struct{ author, text, want string }{
		{"Mara Quill", "I argued last week that the lockdown should end.", "Mara Quill"},
		{"Mara Quill, Tom Reed", "I argued last week that the lockdown should end.", "I"},
		{"Example Times", "I argued last week that the lockdown should end.", "I"},
		{"Reuters Staff", "I argued last week that the lockdown should end.", "I"},
	}
	for _, tt := range tests {
		d := withEntities(t, tt.text, nil, nil, nil)
		d.Meta.Author, d.Source = tt.author, "Example Times"
		Attribute(d)
		if got := speakerNamed(d, "I"); got != tt.want {
			t.Errorf("byline %q: %q is %q, want %q", tt.author, "I", got, tt.want)
		}
	}
	d := withEntities(t, `"I told them that we would win," the coach said.`, nil, nil, nil)
	d.Meta.Author = "Mara Quill"
	Attribute(d)
	for _, q := range d.Quotes {
		if q.SpeakerName == "Mara Quill" {
			t.Errorf("a quoted %q became the author's: %+v", d.Str(q.Speaker), q)
		}
	}
}
