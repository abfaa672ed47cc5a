package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestDropoutTraining(t *testing.T) {
	train := func(dropout float64) (*Model, error) {
		return Train(syntheticCorpus(200), TrainOptions{Epochs: 5, Seed: 7, Bits: 16, Dropout: dropout})
	}
	saved := map[float64][]byte{}
	for _, tc := range []struct {
		dropout float64
		ok      bool
	}{
		{0, true}, {0.2, true}, {0.5, true}, {-0.1, false}, {1, false},
	} {
		a, err := train(tc.dropout)
		if (err == nil) != tc.ok {
			t.Errorf("dropout %g: error %v, want ok=%v", tc.dropout, err, tc.ok)
			continue
		}
		if !tc.ok {
			continue
		}
		// Hidden features still leave a tagger that generalises to names
		// it never saw.
		const words, want = "She met Tove Arnesen in Kigali .", "O O B-PER I-PER O B-LOC O"
		if got := strings.Join(a.Tag(strings.Fields(words)), " "); got != want {
			t.Errorf("dropout %g: Tag(%s) = %s, want %s", tc.dropout, words, got, want)
		}
		// The same seed hides the same features.
		b, err := train(tc.dropout)
		if err != nil {
			t.Fatal(err)
		}
		var ab, bb bytes.Buffer
		if err := a.Save(&ab); err != nil {
			t.Fatal(err)
		}
		if err := b.Save(&bb); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ab.Bytes(), bb.Bytes()) {
			t.Errorf("dropout %g: two trainings with the same seed wrote different models", tc.dropout)
		}
		saved[tc.dropout] = ab.Bytes()
	}
	if bytes.Equal(saved[0], saved[0.2]) {
		t.Error("dropout 0.2 trained the same model as no dropout")
	}
}
