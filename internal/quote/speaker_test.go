package quote

import "testing"

// TestSpeakerBefore checks the subject found before a cue in sentences
// whose speaker sits behind a contraction, an adverb or a dashed aside.
func TestSpeakerBefore(t *testing.T) {
	tests := []struct {
		text, cue, want string
	}{
		{"He’s said that the plan is dead.", "said", "He"},
		{"She's argued that the tax is unfair.", "argued", "She"},
		{"They’ve warned that the bridge is unsafe.", "warned", "They"},
		{"Mark Kall -- co-editor of a book about debates -- said the format favours the incumbent.", "said", "Mark Kall -- co-editor of a book about debates --"},
		{"Lena Ortiz — a nurse at the clinic — said the wards were full.", "said", "Lena Ortiz — a nurse at the clinic —"},
		{"The report only documented the first year of the programme.", "documented", "The report"},
		{"The two leaders together vowed to end the dispute.", "vowed", "The two leaders"},
		{"The governor very pointedly added that the state will not pay.", "added", "The governor"},
		{"Officials almost immediately disclosed that the data had leaked.", "disclosed", "Officials"},
		{"During the trial Mr Ebbers denied that he knew of the fraud.", "denied", "Mr Ebbers"},
		{"From the witness stand Dr. Roe told jurors the tests were faked.", "told", "Dr. Roe"},
		{"In 1998 the party said it would not return to the town.", "said", "the party"},
		{"They met for an hour, a meeting both sides described as useful.", "described", "both sides"},
		{"Several tax experts interviewed said the plan was costly.", "said", "Several tax experts interviewed"},
		{"Lawyers for the family said the video was clear.", "said", "Lawyers for the family"},
		{"The banker has denied claims that he knew of the fraud.", "claims", ""},
		{"The head of the union said the strike would go on.", "said", "The head of the union"},
		{"A spokesman for the Justice Department said the case was closed.", "said", "A spokesman for the Justice Department"},
		// A description before a name joins it; the end of the clause
		// before, a list or a fronted adjunct does not.
		{"The clinic's director, Lena Ortiz, said the wards were full.", "said", "The clinic's director, Lena Ortiz"},
		{"Exports rose for a third month, gaining 4 pct, economists said.", "said", "economists"},
		{"Trade grew with Peru, Chile and other countries, Dr. Roe said.", "said", "Dr. Roe"},
		{"Despite the delays, Mr Okafor said the bridge would open.", "said", "Mr Okafor"},
		{"Two years ago, the port authority warned that the cranes were unsafe.", "warned", "the port authority"},
		{"Production fell sharply in the fourth quarter, the analysts said.", "said", "the analysts"},
	}
	for _, tt := range tests {
		d := attribute(tt.text)
		a := newAttributor(d)
		a.pairMarks()
		cue := -1
		for i := range d.Tokens {
			if d.TokenText(i) == tt.cue {
				cue = i
				break
			}
		}
		if cue < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.cue)
		}
		s, e := a.speakerBefore(cue, d.Sentences[d.Tokens[cue].Sent].FirstToken)
		got := ""
		if e > s {
			got = d.Str(a.tokSpan(s, e))
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCoordinatedRelativeSubject: a reporting verb coordinated inside a
// relative clause takes the relative pronoun as its subject.
func TestCoordinatedRelativeSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The nurses, who marched through the town and called for higher pay, met the minister.", "who"},
		{"Most farmers, who own small plots and argue that the subsidy is too low, voted no.", "who"},
	}
	for _, tt := range tests {
		d := attribute(tt.text)
		found := false
		for _, q := range d.Quotes {
			if q.Speaker.End > q.Speaker.Start && d.Str(q.Speaker) == tt.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no quote spoken by %q:\n%s", tt.text, tt.want, describe(d))
		}
	}
}

// TestSetSplitsMultibyteWords guards the word-set helper: curly
// apostrophes must survive it.
func TestSetSplitsMultibyteWords(t *testing.T) {
	s := set("’s  ’ve x")
	for _, w := range []string{"’s", "’ve", "x"} {
		if !s[w] {
			t.Errorf("set lost %q: %v", w, s)
		}
	}
	if len(s) != 3 {
		t.Errorf("set has %d words, want 3: %v", len(s), s)
	}
}
