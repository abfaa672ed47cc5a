package quote

import (
	"bytes"
	_ "embed"
)

// The cue model is an averaged perceptron over hashed features of a word
// and its neighbours that says whether the word heads an attribution cue
// ("said", "endorsed", "called for"). It is trained on PolNeAR's train
// split by "newsgraph train quotes" and decides before the lexicon, which
// it also uses as a feature.

//go:embed cuemodel.bin.gz
var cueModelData []byte

//go:embed framemodel.bin.gz
var frameModelData []byte

var (
	defaultCueModel   = loadEmbedded("cue", cueModelData)
	defaultFrameModel = loadEmbedded("frame", frameModelData)
)

func loadEmbedded(name string, data []byte) *Model {
	if len(data) == 0 {
		return nil
	}
	m, err := ReadModel(bytes.NewReader(data))
	if err != nil {
		panic("quote: embedded " + name + " model: " + err.Error())
	}
	return m
}

// headlineCues head cues even when capitalised, as in headlines: "Clinton
// Says Russians Hacked DNC".
var headlineCues = set("says said warns tells claims urges slams blasts vows admits")

// cueCandidate reports whether token i may head a cue at all: a word
// outside quotation marks, in lower case unless it starts the sentence.
func (a *attributor) cueCandidate(i int) bool {
	if !a.isWord(i) || a.tokPiece[i] >= 0 {
		return false
	}
	if i+1 < len(a.low) && (a.low[i+1] == "n't" || a.low[i+1] == "n’t") {
		return false // "ca" of "can't" is no verb of saying
	}
	if c := a.low[i][0]; '0' <= c && c <= '9' && isNumber(a.low[i]) || neverCues[a.low[i]] {
		return false
	}
	return !a.isCap(i) || a.d.Sentences[a.d.Tokens[i].Sent].FirstToken == i || headlineCues[a.low[i]] ||
		a.titleCase(a.d.Tokens[i].Sent)
}

// titleCase reports whether sentence si is a headline in title case
// ("Senator Slams Plan To Cut Schools"), where verbs are capitalised too:
// most of its words, and at least four, start with a capital.
func (a *attributor) titleCase(si int) bool {
	t := a.tables()
	if t.title == nil {
		t.title = make([]int8, len(a.d.Sentences))
	}
	if t.title[si] == 0 {
		s := a.d.Sentences[si]
		words, caps := 0, 0
		for k := s.FirstToken; k < s.EndToken; k++ {
			if a.isWord(k) && !isNumber(a.low[k]) {
				words++
				if a.isCap(k) {
					caps++
				}
			}
		}
		t.title[si] = -1
		if caps >= 4 && caps*10 >= words*8 {
			t.title[si] = 1
		}
	}
	return t.title[si] > 0
}

// neverCues are function words that never head a cue on PolNeAR's train
// split (auxiliaries and adverbs before a cue belong to it but do not head
// it; "according" is handled apart). Skipping them halves the words the
// cue model scores.
var neverCues = set("the a an this these those that which who whom whose what where when why how " +
	"he she it they we i you him her them us me his its their our my your " +
	"of to in on at by for with from into about as than over under after before up out off " +
	"and or but nor so if because while although though whether " +
	"is was are were be been being has have had do does did will would can could should may might must " +
	"not n't no there here also very just only even still")
