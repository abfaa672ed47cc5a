package recognise

import (
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

// recognise runs gazetteers and rules only, so the tests do not move with
// the trained model.
func recognise(text string) *doc.Doc {
	d := doc.New(text)
	segment.Segment(d)
	New(nil, gazetteer.Default()).Recognise(d)
	return d
}

func entity(d *doc.Doc, name string) *doc.Entity {
	for i := range d.Entities {
		if d.Entities[i].Name == name {
			return &d.Entities[i]
		}
	}
	return nil
}

// mustEntity is entity, reporting the names there are when name is not
// among them.
func mustEntity(t *testing.T, d *doc.Doc, text, name string) *doc.Entity {
	t.Helper()
	if e := entity(d, name); e != nil {
		return e
	}
	var names []string
	for _, x := range d.Entities {
		names = append(names, x.Name+"/"+x.Type)
	}
	t.Errorf("%q: no entity %q (have %q)", text, name, names)
	return nil
}

func mentionTexts(d *doc.Doc, e *doc.Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		out = append(out, d.Str(d.Mentions[m].Span))
	}
	return out
}

func TestGrouping(t *testing.T) {
	tests := []struct {
		text     string
		name     string
		typ      string
		mentions []string
	}{
		{"Syrian President Bashar al-Assad spoke. Critics of Assad and of the Assad government protested.",
			"Bashar al-Assad", "PERSON", []string{"Bashar al-Assad", "Assad", "Assad"}},
		{"America said no. The U.S. and the United States are one country.",
			"United States", "GPE", []string{"America", "U.S.", "United States"}},
		{"The Iranian minister arrived in Iran.", "Iran", "GPE", []string{"Iranian", "Iran"}},
		{"Fighters of the Islamic State (ISIS) fled.", "Islamic State", "ORG", []string{"Islamic State", "ISIS"}},
		{"Iranian-backed militias advanced.", "Iran", "GPE", []string{"Iranian"}},
	}
	for _, tc := range tests {
		d := recognise(tc.text)
		e := mustEntity(t, d, tc.text, tc.name)
		if e == nil {
			continue
		}
		if e.Type != tc.typ {
			t.Errorf("%q: %s has type %s, want %s", tc.text, tc.name, e.Type, tc.typ)
		}
		if got := mentionTexts(d, e); !slices.Equal(got, tc.mentions) {
			t.Errorf("%q: %s mentions %q, want %q", tc.text, tc.name, got, tc.mentions)
		}
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text, person, title, of string
	}{
		{"Turkish President Recep Tayyip Erdogan arrived.", "Recep Tayyip Erdogan", "President", "Turkey"},
		{"Iran's Foreign Minister Mohammad Javad Zarif spoke.", "Mohammad Javad Zarif", "Foreign Minister", "Iran"},
		{"Sen. Pat Roberts, a member of the committee, voted no.", "Pat Roberts", "Senator", ""},
	}
	for _, tc := range tests {
		d := recognise(tc.text)
		e := entity(d, tc.person)
		if e == nil {
			t.Errorf("%q: no person %q", tc.text, tc.person)
			continue
		}
		found := false
		for _, r := range e.Roles {
			if strings.EqualFold(r.Title, tc.title) && r.OfName == tc.of {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: roles %+v, want %s of %q", tc.text, e.Roles, tc.title, tc.of)
		}
	}
}

func TestNominalResolvesToRoleHolder(t *testing.T) {
	d := recognise("Russian President Vladimir Putin met aides. Later the Russian President left Moscow.")
	e := entity(d, "Vladimir Putin")
	if e == nil {
		t.Fatal("no Putin")
	}
	if got := mentionTexts(d, e); !slices.Contains(got, "the Russian President") {
		t.Errorf("Putin mentions %q, want the nominal \"the Russian President\"", got)
	}
}

func TestNoNameAfterPossessive(t *testing.T) {
	d := doc.New("The United States and its Allies will respond.")
	segment.Segment(d)
	New(fakeTagger{"Allies": "ORG"}, gazetteer.Default()).Recognise(d)
	if entity(d, "Allies") != nil {
		t.Error(`"its Allies" became an entity`)
	}
}

func TestPossessiveIsNotPartOfTheName(t *testing.T) {
	d := doc.New("Listeners of Radio Clyde's morning show complained.")
	segment.Segment(d)
	New(chunkTagger{"Radio", "Clyde", "'s"}, gazetteer.Default()).Recognise(d)
	if e := entity(d, "Radio Clyde"); e == nil {
		t.Errorf("entities %+v, want Radio Clyde without the possessive", d.Entities)
	}
}

// chunkTagger tags its words, in order, as one ORG chunk.
type chunkTagger []string

func (c chunkTagger) TagDocument(sentences [][]string) [][]string {
	var out [][]string
	for _, words := range sentences {
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "O"
		}
		for i := 0; i+len(c) <= len(words); i++ {
			if slices.Equal(words[i:i+len(c)], c) {
				tags[i] = "B-ORG"
				for m := 1; m < len(c); m++ {
					tags[i+m] = "I-ORG"
				}
			}
		}
		out = append(out, tags)
	}
	return out
}

// fakeTagger tags listed words as single-token entities.
type fakeTagger map[string]string

func (f fakeTagger) TagDocument(sentences [][]string) [][]string {
	var out [][]string
	for _, words := range sentences {
		tags := make([]string, len(words))
		for i, w := range words {
			if typ, ok := f[w]; ok {
				tags[i] = "B-" + typ
			} else {
				tags[i] = "O"
			}
		}
		out = append(out, tags)
	}
	return out
}

func TestCliticThatIsTheName(t *testing.T) {
	tests := []struct {
		text, want string
		chunks     []string // tagged ORG, a longer one first
		mentions   []string
	}{
		// Nothing follows that the "'s" could own: it is the name's.
		{"The agency Moody's said the outlook was stable.", "Moody's", []string{"Moody's"}, []string{"Moody's"}},
		{"The bonds were cut by Moody's.", "Moody's", []string{"Moody's"}, []string{"Moody's"}},
		// A longer name in the article begins with it.
		{"Moody's Investors Service cut the bonds. Moody's outlook is stable.", "Moody's", []string{"Moody's Investors Service", "Moody's"}, []string{"Moody"}},
		// One mention keeps it, and names the entity other mentions share.
		{"Moody's cut the outlook. Moody's said more cuts may come.", "Moody's", []string{"Moody's"}, []string{"Moody", "Moody's"}},
		// A possessive stays one.
		{"Radio Clyde's morning show ended.", "Radio Clyde", []string{"Radio Clyde's"}, []string{"Radio Clyde"}},
		{"Chrysler's in talks with lenders.", "Chrysler", []string{"Chrysler's"}, []string{"Chrysler"}},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(orgTagger(tt.chunks), gazetteer.Default()).Recognise(d)
		if e := mustEntity(t, d, tt.text, tt.want); e != nil {
			if got := mentionTexts(d, e); !slices.Equal(got, tt.mentions) {
				t.Errorf("%q: mentions %q, want %q", tt.text, got, tt.mentions)
			}
		}
	}
}

// orgTagger tags each of its phrases as an ORG chunk wherever it occurs
// and no earlier phrase was tagged.
type orgTagger []string

func (o orgTagger) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	for k, words := range sentences {
		out[k] = make([]string, len(words))
		for i := range words {
			out[k][i] = "O"
		}
	}
	for _, phrase := range o {
		var c chunkTagger
		for _, w := range segment.Tokenize(phrase, 0, len(phrase), nil) {
			c = append(c, phrase[w.Start:w.End])
		}
		for k, tags := range c.TagDocument(sentences) {
			for i, tag := range tags {
				if tag != "O" && out[k][i] == "O" {
					out[k][i] = tag
				}
			}
		}
	}
	return out
}

func TestShortNames(t *testing.T) {
	tests := []struct {
		text   string
		chunks []string
		want   string // the entity "the X" joins; "" for none
	}{
		{"The European Community Commission opened an enquiry. The Commission said it acted on a complaint.",
			[]string{"European Community Commission", "Commission"}, "European Community Commission"},
		{"A World Bank loan was given. Officials at the Bank said more would follow.",
			[]string{"World Bank", "Bank"}, "World Bank"},
		{"The Bank of England raised rates. The Bank said inflation was high.",
			[]string{"Bank of England", "Bank"}, "Bank of England"},
		// Two earlier banks: which one is meant is left open.
		{"The World Bank and the Asian Development Bank met. The Bank said little.",
			[]string{"World Bank", "Asian Development Bank", "Bank"}, ""},
		{"The White House objected. The House voted 230-190.",
			[]string{"White House", "House"}, ""},
		// No "the" before it: not a short name.
		{"Halden Bank rose. Bank shares fell.", []string{"Halden Bank", "Bank"}, ""},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(orgTagger(tt.chunks), gazetteer.Default()).Recognise(d)
		short := tt.chunks[len(tt.chunks)-1]
		joined := ""
		for _, m := range d.Mentions {
			if d.Str(m.Span) == short && m.Entity >= 0 && d.Entities[m.Entity].Name != short {
				joined = d.Entities[m.Entity].Name
			}
		}
		if joined != tt.want {
			t.Errorf("%q: %q joined %q, want %q", tt.text, short, joined, tt.want)
		}
	}
}

func TestSurnameThatIsAMonth(t *testing.T) {
	text := "Prime Minister Theresa May met the unions. The deal was rejected by May, who took office in May 2016. Talks resume on May 5, and May said she was hopeful."
	d := recognise(text)
	e := mustEntity(t, d, text, "Theresa May")
	if e == nil {
		return
	}
	var at []int
	for _, m := range e.Mentions {
		at = append(at, d.Mentions[m].Start)
	}
	want := []int{strings.Index(text, "Theresa May"), strings.Index(text, "by May") + 3, strings.Index(text, "and May") + 4}
	if !slices.Equal(at, want) {
		t.Errorf("Theresa May's mentions start at %v, want %v (not the months in \"in May 2016\", \"on May 5\")", at, want)
	}
}

func TestTrimDeterminer(t *testing.T) {
	for in, want := range map[string]string{
		"the New China News Agency":  "New China News Agency",
		"the\nNew China News Agency": "New China News Agency",
		"The  \n Tower Commission":   "Tower Commission",
		"THE BANK":                   "BANK",
		"Thebes":                     "Thebes",
		"theater":                    "theater",
		"ThE Who":                    "ThE Who",
		"the":                        "the",
	} {
		if got := trimDeterminer(in); got != want {
			t.Errorf("trimDeterminer(%q) = %q, want %q", in, got, want)
		}
	}
}

// typedChunk tags its words, in order, as one chunk of type typ.
type typedChunk struct {
	typ   string
	words chunkTagger
}

func (c typedChunk) TagDocument(sentences [][]string) [][]string {
	return retype(c.words.TagDocument(sentences), c.typ)
}

// personPhrases tags each of its phrases as a PERSON chunk, as orgTagger
// does ORG ones.
type personPhrases []string

func (p personPhrases) TagDocument(sentences [][]string) [][]string {
	return retype(orgTagger(p).TagDocument(sentences), "PERSON")
}

// retype gives every chunk of tags the type typ.
func retype(tags [][]string, typ string) [][]string {
	for _, sent := range tags {
		for i, tag := range sent {
			if tag != "O" {
				sent[i] = tag[:2] + typ
			}
		}
	}
	return tags
}

func TestNationalityIsNoPartOfTheName(t *testing.T) {
	text := "Spaniard Conchita Martinez won in Paris."
	d := doc.New(text)
	segment.Segment(d)
	New(typedChunk{"PERSON", chunkTagger{"Spaniard", "Conchita", "Martinez"}}, gazetteer.Default()).Recognise(d)
	if e := mustEntity(t, d, text, "Conchita Martinez"); e != nil && !slices.Equal(mentionTexts(d, e), []string{"Conchita Martinez"}) {
		t.Errorf("mentions %q", mentionTexts(d, e))
	}
	mustEntity(t, d, text, "Spain")
}

func TestTitleInsideAnotherName(t *testing.T) {
	text := "Major League Baseball said the season would start late."
	d := doc.New(text)
	segment.Segment(d)
	New(orgTagger{"Major League Baseball"}, gazetteer.Default()).Recognise(d)
	mustEntity(t, d, text, "Major League Baseball")
	if e := entity(d, "League Baseball"); e != nil {
		t.Errorf("%q: the title rule made a person %q", text, e.Name)
	}
}

func TestDiseaseIsNoOrganisation(t *testing.T) {
	d := doc.New("COVID-19 cases rose, and the ICU ran short of PPE.")
	segment.Segment(d)
	New(fakeTagger{"COVID-19": "ORG", "ICU": "ORG", "PPE": "ORG"}, gazetteer.Default()).Recognise(d)
	for _, e := range d.Entities {
		t.Errorf("entity %q (%s), want none", e.Name, e.Type)
	}
}

func TestOrganisationBeforePlaceOfTheSameName(t *testing.T) {
	// GeoNames has towns called White House; news means the office.
	text := "White House coronavirus coordinator Deborah Birx spoke. The White House said testing would grow."
	d := doc.New(text)
	segment.Segment(d)
	New(typedChunk{"GPE", chunkTagger{"White", "House"}}, gazetteer.Default()).Recognise(d)
	for _, e := range d.Entities {
		if e.Name == "White House" && e.Type != "ORG" {
			t.Errorf("%q: White House is a %s", text, e.Type)
		}
	}
	mustEntity(t, d, text, "White House")
}

func TestPlaceContextKeepsThePlace(t *testing.T) {
	// Duma is Russia's parliament and a Syrian town.
	text := "Rebels fled to Duma on Sunday."
	d := doc.New(text)
	segment.Segment(d)
	New(typedChunk{"GPE", chunkTagger{"Duma"}}, gazetteer.Default()).Recognise(d)
	if e := mustEntity(t, d, text, "Duma"); e != nil && e.Type != "GPE" {
		t.Errorf("%q: Duma is a %s, want the town", text, e.Type)
	}
}

func TestHonorificKeepsRelativesApart(t *testing.T) {
	text := "Katherine Jackson arrived at the court. Mr Jackson denies the charges. Mr Jackson later left. " +
		"Mrs Clinton spoke after Bill Clinton did. Hillary Clinton agreed with Mr Clinton."
	d := doc.New(text)
	segment.Segment(d)
	New(personPhrases{"Katherine Jackson", "Bill Clinton", "Hillary Clinton", "Jackson", "Clinton"}, gazetteer.Default()).Recognise(d)
	for name, want := range map[string][]string{
		"Katherine Jackson": {"Katherine Jackson"},
		"Jackson":           {"Jackson", "Jackson"}, // Mr Jackson, twice
		"Hillary Clinton":   {"Clinton", "Hillary Clinton"},
		"Bill Clinton":      {"Bill Clinton", "Clinton"},
	} {
		if e := mustEntity(t, d, text, name); e != nil && !slices.Equal(mentionTexts(d, e), want) {
			t.Errorf("%s: mentions %q, want %q", name, mentionTexts(d, e), want)
		}
	}
}

func TestAwardIsNoPerson(t *testing.T) {
	d := doc.New("The film won an Oscar and two Golden Globes.")
	segment.Segment(d)
	New(typedChunk{"PERSON", chunkTagger{"Oscar"}}, gazetteer.Default()).Recognise(d)
	if e := mustEntity(t, d, d.Text, "Oscar"); e != nil && e.Type != "EVENT" {
		t.Errorf("Oscar is a %s, want EVENT", e.Type)
	}
}
