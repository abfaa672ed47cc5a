package quote

import (
	"strings"

	"newsgraph/internal/doc"
)

// cueModelThreshold is the cue model's decision threshold. It is well
// below zero because the frame model, which sees the frame's speaker and
// content as well as the cue, filters the frames afterwards, and
// duplicate frames are dropped later: recall is the scarcer side here.
// One scalar, chosen on PolNeAR dev; a var so that tuning code can sweep it.
var cueModelThreshold float32 = -13

// Thresholds on a cue word's score (cues.txt) when there is no cue model:
// the usual one, and the one for a word followed by "that" or a colon,
// which marks reported content.
const (
	cueThreshold     = 0.35
	cueThresholdThat = 0.15
)

// frame is one attribution anchored on a cue: its speaker, and where its
// content lies.
type frame struct {
	cue       [2]int // cue tokens
	spk       [2]int // speaker tokens, empty when none
	according bool   // "according to X"
	lo, hi    int    // the sentence's tokens, final punctuation excluded
	sent      int
	before    bool // the content precedes the frame
	// coordinated is the "and" that joins the cue to the previous frame's
	// ("she said … and vowed …"), 0 when none.
	coordinated int
	// remote: the speaker is not next to the cue (a participle's or a
	// coordinated verb's subject), so the frame is the cue alone.
	remote bool
	colon  bool // "Name: …" opening a paragraph (colon.go)
	// subject is the subject of a perception verb ("the plan seemed
	// doomed"), which belongs to the content: the writer, not the
	// subject, makes the claim.
	subject [2]int
	stop    int  // where the content must end, 0 when the sentence decides
	nominal bool // "In a poll, …" (nominal.go)
}

// start and end are the frame's extent: speaker and cue.
func (f *frame) start() int {
	if f.spk[1] > f.spk[0] && !f.remote {
		return min(f.spk[0], f.cue[0])
	}
	return f.cue[0]
}

func (f *frame) end() int {
	if f.spk[1] > f.spk[0] && !f.remote {
		return max(f.spk[1], f.cue[1])
	}
	return f.cue[1]
}

// cueAt reports whether a cue starts at token i and how many tokens it
// takes.
func (a *attributor) cueAt(i, hi int) (int, bool) {
	w := a.low[i]
	if w == "according" {
		if i+1 < hi && a.low[i+1] == "to" {
			return 2, true
		}
		return 0, false
	}
	if i+2 < hi && a.low[i+1] == "to" && a.low[i+2] == "comment" {
		return 0, false // declining to comment says nothing
	}
	if a.passive(i, hi) {
		return 0, false // "backed by Russia": an agent, not a speaker
	}
	if a.model != nil {
		if !a.cueCandidate(i) {
			return 0, false
		}
		return 1, a.cueScore(i) > cueModelThreshold
	}
	score, ok := cueScores[w]
	if !ok {
		return 0, false
	}
	if i > 0 && (a.low[i-1] == "to" || articles[a.low[i-1]]) {
		return 0, false // "to say", "the claims"
	}
	th := cueThreshold
	for k := i + 1; k < min(hi, i+5); k++ {
		if a.low[k] == "that" || k == i+1 && a.low[k] == ":" {
			th = cueThresholdThat
			break
		}
		if !a.isWord(k) {
			break
		}
	}
	return 1, score >= th
}

// attributeSentences finds the frames of every sentence and turns each
// into a quote.
func (a *attributor) attributeSentences() {
	a.used = make([]bool, len(a.chains))
	for si, s := range a.d.Sentences {
		hi := s.EndToken
		for hi > s.FirstToken && a.tokPiece[hi-1] < 0 && isFinalPunct(a.low[hi-1]) {
			hi--
		}
		var frames []frame
		// Subjects start after a wire dateline, but text before a "…, X
		// said" frame still starts at the sentence start (frame.lo).
		lo := a.afterDateline(si, hi)
		first := lo
		if f, ok := a.colonFrame(si, lo, hi); ok {
			frames = append(frames, f)
			first = f.cue[1]
		} else if f, ok := a.nominalFrame(si, lo, hi); ok {
			frames = append(frames, f)
			first = f.spk[1]
		}
		for i := first; i < hi; i++ {
			if a.tokPiece[i] >= 0 {
				continue
			}
			n, ok := a.cueAt(i, hi)
			if !ok && a.tagVerb(i, lo, hi) {
				n, ok = 1, true
			}
			if !ok {
				continue
			}
			f := frame{cue: [2]int{i, i + n}, lo: s.FirstToken, hi: hi, sent: si}
			// "making it clear that …" reports a statement however the
			// frame model weighs the verb.
			f.nominal = a.makesClear(i, hi)
			if a.low[i] == "according" {
				f.according = true
				f.spk[0], f.spk[1] = a.speakerAfter(i+2, hi)
			} else if a.asReportedBy(i, lo, hi) {
				// "As reported by the Courier, …" reads like "according to".
				f.according, f.nominal = true, true
				f.spk[0], f.spk[1] = a.speakerAfter(i+2, hi)
			} else {
				// A participle ("…, saying", "drew crowds describing") takes the
				// clause's subject; a progressive ("is saying") does not.
				participle := a.isParticiple(i, lo)
				if a.passiveNoAgent(i) {
					// "X is expected to win": whoever expects it is unsaid.
					frames = append(frames, f)
					i += n - 1
					continue
				}
				if participle && !isClauseBreak(a.low[i-1]) {
					// "with Trump tweeting that …": a name (or a phrase after
					// "with") right before the participle is its own subject.
					if ps, pe := a.speakerBefore(i, lo); pe > ps && (a.isCap(pe-1) || ps > lo && a.low[ps-1] == "with") {
						participle = false
					}
				}
				if !participle {
					f.spk[0], f.spk[1] = a.speakerBefore(i, lo)
					if f.spk[0] == f.spk[1] && invertingVerbs[a.low[i]] {
						f.spk[0], f.spk[1] = a.speakerAfter(i+1, hi)
					} else if ss, se := a.invertedSpeaker(f.spk, i, lo, hi); se > ss {
						f.spk = [2]int{ss, se}
					}
				}
				// "…, saying …": a participle takes the clause's subject.
				if f.spk[0] == f.spk[1] && participle {
					if len(frames) > 0 && frames[len(frames)-1].spk[1] > frames[len(frames)-1].spk[0] {
						f.spk = frames[len(frames)-1].spk
					} else {
						f.spk[0], f.spk[1] = a.clauseSubject(lo, i)
					}
					f.remote = true
				}
				// "She said … and vowed …": the coordinated cue shares the subject.
				if j := a.skipModifiers(i-1, lo); f.spk[0] == f.spk[1] && j > lo &&
					(a.low[j] == "and" || a.low[j] == "but") {
					if len(frames) > 0 && frames[len(frames)-1].spk[1] > frames[len(frames)-1].spk[0] {
						f.spk = frames[len(frames)-1].spk
						f.coordinated = j
					} else {
						// "the court overruled and said …"
						f.spk[0], f.spk[1] = a.clauseSubject(lo, j)
					}
					f.remote = true
				}
				// "After thanking the crowd, he …": a fronted participle
				// takes the subject after its clause, and its content ends
				// at that clause's comma.
				if f.spk[0] == f.spk[1] && strings.HasSuffix(a.low[i], "ing") && a.frontedAt(i, lo) {
					if k, ss, se := a.mainSubject(i, hi); se > ss {
						f.spk, f.remote, f.stop = [2]int{ss, se}, true, k
					}
				}
			}
			// "He appeared to suggest that …" is still his suggestion.
			hedged := i+2 < hi && a.low[i+1] == "to" && cueScores[a.low[i+2]] >= 0.3
			if perceptionVerbs[a.low[i]] && f.spk[1] > f.spk[0] && !f.remote && !hedged {
				if f.spk[1]-f.spk[0] > 1 || a.low[f.spk[0]] != "it" {
					f.subject = f.spk
				}
				f.spk = [2]int{}
			}
			frames = append(frames, f)
			i += n - 1
		}
		a.sentenceFrames(frames)
	}
}

// clauseBetween reports whether tokens [lo, hi) hold a clause of their
// own, an auxiliary outside any relative clause: "…, the losses would
// outstrip the gains," is content, where "…, who has led the group
// since 2010," describes the speaker.
func (a *attributor) clauseBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch {
		case a.low[k] == "who" || a.low[k] == "which" || a.low[k] == "whose" || a.low[k] == "whom":
			return false
		case auxiliaries[a.low[k]] && a.tokPiece[k] < 0:
			return true
		}
	}
	return false
}

// invertedSpeaker returns the speaker after an inverting cue that follows
// a comma when the phrase found before the comma, spk, is no speaker: a
// clause ("The plan would cut taxes, said Jane Roe"), or any phrase when
// a name follows the cue ("Roe, 93, served in the war, said Gov. Ann
// Bell."; "…, the bank, which holds the loans, stands to lose, said Jane
// Roe, an analyst") unless a clause follows that name (clauseAfter).
// Empty otherwise, and for a day ("…, the mayor, said Tuesday").
func (a *attributor) invertedSpeaker(spk [2]int, i, lo, hi int) (int, int) {
	if !invertingVerbs[a.low[i]] || i <= lo || a.low[i-1] != "," {
		return 0, 0
	}
	ss, se := a.speakerAfter(i+1, hi)
	if se <= ss || se < hi && a.low[se] != "," && !prepositions[a.low[se]] || timeNouns[a.low[se-1]] {
		return 0, 0
	}
	if w := a.low[ss]; strings.HasSuffix(w, "ing") && !a.isCap(ss) && !ingNouns[w] {
		return 0, 0 // "…, said allowing FDI in the country is …": a gerund opens the content
	}
	// After "told" a name is the addressee: '"…," Roe, a lawyer, told
	// the Courier'.
	if a.clauseBetween(spk[1], i-1) || a.isCap(se-1) && !tellVerbs[a.low[i]] && !a.clauseAfter(se, hi) {
		return ss, se
	}
	return 0, 0
}

// clauseAfter reports whether what follows a name after the cue, tokens
// [lo, hi), makes the name the subject of the content: the list of names
// goes on to a verb ("said Britain, France and Germany had agreed") or
// a verb follows a relative clause of the name's ("said Britain, which
// holds the presidency, would veto"). An inverted speaker takes an
// appositive ("said Ann Bell, President and CEO of the clinic"), a
// relative clause ("said Ravi Menon, who has led the fund since 2010"),
// or, set off by commas, the rest of the content ("The tone, said Mr
// Milburn, would be calmer").
func (a *attributor) clauseAfter(lo, hi int) bool {
	k := lo
	for k < hi && (a.low[k] == "," || a.isCap(k)) {
		k++
	}
	if k > lo && k+1 < hi && (a.low[k] == "and" || a.low[k] == "or") && a.isCap(k+1) {
		for k++; k < hi && a.isCap(k); k++ {
		}
		// A verb after the list; "said Ann Bell, Tom Reed and Ed Stone."
		// lists the speakers, and "President and CEO of …" is a title.
		return k < hi && a.isWord(k) && !prepositions[a.low[k]] && a.low[k] != "of" && a.low[k] != "to"
	}
	relative, after := false, false
	for k := lo; k < hi; k++ {
		switch w := a.low[k]; {
		case w == "who" || w == "which" || w == "whose" || w == "whom" || w == "that":
			relative, after = true, true
		case w == ",":
			relative = false
		case auxiliaries[w] && a.tokPiece[k] < 0 && !relative && after:
			return true
		}
	}
	return false
}

func isFinalPunct(w string) bool {
	switch w {
	case ".", "!", "?", "...", "…", ";":
		return true
	}
	return false
}

// sentenceFrames decides where each frame's content lies and records the
// quotes. A frame at the end of its sentence after a comma ("…, he said",
// "…, according to X") takes what comes before; others take what follows.
// An "according to" frame beside another frame relays that frame's
// quote instead of making its own.
func (a *attributor) sentenceFrames(frames []frame) {
	for k := range frames {
		frames[k].before = a.contentBefore(&frames[k])
	}
	// "X said A, according to Y": Y relays X's statement when X's cue is a
	// sure one; otherwise "according to" makes its own quote.
	var relay *frame
	for k := range frames {
		if !frames[k].according {
			continue
		}
		for j := range frames {
			// Only a statement made before "according to" is relayed:
			// "According to police, officers saw A, and they ordered B"
			// reports what the police say.
			if j != k && !frames[j].according && frames[j].cue[0] < frames[k].cue[0] && a.sureCue(frames[j].cue[0]) {
				relay = &frames[k]
			}
		}
		break
	}
	for k := range frames {
		f := &frames[k]
		if f == relay || !a.collect && a.notASpeaker(f) {
			continue
		}
		hi := f.hi
		if f.stop > 0 && f.stop < hi {
			hi = f.stop
		}
		// Content after a frame stops where a later frame that looks back
		// begins ("X said that A, according to Y").
		for j := k + 1; j < len(frames); j++ {
			if frames[j].before && frames[j].start() > f.end() {
				hi = a.trimComma(frames[j].start())
				break
			}
			if frames[j].coordinated >= f.end() {
				hi = a.trimComma(frames[j].coordinated)
				break
			}
			// "while he said A, he clarified that B", "…, adding that B".
			if st := frames[j].start(); st > f.end()+1 {
				b := st - 1
				for b > f.end() && a.mark[b] && a.closesChain(b) {
					b-- // '"corrupt," noting': the quotation stays
				}
				if b < st-1 && isClauseBreak(a.low[b]) {
					hi = st
					break
				}
				// "…, but he said": a conjunction after the comma.
				if (a.low[b] == "but" || a.low[b] == "and" || a.low[b] == "while") && b-1 > f.end() && a.low[b-1] == "," {
					hi = b - 1
					break
				}
				// "…, though she acknowledged", "… because they felt", "… and
				// Democrats accused": a new clause with its own speaker.
				if g := &frames[j]; clauseJoiners[a.low[b]] && b > f.end() && a.tokPiece[b] < 0 &&
					g.spk[1] > g.spk[0] && !g.remote && g.spk[0] < g.cue[0] && g.spk[0] == st {
					hi = a.trimComma(b)
					break
				}
				// "said that in 1998, the senator allowed …": a phrase fronted
				// inside the that-clause, whose subject comes after the comma.
				fronted := a.low[f.end()] == "that" && b-f.end() <= 6 && a.low[b] == "," && !a.clauseBetween(f.end()+1, b)
				if isClauseBreak(a.low[b]) && a.tokPiece[b] < 0 && !fronted {
					hi = a.trimComma(st)
					break
				}
			}
		}
		var spans []doc.Span
		var direct bool
		if w := a.whatClause(f, hi); w > 0 {
			// "what the senators said was gerrymandering": the free relative
			// with its frame is the content.
			spans = []doc.Span{a.tokSpan(f.spk[0]-1, w)}
			direct = a.kindOf(spans, false) == doc.Direct
		} else if f.colon && a.tokPiece[f.cue[0]] >= 0 {
			spans, direct = a.turnSpans(f.cue[0]), true
		} else if f.before {
			spans, direct = a.contentSpansBefore(f)
			if len(spans) == 0 && f.end() < hi {
				// The quotation before was another frame's ("…, citing
				// "X," said Y will …"): look forward instead.
				spans, direct = a.contentSpansAfter(f, hi)
			}
		} else {
			if f.remote && f.coordinated == 0 && f.cue[0] > f.lo && isClauseBreak(a.low[f.cue[0]-1]) {
				hi = a.parentheticalEnd(f, hi)
			}
			spans, direct = a.contentSpansAfter(f, hi)
		}
		if len(spans) == 0 {
			continue
		}
		fq := found{spk: f.spk, cue: f.cue, sent: f.sent, strength: a.cueStrength(f.cue[0]), sure: f.nominal}
		if f.spk[1] == f.spk[0] {
			fq.strength -= speakerlessPenalty
		}
		if a.frameModel != nil || a.collect {
			fq.feats = a.frameFeatures(f, spans, a.kindOf(spans, direct), len(frames))
			if a.frameModel != nil {
				fq.strength += a.frameModel.score(fq.feats)
			}
		}
		fq.q = doc.Quote{Spans: spans, SpeakerEnt: -1, AccordingTo: -1, Date: -1}
		fq.q.Cue = a.tokSpan(f.cue[0], f.cue[1])
		fq.q.Kind = a.kindOf(spans, direct)
		if f.spk[1] > f.spk[0] {
			fq.q.Speaker = a.tokSpan(f.spk[0], f.spk[1])
		}
		a.resolve(&fq)
		if relay != nil && relay.spk[1] > relay.spk[0] {
			fq.q.AccordingTo = a.entityIn(relay.spk[0], relay.spk[1])
		}
		fq.q.Date = a.dateOf(f, spans)
		a.quotes = append(a.quotes, fq)
	}
}

// notASpeaker reports whether the speaker of frame f is a single word no
// one can be: an article or preposition, the word taken for a cue being a
// noun or adjective after it ("The notes will be sold through
// underwriters", "Despite strong sales, …"); an adverb ("Clearly, the
// media …, repeating") or another word that stands as a subject only by
// mistake ("Please feel free to reply", "Learn more"); a verb after
// "to" ("attempts to debunk claims that …"); or, before a colon, a label
// ("Cost: a week costs £2,950"). A frame with no speaker is no one's when
// its cue speaks to the reader (imperative). Training still sees such frames
// (collect), as negatives, so the shipped models do not depend on this
// check.
func (a *attributor) notASpeaker(f *frame) bool {
	lo, hi := f.spk[0], f.spk[1]
	if lo == hi {
		return a.imperative(f)
	}
	if hi != lo+1 {
		return false
	}
	w := a.low[lo]
	switch {
	case w == "the" || w == "a" || w == "an" || w == "despite" || prepositions[w] || isAdverb(w) || loneNonSpeakers[w]:
		return true
	case lo > 0 && a.low[lo-1] == "to" && !a.isCap(lo) && !a.according(lo):
		return true
	}
	return f.colon && colonLabels[w]
}

// imperative reports whether the cue of frame f, which has no speaker,
// is a verb in the imperative that opens its sentence, speaking to the
// reader ("Thank you for reading!", "Ask your lender whether …", "Don't
// worry about an audit", "Note that …"): the writer's advice, no one's
// reported words. A bare form only: "Seen as costly, …" and "Says …"
// stay.
func (a *attributor) imperative(f *frame) bool {
	c := f.cue[0]
	w := a.low[c]
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") ||
		irregularParticiples[w] || f.according {
		return false
	}
	k := a.d.Sentences[f.sent].FirstToken
	for k < c && (!a.isWord(k) || isNumber(a.low[k]) || imperativeOpeners[a.low[k]]) {
		k++ // "1. Ask your lender", "Please note", "Don't worry"
	}
	return k == c
}

// imperativeOpeners may stand before an imperative verb.
var imperativeOpeners = set("please do don't don’t n't n’t not just also simply")

// colonLabels head the lines of a listing or a page's furniture, not a
// speaker's words ("Trending: …", "Read more: …").
var colonLabels = set("cost costs price prices address tel phone email e-mail website web note update updated " +
	"contact tickets admission hours details info information rates fee fees where when " +
	"trending related more also advertisement sponsored")

// loneNonSpeakers are words that stand alone as a subject only by
// mistake: adverbs without -ly ("Even, …") and the imperatives of a page's
// furniture ("Learn more about this at …", "Please feel free to reply").
var loneNonSpeakers = set("even still ever also just only yet please learn read click watch see sign subscribe " +
	"follow share download visit listen")

// whatClause returns the end of the free relative that holds frame f
// ("what the senators said was gerrymandering", "what she called a
// rant"): "what" right before the speaker, the clause running to the next
// comma or hi; 0 when the frame is not in one.
func (a *attributor) whatClause(f *frame, hi int) int {
	if f.spk[1] <= f.spk[0] || f.spk[0] <= f.lo || f.remote || a.low[f.spk[0]-1] != "what" || f.spk[0] > f.cue[0] {
		return 0
	}
	end := f.cue[1]
	for end < hi && !(a.low[end] == "," && a.tokPiece[end] < 0) {
		if a.closesChain(end) {
			for end < hi && a.closesChain(end) {
				end++ // 'what she called a "rant,"' ends with its quotation
			}
			break
		}
		end++
	}
	if a.words(f.cue[1], end) == 0 {
		return 0
	}
	return end
}

// trimComma steps back over a comma or dash before token i.
func (a *attributor) trimComma(i int) int {
	for i > 0 && isCommaOrDash(a.low[i-1]) {
		i--
	}
	return i
}

// contentBefore reports whether f's content precedes it: the frame is
// preceded by a comma or a closing quotation mark, and little follows it.
func (a *attributor) contentBefore(f *frame) bool {
	if f.colon || f.remote {
		return false // "…, Roe said, adding later, "B."": a participle looks ahead
	}
	s := f.start()
	inverted := f.spk[1] > f.spk[0] && f.spk[0] >= f.cue[1]
	if s == f.lo {
		// '"…!" he said.' split into two sentences: a quotation just ended.
		return s > 0 && a.closesChain(s-1) && a.sameParagraph(s-1, s) && (inverted || f.hi-f.end() <= 6)
	}
	prev := a.low[s-1]
	if prev == "as" && s-2 > f.lo && isClauseBreak(a.low[s-2]) && a.words(f.lo, s-2) >= 2 &&
		(f.end() >= f.hi || f.end() == f.hi-1 && a.low[f.end()] == "it") {
		f.nominal = true // a rule frame the frame model need not judge
		return true      // "…, as police have said.", "…, as a memo put it."
	}
	if !isCommaOrDash(prev) && !a.closesChain(s-1) {
		return false
	}
	if e := a.trimComma(s); e > f.lo && a.closesChain(e-1) && a.chainWords(a.pieces[a.tokPiece[e-1]].chain) >= 2 &&
		!a.titleQuote(a.pieces[a.tokPiece[e-1]].chain) {
		return true // '"…," said X, who …'
	}
	if a.words(f.lo, a.trimComma(s)) < 2 {
		return false
	}
	// "Riding alone, they said, can be hazardous": a parenthetical frame.
	if a.low[s-1] == "," && a.resumes(f) && (a.words(f.lo, s) >= 3 || a.words(f.lo, s) == 2 && auxiliaries[a.low[f.end()+1]]) &&
		!prepositions[a.low[f.lo]] &&
		!subordinators[a.low[f.lo]] && a.chainInside(f.lo, s) < 0 {
		return true
	}
	// What follows must hold no content of its own: nothing, a time or
	// place ("on Monday", "in a statement"), or a clause of the frame's.
	// "…, she told reporters on Monday": the addressee belongs to the frame.
	end := a.tailStart(f)
	if a.coordinatedCue(end, f.hi) && a.sureCue(f.cue[0]) {
		// "…, the minister said and added that …": the rest is the second
		// verb's; "I laughed and said …" is no statement of its own.
		return true
	}
	tail := f.hi - end
	if end > f.end() && tail > 4 && !a.clauseAt(end, f.hi) {
		return false // "…, a caller told a dispatcher before police arrived"
	}
	adjunct := a.adjunctAt(end) && !(end == f.cue[1] && prepComplements[stem(a.low[f.cue[0]])+" "+a.low[end]])
	if !inverted && !f.according && tail > 0 && !a.clauseAt(end, f.hi) && !adjunct {
		return false
	}
	// A long tail is fine after an inverted speaker (", said Jane Roe, a
	// lawyer who …") or when it opens with an adjunct ("he said after …").
	if tail > 8 && !a.clauseAt(end, f.hi) && !inverted && !adjunct {
		return false
	}
	for i := end; i < f.hi && a.low[i] != ","; i++ {
		if a.low[i] == "that" || a.low[i] == ":" {
			return false
		}
	}
	return true
}

// closesChain reports whether token i is the closing mark of a quotation.
func (a *attributor) closesChain(i int) bool {
	p := a.tokPiece[i]
	return p >= 0 && a.mark[i] && a.pieces[p].close >= 0 && i >= a.pieces[p].close
}

// clauseFollows reports whether the frame is followed by a comma and a
// participle clause or a relative clause ("…, she said, adding that …",
// "…, said X, who …"), which belong to the frame, not to new content.
func (a *attributor) clauseFollows(f *frame) bool {
	return a.clauseAt(f.end(), f.hi)
}

// clauseAt is clauseFollows for a frame that ends before token i.
func (a *attributor) clauseAt(i, hi int) bool {
	if i >= hi || a.low[i] != "," || i+1 >= hi {
		return false
	}
	w := a.low[i+1]
	return w == "who" || w == "which" || w == "according" || strings.HasSuffix(w, "ing") ||
		subordinators[w] || prepositions[w]
}

// tellVerbs take the addressee as their object: "told reporters".
var tellVerbs = set("told tells tell telling assured assures informed informs reminded")

// tailStart is where what follows a frame starts: after its cue and
// speaker and, for a verb of telling with its speaker before it, after
// the addressee ("she told reporters").
func (a *attributor) tailStart(f *frame) int {
	end := f.end()
	if tellVerbs[a.low[f.cue[0]]] && !(f.spk[1] > f.spk[0] && f.spk[0] >= f.cue[1]) {
		end = a.skipAddressee(end, f.hi)
	}
	return end
}

// skipAddressee steps over the addressee that starts at token k: a
// pronoun, or a noun phrase up to a preposition, time or comma.
func (a *attributor) skipAddressee(k, hi int) int {
	if k >= hi || a.tokPiece[k] >= 0 {
		return k
	}
	if objectPronouns[a.low[k]] {
		return k + 1
	}
	j := k
	for j < hi && j-k < 8 && a.npToken(j) && !frameAdjuncts[a.low[j]] {
		j++
	}
	return j
}

// adjunctAt reports whether an adjunct of the frame starts at token i: a
// time or place ("on Monday", "in a statement"), but not a day that owns
// the next noun ("Friday's test").
func (a *attributor) adjunctAt(i int) bool {
	if i >= len(a.low) || !frameAdjuncts[a.low[i]] {
		return false
	}
	return i+1 >= len(a.low) || a.low[i+1] != "'s" && a.low[i+1] != "’s"
}

// prepComplements are cue stems (see stem) with the preposition that
// opens their content rather than an adjunct: "believe in", "insisted on".
var prepComplements = map[string]bool{
	"believ in": true, "insist on": true, "comment on": true, "report on": true, "call on": true,
	"focus on": true, "agre on": true, "reflect on": true, "elaborat on": true, "touch on": true,
	"weigh in": true, "count on": true, "dwell on": true, "speak on": true,
}

// frameAdjuncts start phrases that belong to a frame, not to content.
var frameAdjuncts = set("on in at during after before last this yesterday today tonight earlier later " +
	weekdayWords)

// sameParagraph reports whether tokens i and j lie in one paragraph.
func (a *attributor) sameParagraph(i, j int) bool {
	return a.d.Sentences[a.d.Tokens[i].Sent].Para == a.d.Sentences[a.d.Tokens[j].Sent].Para
}

// skipModifiers steps left from token j over auxiliaries and adverbs.
func (a *attributor) skipModifiers(j, lo int) int {
	for j >= lo && cueModifiers[a.low[j]] {
		j--
	}
	return j
}

// isCommaOrDash reports a comma or a dash that sets off a frame.
func isCommaOrDash(w string) bool {
	switch w {
	case ",", "—", "–", "--":
		return true
	}
	return false
}

func isClauseBreak(w string) bool {
	switch w {
	case ",", "—", "–", "--", ";":
		return true
	}
	return false
}

// cueStrength is how sure the model (or else the lexicon) is that token i
// heads a cue; "according to" counts as sure.
func (a *attributor) cueStrength(i int) float32 {
	if a.low[i] == "according" || a.low[i] == ":" {
		return 100
	}
	if a.model != nil {
		return a.cueScore(i)
	}
	return float32(cueScores[a.low[i]])
}

var beForms = set("be been being is was are were")

// passive reports whether the participle at token i is in the passive
// with an agent: "has been backed by", "was praised by".
func (a *attributor) passive(i, hi int) bool {
	if i+1 >= hi || a.low[i+1] != "by" {
		return false
	}
	j := i - 1
	for j >= 0 && cueModifiers[a.low[j]] && !beForms[a.low[j]] {
		j--
	}
	return j >= 0 && beForms[a.low[j]]
}

// passiveNoAgent reports whether the participle at token i is a passive
// whose agent goes unnamed ("is expected", "was widely seen").
func (a *attributor) passiveNoAgent(i int) bool {
	if !strings.HasSuffix(a.low[i], "ed") && !strings.HasSuffix(a.low[i], "en") && !strings.HasSuffix(a.low[i], "wn") &&
		!irregularParticiples[a.low[i]] {
		return false
	}
	j := i - 1
	for j >= 0 && (cueModifiers[a.low[j]] || isAdverb(a.d.TokenText(j))) && !beForms[a.low[j]] {
		j-- // "is not thought", "has been harshly criticized"
	}
	return j >= 0 && beForms[a.low[j]]
}

// irregularParticiples are past participles without a regular ending.
var irregularParticiples = set("thought told said held seen known shown made sent meant felt found heard kept " +
	"left brought sought taught understood")

// speakerlessPenalty lowers the strength of a frame with no speaker when
// two frames claim the same content.
const speakerlessPenalty = 10

// auxiliaries open the rest of a clause after a parenthetical frame:
// "The museum, he said, would …".
var auxiliaries = set("is was are were will would can could should may might must has have had does did")

// clauseJoiners join a clause with its own subject to the one before.
var clauseJoiners = set("but and while though although yet whereas because since so")

// perceptionVerbs report how something looked to the writer: their
// subject is part of what is claimed, not its source.
var perceptionVerbs = set("seem seems seemed seemingly appear appears appeared")

// invertingVerbs are the reporting verbs that put their speaker after
// them ("…, said Jane Roe"); other verbs are followed by their object.
var invertingVerbs = set("said says say added adds wrote writes asked asks continued continues explained " +
	"explains noted notes recalled recalls replied replies countered counters observed remarked declared " +
	"argued argues insisted insists warned warns told tells stated concluded acknowledged admitted " +
	"responded reported reports announced cautioned conceded confirmed agreed suggested declares " +
	"posited predicted claimed claims quipped joked tweeted tweets read reads")

// parentheticalEnd is where the content of a participle frame set off by
// commas ends ("Obama, making it clear that trade mattered, stood …"):
// at the comma that closes the parenthesis, if the sentence goes on past
// it with more than a few words.
func (a *attributor) parentheticalEnd(f *frame, hi int) int {
	for k := f.cue[1]; k < hi; k++ {
		if a.tokPiece[k] >= 0 {
			return hi // a quotation inside: leave it whole
		}
		if a.low[k] != "," || k+1 >= hi || a.words(k, hi) <= 3 || !a.isWord(k+1) || a.isCap(k+1) {
			continue
		}
		// The parenthesis closes before the main verb: a lower-case word
		// that is no article, pronoun, preposition or conjunction.
		if w := a.low[k+1]; !determiners[w] && (!npStops[w] || beForms[w] || w == "has" || w == "had" || w == "have") {
			return k
		}
	}
	return hi
}

// isParticiple reports whether the -ing cue at token i is a participle
// ("…, saying", "drew crowds describing") rather than a progressive ("is
// saying") or a gerund subject.
func (a *attributor) isParticiple(i, lo int) bool {
	if !strings.HasSuffix(a.low[i], "ing") || i <= lo {
		return false
	}
	b := i - 1
	for b > lo && a.mark[b] {
		b-- // '"…," saying'
	}
	if isClauseBreak(a.low[b]) {
		return true
	}
	j := a.skipModifiers(i-1, lo)
	if j >= lo && beForms[a.low[j]] {
		return false
	}
	return a.isWord(i-1) && !pronouns[a.low[i-1]]
}

// titleQuote reports whether a quotation is a name or title rather than a
// statement: it follows a preposition, an article or a possessive ('the
// broadcast of "Fox News Sunday,"').
func (a *attributor) titleQuote(c int) bool {
	open := a.pieces[a.chains[c][0]].open
	for open > 0 && a.mark[open-1] {
		open--
	}
	if open == 0 {
		return false
	}
	w := a.low[open-1]
	if w == "," && open >= 2 && titleNouns[a.low[open-2]] {
		return true // 'his show, "Politicking"'
	}
	return articles[w] || prepositions[w] || w == "of" || w == "called" || w == "titled" || w == "named" ||
		w == "'s" || w == "’s" // 'on NBC's "Meet the Press,"'

}

// titleNouns name works whose title may follow them after a comma.
var titleNouns = set("show book film movie program programme series column song album podcast " +
	"documentary novel memoir play essay headline newsletter")

// chainInside returns a quotation chain that opens within tokens [lo, hi),
// or -1.
func (a *attributor) chainInside(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if c := a.chainOpenedAt(k); c >= 0 {
			return c
		}
	}
	return -1
}

// makesClear reports whether the cue at token i is a form of "make"
// followed by "it clear" (or "plain", "known").
func (a *attributor) makesClear(i, hi int) bool {
	switch a.low[i] {
	case "make", "makes", "made", "making":
	default:
		return false
	}
	return i+2 < hi && a.low[i+1] == "it" && (a.low[i+2] == "clear" || a.low[i+2] == "plain" || a.low[i+2] == "known")
}
