package event

import (
	"slices"
	"strings"
	"testing"
)

func TestVerbForms(t *testing.T) {
	tests := []struct {
		base string
		want []string
	}{
		{"accuse", []string{"accuses", "accused", "accusing"}},
		{"deny", []string{"denies", "denied", "denying"}},
		{"ban", []string{"bans", "banned", "banning"}},
		{"visit", []string{"visits", "visited", "visiting"}},
		{"reach", []string{"reaches", "reached", "reaching"}},
		{"delay", []string{"delays", "delayed", "delaying"}},
	}
	for _, tc := range tests {
		got := verbForms(tc.base)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("verbForms(%q) = %v, missing %q", tc.base, got, w)
			}
		}
	}
}

func TestLexiconCoversEveryType(t *testing.T) {
	seen := map[string]int{}
	for _, e := range defaultLexicon.entries {
		seen[e.Type]++
		if e.Type != "NONE" && e.Cameo == "" {
			t.Errorf("line %d %q: no CAMEO code", e.line, e.Pattern)
		}
		if e.Type != "NONE" && PloverType(e.Cameo) != e.Type && !(e.Type == "RETREAT" && e.Cameo[:2] == "08") {
			t.Errorf("line %d %q: CAMEO %s is %s, not %s", e.line, e.Pattern, e.Cameo, PloverType(e.Cameo), e.Type)
		}
	}
	for _, typ := range Types {
		if seen[typ] < 5 {
			t.Errorf("type %s has %d triggers, want at least 5", typ, seen[typ])
		}
	}
}

func TestParseLexiconErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{"ATTACK\t-\tV\thit\t-\t-\t2", "unknown PLOVER type"},
		{"ASSAULT\t-\tV\thit\t-\t-\t7", "weight"},
		{"ASSAULT\t-\tQ\thit\t-\t-\t2", "part of speech"},
		{"ASSAULT\t-\tV\t* hit\t-\t-\t2", "gap"},
		{"ASSAULT\t-\tV\thit", "columns"},
	}
	for _, tc := range tests {
		_, err := parseLexicon(tc.line + "\n")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseLexicon(%q) error = %v, want one about %q", tc.line, err, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []string // TYPE:trigger words, in text order
	}{
		{"the ministry declined to comment on the attack", []string{"ASSAULT:attack"}},
		{"they threatened to impose sanctions", []string{"THREATEN:threatened", "SANCTION:impose sanctions"}},
		{"two air strikes hit the town", []string{"ASSAULT:air strikes"}},
		{"the two sides held talks", []string{"CONSULT:held talks"}},
		{"he called on the army to lay down its arms", []string{"REQUEST:called on", "RETREAT:lay down its arms"}},
		{"the court sentenced him", []string{"ACCUSE:sentenced"}},
		{"nothing happened here", nil},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		var got []string
		for _, m := range defaultLexicon.find(words, nil) {
			got = append(got, m.e.Type+":"+strings.Join(words[m.first:m.last+1], " "))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("find(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestCameoMapping(t *testing.T) {
	for _, typ := range Types {
		root := CameoRoot(typ)
		if len(root) != 2 {
			t.Errorf("CameoRoot(%s) = %q, want a two-digit root", typ, root)
		}
		if typ != "RETREAT" && PloverType(root) != typ {
			t.Errorf("PloverType(CameoRoot(%s)) = %s", typ, PloverType(root))
		}
	}
	for code, want := range map[string]string{"087": "RETREAT", "081": "CONCEDE", "190": "ASSAULT", "1011": "REQUEST", "01": "", "": ""} {
		if got := PloverType(code); got != want {
			t.Errorf("PloverType(%q) = %q, want %q", code, got, want)
		}
	}
}

// A verb trigger's -s form where a noun stands is a plural noun.
func TestFindPluralNouns(t *testing.T) {
	words := strings.Fields("the public funds and the arms he attacks")
	at := func(i int) slot {
		if i > 0 && (words[i-1] == "public" || words[i-1] == "the") {
			return nounSlot
		}
		return eitherSlot
	}
	var got []string
	for _, m := range defaultLexicon.find(words, at) {
		got = append(got, strings.Join(words[m.first:m.last+1], " "))
	}
	if !slices.Equal(got, []string{"attacks"}) {
		t.Errorf("triggers %v, want only the verb \"attacks\"", got)
	}
}
