package quote

import (
	"bytes"
	"testing"

	"newsgraph/internal/doc"
)

func TestPerceptronLearnsAndRoundTrips(t *testing.T) {
	yes, no, bias := hashFeature("w=said"), hashFeature("w=table"), hashFeature("b")
	var exs []example
	for range 50 {
		exs = append(exs, example{feats: []uint32{bias, yes}, yes: true}, example{feats: []uint32{bias, no}, yes: false})
	}
	m := trainPerceptron(exs, 3, 1, nil)
	if m.score([]uint32{bias, yes}) <= 0 || m.score([]uint32{bias, no}) >= 0 {
		t.Fatalf("not separated: %v %v", m.score([]uint32{bias, yes}), m.score([]uint32{bias, no}))
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range [][]uint32{{bias, yes}, {bias, no}} {
		if back.score(f) != m.score(f) {
			t.Errorf("score changed over a round trip: %v != %v", back.score(f), m.score(f))
		}
	}
	if _, err := ReadModel(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("reading garbage should fail")
	}
}

func TestCoversGold(t *testing.T) {
	text := "Aides said the talks had stalled for a week."
	gold := [][]doc.Span{{{Start: 11, End: 43}}} // "the talks had stalled for a week"
	for _, tc := range []struct {
		pred doc.Span
		want bool
	}{
		{doc.Span{Start: 11, End: 43}, true},
		{doc.Span{Start: 11, End: 24}, true},  // "the talks had": more than 30%
		{doc.Span{Start: 11, End: 14}, false}, // "the"
		{doc.Span{Start: 0, End: 5}, false},
	} {
		if got := coversGold(text, []doc.Span{tc.pred}, gold); got != tc.want {
			t.Errorf("coversGold(%q) = %v, want %v", text[tc.pred.Start:tc.pred.End], got, tc.want)
		}
	}
}
