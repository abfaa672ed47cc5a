package conll

import (
	"fmt"
	"io"
	"sort"
)

// Counts are entity-level tallies for one type or for all types together.
type Counts struct {
	Gold, Predicted, Correct int
}

// Precision is Correct/Predicted (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold (0 when there is no gold entity).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score accumulates conlleval-style entity scores: a predicted entity is
// correct only when a gold entity has exactly the same tokens and type.
type Score struct {
	Overall       Counts
	ByType        map[string]*Counts
	Tokens        int
	CorrectTokens int // tokens whose predicted tag equals the gold tag
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{ByType: map[string]*Counts{}} }

// Add scores one sentence. gold and pred must have the same length.
func (s *Score) Add(gold, pred []string) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conll: %d gold tags but %d predicted", len(gold), len(pred))
	}
	for i := range gold {
		s.Tokens++
		if gold[i] == pred[i] {
			s.CorrectTokens++
		}
	}
	g, p := Chunks(gold), Chunks(pred)
	goldSet := make(map[Chunk]bool, len(g))
	for _, c := range g {
		goldSet[c] = true
		s.Overall.Gold++
		s.counts(c.Type).Gold++
	}
	for _, c := range p {
		s.Overall.Predicted++
		tc := s.counts(c.Type)
		tc.Predicted++
		if goldSet[c] {
			s.Overall.Correct++
			tc.Correct++
		}
	}
	return nil
}

func (s *Score) counts(typ string) *Counts {
	c := s.ByType[typ]
	if c == nil {
		c = &Counts{}
		s.ByType[typ] = c
	}
	return c
}

// Types returns the entity types seen in gold or predictions, sorted.
func (s *Score) Types() []string {
	out := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Write prints a conlleval-like report: token accuracy, overall and
// per-type precision, recall and F1 (as percentages) with counts.
func (s *Score) Write(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens with %d gold entities; found: %d entities; correct: %d.\n",
		s.Tokens, s.Overall.Gold, s.Overall.Predicted, s.Overall.Correct)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; F1: %6.2f\n",
		100*ratio(s.CorrectTokens, s.Tokens), 100*s.Overall.Precision(), 100*s.Overall.Recall(), 100*s.Overall.F1())
	for _, t := range s.Types() {
		c := s.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; F1: %6.2f  gold %d  found %d  correct %d\n",
			t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Predicted, c.Correct)
	}
}
