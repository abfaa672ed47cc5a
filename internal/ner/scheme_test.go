package ner

import (
	"bytes"
	"compress/gzip"
	"io"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"newsgraph/internal/conll"
)

func TestTransitionRules(t *testing.T) {
	tests := []struct {
		scheme    Scheme
		prev, cur string // prev "" is the sentence start
		ok        bool
	}{
		{IOB2, "", "B-PER", true},
		{IOB2, "", "I-PER", false},
		{IOB2, "O", "I-PER", false},
		{IOB2, "B-PER", "I-PER", true},
		{IOB2, "I-PER", "I-PER", true},
		{IOB2, "B-LOC", "I-PER", false},
		{IOB2, "B-PER", "B-PER", true},
		{IOB2, "I-PER", "O", true},
		{BILOU, "", "U-PER", true},
		{BILOU, "", "B-PER", true},
		{BILOU, "", "O", true},
		{BILOU, "", "I-PER", false},
		{BILOU, "", "L-PER", false},
		{BILOU, "O", "L-PER", false},
		{BILOU, "B-PER", "I-PER", true},
		{BILOU, "B-PER", "L-PER", true},
		{BILOU, "I-PER", "I-PER", true},
		{BILOU, "I-PER", "L-PER", true},
		{BILOU, "B-PER", "L-LOC", false},
		{BILOU, "I-LOC", "I-PER", false},
		{BILOU, "B-PER", "O", false},
		{BILOU, "I-PER", "B-PER", false},
		{BILOU, "B-PER", "U-PER", false},
		{BILOU, "L-PER", "I-PER", false},
		{BILOU, "L-PER", "B-PER", true},
		{BILOU, "L-PER", "U-LOC", true},
		{BILOU, "U-PER", "L-PER", false},
		{BILOU, "U-PER", "O", true},
	}
	for _, tt := range tests {
		tags := tagSet(map[string]bool{"LOC": true, "PER": true}, tt.scheme)
		allowed, _ := transitionRules(tags, tt.scheme)
		n := len(tags)
		prev := n
		if tt.prev != "" {
			prev = slices.Index(tags, tt.prev)
		}
		cur := slices.Index(tags, tt.cur)
		if prev < 0 || cur < 0 {
			t.Fatalf("%v: %s or %s missing from %v", tt.scheme, tt.prev, tt.cur, tags)
		}
		if got := allowed[prev*n+cur]; got != tt.ok {
			t.Errorf("%v: %q → %s allowed = %v, want %v", tt.scheme, tt.prev, tt.cur, got, tt.ok)
		}
	}
	for _, tt := range []struct {
		scheme Scheme
		ends   string
	}{
		{IOB2, "O B-LOC I-LOC B-PER I-PER"},
		{BILOU, "O L-LOC U-LOC L-PER U-PER"},
	} {
		tags := tagSet(map[string]bool{"LOC": true, "PER": true}, tt.scheme)
		_, end := transitionRules(tags, tt.scheme)
		var got []string
		for i, ok := range end {
			if ok {
				got = append(got, tags[i])
			}
		}
		if strings.Join(got, " ") != tt.ends {
			t.Errorf("%v: sentences may end with %v, want %s", tt.scheme, got, tt.ends)
		}
	}
}

func TestEncode(t *testing.T) {
	tests := []struct {
		scheme    Scheme
		gold, out string
	}{
		{IOB2, "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC"},
		{BILOU, "B-PER I-PER O B-LOC", "B-PER L-PER O U-LOC"},
		{BILOU, "B-PER I-PER I-PER B-PER B-LOC", "B-PER I-PER L-PER U-PER U-LOC"},
		{BILOU, "I-PER I-PER O I-LOC", "B-PER L-PER O U-LOC"}, // IOB1
		{IOB2, "I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},  // IOB1
		{BILOU, "O O", "O O"},
	}
	for _, tt := range tests {
		tags := tagSet(map[string]bool{"LOC": true, "PER": true}, tt.scheme)
		index := map[string]int{}
		for i, tag := range tags {
			index[tag] = i
		}
		var got []string
		for _, i := range encode(strings.Fields(tt.gold), tt.scheme, index) {
			got = append(got, tags[i])
		}
		if strings.Join(got, " ") != tt.out {
			t.Errorf("%v: encode(%s) = %v, want %s", tt.scheme, tt.gold, got, tt.out)
		}
		// And back: the layout returns the chunks of the gold tags.
		lay, err := newLayout(tags, tt.scheme)
		if err != nil {
			t.Fatal(err)
		}
		var back []string
		for _, i := range encode(strings.Fields(tt.gold), tt.scheme, index) {
			back = append(back, lay.out[i])
		}
		if want := conll.Chunks(strings.Fields(tt.gold)); !reflect.DeepEqual(conll.Chunks(back), want) {
			t.Errorf("%v: %s comes back as %v", tt.scheme, tt.gold, back)
		}
	}
}

// The pruned Viterbi must find exactly the path the full one finds, for
// any scores: random transitions (some tied, some zero) and emissions,
// sentences of every length, both schemes. Paths must obey the rules.
func TestViterbiMatchesReferenceOnRandomScores(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	types := map[string]bool{"A": true, "B": true, "C": true, "D": true}
	for _, scheme := range []Scheme{IOB2, BILOU} {
		tags := tagSet(types, scheme)
		n := len(tags)
		allowed, end := transitionRules(tags, scheme)
		for round := 0; round < 300; round++ {
			score := make([]float32, (n+1)*n)
			spread := float32([]float64{0.01, 1, 100}[round%3])
			for k := range score {
				switch rng.IntN(4) {
				case 0: // tied with others: zero
				default:
					score[k] = float32(rng.NormFloat64()) * spread
				}
			}
			tr := newTransitions(score, allowed, end, n)
			T := 1 + rng.IntN(12)
			emit := make([]float32, T*n)
			for k := range emit {
				if rng.IntN(5) > 0 {
					emit[k] = float32(math.Round(rng.NormFloat64()*4)) / 2 // many ties
				}
			}
			got := make([]int, T)
			tr.viterbi(emit, got, make([]int32, T*n), make([]float32, n), make([]float32, n))
			want := referenceViterbi(tr, end, emit, T)
			if !slices.Equal(got, want) {
				t.Fatalf("%v round %d: viterbi %v, reference %v", scheme, round, got, want)
			}
			prev := n
			for _, cur := range got {
				if !allowed[prev*n+cur] {
					t.Fatalf("%v round %d: path %v breaks the rules", scheme, round, got)
				}
				prev = cur
			}
			if !end[prev] {
				t.Fatalf("%v round %d: path %v ends with %s", scheme, round, got, tags[prev])
			}
		}
	}
}

// fileVersionOf returns the version byte of a saved model.
func fileVersionOf(t *testing.T, saved []byte) byte {
	t.Helper()
	z, err := gzip.NewReader(bytes.NewReader(saved))
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, len(fileMagic)+1)
	if _, err := io.ReadFull(z, head); err != nil {
		t.Fatal(err)
	}
	return head[len(fileMagic)]
}

// A BILOU model learns the synthetic corpus as well as an IOB2 one and
// speaks IOB2 to its callers; IOB2 models are written in the version 1
// format older files have, and both load and tag as they did when
// trained.
func TestSchemes(t *testing.T) {
	for _, tt := range []struct {
		scheme  Scheme
		version byte
		tags    int
	}{
		{IOB2, 1, 5},
		{BILOU, 2, 9},
	} {
		t.Run(tt.scheme.String(), func(t *testing.T) {
			m, err := Train(syntheticCorpus(200), TrainOptions{Epochs: 5, Seed: 7, Bits: 16, History: true, Scheme: tt.scheme})
			if err != nil {
				t.Fatal(err)
			}
			if m.Scheme() != tt.scheme || len(m.tags) != tt.tags {
				t.Fatalf("scheme %v with %d tags, want %v with %d", m.Scheme(), len(m.tags), tt.scheme, tt.tags)
			}
			if got := strings.Join(m.Tags(), " "); got != "O B-LOC I-LOC B-PER I-PER" {
				t.Errorf("Tags() = %s", got)
			}
			sents := [][]string{
				strings.Fields("She met Tove Arnesen in Kigali ."),
				strings.Fields("In Tromso , Wanjiru spoke ."),
			}
			want := []string{"O O B-PER I-PER O B-LOC O", "O B-LOC O B-PER O O"}
			for i, s := range sents {
				if got := strings.Join(m.Tag(s), " "); got != want[i] {
					t.Errorf("Tag(%s) = %s, want %s", s, got, want[i])
				}
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			if v := fileVersionOf(t, buf.Bytes()); v != tt.version {
				t.Errorf("saved as version %d, want %d", v, tt.version)
			}
			got, err := Load(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if got.Scheme() != tt.scheme || !reflect.DeepEqual(got.lay, m.lay) {
				t.Errorf("loaded layout %+v, want %+v", got.lay, m.lay)
			}
			if a, b := got.TagDocument(sents), m.TagDocument(sents); !reflect.DeepEqual(a, b) {
				t.Errorf("loaded model tags %v, trained one %v", a, b)
			}
		})
	}
}

// A file whose tags do not fit its scheme (an L- tag in an IOB2 file)
// is refused.
func TestLoadRefusesTagsOutsideScheme(t *testing.T) {
	m, err := Train(syntheticCorpus(20), TrainOptions{Epochs: 1, Seed: 1, Bits: 10, Scheme: BILOU})
	if err != nil {
		t.Fatal(err)
	}
	m.lay.scheme = IOB2 // written as version 1, with B-, I-, L- and U- tags
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(&buf); err == nil || !strings.Contains(err.Error(), "scheme") {
		t.Errorf("Load = %v, want an error about the scheme", err)
	}
}

// A BILOU model file with its version or scheme byte changed is refused
// with a message that says which.
func TestLoadRefusesUnknownVersionOrScheme(t *testing.T) {
	m, err := Train(syntheticCorpus(20), TrainOptions{Epochs: 1, Seed: 1, Bits: 10, Scheme: BILOU})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	z, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	// magic, version, uvarint bits (10: one byte), feature set, scheme
	at := len(fileMagic)
	for _, tt := range []struct {
		pos  int
		val  byte
		want string
	}{
		{at, 3, "version"},
		{at + 3, 7, "scheme"},
		{at + 3, byte(BILOU), ""}, // unchanged: loads
	} {
		b := slices.Clone(raw)
		b[tt.pos] = tt.val
		_, err := Load(bytes.NewReader(gzipped(string(b))))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("byte %d = %d: %v", tt.pos, tt.val, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("byte %d = %d: error %v, want one about the %s", tt.pos, tt.val, err, tt.want)
		}
	}
}
