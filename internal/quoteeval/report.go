package quoteeval

import (
	"fmt"
	"io"
)

// Row is one line of a report, in the shape --json prints.
type Row struct {
	Kind       string     `json:"kind"`
	Gold       int        `json:"gold"`
	Pred       int        `json:"pred"`
	Quote      [3]Figures `json:"-"`
	Loose      Figures    `json:"quote_30"`
	Strict     Figures    `json:"quote_80"`
	Exact      Figures    `json:"quote_exact"`
	SpeakerAcc float64    `json:"speaker_accuracy"`
	EndToEnd   Figures    `json:"end_to_end"`
	CueAcc     float64    `json:"cue_accuracy"`
	CueN       int        `json:"cue_evaluated"`
}

// Figures are precision, recall and F1.
type Figures struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// Rows returns the report rows: all quotes first, then each kind.
func (r Result) Rows() []Row {
	var rows []Row
	for _, k := range append([]string{"all"}, Kinds...) {
		s := r.kind(k).Scores()
		row := Row{Kind: k, Gold: s.Gold, Pred: s.Pred, SpeakerAcc: s.SpeakerAcc,
			EndToEnd: Figures{s.E2EP, s.E2ER, s.E2EF1}, CueAcc: s.CueAcc, CueN: s.CueEvaluated}
		for i := range numLevels {
			row.Quote[i] = Figures{s.P[i], s.R[i], s.F1[i]}
		}
		row.Loose, row.Strict, row.Exact = row.Quote[Loose], row.Quote[Strict], row.Quote[Exact]
		rows = append(rows, row)
	}
	return rows
}

// WriteText prints the report as a table.
func (r Result) WriteText(w io.Writer) {
	fmt.Fprintf(w, "%-9s %6s %6s | %-17s | %-6s %-6s | %-7s | %-17s | %s\n",
		"kind", "gold", "pred", "quote P/R/F1 30%", "F1 80%", "exact", "speaker", "end-to-end P/R/F1", "cue")
	for _, row := range r.Rows() {
		fmt.Fprintf(w, "%-9s %6d %6d | %.3f %.3f %.3f | %.3f  %.3f  | %.3f   | %.3f %.3f %.3f | %.3f\n",
			row.Kind, row.Gold, row.Pred, row.Loose.P, row.Loose.R, row.Loose.F1, row.Strict.F1, row.Exact.F1,
			row.SpeakerAcc, row.EndToEnd.P, row.EndToEnd.R, row.EndToEnd.F1, row.CueAcc)
	}
	fmt.Fprintln(w, "Predictions are counted under their predicted kind, gold quotes under theirs;")
	fmt.Fprintln(w, "speaker and cue accuracy are given a 30% match.")
}
