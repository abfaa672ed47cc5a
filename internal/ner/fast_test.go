package ner

import (
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"newsgraph/internal/conll"
)

// referenceDecode tags one sentence the straightforward way, with none of
// decode's shortcuts: every feature of every token extracted afresh (a
// new scratch, so no cached words), its weights summed one by one, and
// Viterbi over every allowed pair of tags. It returns the emission scores
// and the tags, and records the tags in hist as decode does.
func referenceDecode(m *Model, words []string, doc *docContext, hist *history) ([]float32, []int) {
	n, T := len(m.tags), len(words)
	var sc scratch
	feats := m.ext.extract(words, nil, &sc, doc)
	if m.ext.history {
		m.ext.fillHistory(feats, sc.keys, hist)
	}
	per := m.ext.perToken()
	emit := make([]float32, T*n)
	for i := 0; i < T; i++ {
		sums := make([]int32, n)
		for _, b := range feats[i*per : (i+1)*per] {
			for _, e := range m.entries[m.offsets[b]:m.offsets[b+1]] {
				sums[e.tag] += int32(e.q)
			}
		}
		for t, x := range sums {
			emit[i*n+t] = float32(x) * m.scale
		}
	}
	m.forbidNames(words, emit)
	_, end := transitionRules(m.tags, m.lay.scheme)
	best := referenceViterbi(m.trans, end, emit, T)
	if m.ext.history {
		hist.record(sc.keys, best)
	}
	return emit, best
}

// referenceViterbi is Viterbi over every allowed pair of tags, ending
// with a tag end allows, ties going to the lowest tag.
func referenceViterbi(tr *transitions, end []bool, emit []float32, T int) []int {
	n := tr.n
	negInf := float32(math.Inf(-1))
	score, next := make([]float32, n), make([]float32, n)
	back := make([]int32, T*n)
	for t := 0; t < n; t++ {
		score[t] = negInf
		if tr.allowed[n*n+t] {
			score[t] = emit[t] + tr.score[n*n+t]
		}
	}
	for i := 1; i < T; i++ {
		for cur := 0; cur < n; cur++ {
			best, arg := negInf, int32(0)
			for prev := 0; prev < n; prev++ {
				if !tr.allowed[prev*n+cur] {
					continue
				}
				if s := score[prev] + tr.score[prev*n+cur]; s > best {
					best, arg = s, int32(prev)
				}
			}
			next[cur] = best + emit[i*n+cur]
			back[i*n+cur] = arg
		}
		score, next = next, score
	}
	out := make([]int, T)
	best := -1
	for t := 0; t < n; t++ {
		if end[t] && (best < 0 || score[t] > score[best]) {
			best = t
		}
	}
	for i := T - 1; i >= 0; i-- {
		out[i] = best
		if i > 0 {
			best = int(back[i*n+best])
		}
	}
	return out
}

// checkDocument tags a document with decode, through one workspace as a
// long-running tagger would (its word cache warm from earlier calls), and
// with referenceDecode, and reports the first difference in emission
// scores (bit for bit) or tags.
func checkDocument(t *testing.T, m *Model, ws *workspace, sents [][]string) {
	t.Helper()
	doc := newDocContext(sents)
	fastHist, refHist := newHistory(&m.lay), newHistory(&m.lay)
	n := len(m.tags)
	tagged := m.TagDocument(sents)
	for si, words := range sents {
		if len(words) == 0 {
			continue
		}
		best := m.decode(words, doc, fastHist, ws)
		emit, want := referenceDecode(m, words, doc, refHist)
		for i, tag := range tagged[si] {
			if tag != m.lay.out[want[i]] {
				t.Fatalf("TagDocument, sentence %d %q: token %d tagged %s, reference %s", si, words, i, tag, m.lay.out[want[i]])
			}
		}
		for k, x := range emit {
			if math.Float32bits(ws.emit[k]) != math.Float32bits(x) {
				t.Fatalf("sentence %d %q: token %d tag %s scores %v, reference %v",
					si, words, k/n, m.tags[k%n], ws.emit[k], x)
			}
		}
		for i := range want {
			if best[i] != want[i] {
				t.Fatalf("sentence %d %q: token %d tagged %s, reference %s", si, words, i, m.tags[best[i]], m.tags[want[i]])
			}
		}
	}
}

// Our own sentences, chosen to reach every branch of the features:
// sentence edges, one-token sentences, all capitals, runs of capitals,
// Treebank and curly punctuation, non-ASCII letters, numbers, repeats of
// a word within a sentence and across sentences.
var fastTestDocs = [][]string{
	{
		"Mayor Ilse Brandt of Rotterdam opened the new harbour bridge on Friday .",
		"Brandt said the bridge cost € 41 million , about 9 % over budget .",
		"HARBOUR BRIDGE OPENS",
		"Yes .",
		"`` We waited 12 years , '' said Ilse -LRB- a local -RRB- ; “ now it ’s done . ”",
		"The Port Authority of Rotterdam and the Dutch Ministry of Infrastructure paid for it .",
		"Ökonomen in Zürich and São Paulo were less sure - O'Neill and McDonald 's too .",
	},
	{
		"Brandt",
		"In Lagos , the Central Bank of Nigeria raised rates to 18.75 percent on 3/4/2024 .",
		"Governor Olayemi Cardoso told Reuters the bank would act again if needed .",
		"the bank the bank the bank Bank BANK",
	},
}

func checkModel(t *testing.T, m *Model) {
	ws := &workspace{}
	for _, d := range fastTestDocs {
		var sents [][]string
		for _, s := range d {
			sents = append(sents, strings.Fields(s))
		}
		checkDocument(t, m, ws, sents)
		for _, s := range sents { // and each sentence as its own document
			checkDocument(t, m, ws, [][]string{s})
		}
	}
}

func TestFastDecodeMatchesReference(t *testing.T) {
	t.Run("default", func(t *testing.T) {
		m, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		checkModel(t, m)
	})
	// A model with every feature set the default model lacks (history)
	// and those it has (lexicon, gazetteer), trained on a few sentences.
	lex := map[string]WordInfo{
		"met": {Path: "0110", Casing: 'n'}, "in": {Path: "10", Casing: 'n'}, "she": {Path: "0111", Casing: 'r'},
		"the": {Path: "11", Casing: 'n'}, "bank": {Path: "0100111010", Casing: 'm'}, "rotterdam": {Path: "001011110011", Casing: 'a'},
	}
	for _, opt := range []TrainOptions{
		{History: true},
		{History: true, Lexicon: lex, Gazetteer: true},
		{Lexicon: lex},
		{History: true, Scheme: BILOU},
		{History: true, Lexicon: lex, Gazetteer: true, Scheme: BILOU},
		{Lexicon: lex, Scheme: BILOU, Dropout: 0.2},
	} {
		opt.Epochs, opt.Seed, opt.Bits = 3, 5, 14
		name := fmt.Sprintf("%v,history=%v,lexicon=%v,gazetteer=%v", opt.Scheme, opt.History, opt.Lexicon != nil, opt.Gazetteer)
		t.Run(name, func(t *testing.T) {
			m, err := Train(syntheticCorpus(60), opt)
			if err != nil {
				t.Fatal(err)
			}
			checkModel(t, m)
		})
	}
}

// The word cache starts afresh when full; tagging must not change.
func TestFastDecodeAfterCacheReset(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace{}
	words := strings.Fields(fastTestDocs[0][0])
	checkDocument(t, m, ws, [][]string{words})
	var filler []string
	for i := 0; len(ws.sc.words) <= maxCachedWords; i++ {
		filler = append(filler[:0], "Word"+fmt.Sprint(i), "x"+fmt.Sprint(i), ".")
		m.decode(filler, nil, nil, ws)
	}
	m.decode(filler, nil, nil, ws) // the reset happens here
	if len(ws.sc.words) > len(filler) {
		t.Fatalf("cache holds %d words after a reset", len(ws.sc.words))
	}
	checkDocument(t, m, ws, [][]string{words})
}

// On real news text: the first OntoNotes dev documents, when the shared
// data is present.
func TestFastDecodeMatchesReferenceOnOntoNotes(t *testing.T) {
	const path = "../../../shared/data/ontonotes5-ner/dev.conll.gz"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared OntoNotes dev data absent (%v)", err)
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	gold, err := conll.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace{}
	docs := Documents(gold)
	for _, d := range docs[:min(len(docs), 40)] {
		sents := make([][]string, len(d))
		for i, s := range d {
			sents[i] = s.Words
		}
		checkDocument(t, m, ws, sents)
	}
}
