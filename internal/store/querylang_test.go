package store

import (
	"strings"
	"testing"
)

func TestParseQuoteQuery(t *testing.T) {
	tests := []struct {
		in      string
		want    QuoteQuery
		wantErr string
	}{
		{in: `speaker:Rouhani about:America since:2018-09-01 until:2018-09-30 "free text"`,
			want: QuoteQuery{Speaker: "Rouhani", About: "America", Since: "2018-09-01", Until: "2018-09-30", Text: `"free text"`}},
		{in: `speaker:"Hassan Rouhani" sanctions`, want: QuoteQuery{Speaker: "Hassan Rouhani", Text: "sanctions"}},
		{in: `since:2018-02 until:2018-02`, want: QuoteQuery{Since: "2018-02-01", Until: "2018-02-28"}},
		{in: `until:2020`, want: QuoteQuery{Until: "2020-12-31"}},
		{in: `SPEAKER:May kind:direct source:Reuters`, want: QuoteQuery{Speaker: "May", Kind: "direct", Source: "Reuters"}},
		{in: `at 3:30 pm`, want: QuoteQuery{Text: "at 3:30 pm"}},
		{in: `foo:bar baz`, want: QuoteQuery{Text: "foo:bar baz"}},
		{in: `article:12`, want: QuoteQuery{Article: 12}},
		{in: `“curly quoted”`, want: QuoteQuery{Text: `"curly quoted"`}},
		{in: ``, want: QuoteQuery{}},
		{in: `since:yesterday`, wantErr: "since:yesterday"},
		{in: `kind:loud`, wantErr: "kind:loud"},
		{in: `"unclosed`, wantErr: "unclosed quote"},
		{in: `article:x`, wantErr: "article:x"},
	}
	for _, tt := range tests {
		got, err := ParseQuoteQuery(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseQuoteQuery(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseQuoteQuery(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseQuoteQuery(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestKeyFor(t *testing.T) {
	tests := []struct {
		aURL, aText, bURL, bText string
		same                     bool
	}{
		{"https://Example.com/a/#top", "x", "https://example.com/a", "y", true},
		{"", "Hello  world\n", "", "Hello world", true},
		{"", "Hello world", "", "Hello World", false},
		{"https://example.com/a", "t", "https://example.com/b", "t", false},
		{"/relative/path", "same text", "", "same text", true},
	}
	for _, tt := range tests {
		a, b := KeyFor(tt.aURL, tt.aText), KeyFor(tt.bURL, tt.bText)
		if (a == b) != tt.same {
			t.Errorf("KeyFor(%q,%q)=%s vs KeyFor(%q,%q)=%s: same=%v, want %v", tt.aURL, tt.aText, a, tt.bURL, tt.bText, b, a == b, tt.same)
		}
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"The White House": "white house",
		"U.S.":            "us",
		"Hassan  Rouhani": "hassan rouhani",
		"O’Brien":         "obrien",
		"Al-Qaeda":        "alqaeda",
	} {
		if got := NormalizeName(in); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDay(t *testing.T) {
	for in, want := range map[string]string{
		"2018-09-20":                      "2018-09-20",
		"2018-09-20T23:30:00-04:00":       "2018-09-20",
		"Thu, 20 Sep 2018 23:30:00 -0400": "2018-09-20",
		"Mon, 1 Mar 2021 08:00:00 +0100":  "2021-03-01",
		"Mon, 01 Mar 2021 08:00:00 GMT":   "2021-03-01",
		"March 4, 2021":                   "2021-03-04",
		"2018-13-45":                      "",
		"yesterday":                       "",
		"":                                "",
	} {
		if got := Day(in); got != want {
			t.Errorf("Day(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDisplayTitle(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct{ title, text, want string }{
		{"Own title", "Text.", "Own title"},
		{"", "Budget talks resume\n\nThe minister said.", "Budget talks resume"},
		{"", long, strings.TrimSpace(strings.Repeat("word ", 20)) + "…"},
	}
	for _, tt := range tests {
		if got := displayTitle(tt.title, tt.text); got != tt.want {
			t.Errorf("displayTitle(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

// TestFTSQueryTermsOnce checks that a term given twice is searched once:
// FTS5's work grows much faster than the number of terms, and "the" 200
// times took 25 s on the Reuters corpus.
func TestFTSQueryTermsOnce(t *testing.T) {
	for in, want := range map[string]string{
		"the the the":               `"the"`,
		`port "le port" port`:       `"port" "le port"`,
		`harbour Harbour`:           `"harbour" "Harbour"`,
		`"a b" "a b" a b`:           `"a b" "a" "b"`,
		`speaker:x speaker:x plain`: `"speaker x" "plain"`,
	} {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %q, want %q", in, got, want)
		}
	}
}
