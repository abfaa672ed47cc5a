// Package ner is newsgraph's trained named-entity tagger: it gives each
// token of a sentence an IOB2 tag over the 18 OntoNotes 5.0 types
// (PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW,
// LANGUAGE, DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL), or
// over whatever types the CoNLL data it is trained on uses.
//
// # Method
//
// The tagger is a first-order linear model over tag bigrams, decoded
// exactly by Viterbi. Inside the model, tags follow a scheme (tags.go):
// the shipped model uses BILOU (B- begins an entity of several tokens,
// I- is inside it, L- is its last token, U- a one-token entity; 73 tags
// for 18 types), which gives a linear model weights of its own for the
// ends of entities and for one-word names and was worth 0.4 points of
// dev F1 over IOB2 (Ratinov and Roth 2009 found the same); IOB2 remains a
// training option. Transitions that break the scheme are forbidden (in
// BILOU, I-X and L-X only after B-X or I-X, which must be followed by
// one of them, also at the end of the sentence). Training reads IOB2 (or
// IOB1) and converts the gold entities to the scheme; tagging converts
// the best path back (L- reads I-, U- reads B-), so callers only ever
// see IOB2.
//
// The shipped model's weights are trained as a linear-chain CRF
// (Lafferty et al. 2001; crf.go): each sentence's conditional
// log-likelihood is climbed by averaged SGD, its gradient the expected
// feature counts from forward–backward over the allowed transitions
// (forward.go, which also keeps BILOU's rule on how a sentence may end)
// minus the gold counts. A CRF rather than the averaged structured
// perceptron (Collins 2002), which is still an option, because it scored
// better on OntoNotes dev with the same features, decoder and feature
// dropout (IOB2: F1 0.840 against 0.837 at seed 1, 0.838 against 0.835
// at seed 2; see model/README.md for BILOU), and the perceptron did not
// catch up with more epochs. The perceptron corrects only the tags it got
// wrong; the CRF moves every tag by how likely it was, so it keeps
// learning from sentences it already tags right. The CRF takes about
// three times as long to train (minutes on one core), and its many tiny
// weights are dropped from the model so that it is no larger or slower
// than the perceptron's. Both are deterministic for a seed. The shipped
// model is also trained with feature dropout (a random fifth of a
// token's features hidden at each update; TrainOptions.Dropout), which
// keeps the word itself from doing all the work and was worth about half
// a point of dev F1 to the perceptron.
//
// Features (see features.go) are word, lower-cased word, shape and short
// shape, prefixes and suffixes of one to four letters, the words and
// shapes of a ±2 window and their conjunctions, sentence-level capitals,
// the run of capitalised words a token is in (its length, first and last
// word), document-level facts about the word (is it capitalised
// mid-sentence elsewhere in the document, the longest capitalised run it
// appears in; see document.go), the entity type the model itself gave
// the same word most often earlier in the document (history.go; the
// shipped model uses it: 0.1 to 0.34 points of OntoNotes dev F1 over
// three seeds, 0.9 on CoNLL-2003), BIO matches of package gazetteer's
// countries, places, demonyms, leaders, organisations and titles, and,
// when the model has a lexicon, word-cluster path prefixes (4, 6, 10, 20
// bits, ±2 window) and capitalisation habits computed from unlabeled news
// by package wordclusters. Previous tags enter through the transition
// weights. Tokens are normalised first, so raw-text and Treebank
// spellings of the same token look alike: curly quotes and the Treebank's
// doubled backquotes and apostrophes, ( and -LRB-, ’ and '.
//
// Features are hashed (FNV-1a, then a mixing step) into 2^bits buckets;
// each bucket holds one weight per tag. The model file keeps only
// non-zero weights, quantised to 16 bits, gzip-compressed, with a version
// byte and the tag scheme (see modelfile.go; IOB2 models keep the older
// version 1 format, which still loads). The shipped model lives in model/ and is
// embedded; Default loads it once.
//
// Tagging sums the same weights as training, with shortcuts that cannot
// change a score (integer sums do not depend on order): templates.go
// marks each template as reading one word at a fixed offset (the word,
// or the one before, after, two before, two after), so the summed
// weights of each offset's templates are cached per distinct word, or
// as context, hashed per token, where templates with few distinct
// values are summed together and cached by their buckets (memo.go).
// Viterbi tries for O and B- tags (and U- in BILOU) only the
// predecessors that can still win (viterbi.go). TestFastDecodeMatchesReference checks scores and
// tags bit for bit against summing every feature.
//
// # Use
//
//	m, err := ner.Default()
//	tags := m.Tag([]string{"Hassan", "Rouhani", "spoke", "in", "Tehran", "."})
//	for _, c := range ner.Chunks(tags) { ... c.Start, c.End, c.Type ... }
//	docTags := m.TagDocument(sentences) // better: sees the whole document
//
// Model is safe for concurrent use.
package ner
