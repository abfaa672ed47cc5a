package event

import (
	"strings"

	"newsgraph/internal/doc"
)

// Modality values, from the strongest claim on the event's reality to the
// weakest.
const (
	Asserted    = "asserted"    // the text states it happened
	Reported    = "reported"    // the text relays someone's statement that it happened
	Claimed     = "claimed"     // a contested allegation ("claimed", "allegedly")
	Planned     = "planned"     // intended or prepared, not yet done
	Conditional = "conditional" // would happen if (or unless) something else does
	Denied      = "denied"      // negated or denied
)

// Modalities lists the modality values, strongest first.
var Modalities = []string{Asserted, Reported, Claimed, Planned, Conditional, Denied}

var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true}

var plannedCues = map[string]bool{
	"planning": true, "plans": true, "plan": true, "planned": true, "preparing": true, "prepare": true,
	"prepares": true, "prepared": true, "intends": true, "intend": true, "intending": true, "set": true,
	"going": true, "about": true, "expected": true, "scheduled": true, "due": true, "ready": true, "poised": true,
	"aims": true, "aim": true, "seeks": true, "seeking": true,
}

// intentCues mark a stated commitment: with a cooperative act a promise
// (AGREE), with a hostile act a threat (THREATEN).
var intentCues = map[string]bool{
	"will": true, "would": true, "shall": true, "'ll": true, "vowed": true, "vows": true, "pledged": true, "pledges": true,
	"promised": true, "promises": true, "willing": true, "prepared": true, "ready": true,
}

var claimCues = map[string]bool{
	"claimed": true, "claims": true, "claim": true, "alleged": true, "alleges": true, "allegedly": true,
	"reportedly": true, "purportedly": true, "supposedly": true, "rumoured": true, "rumored": true,
	// "accused Russia of shelling": what one side accuses the other of
	// is its claim.
	"accused": true, "accuses": true, "accusing": true, "accuse": true, "blamed": true, "blames": true,
}

var denyCues = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "rejected": true}

// modality sets the candidate's modality, its relaying source and the
// promise/threat reading of stated intentions.
func (x *extractor) modality(s *sentence, c *candidate) {
	first := c.m.first
	if qs := x.quotesHolding(c.trigger); len(qs) > 0 {
		c.quote = qs[len(qs)-1]
	}
	c.modality = Asserted
	// Relaying sources: "according to X", a reporting verb, a quote.
	if k := indexOf(s.lower, "according"); k >= 0 && k+1 < len(s.lower) && s.lower[k+1] == "to" {
		if pi := s.nextPhrase(k + 2); pi >= 0 {
			c.accordingTo = s.phrases[pi].members[0]
			c.hasAccording = true
			c.modality = Reported
		}
	}
	if sp := s.speakerOf(x, first); sp != nil {
		c.speaker = sp
		if !sameActors(sp, c.sources) {
			c.modality = Reported
			if !c.hasAccording {
				c.accordingTo, c.hasAccording = sp[0], true
			}
		}
	}
	if c.quote >= 0 && c.modality == Asserted && !sameActors(c.speaker, c.sources) {
		// In a quotation, unless the one quoted is the one acting ("the
		// rebels announced a ceasefire").
		q := x.d.Quotes[c.quote]
		if !quotedSource(s, q, c.sources) {
			c.modality = Reported
		}
	}
	// Claims: "a report which claimed that ...", "allegedly".
	for k := first - 1; k >= 0 && k >= first-12; k-- {
		if s.lower[k] == ";" {
			break
		}
		if claimCues[s.lower[k]] {
			c.modality = Claimed
			if pi := s.subject(k); pi >= 0 {
				if m := s.resolve(x, pi); len(m) > 0 && !sameActors(m, c.sources) {
					c.accordingTo, c.hasAccording = m[0], true
				}
			}
			break
		}
	}
	if c.inherit != nil && (c.modality == Asserted || c.modality == Reported) {
		c.modality = c.inherit.modality
		c.accordingTo, c.hasAccording = c.inherit.accordingTo, c.inherit.hasAccording
	}
	// Plans and intentions, in the few words before the trigger.
	intent := false
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		w := s.lower[k]
		if clauseBreak[w] || w == "," || w == "that" {
			break
		}
		if plannedCues[w] {
			c.modality = Planned
		}
		if intentCues[w] {
			intent = true
		}
	}
	conditional := indexOf(s.lower, "if") >= 0 || indexOf(s.lower, "unless") >= 0
	unless := indexOf(s.lower, "unless") >= 0
	if intent && (conditional && !cooperative(c.typ) || unless) && c.typ != "THREATEN" && c.typ != "REQUEST" && c.typ != "AGREE" {
		// "will boycott the elections unless the president steps down";
		// "will withdraw its force unless a ceasefire is arranged": any
		// act held out "unless" the other side yields is a threat, where
		// "if" may introduce a promise.
		c.mode = strings.ToLower(c.typ)
		c.typ, c.cameo = "THREATEN", cameoRoots["THREATEN"]
	}
	if intent && material(c.typ) && c.typ != "MOBILIZE" && len(c.targets) > 0 {
		// "will release the hostages" is a promise; "would blockade the
		// capital" a threat. The act becomes the mode. An intention with
		// no one it is aimed at ("will resign") stays a planned act, and
		// so does a deployment ("will send troops"), which is a posture,
		// not yet a threat to anyone.
		c.mode = strings.ToLower(c.typ)
		// A promise or threat made to someone is an event in full, even
		// from a weak verb ("will provide food aid to refugees").
		c.weight = max(c.weight, 2)
		if cooperative(c.typ) {
			c.typ, c.cameo = "AGREE", cameoRoots["AGREE"]
		} else {
			c.typ, c.cameo = "THREATEN", cameoRoots["THREATEN"]
		}
		if c.modality == Planned {
			c.modality = Asserted
		}
	} else if intent && material(c.typ) && (c.modality == Asserted || c.modality == Reported) {
		// The act itself is still to come, not stated as done.
		c.modality = Planned
	}
	// Conditions: "if Assad uses chemical weapons, we will respond".
	if indexOf(s.lower, "if") >= 0 || indexOf(s.lower, "unless") >= 0 {
		for k := first - 1; k >= 0 && k >= first-3; k-- {
			if intentCues[s.lower[k]] || s.lower[k] == "could" || s.lower[k] == "might" {
				c.modality = Conditional
				break
			}
		}
		if c.typ == "THREATEN" {
			c.modality = Conditional
			if len(c.targets) == 0 {
				// "if Assad uses chemical weapons, the United States will
				// respond": the threat is aimed at the condition's
				// subject.
				k := indexOf(s.lower, "if")
				if k < 0 {
					k = indexOf(s.lower, "unless")
				}
				if pi := s.nextPhrase(k + 1); pi >= 0 && s.phrases[pi].coded() {
					c.targets = dropSame(s.resolve(x, pi), c.sources)
				}
			}
		}
	}
	// Negation and denial override everything else.
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if negations[s.lower[k]] {
			c.modality = Denied
			break
		}
		if clauseBreak[s.lower[k]] {
			break
		}
	}
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if denyCues[s.lower[k]] && c.typ != "REJECT" && k < first {
			if s.lower[k] != "rejected" || k+1 < len(s.lower) && (s.lower[k+1] == "claims" || s.lower[k+1] == "allegations" || s.lower[k+1] == "reports") {
				c.modality = Denied
			}
			break
		}
		if clauseBreak[s.lower[k]] {
			break
		}
	}
}

// quotedSource reports whether the quote's speaker is one of the sources,
// by entity or by the speaker's words.
func quotedSource(s *sentence, q doc.Quote, sources []member) bool {
	for _, m := range sources {
		if q.SpeakerEnt >= 0 && m.entity == q.SpeakerEnt {
			return true
		}
		if m.start >= 0 && m.from == s && q.Speaker.Len() > 0 && s.span(m.start, m.end).Overlaps(q.Speaker) {
			return true
		}
	}
	return false
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

// speakerOf finds who says the clause holding word i: the subject of a
// reporting verb before it ("X said that ..."), or a trailing attribution
// (", X said." / ", said X."), or the speaker of the quote it is in.
func (s *sentence) speakerOf(x *extractor, i int) []member {
	for k := i - 1; k >= 0; k-- {
		w := s.lower[k]
		if w == ";" {
			break
		}
		if sayVerbs[w] && (w != "reported" || k+1 < len(s.lower) && s.lower[k+1] == "that") {
			if pi := s.subject(k); pi >= 0 {
				return s.resolve(x, pi)
			}
			return nil
		}
	}
	for k := i + 1; k < len(s.lower); k++ {
		w := s.lower[k]
		if w == ";" {
			break
		}
		if !sayVerbs[w] {
			continue
		}
		if !hasCommaBetween(s, i, k) {
			break
		}
		if pi := s.subject(k); pi >= 0 && s.phrases[pi].start > i {
			return s.resolve(x, pi)
		}
		if pi := s.nextPhrase(k + 1); pi >= 0 {
			return s.resolve(x, pi)
		}
		break
	}
	return s.quoteSpeaker(x, i)
}

// quoteSpeaker returns the speaker of the quotation that holds word i.
func (s *sentence) quoteSpeaker(x *extractor, i int) []member {
	for _, qi := range x.quotesHolding(s.span(i, i+1)) {
		if q := x.d.Quotes[qi]; q.SpeakerEnt >= 0 && q.SpeakerEnt < len(x.d.Entities) {
			return []member{entityMember(x, q.SpeakerEnt)}
		}
	}
	return nil
}

func hasCommaBetween(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.lower[k] == "," {
			return true
		}
	}
	return false
}

// entityMember codes an entity as an actor when it has no mention in the
// sentence (a quote's speaker).
func entityMember(x *extractor, ent int) member {
	p := piece{entity: ent, kind: pkName}
	s := &sentence{d: x.d, g: x.g, day: x.day}
	s.codeFromEntity(&p)
	return member{start: -1, end: -1, code: p.code, sector: p.sector, entity: ent, kinds: []pieceKind{p.kind}}
}

func sameActors(a, b []member) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x.start == y.start && x.end == y.end && x.start >= 0 && x.from == y.from {
				return true
			}
			if x.entity >= 0 && x.entity == y.entity {
				return true
			}
		}
	}
	return false
}

// isModalRequest tells the weak "must/should/needs to" entry, which is a
// request only when someone says it of someone else.
func isModalRequest(e *entry) bool {
	return e.modal
}

// modalRequest codes "X said Y must/should/needs to ...": X asks Y.
func (x *extractor) modalRequest(s *sentence, c *candidate) bool {
	if !asksAnAct(s, c.m) {
		return false
	}
	speaker := s.speakerOf(x, c.m.first)
	if len(speaker) == 0 {
		return false
	}
	pi := s.subject(c.m.first)
	if pi < 0 {
		return false
	}
	target := s.resolve(x, pi)
	if sameActors(target, speaker) || s.phrases[pi].pronoun() && (s.lower[s.phrases[pi].start] == "we" || s.lower[s.phrases[pi].start] == "i") {
		return false
	}
	if ownCountry(speaker, target) {
		return false
	}
	c.sources, c.targets = speaker, target
	c.weight = 2 // a speaker telling someone what they must do is a request in full
	c.location = s.location(c.m.first, c.m.last)
	x.modality(s, c)
	if sameActors(c.speaker, c.sources) && !c.hasAccordingFrom(s) {
		c.modality = Asserted
	}
	return true
}

// hasAccordingFrom reports whether the relaying source is an explicit
// "according to" rather than the speaker.
func (c *candidate) hasAccordingFrom(s *sentence) bool {
	return c.hasAccording && c.accordingTo.start >= 0 && !sameActors([]member{c.accordingTo}, c.sources)
}

// asksAnAct reports whether the modal m governs something its subject is
// to do. "Y must be barred", "Y should have acted", "Y should be able
// to", "there should be" judge Y or ask it of someone unnamed: none asks
// Y to act.
func asksAnAct(s *sentence, m match) bool {
	for k := m.last + 1; k < len(s.lower); k++ {
		w := s.lower[k]
		if negations[w] || isAdverb(w) {
			continue
		}
		return !stativeAfterModal[w]
	}
	return false
}

// ownCountry reports whether the one told what to do is a country named
// alone and the speaker is not known to be of another: "Britain should
// take its share", said by a British politician, is a view of what his
// own country should do ("we should"), not a request from one actor to
// another. "Russia said Sudan must return ..." still asks.
func ownCountry(speaker, target []member) bool {
	for _, t := range target {
		if !onlyKinds(t.kinds, pkCountry) || t.sector != "" {
			return false
		}
		for _, sp := range speaker {
			if sp.code != "" && sp.code != t.code {
				return false
			}
		}
	}
	return len(target) > 0
}

// stativeAfterModal are the verbs after a modal that make it a passive,
// a perfect or a state rather than an act asked for.
var stativeAfterModal = map[string]bool{"be": true, "have": true, "been": true, "get": true}
