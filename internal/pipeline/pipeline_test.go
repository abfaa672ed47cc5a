package pipeline

import (
	"strings"
	"testing"
	"time"

	"newsgraph/internal/reader"
	"newsgraph/internal/record"
)

func newTestPipeline(t testing.TB, opt Options) *Pipeline {
	t.Helper()
	opt.NoTagger = true // gazetteers and rules: stable across retrained models
	p, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRecordOffsetsAreCodePoints(t *testing.T) {
	p := newTestPipeline(t, Options{Published: "2024-05-17T10:00:00+02:00", TZ: "Europe/Paris"})
	text := "Émile’s café — “Olá”, said French President Emmanuel Macron on Thursday in Paris."
	r, err := p.Record(reader.Article{ID: "x", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(r.Text)
	found := false
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if got := string(runes[m.Start:m.End]); got != m.Text {
				t.Errorf("%s: runes[%d:%d] = %q, want %q", e.Name, m.Start, m.End, got, m.Text)
			}
			if m.Text == "Emmanuel Macron" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("Macron not found: %+v", r.Entities)
	}
	if len(r.Dates) != 1 || r.Dates[0].Value != "2024-05-16" || string(runes[r.Dates[0].Start:r.Dates[0].End]) != "Thursday" {
		t.Errorf("dates = %+v, want Thursday = 2024-05-16", r.Dates)
	}
	if r.TimeZone != "Europe/Paris" {
		t.Errorf("tz = %q", r.TimeZone)
	}
}

func TestRawKeepsTextAndCleanMovesBoilerplate(t *testing.T) {
	text := "Jane Doe\nJane DoeReuters\n\nThe minister resigned on Monday.\n\nFollow us on Twitter for more."
	for _, raw := range []bool{true, false} {
		p := newTestPipeline(t, Options{Raw: raw})
		r, err := p.Record(reader.Article{ID: "x", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		if raw && r.Text != text {
			t.Errorf("--raw changed the text: %q", r.Text)
		}
		if !raw && (r.Text != "The minister resigned on Monday." || len(r.Metadata.Notes) != 1 || len(r.Metadata.Captions) != 1) {
			t.Errorf("cleaned text %q, metadata %+v", r.Text, r.Metadata)
		}
	}
}

func TestEmptyAndInvalidInputAreErrors(t *testing.T) {
	p := newTestPipeline(t, Options{})
	for _, text := range []string{"", "  \n\n ", "bad \xff byte"} {
		if _, err := p.Record(reader.Article{ID: "x", Text: text}); err == nil {
			t.Errorf("%q: no error", text)
		}
	}
}

func TestEachKeepsOrder(t *testing.T) {
	p := newTestPipeline(t, Options{})
	var in []reader.Article
	for i := range 50 {
		in = append(in, reader.Article{ID: strings.Repeat("a", i+1), Text: strings.Repeat("Officials in Berlin met. ", 1+(50-i)%7)})
	}
	var got []string
	err := p.Each(4, func(yield func(reader.Article) error) error {
		for _, a := range in {
			if err := yield(a); err != nil {
				return err
			}
		}
		return nil
	}, func(r Result) error {
		if r.Err != nil {
			t.Error(r.Err)
		}
		got = append(got, r.Article.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if i >= len(got) || got[i] != in[i].ID {
			t.Fatalf("result %d out of order", i)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	p, err := New(Options{Published: "2024-05-17T10:00:00Z"})
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(`German Chancellor Olaf Scholz said on Tuesday that Berlin would send more aid to Ukraine. "We will not waver," he told reporters in Brussels, according to Reuters. The Kremlin warned NATO against escalation.`+"\n\n", 20)
	tokens := 0
	for b.Loop() {
		d, err := p.Analyze(reader.Article{ID: "bench", Text: text})
		if err != nil {
			b.Fatal(err)
		}
		tokens = len(d.Tokens)
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

type panicky struct{}

func (panicky) Record(reader.Article) (*record.Record, error) {
	var s []int
	_ = s[3] // an index out of range deep in some stage
	return nil, nil
}

func TestSafeRecordTurnsPanicsIntoErrors(t *testing.T) {
	rec, err := SafeRecord(panicky{}, reader.Article{ID: "x"})
	if rec != nil || err == nil {
		t.Fatalf("SafeRecord = %v, %v; want an error", rec, err)
	}
	if !strings.Contains(err.Error(), "index out of range") || !strings.Contains(err.Error(), "internal/pipeline/pipeline_test.go:") {
		t.Errorf("error %q does not say what and where", err)
	}
}

// A word the cue model takes for a verb of saying right after an article
// or a preposition is a noun or an adjective, and "The" or "Despite"
// alone is no speaker; nor is an opening adverb, "Please", a verb after
// "to" or the label of a listing.
func TestLoneArticleOrPrepositionIsNoSpeaker(t *testing.T) {
	p := newTestPipeline(t, Options{})
	for _, text := range []string{
		"Acme Corp said it is offering 100 mln dlrs of notes due 1997. The notes will be sold nationwide through underwriters managed by Halden Brothers Inc.",
		"The finance ministry said it will offer bonds. The proposed issue volume is 475 billion yen against the 600 billion in February.",
		"Despite strong sales of its vans, the carmaker's business is making a loss.",
		"Clearly, the media could manufacture another crisis, simply repeating what they have done.",
		"Thanks for reading. Please feel free to reply to this email and tell us what you like.",
		"There were recent attempts to debunk claims that the law would violate rights.",
		"The cottage sleeps eight.\n\nCost: A week in August costs from 2,950 pounds.",
		"The tests miss the virome. Learn more about this at www.example.org That so-called positive cases are accurate is doubtful.",
		"He signed the order.\n\nTrending: Nursing Home Attacker Had the Virus and Was Quarantined\n\nHe left.",
	} {
		r, err := p.Record(reader.Article{ID: "x", Text: text})
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range r.Quotes {
			if q.Speaker != nil && notSpeakers[strings.ToLower(q.Speaker.Name)] {
				t.Errorf("%q: quote %q has the speaker %q (cue %q)", text, q.Text, q.Speaker.Name, q.Cue.Text)
			}
		}
	}
}

func TestFeedZoneAbbreviations(t *testing.T) {
	// RSS dates name North American zones by abbreviation, which Go reads
	// as UTC unless the machine happens to be in that zone.
	tests := []struct{ in, utc string }{
		{"Fri, 07 Sep 2018 22:00:00 PDT", "2018-09-08T05:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 PST", "2018-09-08T06:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 EDT", "2018-09-08T02:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 EST", "2018-09-08T03:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 CDT", "2018-09-08T03:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 MST", "2018-09-08T05:00:00Z"},
		{"07 Sep 18 22:00 MDT", "2018-09-08T04:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 GMT", "2018-09-07T22:00:00Z"},
		{"Fri, 07 Sep 2018 22:00:00 +0300", "2018-09-07T19:00:00Z"},
	}
	for _, tt := range tests {
		got, err := ParseTime(tt.in, time.UTC)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if s := got.UTC().Format(time.RFC3339); s != tt.utc {
			t.Errorf("%q = %s, want %s", tt.in, s, tt.utc)
		}
	}
}

func TestParseTimeDayWithoutLeadingZero(t *testing.T) {
	// Archive dates write the day as it comes: "1-MAR-1987", "26-FEB-1987".
	tests := []struct{ in, want string }{
		{"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
		{"1-MAR-1987 05:27:27.17", "1987-03-01T05:27:27Z"},
		{" 9-APR-1987 00:10:00.00", "1987-04-09T00:10:00Z"},
	}
	for _, tt := range tests {
		got, err := ParseTime(tt.in, time.UTC)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if s := got.Truncate(time.Second).Format(time.RFC3339); s != tt.want {
			t.Errorf("%q = %s, want %s", tt.in, s, tt.want)
		}
	}
}

var notSpeakers = map[string]bool{"the": true, "despite": true, "clearly": true, "please": true, "debunk": true, "cost": true,
	"learn": true, "trending": true}
