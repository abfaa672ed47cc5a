package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
)

// Segment fills d.Paragraphs, d.Sentences and d.Tokens.
func Segment(d *doc.Doc) {
	d.Paragraphs = Paragraphs(d.Text)
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	var spans []doc.Span
	for pi, p := range d.Paragraphs {
		spans = Tokenize(d.Text, p.Start, p.End, spans[:0])
		first := len(d.Tokens)
		for _, s := range spans {
			d.Tokens = append(d.Tokens, doc.Token{Span: s})
		}
		for _, b := range sentenceBreaks(d.Text, spans) {
			sent := doc.Sentence{
				Span:       doc.Span{Start: spans[b[0]].Start, End: spans[b[1]-1].End},
				Para:       pi,
				FirstToken: first + b[0],
				EndToken:   first + b[1],
			}
			for k := sent.FirstToken; k < sent.EndToken; k++ {
				d.Tokens[k].Sent = len(d.Sentences)
			}
			d.Sentences = append(d.Sentences, sent)
		}
	}
}

// Paragraphs splits text at blank lines. A text with no blank line whose
// lines are long (one paragraph per line, as many scrapers write) is split
// at every newline instead; one whose short lines are mostly flush left
// but some indented (wire copy, as in the Reuters archives) is split
// before every indented line, since that is where its paragraphs begin.
func Paragraphs(text string) []doc.Span {
	perLine, byIndent := false, false
	if !hasBlankLine(text) {
		perLine, byIndent = lineLayout(text)
	}
	var out []doc.Span
	start := -1 // start of the current paragraph, -1 when between paragraphs
	lastNonSpace := 0
	lineBlank := true
	indent := false // the current line began with white space
	flush := func() {
		if start >= 0 {
			out = append(out, doc.Span{Start: start, End: lastNonSpace})
			start = -1
		}
	}
	for i, r := range text {
		if r == '\n' {
			if lineBlank || perLine {
				flush()
			}
			lineBlank, indent = true, false
			continue
		}
		if unicode.IsSpace(r) {
			indent = indent || lineBlank
			continue
		}
		if lineBlank && indent && byIndent {
			flush()
		}
		lineBlank = false
		if start < 0 {
			start = i
		}
		lastNonSpace = i + utf8.RuneLen(r)
	}
	flush()
	return out
}

// hasBlankLine reports whether some line of text holds only white space.
func hasBlankLine(text string) bool {
	blank := true
	for _, r := range text {
		if r == '\n' {
			if blank {
				return true
			}
			blank = true
		} else if !unicode.IsSpace(r) {
			blank = false
		}
	}
	return blank
}

// lineLayout reads how a text without blank lines marks its paragraphs:
// perLine when at least half its lines are long (one paragraph per line,
// as many scrapers write); else byIndent when some lines after the first
// start with white space and at most half do (wire copy indents each
// paragraph's first line; a text indented throughout, a poem, a quoted
// block or a table of figures, is left alone).
func lineLayout(text string) (perLine, byIndent bool) {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 2 {
		return false, false
	}
	long, indented := 0, 0
	for i, l := range lines {
		if len(l) > 150 {
			long++
		}
		if i > 0 && strings.TrimSpace(l) != "" && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t")) {
			indented++
		}
	}
	if long*2 >= len(lines) {
		return true, false
	}
	return false, indented > 0 && indented*2 <= len(lines)
}

// MaxSentenceTokens bounds a sentence. Text with no sentence ends (a
// transcript, a scraped blob, a list run together) is cut into pieces of
// this many tokens: the later stages' work on one sentence grows faster
// than its length, and one 2 MB "sentence" kept a batch busy for hours.
// News sentences stay far below it (the longest in the BBC and PolNeAR
// sets have about 250 tokens).
const MaxSentenceTokens = 400

// sentenceBreaks returns [first, end) token ranges of the sentences in one
// paragraph's tokens, none longer than MaxSentenceTokens.
func sentenceBreaks(text string, toks []doc.Span) [][2]int {
	var out [][2]int
	for _, b := range naturalBreaks(text, toks) {
		for b[1]-b[0] > MaxSentenceTokens {
			out = append(out, [2]int{b[0], b[0] + MaxSentenceTokens})
			b[0] += MaxSentenceTokens
		}
		out = append(out, b)
	}
	return out
}

// naturalBreaks returns the sentences as their punctuation ends them.
func naturalBreaks(text string, toks []doc.Span) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(text, toks, i) {
			continue
		}
		// Closing quotes and brackets glued to the terminator belong to
		// this sentence.
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && isCloser(text[toks[j].Start:toks[j].End]) {
			j++
		}
		if j < len(toks) && !startsSentence(text, toks[j]) {
			continue
		}
		out = append(out, [2]int{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func endsSentence(text string, toks []doc.Span, i int) bool {
	w := text[toks[i].Start:toks[i].End]
	switch w {
	case ".", "!", "?", "…", "...", "?!", "!?":
		return true
	}
	if len(w) > 1 && strings.HasSuffix(w, ".") {
		// A kept abbreviation ends a sentence only before a word that
		// clearly starts one ("... in the U.S. The next day").
		base := strings.ToLower(w[:len(w)-1])
		if titleAbbrevs[base] || utf8.RuneCountInString(base) == 1 {
			return false
		}
		if i+1 < len(toks) {
			next := text[toks[i+1].Start:toks[i+1].End]
			return sentenceStarters[next]
		}
		return true
	}
	return false
}

// startsSentence reports whether token tok can open a new sentence.
func startsSentence(text string, tok doc.Span) bool {
	w := text[tok.Start:tok.End]
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '—', '-', '•', '*':
		return true
	}
	return false
}

func isCloser(w string) bool {
	switch w {
	case "\"", "”", "’", "'", ")", "]", "}", "»":
		return true
	}
	return false
}

// sentenceStarters are capitalised function words that, after an
// abbreviation like "U.S.", show a new sentence has begun.
var sentenceStarters = toSet(`The A An He She It They We I You His Her Its Their Our This That These Those There
 But And Or So Yet In On At As For If When While After Before Since Although Though However Meanwhile
 Mr. Mrs. Ms. Dr. Some Many Most No Not One Two Three What Who Why How Where`)
