package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A piece is the text between one pair of quotation marks inside one
// paragraph. Pieces of a quotation that runs over several paragraphs
// (each continuing paragraph opens with a mark, only the last one closes)
// form a chain.
type piece struct {
	open, close int // token indexes of the marks; close is -1 when the paragraph ends first
	first, end  int // content tokens [first, end)
	chain       int
}

// isDoubleMark reports whether a token is a double quotation mark. Single
// marks are left alone: they double as apostrophes.
func isDoubleMark(tok string) bool {
	switch tok {
	case `"`, "“", "”", "„", "‟", "«", "»", "``", "''":
		return true
	}
	return false
}

// findMarks sets a.mark for every token that is, or is half of, a double
// quotation mark: the segmenter splits the typewriter doubles ” and “
// into two tokens.
func (a *attributor) findMarks() {
	a.mark = make([]bool, len(a.low))
	for i := range a.low {
		if isDoubleMark(a.low[i]) {
			a.mark[i] = true
			continue
		}
		if (a.low[i] == "'" || a.low[i] == "`") && i+1 < len(a.low) && a.low[i+1] == a.low[i] &&
			a.d.Tokens[i].End == a.d.Tokens[i+1].Start {
			a.mark[i], a.mark[i+1] = true, true
		}
	}
}

// pairMarks pairs quotation marks paragraph by paragraph. Whether a mark
// opens or closes is read from the spaces around it, not from its shape,
// so “…" and “…,“ pair as well as “…”; marks that spacing leaves open
// alternate. A mark left open at a paragraph's end closes there;
// if the next paragraph opens with a mark the quotation continues in it.
func (a *attributor) pairMarks() {
	a.findMarks()
	carry := -1 // chain continued into the next paragraph, -1 when none
	for p := 0; p < len(a.paraTok); p++ {
		lo, hi := a.paraTok[p][0], a.paraTok[p][1]
		if lo >= hi {
			carry = -1
			continue
		}
		if carry >= 0 && (!a.mark[lo] || a.turnLabel(lo) > 0 || a.straight(lo) != a.straight(a.pieces[a.chains[carry][0]].open)) {
			// '"ROE: …' starts a new speaker's turn; a mark of another
			// shape than the one left open quotes something else.
			carry = -1
		}
		open := -1 // last token of the opening mark
		for i := lo; i < hi; i++ {
			if !a.mark[i] {
				continue
			}
			first := i
			if i+1 < hi && a.mark[i+1] && a.d.Tokens[i].End == a.d.Tokens[i+1].Start && !isDoubleMark(a.low[i]) {
				i++ // a two-token mark
			}
			side := a.markSide(first, i)
			if open < 0 {
				if side >= 0 {
					open = i
				} // a stray closing mark opens nothing
				continue
			}
			if side > 0 {
				// An opening mark while one is open: the earlier one was
				// never closed; start again here.
				open = i
				continue
			}
			if a.addPiece(open, first, first, &carry) >= 0 {
				for k := first; k <= i; k++ {
					a.tokPiece[k] = len(a.pieces) - 1
				}
			}
			open = -1
		}
		if open >= 0 {
			carry = a.addPiece(open, -1, hi, &carry)
		} else {
			carry = -1
		}
	}
}

// addPiece records the piece opened at token open whose content ends
// before token end, and returns its chain (-1 when it is empty).
func (a *attributor) addPiece(open, close, end int, carry *int) int {
	if end <= open+1 {
		return -1
	}
	chain := *carry
	if chain < 0 {
		chain = len(a.chains)
		a.chains = append(a.chains, nil)
	}
	*carry = -1
	idx := len(a.pieces)
	a.pieces = append(a.pieces, piece{open: open, close: close, first: open + 1, end: end, chain: chain})
	a.chains[chain] = append(a.chains[chain], idx)
	a.tokPiece[open] = idx
	if close >= 0 {
		a.tokPiece[close] = idx
	}
	for i := open + 1; i < end; i++ {
		a.tokPiece[i] = idx
	}
	return chain
}

// chainWords counts the word tokens a chain quotes.
func (a *attributor) chainWords(c int) int {
	n := 0
	for _, pi := range a.chains[c] {
		p := a.pieces[pi]
		for i := p.first; i < p.end; i++ {
			if a.isWord(i) {
				n++
			}
		}
	}
	return n
}

// markSide says from the spaces around the mark on tokens [first, last]
// whether it opens a quotation (+1: space before, a word right after),
// closes one (-1: attached to what precedes, space or punctuation after)
// or could do either (0).
func (a *attributor) markSide(first, last int) int {
	text := a.d.Text
	s, e := a.d.Tokens[first].Start, a.d.Tokens[last].End
	prev, _ := utf8.DecodeLastRuneInString(text[:s])
	next, _ := utf8.DecodeRuneInString(text[e:])
	before := s == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–―-", prev)
	after := e >= len(text) || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–―-", next)
	switch {
	case before && !after:
		return 1
	case !before && after:
		return -1
	}
	return 0
}

// straight reports whether the mark at token i is a typewriter one.
func (a *attributor) straight(i int) bool {
	switch a.low[i] {
	case `"`, "''", "``", "'", "`":
		return true
	}
	return false
}
