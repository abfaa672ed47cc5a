package dedup

import (
	"strings"
	"testing"
)

const wire = `The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third increase this year, saying inflation remained too high and the labour market was still tight. Economists had expected the move. The governor told reporters that further increases could not be ruled out if prices kept rising faster than wages over the coming months.`

func TestSimilarityAndBands(t *testing.T) {
	edited := strings.Replace(wire, "on Thursday", "on Thursday, officials said", 1) + " Reporting by a staff writer."
	other := `Heavy rain flooded dozens of homes in the north of the country overnight, and emergency services evacuated more than two hundred people from villages along the river, the regional government said on Friday morning in a statement.`
	tests := []struct {
		name    string
		a, b    string
		grouped bool
	}{
		{"identical", wire, wire, true},
		{"lightly edited copy", wire, edited, true},
		{"punctuation and case only", wire, strings.ToUpper(strings.ReplaceAll(wire, ",", "")), true},
		{"different story", wire, other, false},
	}
	for _, tt := range tests {
		a, b := Sign(tt.a), Sign(tt.b)
		sim := Similarity(a, b)
		shared := false
		ka, kb := BandKeys(a), BandKeys(b)
		for i := range ka {
			if ka[i] == kb[i] {
				shared = true
			}
		}
		got := shared && sim >= Threshold
		if got != tt.grouped {
			t.Errorf("%s: grouped=%v (similarity %.2f, shared band %v), want %v", tt.name, got, sim, shared, tt.grouped)
		}
	}
}

func TestShortTextHasNoSignature(t *testing.T) {
	if s := Sign("Reuters reported on Monday."); s != nil {
		t.Errorf("short text got a signature")
	}
	if keys := BandKeys(nil); keys != nil {
		t.Errorf("nil signature got band keys")
	}
}

func TestBytesRoundTrip(t *testing.T) {
	s := Sign(wire)
	back, err := Decode(s.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if Similarity(s, back) != 1 {
		t.Errorf("round trip changed the signature")
	}
	if _, err := Decode([]byte{1, 2, 3}); err == nil {
		t.Errorf("Decode accepted a short signature")
	}
}
