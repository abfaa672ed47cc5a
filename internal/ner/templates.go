package ner

import (
	"slices"
	"sync"
)

// The feature templates, in the order their buckets appear in a token's
// block (training sums them in that order, so the order is part of what
// makes a training run reproducible). Each template says what its value
// depends on, and that decides how tagging may cache it:
//
//   - kindWord: one token's word alone, the token at offset off from the
//     one being tagged (0: itself; -1, +1: the previous, next; -2, +2:
//     two before, after; padToken outside the sentence). All word
//     templates with the same offset add up, for a given word, to the
//     same row of weights wherever the word occurs, so Model.decode
//     sums that row once per distinct word and offset and keeps it with
//     the word (wordEntry.rows). A template that reads only the word
//     should be kindWord: it then costs nothing per token.
//   - kindContext: anything else: two or more tokens (bigrams, trigrams,
//     shape and casing pairs), the sentence (capital runs, all capitals,
//     position), the document (document.go), gazetteer matches. These
//     are hashed and looked up for every token.
//   - kindHistory: the document's tagging history (history.go), known
//     only once earlier sentences are tagged; they come last in a block
//     and fillHistory writes them.
//
// A context template may also name a memo group (memo > 0): one whose
// value takes few distinct values in text (it reads a shape, a position,
// a casing class, a gazetteer match). decode sums the weights of all
// templates of a memo group together and caches that row by the group's
// buckets (memoTable), so for a token whose combination was seen before
// the group costs one table probe instead of a lookup per template. The
// cache is keyed by the buckets themselves, so a memo group can only
// ever cost speed, never change a score; put templates in a group when
// their combinations repeat (measure: the fewer distinct combinations
// per token, the better).
//
// A new template goes into the right table below with its kind; nothing
// else in decoding needs to change. A kindWord template's function is
// given only the token it reads, so it cannot depend on more than that
// word by mistake (as long as token holds nothing but what the word
// determines); TestFastDecodeMatchesReference checks cached decoding
// against summing every feature.
type template struct {
	id      int // hashed into the feature; fixed once a model is trained
	kind    templateKind
	off     int                  // kindWord: which token's word is read
	word    func(*token) uint64  // kindWord: the feature's hash from that word's token
	context func(*tokCtx) uint64 // kindContext: the feature's hash
	memo    int                  // kindContext: memo group, 0 for none
}

type templateKind uint8

const (
	kindWord templateKind = iota
	kindContext
	kindHistory
)

func hash1(tpl int, s string) uint64 { return hashString(hashStart(tpl), s) }

func hash2(tpl int, a, b string) uint64 {
	return hashString(hashSep(hashString(hashStart(tpl), a)), b)
}

// wordT is a word template whose value is one string of the token at off.
func wordT(id, off int, f func(*token) string) template {
	return template{id: id, kind: kindWord, off: off, word: func(t *token) uint64 { return hash1(id, f(t)) }}
}

func contextT(id int, f func(*tokCtx) uint64) template {
	return template{id: id, kind: kindContext, context: f}
}

// Memo groups (see above).
const (
	memoNone      = iota
	memoSentence  // position, capitals, runs, casing classes, gazetteer: ~5,000 combinations in 150,000 tokens of news
	memoRun       // the run's words: one combination for every token outside a capital run
	memoShape     // shape trigram and gazetteer by shape
	numMemoGroups = iota - 1
)

// memoT is a context template of a memo group.
func memoT(group, id int, f func(*tokCtx) uint64) template {
	return template{id: id, kind: kindContext, context: f, memo: group}
}

func prefixSuffix() []template {
	var out []template
	for k := 1; k <= 4; k++ {
		out = append(out,
			wordT(tPrefix1+k-1, 0, func(t *token) string { return runePrefix(t.lower, k) }),
			wordT(tSuffix1+k-1, 0, func(t *token) string { return runeSuffix(t.lower, k) }))
	}
	return out
}

func lower(t *token) string   { return t.lower }
func norm(t *token) string    { return t.norm }
func short(t *token) string   { return t.short }
func suffix3(t *token) string { return t.suffix3 }
func casing(t *token) string  { return t.casing }

func cluster(n int) func(*token) string {
	return func(t *token) string { return clusterPrefix(t.cluster, n) }
}

var baseTemplates = slices.Concat(
	[]template{
		wordT(tBias, 0, func(*token) string { return "" }),
		wordT(tWord, 0, norm),
		wordT(tLower, 0, lower),
		wordT(tShape, 0, func(t *token) string { return t.shape }),
		wordT(tShort, 0, short),
	},
	prefixSuffix(),
	[]template{
		wordT(tLowerPrev, -1, lower),
		wordT(tLowerNext, +1, lower),
		wordT(tLowerPrev2, -2, lower),
		wordT(tLowerNext2, +2, lower),
		wordT(tWordPrev, -1, norm),
		wordT(tWordNext, +1, norm),
		wordT(tShortPrev, -1, short),
		wordT(tShortNext, +1, short),
		wordT(tShortPrev2, -2, short),
		wordT(tShortNext2, +2, short),
		memoT(memoShape, tShortTrigram, func(c *tokCtx) uint64 {
			return hashString(hashSep(hashString(hashSep(hashString(hashStart(tShortTrigram), c.p.short)), c.t.short)), c.n.short)
		}),
		contextT(tBigramPrev, func(c *tokCtx) uint64 { return hash2(tBigramPrev, c.p.lower, c.t.lower) }),
		contextT(tBigramNext, func(c *tokCtx) uint64 { return hash2(tBigramNext, c.t.lower, c.n.lower) }),
		contextT(tTrigramPrev, func(c *tokCtx) uint64 { return hash2(tTrigramPrev, c.p2.lower, c.p.lower) }),
		contextT(tTrigramNext, func(c *tokCtx) uint64 { return hash2(tTrigramNext, c.n.lower, c.n2.lower) }),
		contextT(tSkipBigram, func(c *tokCtx) uint64 { return hash2(tSkipBigram, c.p.lower, c.n.lower) }),
		memoT(memoSentence, tFirstShort, func(c *tokCtx) uint64 {
			if c.i == 0 {
				return hash1(tFirstShort, c.t.short)
			}
			return hash1(tFirstShort, "")
		}),
		memoT(memoSentence, tCapsLower, func(c *tokCtx) uint64 {
			if c.caps {
				return hash1(tCapsLower, c.t.lower)
			}
			return hash1(tCapsLower, "")
		}),
		contextT(tLowerPrevShort, func(c *tokCtx) uint64 { return hash2(tLowerPrevShort, c.p.lower, c.t.short) }),
		contextT(tShortNextLower, func(c *tokCtx) uint64 { return hash2(tShortNextLower, c.t.short, c.n.lower) }),
		wordT(tSuffix3Prev, -1, suffix3),
		wordT(tSuffix3Next, +1, suffix3),
		memoT(memoSentence, tRunShape, func(c *tokCtx) uint64 {
			r := c.run
			if r.end == r.start {
				return hash1(tRunShape, "")
			}
			// The position is "before/after" within the run.
			h := hashString(hashSep(hashString(hashStart(tRunShape), bucketed(r.end-r.start))), bucketed(c.i-r.start))
			return hashString(hashString(h, "/"), bucketed(r.end-1-c.i))
		}),
		memoT(memoRun, tRunFirst, func(c *tokCtx) uint64 {
			if c.run.end == c.run.start {
				return hash1(tRunFirst, "")
			}
			return hash1(tRunFirst, c.toks[c.run.start].lower)
		}),
		memoT(memoRun, tRunLast, func(c *tokCtx) uint64 {
			if c.run.end == c.run.start {
				return hash1(tRunLast, "")
			}
			return hash1(tRunLast, c.toks[c.run.end-1].lower)
		}),
		memoT(memoSentence, tDocCasing, func(c *tokCtx) uint64 { return hash2(tDocCasing, c.dc, c.pos) }),
		memoT(memoRun, tDocRunLast, func(c *tokCtx) uint64 { return hash1(tDocRunLast, c.dl) }),
		memoT(memoSentence, tDocRunLen, func(c *tokCtx) uint64 { return hash1(tDocRunLen, c.dn) }),
	})

var lexiconTemplates = []template{
	wordT(tCluster4, 0, cluster(4)),
	wordT(tCluster6, 0, cluster(6)),
	wordT(tCluster10, 0, cluster(10)),
	wordT(tCluster20, 0, cluster(20)),
	wordT(tClusterPrev6, -1, cluster(6)),
	wordT(tClusterNext6, +1, cluster(6)),
	wordT(tClusterPrev10, -1, cluster(10)),
	wordT(tClusterNext10, +1, cluster(10)),
	wordT(tClusterPrev2, -2, cluster(6)),
	wordT(tClusterNext2, +2, cluster(6)),
	wordT(tCasing, 0, casing),
	{id: tCasingShort, kind: kindWord, word: func(t *token) uint64 { return hash2(tCasingShort, t.casing, t.short) }},
	memoT(memoSentence, tCasingPrev, func(c *tokCtx) uint64 { return hash2(tCasingPrev, c.p.casing, c.t.casing) }),
	memoT(memoSentence, tCasingNext, func(c *tokCtx) uint64 { return hash2(tCasingNext, c.t.casing, c.n.casing) }),
}

var gazetteerTemplates = []template{
	memoT(memoSentence, tGaz, func(c *tokCtx) uint64 { return hashUint(hashStart(tGaz), c.g) }),
	memoT(memoSentence, tGazPrev, func(c *tokCtx) uint64 { return hashUint(hashStart(tGazPrev), c.gp) }),
	memoT(memoSentence, tGazNext, func(c *tokCtx) uint64 { return hashUint(hashStart(tGazNext), c.gn) }),
	memoT(memoShape, tGazShort, func(c *tokCtx) uint64 { return hashString(hashUint(hashStart(tGazShort), c.g), c.t.short) }),
}

var historyTemplates = []template{
	{id: tHistory, kind: kindHistory},
	{id: tHistoryShort, kind: kindHistory},
}

// templateSet is the templates of one feature set.
type templateSet struct {
	all []template // a token's block, as extract writes it
	// context is the kindContext and kindHistory templates, as
	// extractContext writes them: first those of no memo group (direct),
	// then each memo group's (memos[g-1] is group g's range), then the
	// history ones.
	context []template
	direct  int // context[:direct] are in no memo group
	history int // context[history:] are the history templates
	memos   [numMemoGroups]struct{ start, end int }
	groups  []wordGroup // the kindWord ones by offset, for Model.decode
}

// wordGroup is the word templates that read the word at one offset from
// the token being tagged.
type wordGroup struct {
	off  int
	tpls []template
}

// optionalParts are the template tables a model may or may not use, in
// block order after baseTemplates; a new optional table is one more entry
// here (and in numOptionalParts).
func (e *extractor) optionalParts() [numOptionalParts]struct {
	on   bool
	tpls []template
} {
	return [numOptionalParts]struct {
		on   bool
		tpls []template
	}{
		{e.lex != nil, lexiconTemplates},
		{e.gaz != nil, gazetteerTemplates},
		{e.history, historyTemplates},
	}
}

const numOptionalParts = 3

// templateSets holds one set per combination of optional parts, built
// on first use.
var templateSets [1 << numOptionalParts]struct {
	once sync.Once
	set  templateSet
}

// templates returns the extractor's templates.
func (e *extractor) templates() *templateSet {
	parts := e.optionalParts()
	k := 0
	for i, p := range parts {
		if p.on {
			k |= 1 << i
		}
	}
	s := &templateSets[k]
	s.once.Do(func() {
		all := baseTemplates
		for _, p := range parts {
			if p.on {
				all = slices.Concat(all, p.tpls)
			}
		}
		s.set = newTemplateSet(all)
	})
	return &s.set
}

// newTemplateSet sorts a block's templates out for extractContext and
// decode.
func newTemplateSet(all []template) templateSet {
	s := templateSet{all: all}
	for g := 0; g <= numMemoGroups; g++ {
		start := len(s.context)
		for _, t := range all {
			if t.kind == kindContext && t.memo == g {
				s.context = append(s.context, t)
			}
		}
		if g == 0 {
			s.direct = len(s.context)
		} else {
			s.memos[g-1].start, s.memos[g-1].end = start, len(s.context)
		}
	}
	s.history = len(s.context)
	for _, t := range all {
		if t.kind == kindHistory {
			s.context = append(s.context, t)
		}
	}
	for _, t := range all {
		if t.kind != kindWord {
			continue
		}
		g := 0
		for g < len(s.groups) && s.groups[g].off != t.off {
			g++
		}
		if g == len(s.groups) {
			s.groups = append(s.groups, wordGroup{off: t.off})
		}
		s.groups[g].tpls = append(s.groups[g].tpls, t)
	}
	return s
}
