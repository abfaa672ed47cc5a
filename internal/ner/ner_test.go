package ner

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"newsgraph/internal/conll"
	"newsgraph/internal/gazetteer"
)

// syntheticCorpus makes sentences where a capitalised name after "met" is
// a person and a capitalised word after "in" is a place, with many names
// so that the tagger must learn context and shape, not the names.
func syntheticCorpus(n int) []conll.Sentence {
	first := []string{"Alma", "Boris", "Chen", "Dara", "Emeka", "Fiona", "Goran", "Hana", "Ivo", "Jun"}
	last := []string{"Kovacs", "Lindqvist", "Mbeki", "Novak", "Okafor", "Petrov", "Quist", "Rossi"}
	towns := []string{"Utrecht", "Varna", "Windhoek", "Xian", "Yerevan", "Zadar", "Aarhus", "Bergen"}
	var out []conll.Sentence
	for i := 0; i < n; i++ {
		f, l, t := first[i%len(first)], last[(i/3)%len(last)], towns[(i/7)%len(towns)]
		if i%2 == 0 {
			out = append(out, conll.Sentence{
				Words: []string{"She", "met", f, l, "in", t, "."},
				Tags:  []string{"O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"},
			})
		} else {
			out = append(out, conll.Sentence{
				Words: []string{"In", t, ",", f, "spoke", "."},
				Tags:  []string{"O", "B-LOC", "O", "B-PER", "O", "O"},
			})
		}
		if i%5 == 0 { // Treebank quotes, which raw text writes as “ and ”
			s := &out[len(out)-1]
			s.Words = append(append([]string{"``"}, s.Words...), "''")
			s.Tags = append(append([]string{"O"}, s.Tags...), "O")
		}
	}
	return out
}

func trainSynthetic(t *testing.T) *Model {
	t.Helper()
	m, err := Train(syntheticCorpus(200), TrainOptions{Epochs: 5, Seed: 7, Bits: 16, History: true})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsSyntheticCorpus(t *testing.T) {
	m := trainSynthetic(t)
	tests := []struct {
		words string
		want  string
	}{
		// Names and towns that never occurred in training.
		{"She met Tove Arnesen in Kigali .", "O O B-PER I-PER O B-LOC O"},
		{"In Tromso , Wanjiru spoke .", "O B-LOC O B-PER O O"},
		// Raw-text tokens look like their Treebank forms.
		{"“ She met Tove Arnesen in Kigali . ”", "O O O B-PER I-PER O B-LOC O O"},
		{"-LRB- In Tromso , Wanjiru spoke . -RRB-", "O O B-LOC O B-PER O O O"},
	}
	for _, tt := range tests {
		got := strings.Join(m.Tag(strings.Fields(tt.words)), " ")
		if got != tt.want {
			t.Errorf("Tag(%s) = %s, want %s", tt.words, got, tt.want)
		}
	}
	score, err := Evaluate(m, syntheticCorpus(40))
	if err != nil {
		t.Fatal(err)
	}
	if f := score.Overall.F1(); f < 0.99 {
		t.Errorf("F1 on training-like data = %.3f", f)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainSynthetic(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainSynthetic(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trainSynthetic(t)
	m.ext.lex = map[string]WordInfo{"met": {Path: "0110", Casing: 'n'}, "in": {Path: "10", Casing: 0}} // exercise the lexicon section
	m.ext.gaz = gazetteer.Default()                                                                    // and the feature-set byte
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	size := buf.Len()
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.tags, m.tags) || !reflect.DeepEqual(got.trans.score, m.trans.score) || !reflect.DeepEqual(got.ext, m.ext) {
		t.Fatalf("header differs after round trip")
	}
	// Weights are quantised when training ends, so they survive exactly.
	if got.scale != m.scale || !reflect.DeepEqual(got.offsets, m.offsets) || !reflect.DeepEqual(got.entries, m.entries) {
		t.Fatalf("weights differ after round trip (scale %v vs %v, %d vs %d entries)", got.scale, m.scale, len(got.entries), len(m.entries))
	}
	words := strings.Fields("She met Tove Arnesen in Kigali .")
	if a, b := got.Tag(words), m.Tag(words); !reflect.DeepEqual(a, b) {
		t.Errorf("loaded model tags %v, original %v", a, b)
	}
	t.Logf("model file %d bytes", size)
}

func TestLoadRejectsOtherFiles(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip at all"), gzipped("NGNER\x09"), gzipped("NGNER\x01\x05")} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load(%q) succeeded", in)
		}
	}
}

func gzipped(s string) []byte {
	var out bytes.Buffer
	z := gzip.NewWriter(&out)
	z.Write([]byte(s))
	z.Close()
	return out.Bytes()
}

func TestTagEdgeCases(t *testing.T) {
	for _, scheme := range []Scheme{IOB2, BILOU} {
		m, err := Train(syntheticCorpus(200), TrainOptions{Epochs: 5, Seed: 7, Bits: 16, History: true, Scheme: scheme})
		if err != nil {
			t.Fatal(err)
		}
		t.Run(scheme.String(), func(t *testing.T) { checkEdgeCases(t, m) })
	}
}

func checkEdgeCases(t *testing.T, m *Model) {
	if got := m.Tag(nil); len(got) != 0 {
		t.Errorf("Tag(nil) = %v", got)
	}
	// Odd tokens a tokenizer might let through.
	odd := []string{"", " ", "\u00a0", "\xff\xfe", strings.Repeat("x", 300), "\U0001F600"}
	if got := m.Tag(odd); len(got) != len(odd) {
		t.Errorf("Tag(odd tokens) = %v", got)
	}
	// A very long sentence: every tag is valid IOB2.
	var long []string
	for i := 0; i < 3000; i++ {
		long = append(long, "met", fmt.Sprint("Name", i%13), "in", "Zadar", ",")
	}
	tags := m.Tag(long)
	if len(tags) != len(long) {
		t.Fatalf("%d tags for %d words", len(tags), len(long))
	}
	for i, tag := range tags {
		if strings.HasPrefix(tag, "I-") && (i == 0 || tags[i-1] == "O" || tags[i-1][2:] != tag[2:]) {
			t.Fatalf("invalid IOB2 at %d: %v", i, tags[max(0, i-1):i+1])
		}
	}
}

func TestNormalizeAndShapes(t *testing.T) {
	tests := []struct{ in, norm, shape, short string }{
		{"-LRB-", "(", "(", "("},
		{"``", `"`, `"`, `"`},
		{"\u201d", `"`, `"`, `"`},
		{"O\u2019Brien", "O'Brien", "X'Xxxxx", "X'Xx"},
		{"1,500", "1,500", "d,ddd", "d,d"},
		{"U.S.", "U.S.", "X.X.", "X.X."},
		{"Zürich", "Zürich", "Xxxxx", "Xx"},
	}
	for _, tt := range tests {
		n := normalize(tt.in)
		long, short := shapes(n, nil, nil)
		if n != tt.norm || string(long) != tt.shape || string(short) != tt.short {
			t.Errorf("%q: normalize %q shape %q short %q; want %q %q %q", tt.in, n, long, short, tt.norm, tt.shape, tt.short)
		}
	}
}

func TestChunksHelper(t *testing.T) {
	got := Chunks([]string{"B-PERSON", "I-PERSON", "O", "B-GPE"})
	want := []Chunk{{Start: 0, End: 2, Type: "PERSON"}, {Start: 3, End: 4, Type: "GPE"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Chunks = %v, want %v", got, want)
	}
}

func TestTagConcurrently(t *testing.T) {
	m := trainSynthetic(t)
	sents := [][]string{
		strings.Fields("She met Tove Arnesen in Kigali ."),
		strings.Fields("In Tromso , Wanjiru spoke ."),
		strings.Fields("She met Alma Rossi in Varna and in Bergen ."),
	}
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = m.Tag(s)
	}
	done := make(chan error)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 50; k++ {
				i := (g + k) % len(sents)
				if got := m.Tag(sents[i]); !reflect.DeepEqual(got, want[i]) {
					done <- fmt.Errorf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
