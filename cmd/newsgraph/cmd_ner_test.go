package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/internal/ner"
)

func TestTagKeepsLines(t *testing.T) {
	m, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	in := "-DOCSTART- -X- O\n\nAngela NNP\nMerkel NNP\nvisited VBD\nParis NNP\n. .\n\nThanks\n"
	var out bytes.Buffer
	if err := tagLines(m, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	inLines := strings.Split(in, "\n")
	outLines := strings.Split(out.String(), "\n")
	if len(outLines) != len(inLines) {
		t.Fatalf("%d lines in, %d out:\n%s", len(inLines), len(outLines), out.String())
	}
	for i, l := range inLines {
		o := outLines[i]
		if l == "" || strings.HasPrefix(l, "-DOCSTART-") {
			if o != l {
				t.Errorf("line %d: %q became %q", i+1, l, o)
			}
			continue
		}
		if !strings.HasPrefix(o, l+" ") || len(strings.Fields(o)) != len(strings.Fields(l))+1 {
			t.Errorf("line %d: %q became %q, want the line plus one tag column", i+1, l, o)
		}
	}
	if !strings.Contains(out.String(), "Paris NNP B-GPE") || !strings.Contains(out.String(), "Angela NNP B-PERSON") {
		t.Errorf("expected a person and a place:\n%s", out.String())
	}
}

func TestEvalNER(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.txt")
	// CoNLL-2003 layout, IOB1 tags.
	data := "-DOCSTART- -X- -X- O\n\nAngela NNP B-NP I-PER\nMerkel NNP I-NP I-PER\nvisited VBD B-VP O\nParis NNP B-NP I-LOC\n. . O O\n"
	if err := os.WriteFile(gold, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := runEvalNER([]string{"--gold", gold}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	// The OntoNotes model names types PERSON and GPE, so against PER/LOC
	// gold nothing matches: 2 gold, 2 found, 0 correct.
	if !strings.Contains(out.String(), "with 2 gold entities; found: 2 entities; correct: 0.") {
		t.Errorf("report:\n%s", out.String())
	}
	if code := runEvalNER(nil, &out, &errOut); code != 2 {
		t.Errorf("no --gold: exit %d, want 2", code)
	}
	if code := runEvalNER([]string{"--gold", filepath.Join(dir, "missing")}, &out, &errOut); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

func TestTrainNERWritesModel(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "Visit\tO\nLake\tB-LOC\nVanern%d\tI-LOC\ntoday\tO\n\n", i)
	}
	data := filepath.Join(dir, "train.tsv")
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// Whatever the scheme and objective, the model reads and tags IOB2.
	for _, tt := range []struct {
		flags  []string
		scheme ner.Scheme
	}{
		{nil, ner.BILOU},
		{[]string{"--scheme", "bilou", "--objective", "perceptron"}, ner.BILOU},
		{[]string{"--scheme", "iob2", "--objective", "crf"}, ner.IOB2},
		{[]string{"--scheme", "iob2", "--objective", "perceptron"}, ner.IOB2},
	} {
		model := filepath.Join(dir, "m.ngner")
		var out, errOut bytes.Buffer
		args := append([]string{"--data", data, "--dev", data, "--out", model, "--epochs", "2", "--bits", "12", "--gazetteer=false"}, tt.flags...)
		if code := runTrainNER(args, &out, &errOut); code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.flags, code, errOut.String())
		}
		if !strings.Contains(out.String(), "epoch  2") || !strings.Contains(out.String(), "dev P 1.0000 R 1.0000 F1 1.0000") {
			t.Errorf("%v: progress:\n%s", tt.flags, out.String())
		}
		m, err := ner.LoadFile(model)
		if err != nil {
			t.Fatal(err)
		}
		if m.Scheme() != tt.scheme {
			t.Errorf("%v: model scheme %v, want %v", tt.flags, m.Scheme(), tt.scheme)
		}
		if got := strings.Join(m.Tag([]string{"Visit", "Lake", "Vanern99", "today"}), " "); got != "O B-LOC I-LOC O" {
			t.Errorf("%v: trained model tags %s", tt.flags, got)
		}
	}
	var out, errOut bytes.Buffer
	if code := runTrainNER([]string{"--data", data, "--out", filepath.Join(dir, "x"), "--scheme", "bio2"}, &out, &errOut); code != 2 {
		t.Errorf("--scheme bio2: exit %d, want 2", code)
	}
	out.Reset()
	errOut.Reset()
	if code := runTrainNER([]string{"--data", data, "--out", filepath.Join(dir, "x.ngner"), "--objective", "svm"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "unknown objective") {
		t.Errorf("--objective svm: exit %d, %s", code, errOut.String())
	}
}
