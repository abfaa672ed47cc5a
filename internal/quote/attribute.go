// Package quote finds who said what in a document: direct quotations
// between quotation marks, indirect (reported) speech and mixed quotes,
// each with its cue ("said", "according to"), its speaker's local mention
// and the entity that mention resolves to, and the date of the speech act.
//
// It works by rules over the segmenter's tokens and the entity layer:
// quotation marks are paired (whatever their shape), cue words from a
// lexicon learnt on PolNeAR's train split (cues.txt) anchor attribution
// frames, the subject noun phrase next to the cue is the speaker, and the
// clause on the other side of the cue is the content. Quotation runs that
// touch a frame become direct quotes, split quotes are joined, and long
// quotations with no cue continue the previous speaker.
package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// Attribute fills d.Quotes. It needs d's sentences and tokens; mentions,
// entities and dates are used when present, to resolve speakers and date
// the speech act. d.Quotes is never nil afterwards.
func Attribute(d *doc.Doc) {
	d.Quotes = make([]doc.Quote, 0, 8)
	if len(d.Tokens) == 0 {
		return
	}
	a := newAttributor(d)
	a.pairMarks()
	a.attributeSentences()
	a.filterFrames()
	a.signInline()
	a.continueQuotations()
	a.dropDuplicates()
	a.finish()
}

// attributor holds the working state of one Attribute call.
type attributor struct {
	d        *doc.Doc
	low      []string // lower-case token texts
	paraTok  [][2]int // token range of each paragraph
	tokPiece []int    // piece holding each token (content or mark), -1 when none
	mark     []bool   // token is (half of) a double quotation mark
	pieces   []piece
	chains   [][]int // piece indexes of each chain
	used     []bool  // chain already part of a quote
	quotes   []found
	model    *Model // cue model; nil: the lexicon alone decides cues
	feats    []uint32
	tab      *cueTables // per-token values for cue features, built on first use
	// frameModel rejects unlikely frames; nil keeps them all.
	frameModel *Model
	collect    bool                     // record frame features even without a frame model (training)
	genders    map[int]gazetteer.Gender // entityGender's answers, by entity
	// The longest mention and date, and whether those layers are in
	// text order, for mentionsNear and datesNear.
	mentionLen, dateLen       int
	mentionsSorted, datesSort bool
	// byEntity lists each entity's mentions (indices into d.Mentions, in
	// text order), built on first use by lastMentionStart.
	byEntity map[int][]int
}

// found is a quote with the token ranges attribution worked with.
type found struct {
	q        doc.Quote
	spk      [2]int // speaker tokens [lo, hi), lo == hi when none
	cue      [2]int
	sent     int
	strength float32
	sure     bool     // a rule frame ("In a poll, …") that the frame model does not judge
	feats    []uint32 // frame features, for the frame model
}

func newAttributor(d *doc.Doc) *attributor {
	a := &attributor{d: d, low: make([]string, len(d.Tokens)), tokPiece: make([]int, len(d.Tokens)), model: defaultCueModel, frameModel: defaultFrameModel}
	for i := range d.Tokens {
		a.low[i] = strings.ToLower(d.TokenText(i))
		a.tokPiece[i] = -1
	}
	a.paraTok = make([][2]int, len(d.Paragraphs))
	for i := range a.paraTok {
		a.paraTok[i] = [2]int{-1, -1}
	}
	for _, s := range d.Sentences {
		if s.Para < 0 || s.Para >= len(a.paraTok) {
			continue
		}
		r := &a.paraTok[s.Para]
		if r[0] < 0 {
			r[0] = s.FirstToken
		}
		r[1] = s.EndToken
	}
	for i := range a.paraTok {
		if a.paraTok[i][0] < 0 {
			a.paraTok[i] = [2]int{0, 0}
		}
	}
	a.mentionLen, a.mentionsSorted = doc.MaxLen(d.Mentions)
	a.dateLen, a.datesSort = doc.MaxLen(d.Dates)
	return a
}

// mentionsNear returns the range [lo, hi) of d.Mentions that may overlap
// sp: a window found by binary search (doc.Near), so that resolving a
// speaker costs the same in a long text as in a short one; the whole
// layer when it is not in text order.
func (a *attributor) mentionsNear(sp doc.Span) (lo, hi int) {
	if !a.mentionsSorted {
		return 0, len(a.d.Mentions)
	}
	return doc.Near(a.d.Mentions, sp, a.mentionLen)
}

// datesNear is mentionsNear for d.Dates.
func (a *attributor) datesNear(sp doc.Span) (lo, hi int) {
	if !a.datesSort {
		return 0, len(a.d.Dates)
	}
	return doc.Near(a.d.Dates, sp, a.dateLen)
}

// isWord reports whether token i starts with a letter or digit.
func (a *attributor) isWord(i int) bool {
	r, _ := utf8.DecodeRuneInString(a.low[i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isCap reports whether token i starts with an upper-case letter.
func (a *attributor) isCap(i int) bool {
	r, _ := utf8.DecodeRuneInString(a.d.TokenText(i))
	return unicode.IsUpper(r)
}

func (a *attributor) tokSpan(lo, hi int) doc.Span {
	return doc.Span{Start: a.d.Tokens[lo].Start, End: a.d.Tokens[hi-1].End}
}

// words counts word tokens in [lo, hi).
func (a *attributor) words(lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if a.isWord(i) {
			n++
		}
	}
	return n
}

// finish sorts the quotes into text order and stores them in the doc.
func (a *attributor) finish() {
	fs := a.quotes
	slices.SortStableFunc(fs, func(x, y found) int { return x.q.Extent().Start - y.q.Extent().Start })
	for _, f := range fs {
		a.d.Quotes = append(a.d.Quotes, f.q)
	}
}

// dropDuplicates keeps one quote of two whose contents mostly coincide
// ("he laughed and said …", "Asked …, she said …"): the one with the
// surer cue.
func (a *attributor) dropDuplicates() {
	drop := make([]bool, len(a.quotes))
	for _, p := range a.overlappingPairs() {
		i, j := p[0], p[1]
		if drop[i] || drop[j] {
			continue
		}
		// Nested statements ("X said Y believes Z") go too, unless the
		// inner one has a sure cue and a short content of its own.
		if overlapShare(a.quotes[i].q.Spans, a.quotes[j].q.Spans) <= dupShare {
			continue
		}
		switch {
		case a.quotes[i].holdsCue(&a.quotes[j]):
			drop[j] = true // "Roe, who recalled A, said B": Roe's saying wins
		case a.quotes[j].holdsCue(&a.quotes[i]):
			drop[i] = true
		case a.quotes[i].nests(&a.quotes[j]) || a.quotes[j].nests(&a.quotes[i]):
			// both stand
		case a.quotes[i].contentHoldsCue(&a.quotes[j]):
			drop[j] = true // "In a poll, most backed the park": the poll's finding wins
		case a.quotes[j].contentHoldsCue(&a.quotes[i]):
			drop[i] = true
		case a.quotes[i].strength >= a.quotes[j].strength:
			drop[j] = true
		default:
			drop[i] = true
		}
	}
	kept := a.quotes[:0]
	for i, f := range a.quotes {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	a.quotes = kept
}

// overlappingPairs lists the pairs i < j of quotes whose contents' bounds
// share a byte, by i and then j: the pairs dropDuplicates judges, in the
// order it would judge all pairs (the others share nothing; a quote with
// no content shares nothing either). A sweep over the
// quotes in text order finds them without comparing every quote with
// every other, which took most of the time of a long text.
func (a *attributor) overlappingPairs() [][2]int {
	bounds := make([]doc.Span, len(a.quotes))
	order := make([]int, len(a.quotes))
	for i := range a.quotes {
		order[i] = i
		for k, s := range a.quotes[i].q.Spans {
			if k == 0 {
				bounds[i] = s
			}
			bounds[i] = doc.Span{Start: min(bounds[i].Start, s.Start), End: max(bounds[i].End, s.End)}
		}
	}
	slices.SortStableFunc(order, func(x, y int) int { return bounds[x].Start - bounds[y].Start })
	var pairs [][2]int
	var open []int // quotes whose bounds reach past the current start
	for _, i := range order {
		open = slices.DeleteFunc(open, func(j int) bool { return bounds[j].End <= bounds[i].Start })
		for _, j := range open {
			if bounds[i].Start < bounds[i].End {
				pairs = append(pairs, [2]int{min(i, j), max(i, j)})
			}
		}
		open = append(open, i)
	}
	slices.SortFunc(pairs, func(x, y [2]int) int {
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return x[1] - y[1]
	})
	return pairs
}

// dupShare is how much of the shorter content another quote must cover
// for the two to be one statement.
const dupShare = 0.5

// overlapShare is the share of the shorter of two contents that the
// other covers, in bytes.
func overlapShare(x, y []doc.Span) float64 {
	lx, ly, both := 0, 0, 0
	for _, s := range x {
		lx += s.Len()
		for _, t := range y {
			if s.Overlaps(t) {
				both += min(s.End, t.End) - max(s.Start, t.Start)
			}
		}
	}
	for _, t := range y {
		ly += t.Len()
	}
	if lx == 0 || ly == 0 {
		return 0
	}
	return float64(both) / float64(min(lx, ly))
}

// contentHoldsCue reports whether g's cue lies inside the content of a
// sure frame f while f's cue lies outside g's: g is a statement nested in
// f's, which is the one the sentence makes. An unsure f may be a stray
// cue whose content swallowed the real frame ("in a statement, said").
func (f *found) contentHoldsCue(g *found) bool {
	if !f.sure && f.strength < sureCueStrength || g.cue[1] <= g.cue[0] || f.cue[1] <= f.cue[0] {
		return false
	}
	return spansHold(f.q.Spans, g.q.Cue) && !spansHold(g.q.Spans, f.q.Cue)
}

func spansHold(spans []doc.Span, s doc.Span) bool {
	for _, t := range spans {
		if t.Contains(s) {
			return true
		}
	}
	return false
}

// nests reports whether g is a sure statement reported inside f's content
// ("X said Y told reporters that Z"), with a content of its own well
// inside f's: both are attributions.
func (f *found) nests(g *found) bool {
	if g.strength < nestStrength || g.cue[1] <= g.cue[0] || !spansHold(f.q.Spans, g.q.Cue) {
		return false
	}
	lf, lg := 0, 0
	for _, s := range f.q.Spans {
		lf += s.Len()
	}
	for _, s := range g.q.Spans {
		lg += s.Len()
	}
	return float64(lg) < nestShare*float64(lf)
}

// nestStrength is the cue strength a nested statement needs to stand
// beside the one that reports it, and nestShare the most of the outer
// content its own content may take. Chosen on PolNeAR dev (the train
// split agrees).
const (
	nestStrength = 30
	nestShare    = 0.5
)

// holdsCue reports whether f's speaker phrase holds g's cue: g is said
// in a clause inside f's subject.
func (f *found) holdsCue(g *found) bool {
	return f.spk[1] > f.spk[0] && g.cue[1] > g.cue[0] && f.spk[0] <= g.cue[0] && g.cue[1] <= f.spk[1]
}
