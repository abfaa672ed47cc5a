package clean

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		text      string
		captions  []string
		credits   []string
		notes     []string
		publisher string
	}{
		{
			name:     "caption repeated with credit glued on",
			in:       "Ada Lovelace\nAda LovelaceReuters\n\nAda Lovelace said on Monday that engines compute.\n\nShe left.",
			text:     "Ada Lovelace said on Monday that engines compute.\n\nShe left.",
			captions: []string{"Ada Lovelace"}, credits: []string{"Reuters"},
		},
		{
			name:     "caption then credit line",
			in:       "Minister at the summit\nAFP\n\nThe minister spoke.",
			text:     "The minister spoke.",
			captions: []string{"Minister at the summit"}, credits: []string{"AFP"},
		},
		{
			name:     "marked credit in the caption line",
			in:       "Troops near the border (Photo: Jane Roe)\n\nTroops gathered.",
			text:     "Troops gathered.",
			captions: []string{"Troops near the border"}, credits: []string{"Photo: Jane Roe"},
		},
		{
			name:     "name slash agency credit",
			in:       "Rescuers search rubble\nJane Roe/Reuters\n\nRescuers searched.",
			text:     "Rescuers searched.",
			captions: []string{"Rescuers search rubble"}, credits: []string{"Jane Roe/Reuters"},
		},
		{
			name: "headline kept when no credit follows",
			in:   "Putin speaks to Reuters\n\nThe president spoke at length.",
			text: "Putin speaks to Reuters\n\nThe president spoke at length.",
		},
		{
			name: "headline-only article kept",
			in:   "Storm hits coast",
			text: "Storm hits coast",
		},
		{
			name: "credit-only text kept whole",
			in:   "Reuters",
			text: "Reuters",
		},
		{
			name: "first short paragraph before body kept",
			in:   "Breaking news\nMore below\n\nA storm hit.",
			text: "Breaking news\nMore below\n\nA storm hit.",
		},
		{
			name:  "share buttons and newsletter pitch above the story",
			in:    "1.5K Shares Facebook\n\nTwitter\n\nEmail\n\nGet the latest from The Planet in your inbox. Sign up right here.\n\n(TP) - Rain fell.",
			text:  "(TP) - Rain fell.",
			notes: []string{"1.5K Shares Facebook", "Twitter", "Email", "Get the latest from The Planet in your inbox. Sign up right here."},
		},
		{
			name: "share line after a headline keeps both",
			in:   "Storm hits coast\nTwitter\n\nRain fell.",
			text: "Storm hits coast\nTwitter\n\nRain fell.",
		},
		{
			name:    "byline and agency above the story",
			in:      "By Jane Roe and John Doe\nAssociated Press\n\nRain fell.",
			text:    "Rain fell.",
			credits: []string{"By Jane Roe and John Doe", "Associated Press"},
		},
		{
			name: "headline above a byline kept",
			in:   "Storm hits coast\nBy Jane Roe\n\nRain fell.",
			text: "Storm hits coast\nBy Jane Roe\n\nRain fell.",
		},
		{
			name: "closing list item (c) kept",
			in:   "The plan has three parts:\n\n(a) roads\n(b) rail\n(c) ports",
			text: "The plan has three parts:\n\n(a) roads\n(b) rail\n(c) ports",
		},
		{
			name:      "desk note with publisher",
			in:        "The vote passed.\n\n(Daily Planet's Europe desk is keeping you updated. The time posted on all Daily Planet articles is local.)",
			text:      "The vote passed.",
			notes:     []string{"(Daily Planet's Europe desk is keeping you updated. The time posted on all Daily Planet articles is local.)"},
			publisher: "Daily Planet",
		},
		{
			name:    "reporting credits and follow line",
			in:      "Markets fell.\n\nReporting by Jane Roe; Editing by John Doe\nFollow us on Twitter @planet",
			text:    "Markets fell.",
			credits: []string{"Reporting by Jane Roe; Editing by John Doe"},
			notes:   []string{"Follow us on Twitter @planet"},
		},
		{
			name:      "copyright and originally appeared",
			in:        "Rain is due.\n\nThis article originally appeared on The Daily Planet.\n© 2018 Daily Planet. All rights reserved.",
			text:      "Rain is due.",
			notes:     []string{"This article originally appeared on The Daily Planet.", "© 2018 Daily Planet. All rights reserved."},
			publisher: "The Daily Planet",
		},
		{
			name: "parenthesised story paragraph kept",
			in:   "He spoke.\n\n(He later denied it, saying the remarks were taken out of context.)",
			text: "He spoke.\n\n(He later denied it, saying the remarks were taken out of context.)",
		},
		{
			name: "mid-body boilerplate untouched",
			in:   "A.\n\nRead more: elsewhere\n\nB ends here.",
			text: "A.\n\nRead more: elsewhere\n\nB ends here.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Clean(tc.in)
			if r.Text != tc.text {
				t.Errorf("Text = %q, want %q", r.Text, tc.text)
			}
			if tc.in[r.Start:r.Start+len(r.Text)] != r.Text {
				t.Errorf("Text is not in[Start:]: Start %d", r.Start)
			}
			for _, c := range []struct {
				field     string
				got, want []string
			}{{"Captions", r.Captions, tc.captions}, {"Credits", r.Credits, tc.credits}, {"Notes", r.Notes, tc.notes}} {
				if !reflect.DeepEqual(c.got, c.want) {
					t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
				}
			}
			if r.Publisher != tc.publisher {
				t.Errorf("Publisher = %q, want %q", r.Publisher, tc.publisher)
			}
			for _, rm := range r.Removed {
				if rm.Start < 0 || rm.End > len(tc.in) || rm.Start > rm.End {
					t.Errorf("bad removal %+v", rm)
				}
			}
		})
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct {
		in, caption, credit string
		ok                  bool
	}{
		{"Hassan RouhaniReuters", "Hassan Rouhani", "Reuters", true},
		{"Talks in Tehran (Photo: Jane Roe)", "Talks in Tehran", "Photo: Jane Roe", true},
		{"Talks in Tehran. Photo: Jane Roe", "Talks in Tehran.", "Photo: Jane Roe", true},
		{"Talks in Tehran | Jane Roe/AFP", "Talks in Tehran", "Jane Roe/AFP", true},
		{"Talks in Tehran (Getty Images)", "Talks in Tehran", "Getty Images", true},
		{"Putin speaks to Reuters", "Putin speaks to Reuters", "", false},
		{"Bad news for pasta. Scott Heins/Getty Images", "Bad news for pasta.", "Scott Heins/Getty Images", true},
		{"A quiet street", "A quiet street", "", false},
	}
	for _, tc := range tests {
		c, cr, ok := SplitCredit(tc.in)
		if c != tc.caption || cr != tc.credit || ok != tc.ok {
			t.Errorf("SplitCredit(%q) = %q, %q, %v; want %q, %q, %v", tc.in, c, cr, ok, tc.caption, tc.credit, tc.ok)
		}
	}
}

func TestCleanSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/examples/rouhani-idlib.txt")
	if err != nil {
		t.Skip("seed article ../../../shared/examples/rouhani-idlib.txt not present:", err)
	}
	r := Clean(string(b))
	if !strings.HasPrefix(r.Text, "Iranian President Hassan Rouhani said") {
		t.Errorf("text starts %q", r.Text[:40])
	}
	if !strings.HasSuffix(r.Text, "Israel refused to comment on the claims.") {
		t.Errorf("text ends %q", r.Text[len(r.Text)-40:])
	}
	if !reflect.DeepEqual(r.Captions, []string{"Hassan Rouhani"}) || !reflect.DeepEqual(r.Credits, []string{"Reuters"}) {
		t.Errorf("captions %q credits %q", r.Captions, r.Credits)
	}
	if len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "North American desk") {
		t.Errorf("notes %q", r.Notes)
	}
	if r.Publisher != "Arutz Sheva" {
		t.Errorf("publisher %q", r.Publisher)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"Ada Lovelace\nAda LovelaceReuters\n\nBody.\n\n(X's desk is keeping you updated.)",
		"Caption (Photo: X)\n\nBody",
		"Reuters", "", "\n\n\n", "© 2018", "(", "Body.\n\nReporting by X",
		"a\r\nb\rc", "\xff\xfe", "Photo: \nAP\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r := Clean(in)
		if r.Start < 0 || r.Start+len(r.Text) > len(in) || in[r.Start:r.Start+len(r.Text)] != r.Text {
			t.Fatalf("Text not a slice of the input: Start %d len %d", r.Start, len(r.Text))
		}
		for _, rm := range r.Removed {
			if rm.Start < 0 || rm.End > len(in) || rm.Start > rm.End {
				t.Fatalf("bad removal %+v", rm)
			}
			if rm.End > r.Start && rm.Start < r.Start+len(r.Text) {
				t.Fatalf("removal %+v overlaps the body [%d,%d)", rm, r.Start, r.Start+len(r.Text))
			}
		}
	})
}
