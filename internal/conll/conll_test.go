package conll

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []Sentence
	}{
		{
			name: "conll2003 four columns, IOB1, docstart",
			input: "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP I-PER\nmet VBD B-VP O\nBo NNP B-NP I-PER\nLund NNP I-NP I-PER\n\n" +
				"-DOCSTART- -X- -X- O\n\nin IN B-PP O\nOslo NNP B-NP I-LOC\nOslo NNP B-NP B-LOC\n",
			want: []Sentence{
				{Words: []string{"Anna", "met", "Bo", "Lund"}, Tags: []string{"B-PER", "O", "B-PER", "I-PER"}, DocStart: true},
				{Words: []string{"in", "Oslo", "Oslo"}, Tags: []string{"O", "B-LOC", "B-LOC"}, DocStart: true},
			},
		},
		{
			name:  "two columns with tabs, IOB2, two sentences one document",
			input: "Red\tB-ORG\nCross\tI-ORG\n\n\n\nhelps\tO\n",
			want: []Sentence{
				{Words: []string{"Red", "Cross"}, Tags: []string{"B-ORG", "I-ORG"}, DocStart: true},
				{Words: []string{"helps"}, Tags: []string{"O"}},
			},
		},
		{
			name:  "three columns and mixed separators",
			input: "Paris NNP\tB-GPE\nis VBZ  O\n",
			want:  []Sentence{{Words: []string{"Paris", "is"}, Tags: []string{"B-GPE", "O"}, DocStart: true}},
		},
		{
			name:  "words only",
			input: "Hello\nworld\n\nagain\n",
			want: []Sentence{
				{Words: []string{"Hello", "world"}, DocStart: true},
				{Words: []string{"again"}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"a O\nb\n",         // column count changes
		"a B-X\nb BOGUS\n", // not a tag
	} {
		if _, err := Read(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("Read(%q) error = %v, want one naming line 2", in, err)
		}
	}
}

func TestReadFileGzip(t *testing.T) {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write([]byte("-DOCSTART- O\n\nRome B-GPE\n"))
	z.Close()
	path := filepath.Join(t.TempDir(), "x.conll.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Words[0] != "Rome" || got[0].Tags[0] != "B-GPE" {
		t.Errorf("got %+v", got)
	}
}

func TestIOB1ToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},
		{"I-PER B-PER I-PER", "B-PER B-PER I-PER"},
		{"I-ORG I-LOC", "B-ORG B-LOC"},
		{"B-A I-A O", "B-A I-A O"},
		{"S-A B-A E-A I-A", "B-A B-A I-A B-A"},
	}
	for _, tt := range tests {
		got := strings.Join(IOB1ToIOB2(strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("IOB1ToIOB2(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Chunk
	}{
		{"B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// conlleval: an I- after O starts an entity; a type change splits.
		{"O I-ORG I-ORG I-LOC", []Chunk{{1, 3, "ORG"}, {3, 4, "LOC"}}},
		{"B-X B-X", []Chunk{{0, 1, "X"}, {1, 2, "X"}}},
		{"O O", nil},
		{"I-MISC", []Chunk{{0, 1, "MISC"}}},
	}
	for _, tt := range tests {
		if got := Chunks(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%s) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

// The figures below are worked out by hand with conlleval's rules.
func TestScore(t *testing.T) {
	s := NewScore()
	// Gold: PER[0,2) LOC[3,4). Predicted: PER[0,2) correct, LOC[3,4) typed ORG.
	s.Add(strings.Fields("B-PER I-PER O B-LOC"), strings.Fields("B-PER I-PER O B-ORG"))
	// Gold: ORG[0,3). Predicted: ORG[0,2) (wrong boundary) and a spurious PER.
	s.Add(strings.Fields("B-ORG I-ORG I-ORG O B-PER"), strings.Fields("B-ORG I-ORG O O B-PER"))
	if s.Overall != (Counts{Gold: 4, Predicted: 4, Correct: 2}) {
		t.Fatalf("overall = %+v", s.Overall)
	}
	if s.Tokens != 9 || s.CorrectTokens != 7 {
		t.Errorf("tokens %d correct %d, want 9 and 7", s.Tokens, s.CorrectTokens)
	}
	per := s.ByType["PER"]
	if *per != (Counts{Gold: 2, Predicted: 2, Correct: 2}) || per.F1() != 1 {
		t.Errorf("PER = %+v", *per)
	}
	org := s.ByType["ORG"]
	if *org != (Counts{Gold: 1, Predicted: 2, Correct: 0}) || org.F1() != 0 {
		t.Errorf("ORG = %+v", *org)
	}
	if got := s.Overall.F1(); got != 0.5 {
		t.Errorf("overall F1 = %v, want 0.5", got)
	}
	if err := s.Add([]string{"O"}, nil); err == nil {
		t.Error("length mismatch accepted")
	}
	var out bytes.Buffer
	s.Write(&out)
	if !strings.Contains(out.String(), "F1:  50.00") || !strings.Contains(out.String(), "LOC: precision:   0.00%") {
		t.Errorf("report:\n%s", out.String())
	}
}
