package quoteeval

import (
	"strings"
	"testing"
)

// span returns the code point span of the first occurrence of sub in text.
func span(t *testing.T, text, sub string) [2]int {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	start := len([]rune(text[:i]))
	return [2]int{start, start + len([]rune(sub))}
}

func TestScoreMatchLevels(t *testing.T) {
	text := `The mayor said that “the bridge will open in May and the tolls will be low,” and left.`
	content := `the bridge will open in May and the tolls will be low`
	gold := Quote{Spans: [][2]int{span(t, text, `“`+content+`,”`)}, Kind: "direct",
		HasSpeaker: true, Speaker: span(t, text, "The mayor"), SpeakerText: "The mayor", Cue: "said"}
	tests := []struct {
		name    string
		pred    string
		speaker string
		want    [numLevels]int
		e2e     int
	}{
		{"exact without marks", content, "mayor", [numLevels]int{1, 1, 1}, 1},
		{"most of it", "the bridge will open in May and the tolls will be", "mayor", [numLevels]int{1, 1, 0}, 1},
		{"a third", "the bridge will open in", "The", [numLevels]int{1, 0, 0}, 1},
		{"too little", "the bridge", "mayor", [numLevels]int{0, 0, 0}, 0},
		{"wrong speaker", content, "left", [numLevels]int{1, 1, 1}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pred := Quote{Spans: [][2]int{span(t, text, tc.pred)}, Kind: "direct",
				HasSpeaker: true, Speaker: span(t, text, tc.speaker), Cue: "said"}
			r := NewResult()
			r.Score(text, []Quote{gold}, []Quote{pred})
			all := r["all"]
			if all.GoldMatched != tc.want || all.PredMatched != tc.want {
				t.Errorf("matched gold %v pred %v, want %v", all.GoldMatched, all.PredMatched, tc.want)
			}
			if all.GoldE2E != tc.e2e {
				t.Errorf("end-to-end %d, want %d", all.GoldE2E, tc.e2e)
			}
		})
	}
}

func TestMatchIsOneToOne(t *testing.T) {
	text := "Officials said the plan failed. Critics said the plan was doomed from the start."
	g1 := Quote{Spans: [][2]int{span(t, text, "the plan failed")}, Kind: "indirect"}
	g2 := Quote{Spans: [][2]int{span(t, text, "the plan was doomed from the start")}, Kind: "indirect"}
	// One prediction over the whole text covers both golds but may match one.
	p := Quote{Spans: [][2]int{{0, len([]rune(text))}}, Kind: "indirect"}
	r := NewResult()
	r.Score(text, []Quote{g1, g2}, []Quote{p})
	s := r["all"].Scores()
	if r["all"].GoldMatched[Loose] != 1 || s.P[Loose] != 1 || s.R[Loose] != 0.5 {
		t.Errorf("got matched %d P %.2f R %.2f, want 1, 1.00, 0.50", r["all"].GoldMatched[Loose], s.P[Loose], s.R[Loose])
	}
	// Neither gold quote has a speaker, nor has the prediction: right.
	if r["all"].GoldE2E != 1 {
		t.Errorf("null speakers should agree, end-to-end %d", r["all"].GoldE2E)
	}
}

func TestPerKindCounting(t *testing.T) {
	text := "Aides said the talks stalled. Donors said the race is close."
	gold := []Quote{
		{Spans: [][2]int{span(t, text, "the talks stalled")}, Kind: "indirect"},
		{Spans: [][2]int{span(t, text, "the race is close")}, Kind: "mixed"},
	}
	pred := []Quote{
		{Spans: [][2]int{span(t, text, "the talks stalled")}, Kind: "direct"},
	}
	r := NewResult()
	r.Score(text, gold, pred)
	if r["indirect"].GoldMatched[Loose] != 1 || r["indirect"].Pred != 0 {
		t.Errorf("indirect: gold matched %d, pred %d", r["indirect"].GoldMatched[Loose], r["indirect"].Pred)
	}
	if r["direct"].PredMatched[Loose] != 1 || r["direct"].Gold != 0 {
		t.Errorf("direct: pred matched %d, gold %d", r["direct"].PredMatched[Loose], r["direct"].Gold)
	}
	if r["mixed"].Gold != 1 || r["mixed"].GoldMatched[Loose] != 0 {
		t.Errorf("mixed: gold %d matched %d", r["mixed"].Gold, r["mixed"].GoldMatched[Loose])
	}
}

func TestSpeakerRight(t *testing.T) {
	text := "Senator Jane Roe, a Democrat, said so. She said so."
	g := Quote{HasSpeaker: true, Speaker: span(t, text, "Senator Jane Roe, a Democrat,"), SpeakerText: "Senator Jane Roe, a Democrat,"}
	she := span(t, text, "She")
	tests := []struct {
		name string
		gold Quote
		pred Quote
		want bool
	}{
		{"overlap", g, Quote{HasSpeaker: true, Speaker: span(t, text, "Roe")}, true},
		{"pronoun resolved by surname", g, Quote{HasSpeaker: true, Speaker: she, SpeakerName: "Jane Roe"}, true},
		{"pronoun resolved wrongly", g, Quote{HasSpeaker: true, Speaker: she, SpeakerName: "John Doe"}, false},
		{"missing speaker", g, Quote{}, false},
		{"null gold needs null", Quote{}, Quote{HasSpeaker: true, Speaker: she}, false},
		{"both null", Quote{}, Quote{}, true},
		{"no proper name in gold", Quote{HasSpeaker: true, Speaker: she, SpeakerText: "She"},
			Quote{HasSpeaker: true, Speaker: span(t, text, "Roe"), SpeakerName: "She"}, false},
	}
	for _, tc := range tests {
		if got := SpeakerRight(text, tc.gold, tc.pred); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCueHead(t *testing.T) {
	for cue, want := range map[string]string{
		"said": "said", "has said": "said", "Also Told": "told", "according to": "according",
		"is steering clear of criticizing": "steering", "said in a statement": "said", ":": ":",
		"has steadfastly refused": "refused", "publicly said": "said",
	} {
		if got := CueHead(cue); got != want {
			t.Errorf("CueHead(%q) = %q, want %q", cue, got, want)
		}
	}
}

func TestDecodeGold(t *testing.T) {
	line := `{"id":"a1","text":"Bo said hi.","date":"2020-01-02","quotes":[` +
		`{"quote":"hi","quote_start":8,"quote_end":10,"quote_spans":[[8,10]],"speaker":"Bo","speaker_start":0,"speaker_end":2,"cue":"said","kind":"indirect"},` +
		`{"quote":"hi","quote_start":8,"quote_end":10,"quote_spans":[[8,10]],"speaker":null,"cue":null,"kind":"indirect"}]}`
	arts, err := decodeGold(strings.NewReader(line+"\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Quotes) != 2 {
		t.Fatalf("got %+v", arts)
	}
	q0, q1 := arts[0].Quotes[0], arts[0].Quotes[1]
	if !q0.HasSpeaker || q0.Speaker != [2]int{0, 2} || q0.Cue != "said" || q1.HasSpeaker {
		t.Errorf("bad quotes %+v %+v", q0, q1)
	}
}
