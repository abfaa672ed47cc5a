package ner

import (
	"strings"
	"unicode/utf8"

	"newsgraph/internal/gazetteer"
	"newsgraph/internal/wordclusters"
)

// Feature templates. Every template fires once per token (with a padding
// value where it has nothing to say), so a token's features are a fixed
// number of hashed buckets.
const (
	tBias = iota
	tWord
	tLower
	tShape
	tShort
	tPrefix1
	tPrefix2
	tPrefix3
	tPrefix4
	tSuffix1
	tSuffix2
	tSuffix3
	tSuffix4
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tWordPrev
	tWordNext
	tShortPrev
	tShortNext
	tShortPrev2
	tShortNext2
	tShortTrigram
	tBigramPrev
	tBigramNext
	tTrigramPrev
	tTrigramNext
	tSkipBigram
	tFirstShort
	tCapsLower
	tLowerPrevShort
	tShortNextLower
	tSuffix3Prev
	tSuffix3Next
	tRunShape
	tRunFirst
	tRunLast
	tDocCasing
	tDocRunLast
	tDocRunLen
	numBaseTemplates
)

// Templates that exist only when the model carries a word lexicon
// (clusters and capitalisation habits from unlabeled text).
const (
	tCluster4 = numBaseTemplates + iota
	tCluster6
	tCluster10
	tCluster20
	tClusterPrev6
	tClusterNext6
	tClusterPrev10
	tClusterNext10
	tClusterPrev2
	tClusterNext2
	tCasing
	tCasingShort
	tCasingPrev
	tCasingNext
	numLexiconTemplates = iota
)

// Templates that exist only when the model uses the gazetteer.
const (
	tGaz = numBaseTemplates + numLexiconTemplates + iota
	tGazPrev
	tGazNext
	tGazShort
	numGazetteerTemplates = iota
)

// Templates that exist only when the model uses the document's tagging
// history (see history.go). They come last in a token's block and are
// filled in just before decoding, once earlier sentences are tagged.
const (
	tHistory = numBaseTemplates + numLexiconTemplates + numGazetteerTemplates + iota
	tHistoryShort
	numHistoryTemplates = iota
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(template int) uint64 { return (fnvOffset ^ uint64(template)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashSep separates the parts of a conjoined feature.
func hashSep(h uint64) uint64 { return (h ^ 0xff) * fnvPrime }

// WordInfo is what unlabeled text says about a lower-cased word: its
// cluster path (words sharing a prefix occur in like contexts) and how it
// is usually capitalised inside a sentence; package wordclusters computes
// it and reads and writes the clusters file.
type WordInfo = wordclusters.Word

// token holds the per-token strings features are made of.
type token struct {
	norm, lower, shape, short, suffix3, cluster, casing string
}

// extractor turns a sentence into hashed feature buckets.
type extractor struct {
	bits    uint
	lex     map[string]WordInfo  // may be nil: no lexicon templates
	gaz     *gazetteer.Gazetteer // may be nil: no gazetteer templates
	history bool                 // document history templates (history.go)
}

func (e *extractor) perToken() int { return len(e.templates().all) }

func (e *extractor) bucket(h uint64) uint32 {
	// A finaliser spreads FNV's weak low bits before the shift.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return uint32(h >> (64 - e.bits))
}

var padToken = token{norm: "<pad>", lower: "<pad>", shape: "<pad>", short: "<pad>", suffix3: "<pad>", casing: "<pad>"}

var casingNames = [256]string{'n': "n", 'r': "r", 'm': "m", 'u': "u", 'a': "a"}

// scratch is reusable memory for extract.
type scratch struct {
	toks  []token
	keys  []histKey
	norms []string
	gaz   []gazetteer.Tags
	runs  []run
	doc   docContext // a lone sentence's document context, reused
	// words caches what depends on a word alone, across calls: its token
	// strings and, filled in by Model.decode, the summed weights of its
	// word templates. words[i] of the current sentence is cur[i].
	words map[string]*wordEntry
	cur   []*wordEntry
	// pad stands for the positions outside a sentence in word templates
	// with an offset; rows holds slices of the word entries' rows.
	pad  *wordEntry
	rows []int32
	set  *templateSet // the feature set words was filled for
}

// wordEntry is the cached part of one distinct word.
type wordEntry struct {
	tok token
	// rows[g*n:(g+1)*n] is the summed weights of the word templates of
	// Model.groups[g] read at this word; nil until decode computes them.
	rows []int32
}

// maxCachedWords bounds scratch.words; past it the cache starts afresh.
// A word costs its strings and len(groups) rows of one int32 per tag
// (five rows of 37 with the shipped model, 740 bytes): about 20 MB full.
// News text of 150,000 tokens has some 15,000 distinct words.
const maxCachedWords = 20000

// newToken computes a word's token strings.
func (e *extractor) newToken(w string) token {
	var lb, sb [64]byte
	n := normalize(w)
	l := strings.ToLower(n)
	long, short := shapes(n, lb[:0], sb[:0])
	t := token{norm: n, lower: l, shape: string(long), short: string(short), suffix3: runeSuffix(l, 3), casing: "?"}
	if e.lex != nil {
		if le, ok := e.lex[l]; ok {
			t.cluster = le.Path
			if c := casingNames[le.Casing]; c != "" {
				t.casing = c
			}
		}
	}
	return t
}

// run is the stretch of capitalised tokens [start, end) a token is in;
// start == end for a token that is not capitalised.
type run struct{ start, end int }

// capitalRuns finds, for each token, its run of consecutive capitalised
// tokens: the whole of a multi-word name says more than its parts ("Bank"
// at the end of a run makes the run an organisation).
func capitalRuns(toks []token, dst []run) []run {
	dst = dst[:0]
	for i := 0; i < len(toks); {
		if !strings.HasPrefix(toks[i].short, "X") {
			dst = append(dst, run{i, i})
			i++
			continue
		}
		j := i
		for j < len(toks) && strings.HasPrefix(toks[j].short, "X") {
			j++
		}
		for k := i; k < j; k++ {
			dst = append(dst, run{i, j})
		}
		i = j
	}
	return dst
}

var runPositions = [...]string{"0", "1", "2", "3+"}

func bucketed(n int) string { return runPositions[min(n, len(runPositions)-1)] }

// tokCtx is what context templates read for the token being featurised.
// Sentence-level facts computed in extractSome (runs, gazetteer matches,
// and whatever a new template needs) are reached through sc.
type tokCtx struct {
	sc              *scratch
	i               int
	toks            []token
	t, p, n, p2, n2 *token // the token, its neighbours (padToken outside)
	caps            bool   // the sentence is in all capitals
	run             run
	dc, dl, dn, pos string // document features (document.go) and position
	g, gp, gn       uint64 // gazetteer matches of the token and its neighbours
}

// extract appends len(words)*perToken() buckets to dst and returns it:
// every template of every token, in template order (see templates.go).
// doc may be nil: the sentence is then its own document.
func (e *extractor) extract(words []string, dst []uint32, sc *scratch, doc *docContext) []uint32 {
	return e.extractSome(words, dst, sc, doc, true)
}

// extractContext is extract without the word templates: a token's block
// holds only its context and history templates (templateSet.context),
// since decode takes the word templates' weights from sc.cur's rows.
func (e *extractor) extractContext(words []string, dst []uint32, sc *scratch, doc *docContext) []uint32 {
	return e.extractSome(words, dst, sc, doc, false)
}

// lookupWords finds the words in sc's cache, adding those not there, and
// sets sc.cur and sc.toks for them; it returns sc.toks.
func (e *extractor) lookupWords(words []string, sc *scratch) []token {
	if set := e.templates(); sc.words == nil || len(sc.words) > maxCachedWords || sc.set != set {
		// The cache is bounded, and belongs to one feature set.
		sc.words = make(map[string]*wordEntry)
		sc.rows, sc.pad, sc.set = nil, nil, set
	}
	toks := sc.toks[:0]
	sc.cur = sc.cur[:0]
	for _, w := range words {
		we := sc.words[w]
		if we == nil {
			we = &wordEntry{tok: e.newToken(w)}
			sc.words[w] = we
		}
		sc.cur = append(sc.cur, we)
		toks = append(toks, we.tok)
	}
	sc.toks = toks
	return toks
}

func (e *extractor) extractSome(words []string, dst []uint32, sc *scratch, doc *docContext, all bool) []uint32 {
	set := e.templates()
	toks := e.lookupWords(words, sc)
	sc.runs = capitalRuns(toks, sc.runs)
	caps := isAllCaps(words)
	if doc == nil {
		doc = &sc.doc
		doc.reset()
		doc.add(toks, sc.runs, caps)
	}
	if e.gaz != nil {
		sc.norms = sc.norms[:0]
		for _, t := range toks {
			sc.norms = append(sc.norms, t.norm)
		}
		sc.gaz = e.gaz.MatchInto(sc.norms, sc.gaz)
	}
	gazAt := func(i int) uint64 {
		if i < 0 || i >= len(toks) {
			return 1 << 16 // outside the sentence
		}
		return uint64(sc.gaz[i])
	}
	at := func(i int) *token {
		if i < 0 || i >= len(toks) {
			return &padToken
		}
		return &toks[i]
	}
	tpls := set.context
	if all {
		tpls = set.all
	}
	c := tokCtx{sc: sc, toks: toks, caps: caps}
	for i := range toks {
		c.i, c.t, c.p, c.n, c.p2, c.n2 = i, &toks[i], at(i-1), at(i+1), at(i-2), at(i+2)
		c.run = sc.runs[i]
		c.dc, c.dl, c.dn = doc.features(c.t)
		c.pos = "mid"
		if caps {
			c.pos = "caps"
		} else if i == 0 || opensSentence(c.p.norm) {
			c.pos = "first"
		}
		if e.gaz != nil {
			c.g, c.gp, c.gn = gazAt(i), gazAt(i-1), gazAt(i+1)
		}
		for k := range tpls {
			switch tp := &tpls[k]; tp.kind {
			case kindWord:
				dst = append(dst, e.bucket(tp.word(at(i+tp.off))))
			case kindContext:
				dst = append(dst, e.bucket(tp.context(&c)))
			default:
				dst = append(dst, 0) // see fillHistory
			}
		}
	}
	sc.keys = sc.keys[:0]
	for _, t := range toks {
		sc.keys = append(sc.keys, histKey{t.lower, t.short})
	}
	return dst
}

func hashUint(h, x uint64) uint64 {
	for k := 0; k < 3; k++ {
		h = (h ^ (x & 0xff)) * fnvPrime
		x >>= 8
	}
	return hashSep(h)
}

func clusterPrefix(path string, n int) string {
	if len(path) > n {
		return path[:n]
	}
	return path
}

// runePrefix returns the first k runes of s (all of s when shorter).
func runePrefix(s string, k int) string {
	for i := range s {
		if k == 0 {
			return s[:i]
		}
		k--
	}
	return s
}

// runeSuffix returns the last k runes of s (all of s when shorter).
func runeSuffix(s string, k int) string {
	i := len(s)
	for ; i > 0 && k > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
