package main

import (
	"bytes"
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
