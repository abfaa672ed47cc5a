package recognise

import (
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

// typeOfName is the type of the entity called name, "" when none is.
func typeOfName(d *doc.Doc, name string) string {
	if e := entity(d, name); e != nil {
		return e.Type
	}
	return ""
}

func TestClubsAreOrganisations(t *testing.T) {
	tests := []struct {
		text   string
		tagged Tagger
		name   string
		want   string
	}{
		// A town's club: a player of it follows the name.
		{"Leeds striker Tom Vale scored twice. Leeds won the game.", fakeChunks{"Leeds": "GPE"}, "Leeds", "ORG"},
		// A fixture and a score.
		{"Hull v Bristol kicks off at three. Bristol led early.", fakeChunks{"Hull": "PERSON", "Bristol": "GPE"}, "Bristol", "ORG"},
		{"Hull 3-1 Wigan was the result.", fakeChunks{"Hull": "PERSON"}, "Hull", "ORG"},
		// A plural verb after a name the tagger took for a person's.
		{"Fulham have signed a new goalkeeper.", fakeChunks{"Fulham": "PERSON"}, "Fulham", "ORG"},
		// A town and a word only clubs end with.
		{"Preston Rovers sold him last year.", fakeChunks{"Preston": "PERSON", "Rovers": "PERSON"}, "Preston Rovers", "ORG"},
		// A club's last word alone.
		{"Rangers sold him.", fakeChunks{"Rangers": "PERSON"}, "Rangers", "ORG"},
		// A person stays a person: a plural verb after "and" is the list's,
		// a role after a surname of a named person is that person's.
		{"Chelsea Quinn arrived. Kim and Chelsea have left.", fakeChunks{"Chelsea": "PERSON"}, "Chelsea", "PERSON"},
		{"Tim Henman lost again. The Henman coach was upset.", fakeChunks{"Tim": "PERSON", "Henman": "PERSON"}, "Tim Henman", "PERSON"},
		{"Tim Henman lost again. The Henman coach was upset.", fakeChunks{"Tim": "PERSON", "Henman": "PERSON"}, "Henman", ""},
		// ... and so does one the article names with a title or an
		// honorific: "the Biden team" is his campaign's.
		{"The Biden team said so. Mr Biden will speak.", fakeChunks{"Biden": "PERSON"}, "Biden", "PERSON"},
		{"The Biden side said so. President Biden spoke.", fakeChunks{"Biden": "PERSON"}, "Biden", "PERSON"},
		// The town without any sign of a club, and a capital, stay places.
		{"Protesters marched in Leeds on Monday.", fakeChunks{"Leeds": "GPE"}, "Leeds", "GPE"},
		{"Madrid boss Mario Lanza resigned. He lived in Madrid.", fakeChunks{"Madrid": "GPE"}, "Madrid", "GPE"},
		// A club called like a people, but not a nationality.
		{"Celtic have a new boss. Celtic boss Ian Moor said so.", occurrences{"Celtic": {"PERSON", "NORP"}}, "Celtic", "ORG"},
		{"The European boss Ian Moor left.", fakeChunks{"European": "NORP"}, "European", "NORP"},
		{"Irish striker Ian Moor left.", fakeChunks{"Irish": "NORP"}, "Ireland", "GPE"},
		// A court case is between people, not a fixture.
		{"The ruling in Miller v Jackson changed the law. Miller was pleased.", fakeChunks{"Miller": "PERSON", "v": "PERSON", "Jackson": "PERSON"}, "Miller", "PERSON"},
		{"Smith v Jones was heard in the High Court.", fakeChunks{"Smith": "PERSON", "Jones": "PERSON"}, "Jones", "PERSON"},
		// A match in sets is between players: set scores are no club's result.
		{"Federer beat Nadal 6-4 6-3 in the final. Nadal was tired.", fakeChunks{"Federer": "PERSON", "Nadal": "PERSON"}, "Nadal", "PERSON"},
		{"Federer beat Nadal 6-4, 3-6, 7-5.", fakeChunks{"Federer": "PERSON", "Nadal": "PERSON"}, "Nadal", "PERSON"},
		{"Arsenal beat Chelsea 2-1 on Saturday.", fakeChunks{"Chelsea": "PERSON"}, "Chelsea", "ORG"},
		// A city another beat to host something is no club.
		{"Liverpool beat Glasgow to host the contest. Fans in Glasgow were upset.", fakeChunks{"Liverpool": "GPE", "Glasgow": "GPE"}, "Glasgow", "GPE"},
		{"Bristol beat Leeds in the race to host the games. Leeds council was upset.", fakeChunks{"Bristol": "GPE", "Leeds": "GPE"}, "Leeds", "GPE"},
		// A town a party faces, or whose rules drivers face, is no club.
		{"Labour will face Hartlepool voters in May. Hartlepool has been Labour since 1964.", fakeChunks{"Hartlepool": "GPE"}, "Hartlepool", "GPE"},
		{"Drivers face Manchester's new congestion charge.", fakeChunks{"Manchester": "GPE"}, "Manchester", "GPE"},
		{"Everton are second after beating Liverpool.", fakeChunks{"Everton": "ORG", "Liverpool": "GPE"}, "Liverpool", "ORG"},
		{"Bath will face Gloucester last weekend.", fakeChunks{"Gloucester": "GPE"}, "Gloucester", "ORG"},
		{"Bath will face Gloucester on Saturday.", fakeChunks{"Gloucester": "GPE"}, "Gloucester", "ORG"},
		// A country keeps its type in sport too.
		{"Ireland coach Sam Neill praised the side.", fakeChunks{"Ireland": "GPE"}, "Ireland", "GPE"},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(tt.tagged, gazetteer.Default()).Recognise(d)
		if got := typeOfName(d, tt.name); got != tt.want {
			t.Errorf("%q: %s is %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}

// fakeChunks tags listed words with their type, running neighbours of
// one type into one chunk.
type fakeChunks map[string]string

func (f fakeChunks) TagDocument(sentences [][]string) [][]string {
	var out [][]string
	for _, words := range sentences {
		tags := make([]string, len(words))
		for i, w := range words {
			typ, ok := f[w]
			switch {
			case !ok:
				tags[i] = "O"
			case i > 0 && tags[i-1] != "O" && tags[i-1][2:] == typ:
				tags[i] = "I-" + typ
			default:
				tags[i] = "B-" + typ
			}
		}
		out = append(out, tags)
	}
	return out
}

// occurrences tags the n-th occurrence of a word in the document, as a
// one-word chunk, with the n-th of its types (the last for the rest).
type occurrences map[string][]string

func (o occurrences) TagDocument(sentences [][]string) [][]string {
	seen := map[string]int{}
	var out [][]string
	for _, words := range sentences {
		tags := make([]string, len(words))
		for i, w := range words {
			tags[i] = "O"
			if types, ok := o[w]; ok {
				tags[i] = "B-" + types[min(seen[w], len(types)-1)]
				seen[w]++
			}
		}
		out = append(out, tags)
	}
	return out
}
