package ner

import (
	"strings"
	"unicode/utf8"

	"newsgraph/internal/gazetteer"
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

// Templates that exist only when the model carries name lists (see
// names.go): the list match a token is in, with its shape and at its
// neighbours, and the word's habits in the lists.
const (
	tName = numBaseTemplates + numLexiconTemplates + numGazetteerTemplates + iota
	tNameShort
	tNamePrev
	tNameNext
	tNameHabit
	tNameHabitShort
	numNameTemplates = iota
)

// Templates that exist only when the lexicon carries embedding-cluster
// paths (WordInfo.Embed): their prefixes for the word and its neighbours.
const (
	tEmbed4 = numBaseTemplates + numLexiconTemplates + numGazetteerTemplates + numNameTemplates + iota
	tEmbed8
	tEmbed12
	tEmbed16
	tEmbedPrev8
	tEmbedNext8
	numEmbedTemplates = iota
)

// Templates that exist only when the model uses the document's tagging
// history (see history.go). They come last in a token's block and are
// filled in just before decoding, once earlier sentences are tagged.
const (
	tHistory = numBaseTemplates + numLexiconTemplates + numGazetteerTemplates + numNameTemplates + numEmbedTemplates + iota
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
// cluster path and how it is usually capitalised inside a sentence.
type WordInfo struct {
	Path   string // bit string; words sharing a prefix occur in like contexts
	Casing byte   // 'n' never, 'r' rarely, 'm' mixed, 'u' usually, 'a' always capitalised; 0 unknown
	Embed  string // bit string of the word's skip-gram embedding cluster; may be empty
}

// token holds the per-token strings features are made of.
type token struct {
	norm, lower, shape, short, suffix3, cluster, casing, embed string
	nameMax                                                    uint8  // longest list name starting with the word
	habit                                                      uint32 // the word's habits in the name lists
}

// extractor turns a sentence into hashed feature buckets.
type extractor struct {
	bits    uint
	lex     map[string]WordInfo  // may be nil: no lexicon templates
	gaz     *gazetteer.Gazetteer // may be nil: no gazetteer templates
	names   *Names               // may be nil: no name-list templates
	embed   bool                 // embedding-cluster templates (needs lex)
	history bool                 // document history templates (history.go)
}

func (e *extractor) perToken() int {
	n := numBaseTemplates
	if e.lex != nil {
		n += numLexiconTemplates
	}
	if e.gaz != nil {
		n += numGazetteerTemplates
	}
	if e.names != nil {
		n += numNameTemplates
	}
	if e.embed {
		n += numEmbedTemplates
	}
	if e.history {
		n += numHistoryTemplates
	}
	return n
}

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
	names []uint32
	buf   []byte
	runs  []run
	// words caches what depends on a word alone, across calls: its token
	// strings and, filled in by Model.decode, the summed weights of its
	// word-only features. words[i] of the current sentence is cur[i].
	words map[string]*wordEntry
	cur   []*wordEntry
}

// wordEntry is the cached part of one distinct word.
type wordEntry struct {
	tok  token
	sums []int32 // nil until decode computes it
}

// maxCachedWords bounds scratch.words; past it the cache starts afresh.
const maxCachedWords = 50000

// wordOnlySlots lists the positions, within a token's block of features,
// of the templates that depend on the word alone (see extract's order).
func (e *extractor) wordOnlySlots() []int {
	slots := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} // bias .. prefixes and suffixes
	if e.lex != nil {
		b := numBaseTemplates
		slots = append(slots, b+0, b+1, b+2, b+3, b+10, b+11) // clusters of the word, casing
	}
	b := numBaseTemplates
	if e.lex != nil {
		b += numLexiconTemplates
	}
	if e.gaz != nil {
		b += numGazetteerTemplates
	}
	if e.names != nil {
		slots = append(slots, b+4, b+5) // habits
		b += numNameTemplates
	}
	if e.embed {
		slots = append(slots, b+0, b+1, b+2, b+3) // the word's embedding cluster
	}
	return slots
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

// extract appends len(words)*perToken() buckets to dst and returns it.
// doc may be nil: the sentence is then its own document.
func (e *extractor) extract(words []string, dst []uint32, sc *scratch, doc *docContext) []uint32 {
	if doc == nil {
		doc = newDocContext([][]string{words})
	}
	toks := sc.toks[:0]
	var lb, sb [64]byte
	if sc.words == nil || len(sc.words) > maxCachedWords {
		sc.words = make(map[string]*wordEntry)
	}
	sc.cur = sc.cur[:0]
	for _, w := range words {
		we := sc.words[w]
		if we == nil {
			n := normalize(w)
			l := strings.ToLower(n)
			long, short := shapes(n, lb[:0], sb[:0])
			t := token{norm: n, lower: l, shape: string(long), short: string(short), suffix3: runeSuffix(l, 3), casing: "?"}
			if e.lex != nil {
				if le, ok := e.lex[l]; ok {
					t.cluster = le.Path
					t.embed = le.Embed
					if c := casingNames[le.Casing]; c != "" {
						t.casing = c
					}
				}
			}
			if e.names != nil {
				t.nameMax = e.names.first[n]
				t.habit = e.names.habits[n]
			}
			we = &wordEntry{tok: t}
			sc.words[w] = we
		}
		sc.cur = append(sc.cur, we)
		toks = append(toks, we.tok)
	}
	sc.toks = toks
	sc.runs = capitalRuns(toks, sc.runs)
	if e.gaz != nil {
		sc.norms = sc.norms[:0]
		for _, t := range toks {
			sc.norms = append(sc.norms, t.norm)
		}
		sc.gaz = e.gaz.MatchInto(sc.norms, sc.gaz)
	}
	if e.names != nil {
		sc.names, sc.buf = e.names.match(toks, sc.names, sc.buf)
	}
	nameAt := func(i int) uint64 {
		if i < 0 || i >= len(toks) {
			return 1 << 20 // outside the sentence
		}
		return uint64(sc.names[i])
	}
	gazAt := func(i int) uint64 {
		if i < 0 || i >= len(toks) {
			return 1 << 16 // outside the sentence
		}
		return uint64(sc.gaz[i])
	}
	caps := isAllCaps(words)
	at := func(i int) *token {
		if i < 0 || i >= len(toks) {
			return &padToken
		}
		return &toks[i]
	}
	for i := range toks {
		t, p, n, p2, n2 := &toks[i], at(i-1), at(i+1), at(i-2), at(i+2)
		one := func(tpl int, s string) {
			dst = append(dst, e.bucket(hashString(hashStart(tpl), s)))
		}
		two := func(tpl int, a, b string) {
			dst = append(dst, e.bucket(hashString(hashSep(hashString(hashStart(tpl), a)), b)))
		}
		one(tBias, "")
		one(tWord, t.norm)
		one(tLower, t.lower)
		one(tShape, t.shape)
		one(tShort, t.short)
		for k := 1; k <= 4; k++ {
			one(tPrefix1+k-1, runePrefix(t.lower, k))
			one(tSuffix1+k-1, runeSuffix(t.lower, k))
		}
		one(tLowerPrev, p.lower)
		one(tLowerNext, n.lower)
		one(tLowerPrev2, p2.lower)
		one(tLowerNext2, n2.lower)
		one(tWordPrev, p.norm)
		one(tWordNext, n.norm)
		one(tShortPrev, p.short)
		one(tShortNext, n.short)
		one(tShortPrev2, p2.short)
		one(tShortNext2, n2.short)
		dst = append(dst, e.bucket(hashString(hashSep(hashString(hashSep(hashString(hashStart(tShortTrigram), p.short)), t.short)), n.short)))
		two(tBigramPrev, p.lower, t.lower)
		two(tBigramNext, t.lower, n.lower)
		two(tTrigramPrev, p2.lower, p.lower)
		two(tTrigramNext, n.lower, n2.lower)
		two(tSkipBigram, p.lower, n.lower)
		if i == 0 {
			one(tFirstShort, t.short)
		} else {
			one(tFirstShort, "")
		}
		if caps {
			one(tCapsLower, t.lower)
		} else {
			one(tCapsLower, "")
		}
		two(tLowerPrevShort, p.lower, t.short)
		two(tShortNextLower, t.short, n.lower)
		one(tSuffix3Prev, p.suffix3)
		one(tSuffix3Next, n.suffix3)
		if r := sc.runs[i]; r.end > r.start {
			two(tRunShape, bucketed(r.end-r.start), bucketed(i-r.start)+"/"+bucketed(r.end-1-i))
			one(tRunFirst, toks[r.start].lower)
			one(tRunLast, toks[r.end-1].lower)
		} else {
			one(tRunShape, "")
			one(tRunFirst, "")
			one(tRunLast, "")
		}
		dc, dl, dn := doc.features(t)
		pos := "mid"
		if caps {
			pos = "caps"
		} else if i == 0 || opensSentence(p.norm) {
			pos = "first"
		}
		two(tDocCasing, dc, pos)
		one(tDocRunLast, dl)
		one(tDocRunLen, dn)
		if e.lex != nil {
			one(tCluster4, clusterPrefix(t.cluster, 4))
			one(tCluster6, clusterPrefix(t.cluster, 6))
			one(tCluster10, clusterPrefix(t.cluster, 10))
			one(tCluster20, clusterPrefix(t.cluster, 20))
			one(tClusterPrev6, clusterPrefix(p.cluster, 6))
			one(tClusterNext6, clusterPrefix(n.cluster, 6))
			one(tClusterPrev10, clusterPrefix(p.cluster, 10))
			one(tClusterNext10, clusterPrefix(n.cluster, 10))
			one(tClusterPrev2, clusterPrefix(p2.cluster, 6))
			one(tClusterNext2, clusterPrefix(n2.cluster, 6))
			one(tCasing, t.casing)
			two(tCasingShort, t.casing, t.short)
			two(tCasingPrev, p.casing, t.casing)
			two(tCasingNext, t.casing, n.casing)
		}
		if e.gaz != nil {
			g := gazAt(i)
			dst = append(dst,
				e.bucket(hashUint(hashStart(tGaz), g)),
				e.bucket(hashUint(hashStart(tGazPrev), gazAt(i-1))),
				e.bucket(hashUint(hashStart(tGazNext), gazAt(i+1))),
				e.bucket(hashString(hashUint(hashStart(tGazShort), g), t.short)))
		}
		if e.names != nil {
			v := nameAt(i)
			dst = append(dst,
				e.bucket(hashUint(hashStart(tName), v)),
				e.bucket(hashString(hashUint(hashStart(tNameShort), v), t.short)),
				e.bucket(hashUint(hashStart(tNamePrev), nameAt(i-1))),
				e.bucket(hashUint(hashStart(tNameNext), nameAt(i+1))),
				e.bucket(hashUint(hashStart(tNameHabit), uint64(t.habit))),
				e.bucket(hashString(hashUint(hashStart(tNameHabitShort), uint64(t.habit)), t.short)))
		}
		if e.embed {
			one(tEmbed4, clusterPrefix(t.embed, 4))
			one(tEmbed8, clusterPrefix(t.embed, 8))
			one(tEmbed12, clusterPrefix(t.embed, 12))
			one(tEmbed16, clusterPrefix(t.embed, 16))
			one(tEmbedPrev8, clusterPrefix(p.embed, 8))
			one(tEmbedNext8, clusterPrefix(n.embed, 8))
		}
		if e.history {
			dst = append(dst, 0, 0) // see fillHistory
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
