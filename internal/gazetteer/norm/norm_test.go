package norm

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"Iran", []string{"Iran"}},
		{"New York", []string{"New", "York"}},
		{"U.S.", []string{"U.S."}},
		{"Washington D.C.", []string{"Washington", "D.C."}},
		{"People's Republic of China", []string{"People", "'s", "Republic", "of", "China"}},
		{"Rouhani’s", []string{"Rouhani", "’s"}},
		{"Korea, Republic of", []string{"Korea", ",", "Republic", "of"}},
		{"Islamic State (ISIS)", []string{"Islamic", "State", "(", "ISIS", ")"}},
		{"  Bashar  al-Assad ", []string{"Bashar", "al-Assad"}},
		{"Côte d'Ivoire", []string{"Côte", "d'Ivoire"}},
		{"\"Quoted\"", []string{"\"", "Quoted", "\""}},
		{"", nil},
	}
	for _, tc := range tests {
		if got := Tokenize(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("Tokenize(%q) = %q; want %q", tc.name, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Erdoğan": "Erdogan", "Türkiye": "Turkiye", "Rouhani’s": "Rouhani's", "Côte d’Ivoire": "Cote d'Ivoire",
		"São Tomé": "Sao Tome", "Łódź": "Lodz", "plain": "plain", "Москва": "Москва", "Straße": "Strasse",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestKeys(t *testing.T) {
	if Key("People's  Republic") != Key("People 's Republic") {
		t.Errorf("Key ignores spacing around 's: %q vs %q", Key("People's  Republic"), Key("People 's Republic"))
	}
	if got := LooseKey("ERDOĞAN"); got != "erdogan" {
		t.Errorf("LooseKey(ERDOĞAN) = %q", got)
	}
}
