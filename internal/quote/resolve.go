package quote

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
)

// Nouns for sources that are documents or outlets: "the report said" is
// the publisher speaking.
var documentNouns = set("report statement daily newspaper paper magazine agency network outlet article " +
	"study survey poll memo letter release story editorial column blog website site publication broadcast")

// organisationNouns head descriptions of an organisation, with the
// entity type they stand for.
var organisationNouns = map[string]string{
	"company": "ORG", "firm": "ORG", "group": "ORG", "bank": "ORG", "party": "ORG", "union": "ORG",
	"ministry": "ORG", "department": "ORG", "club": "ORG", "campaign": "ORG", "airline": "ORG",
	"carrier": "ORG", "retailer": "ORG", "insurer": "ORG", "charity": "ORG", "organisation": "ORG",
	"organization": "ORG", "government": "GPE",
}

// resolve sets the speaker's entity and name from the mention under the
// speaker span, through pronouns and descriptions to the entity they
// stand for.
func (a *attributor) resolve(f *found) {
	q := &f.q
	lo, hi := f.spk[0], f.spk[1]
	if lo == hi {
		return
	}
	q.SpeakerName = a.d.Str(q.Speaker)
	if hi-lo == 1 {
		if prev := a.describedSpeaker(lo); prev != nil {
			q.SpeakerEnt, q.SpeakerName = prev.q.SpeakerEnt, prev.q.SpeakerName
			return
		}
		// "I" outside any quotation is the writer: the byline's one
		// author, when the input names one.
		if a.low[lo] == "i" && a.tokPiece[lo] < 0 {
			if author := soleAuthor(a.d.Meta.Author, a.d.Meta.Publisher, a.d.Source); author != "" {
				q.SpeakerName = author
				return
			}
		}
	}
	if hi-lo == 1 && pronouns[a.low[lo]] || hi-lo == 1 && a.low[lo] == "that" {
		// A relative pronoun hangs on the phrase right before it, an
		// entity or not: "according to the port authority, which
		// warned" is the authority's, not Hamburg's named before it.
		if s, e := a.relativeAntecedent(lo); e > s {
			q.SpeakerEnt = a.entityIn(s, e)
			if q.SpeakerEnt < 0 && s-2 >= 0 && a.low[s-1] == "," {
				// "Jane Roe, the mayor, who said": the phrase is an
				// appositive of the name before it.
				q.SpeakerEnt = a.entityIn(s-2, s-1)
			}
			if q.SpeakerEnt < 0 {
				q.SpeakerName = a.d.Str(a.tokSpan(s, e)) // "some analysts who had expected"
			}
		} else {
			q.SpeakerEnt = a.antecedent(lo)
		}
	} else if e := a.entityIn(lo, hi); e >= 0 {
		q.SpeakerEnt = e
	} else {
		q.SpeakerEnt = a.description(lo, hi)
	}
	if q.SpeakerEnt >= 0 && q.SpeakerEnt < len(a.d.Entities) && a.d.Entities[q.SpeakerEnt].Name != "" {
		q.SpeakerName = a.d.Entities[q.SpeakerEnt].Name
	}
}

// soleAuthor is byline when it names one person ("Fran Spielman"): two
// to four capitalised words, no list ("A, B", "A and B") and not the
// outlet itself ("ABC News", "Reuters", "The New York Times"); "" else.
func soleAuthor(byline string, outlets ...string) string {
	byline = strings.TrimSpace(byline)
	if byline == "" || strings.ContainsAny(byline, ",&;/") || strings.Contains(byline, " and ") {
		return ""
	}
	for _, o := range outlets {
		if strings.EqualFold(byline, o) {
			return ""
		}
	}
	words := strings.Fields(byline)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || bylineWords[strings.ToLower(strings.Trim(w, "."))] {
			return ""
		}
	}
	return byline
}

// bylineWords mark a byline that names a desk or an outlet, not a person.
var bylineWords = set("news times post press staff reporter reporters editor editors editorial desk agency wire " +
	"service associated reuters bureau board team the daily journal")

// describedSpeaker returns the quote that "he" or "she" at token i
// continues when its speaker is one person described but not named:
// '"…," one dealer said. "…," he added.', 'A Chrysler spokesman told
// Reuters that … He said …'; or that "they" continues when its speaker
// is a plural description ("…, fund managers said. They added …"),
// which no entity stands for. It must be the latest quote, at most three
// sentences back, with no person named since; nil otherwise, and the
// pronoun is resolved as any other.
func (a *attributor) describedSpeaker(i int) *found {
	w := a.low[i]
	if w != "he" && w != "she" && w != "they" || len(a.quotes) == 0 {
		return nil
	}
	prev := &a.quotes[len(a.quotes)-1]
	lo, hi := prev.spk[0], prev.spk[1]
	if hi <= lo || hi > i || a.d.Tokens[i].Sent-prev.sent > 3 || !a.passes(prev) {
		return nil
	}
	if e := prev.q.SpeakerEnt; e >= 0 && e < len(a.d.Entities) && a.d.Entities[e].Type == "PERSON" {
		return nil // a named speaker: antecedent finds it
	}
	if hi-lo == 1 && pronouns[a.low[lo]] {
		// The same pronoun again, which this rule resolved before: "…,
		// one dealer said. …, he added. …, he said."
		if a.low[lo] == w && prev.q.SpeakerName != a.d.Str(prev.q.Speaker) {
			return prev
		}
		return nil
	}
	if w == "they" {
		if a.pluralHead(lo, hi) {
			return prev
		}
		return nil
	}
	head := ""
	for k := lo; k < hi && head == ""; k++ {
		if personNouns[a.low[k]] {
			head = a.low[k]
		}
	}
	if g := nounGender(head); head == "" || g != gazetteer.Unknown && g != pronounGender(w) {
		return nil
	}
	from, to := a.d.Tokens[hi-1].End, a.d.Tokens[i].Start
	mlo, mhi := a.mentionsNear(doc.Span{Start: from, End: to})
	for _, m := range a.d.Mentions[mlo:mhi] {
		if m.Start >= from && m.End <= to && m.Type == "PERSON" && m.Kind == doc.Name {
			return nil // someone named in between may be "he"
		}
	}
	return prev
}

// pluralHead reports whether the phrase [lo, hi) is headed by a plural
// common noun: the last word of its noun phrase ("fund managers", "the
// companies, which …", "analysts at the bank") ends in -s and is neither
// capitalised inside its sentence nor part of a name ("Reuters").
func (a *attributor) pluralHead(lo, hi int) bool {
	end := lo
	for end < hi && a.npToken(end) {
		end++
	}
	if end == lo {
		return false
	}
	h := end - 1
	w := a.low[h]
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || a.isCap(h) && a.d.Sentences[a.d.Tokens[h].Sent].FirstToken != h {
		return false
	}
	mlo, mhi := a.mentionsNear(a.d.Tokens[h].Span)
	for _, m := range a.d.Mentions[mlo:mhi] {
		if m.Kind == doc.Name && m.Contains(a.d.Tokens[h].Span) {
			return false
		}
	}
	return true
}

// personNouns head descriptions of one person who speaks unnamed: "one
// dealer", "a union leader", "a senior official".
var personNouns = set("spokesman spokeswoman spokesperson official dealer trader analyst economist banker " +
	"source executive leader diplomat minister director manager lawyer attorney aide adviser advisor " +
	"man woman resident witness expert strategist negotiator delegate representative member officer " +
	"worker chairman chairwoman president secretary governor ambassador envoy commander doctor " +
	"businessman businesswoman congressman congresswoman broker")

var (
	feminineNouns  = set("spokeswoman woman chairwoman businesswoman congresswoman")
	masculineNouns = set("spokesman man chairman businessman congressman")
)

// entityIn returns the entity of the mention that heads tokens [lo, hi):
// the last named mention before any "of" or comma, else any mention with
// an entity; -1 when none.
func (a *attributor) entityIn(lo, hi int) int {
	head := hi
	for k := lo; k < hi; k++ {
		if a.low[k] == "of" || a.low[k] == "," {
			head = k
			break
		}
	}
	span := a.tokSpan(lo, hi)
	headSpan := a.tokSpan(lo, max(head, lo+1))
	best, bestRank := -1, -1
	mlo, mhi := a.mentionsNear(span)
	for _, m := range a.d.Mentions[mlo:mhi] {
		if m.Entity < 0 || !span.Overlaps(m.Span) {
			continue
		}
		if m.Kind == doc.Adjective && m.End < span.End {
			continue // "the Iranian president" is not Iran
		}
		rank := 0
		if headSpan.Overlaps(m.Span) {
			rank += 2
		}
		if m.Kind == doc.Name {
			rank++
		}
		if rank >= bestRank { // later mentions win ties: the head comes last
			best, bestRank = m.Entity, rank
		}
	}
	return best
}

// antecedent resolves the pronoun at token i: a relative pronoun to the
// mention just before it; "he", "she" to the latest person who spoke or
// was named; "it" to the latest organisation or country, never to a
// nationality adjective ("a British firm … it said"); "they" only to an
// organisation or a people that spoke just before, never to one person
// ("analysts said … they said" is no "Reagan" named between).
func (a *attributor) antecedent(i int) int {
	w := a.low[i]
	if w == "who" || w == "which" || w == "that" {
		sent := a.d.Tokens[i].Sent
		lo := a.d.Sentences[sent].FirstToken
		if s, e := a.windowLeftOf(i, lo); s < e {
			if ent := a.entityIn(s, e); ent >= 0 {
				return ent
			}
		}
		return -1
	}
	wantPerson := w == "he" || w == "she" || w == "i" || w == "we"
	ok := func(e int) bool {
		if e < 0 || e >= len(a.d.Entities) {
			return false
		}
		t := a.d.Entities[e].Type
		if wantPerson {
			return t == "PERSON" && a.genderFits(w, e)
		}
		if w == "they" {
			return t == "ORG" || t == "NORP" // a country is "it"
		}
		return t == "ORG" || t == "GPE" || t == "NORP"
	}
	// The latest quote's speaker first: reports keep to one speaker.
	for k := len(a.quotes) - 1; k >= 0 && k >= len(a.quotes)-3; k-- {
		if ok(a.quotes[k].q.SpeakerEnt) && a.quotes[k].q.Speaker.Start < a.d.Tokens[i].Start {
			return a.quotes[k].q.SpeakerEnt
		}
	}
	if w == "they" {
		// Most often people no entity stands for ("Many newspapers …
		// They are hoping"): the organisation named last is a guess
		// that samples of news got wrong nearly every time.
		return -1
	}
	return a.latestMentionWhere(a.d.Tokens[i].Start, ok, func(m doc.Mention) bool { return m.Kind != doc.Adjective })
}

// relativeAntecedent returns the noun phrase a relative pronoun at token
// i hangs on ("an auditor, who has recommended", "members of parliament
// who have attacked"); empty when i is no relative pronoun or no phrase
// ends right before it.
func (a *attributor) relativeAntecedent(i int) (int, int) {
	if w := a.low[i]; w != "who" && w != "which" && w != "that" {
		return 0, 0
	}
	sent := a.d.Tokens[i].Sent
	lo := a.d.Sentences[sent].FirstToken
	j := i - 1
	if j >= lo && a.low[j] == "," {
		j--
	}
	if j < lo || !a.isWord(j) || npStops[a.low[j]] || pronouns[a.low[j]] {
		return 0, 0
	}
	s := a.npLeft(j, lo)
	if s > j {
		return 0, 0
	}
	// npLeft takes in a verb before the phrase ("The news surprised some
	// analysts"): start at the last determiner, unless it follows "of"
	// ("the leader of the opposition").
	for k := j; k > s; k-- {
		if (articles[a.low[k]] || quantifiers[a.low[k]] || counters[a.low[k]]) && a.low[k-1] != "of" {
			return k, j + 1
		}
	}
	return s, j + 1
}

// counters open a noun phrase as quantifiers do.
var counters = set("some few one two three each every")

// windowLeftOf returns the tokens where the antecedent of a relative
// pronoun at token i may stand: up to ten tokens before it, a comma right
// before it left out. Ten is enough to reach past a short prepositional
// or time phrase ("a report in Foreign Policy on Thursday which"); the
// caller looks for a mention inside.
func (a *attributor) windowLeftOf(i, lo int) (int, int) {
	j := i - 1
	if j >= lo && a.low[j] == "," {
		j--
	}
	start := max(lo, i-10)
	return start, j + 1
}

// latestMention returns the entity of the latest mention before byte b
// whose entity satisfies ok, -1 when none.
func (a *attributor) latestMention(b int, ok func(int) bool) int {
	return a.latestMentionWhere(b, ok, nil)
}

// latestMentionWhere is latestMention where, when keep is not nil, the
// mention itself must pass keep too. Of several mentions starting at the
// same byte, the first in the layer wins.
//
// In text order, it reads back from b: the mention is most often a few
// back. When it is not among the nearScan nearest, the entities are asked
// once each and their own latest mention is looked up (entityMentions):
// a long text has tens of thousands of mentions before b, and ok can be
// slow (it reads an entity's roles), so asking it of each mention made a
// 16 MB article take an hour.
func (a *attributor) latestMentionWhere(b int, ok func(int) bool, keep func(doc.Mention) bool) int {
	ms := a.d.Mentions
	test := func(m doc.Mention) bool { return m.End <= b && ok(m.Entity) && (keep == nil || keep(m)) }
	if !a.mentionsSorted {
		best, bestStart := -1, -1
		for _, m := range ms {
			if m.Start > bestStart && test(m) {
				best, bestStart = m.Entity, m.Start
			}
		}
		return best
	}
	top := sort.Search(len(ms), func(i int) bool { return ms[i].Start > b }) - 1
	k := top
	for ; k >= 0 && top-k < nearScan; k-- {
		if test(ms[k]) {
			return ms[a.firstAtStart(k, test)].Entity
		}
	}
	if k >= 0 && (ok(-1) || a.entityMentions() == nil) {
		for ; k >= 0; k-- {
			if test(ms[k]) {
				return ms[a.firstAtStart(k, test)].Entity
			}
		}
	}
	if k < 0 {
		return -1
	}
	// Mentions 0..k are left; ok(-1) is false, so only mentions of
	// entities can win.
	best := -1
	for e, own := range a.entityMentions() {
		if !ok(e) {
			continue
		}
		if mi := a.ownLatest(own, k+1, test); mi >= 0 && (best < 0 || ms[mi].Start > ms[best].Start || ms[mi].Start == ms[best].Start && mi < best) {
			best = mi
		}
	}
	if best < 0 {
		return -1
	}
	return ms[best].Entity
}

// nearScan is how many mentions latestMentionWhere reads back before it
// asks the entities instead.
const nearScan = 64

// ownLatest returns the latest of one entity's mentions own (indexes
// into d.Mentions, ascending) below index upto that passes test, as
// firstAtStart gives it; -1 when none.
func (a *attributor) ownLatest(own []int, upto int, test func(doc.Mention) bool) int {
	ms := a.d.Mentions
	for j := sort.SearchInts(own, upto) - 1; j >= 0; j-- {
		if test(ms[own[j]]) {
			return a.firstAtStart(own[j], test)
		}
	}
	return -1
}

// firstAtStart returns the first mention in the layer that starts where
// mention k does and passes test (k passes it).
func (a *attributor) firstAtStart(k int, test func(doc.Mention) bool) int {
	ms := a.d.Mentions
	best := k
	for j := k - 1; j >= 0 && ms[j].Start == ms[k].Start; j-- {
		if test(ms[j]) {
			best = j
		}
	}
	return best
}

// entityMentions returns, for each entity, the indexes of its mentions in
// d.Mentions in ascending order, built on first use; nil when a mention
// names an entity that does not exist (then latestMentionWhere reads
// every mention).
func (a *attributor) entityMentions() [][]int {
	if a.byEntity == nil && !a.byEntityBad {
		byEntity := make([][]int, len(a.d.Entities))
		for mi, m := range a.d.Mentions {
			if m.Entity >= len(a.d.Entities) {
				a.byEntityBad = true
				return nil
			}
			if m.Entity >= 0 {
				byEntity[m.Entity] = append(byEntity[m.Entity], mi)
			}
		}
		a.byEntity = byEntity
	}
	return a.byEntity
}

// description resolves a description without a name ("the senator", "the
// daily"): to the person holding that role, or for documents and outlets
// to the latest organisation.
func (a *attributor) description(lo, hi int) int {
	head := ""
	for k := hi - 1; k >= lo; k-- {
		if a.isWord(k) && a.low[k] != "of" {
			head = a.low[k]
			break
		}
	}
	if head == "" {
		return -1
	}
	b := a.d.Tokens[lo].Start
	// Qualifiers narrow a role: "the Iranian president" is Iran's.
	span := a.tokSpan(lo, hi)
	qualifiers := map[int]bool{}
	mlo, mhi := a.mentionsNear(span)
	for _, m := range a.d.Mentions[mlo:mhi] {
		if m.Entity >= 0 && span.Overlaps(m.Span) {
			qualifiers[m.Entity] = true
		}
	}
	if documentNouns[head] {
		return a.latestMention(b, func(e int) bool {
			return e >= 0 && e < len(a.d.Entities) && a.d.Entities[e].Type == "ORG"
		})
	}
	// "the company said": a short definite description of an
	// organisation (or of a country's government) stands for the one the
	// story is about (salientEntity); a longer phrase ("the company's
	// chief executive") is someone else.
	if want := organisationNouns[head]; want != "" && hi-lo <= 3 && a.low[lo] == "the" && len(qualifiers) == 0 {
		isType := func(e int) bool { return e >= 0 && e < len(a.d.Entities) && a.d.Entities[e].Type == want }
		// "the party" is the Labour Party rather than a committee named
		// since.
		sent := a.d.Tokens[lo].Sent
		if e := a.salientEntity(b, sent, func(e int) bool { return isType(e) && a.namedAs(e, lo+1, hi) }); e >= 0 {
			return e
		}
		return a.salientEntity(b, sent, isType)
	}
	return a.latestMention(b, func(e int) bool {
		if e < 0 || e >= len(a.d.Entities) {
			return false
		}
		for _, r := range a.d.Entities[e].Roles {
			t := strings.ToLower(r.Title)
			if t != head && !strings.HasSuffix(t, " "+head) {
				continue
			}
			if len(qualifiers) == 0 || qualifiers[r.Of] || a.qualifierNamed(qualifiers, r.OfName) {
				return true
			}
		}
		return false
	})
}

// namedAs reports whether entity e's name holds every word of tokens
// [lo, hi), in any order, and more: "health department" names the
// "Department of Public Health" and the "Agriculture Department (United
// States)" is a department, but an entity called "Department" alone is
// the description itself.
func (a *attributor) namedAs(e, lo, hi int) bool {
	name, _, _ := strings.Cut(strings.ToLower(a.d.Entities[e].Name), " (")
	words := strings.Fields(name)
	if len(words) <= hi-lo {
		return false
	}
	for k := lo; k < hi; k++ {
		if !slices.Contains(words, a.low[k]) {
			return false
		}
	}
	return true
}

// salientEntity returns the entity satisfying ok that a description at
// byte b in sentence sent most likely stands for: the one named most
// often in that sentence and the three before, each of the last three
// quotes' speakers counting once more, the latest named breaking ties.
// An organisation named once in passing ("… under review by the SEC. The
// company said") yields to the one the story is about; -1 when none.
func (a *attributor) salientEntity(b, sent int, ok func(int) bool) int {
	from := a.d.Sentences[max(0, sent-3)].Start
	score, last := map[int]int{}, map[int]int{}
	// Mentions near the sentences score; last, which breaks ties, is
	// filled below for the speakers scored that are named only before.
	mlo, mhi := a.mentionsNear(doc.Span{Start: from, End: b})
	for _, m := range a.d.Mentions[mlo:mhi] {
		if m.End > b || !ok(m.Entity) {
			continue
		}
		last[m.Entity] = m.Start
		if m.Start >= from {
			score[m.Entity]++
		}
	}
	for k := len(a.quotes) - 1; k >= 0 && k >= len(a.quotes)-3; k-- {
		if e := a.quotes[k].q.SpeakerEnt; ok(e) && a.quotes[k].q.Speaker.Start < b {
			score[e]++
		}
	}
	if len(score) == 0 {
		return a.latestMention(b, ok)
	}
	for e := range score {
		if _, named := last[e]; !named {
			if start, ok := a.lastMentionStart(e, b); ok {
				last[e] = start
			}
		}
	}
	best := -1
	for e, n := range score {
		if best < 0 || n > score[best] || n == score[best] && (last[e] > last[best] || last[e] == last[best] && e < best) {
			best = e
		}
	}
	return best
}

// lastMentionStart returns where the latest mention of entity e that
// ends by byte b starts, and whether there is one, reading e's own
// mentions back from b (entityMentions; in a layer out of text order,
// all of them).
func (a *attributor) lastMentionStart(e, b int) (int, bool) {
	ms, byEntity := a.d.Mentions, a.entityMentions()
	if !a.mentionsSorted || byEntity == nil || e < 0 || e >= len(byEntity) {
		start, found := -1, false
		for _, m := range ms {
			if m.Entity == e && m.End <= b && m.Start > start {
				start, found = m.Start, true
			}
		}
		return start, found
	}
	upto := sort.Search(len(ms), func(i int) bool { return ms[i].Start > b })
	if mi := a.ownLatest(byEntity[e], upto, func(m doc.Mention) bool { return m.Entity == e && m.End <= b }); mi >= 0 {
		return ms[mi].Start, true
	}
	return 0, false
}

// dateOf returns the index of the date expression in f's sentence that
// lies outside the content ("said on Friday"), the nearest to the cue;
// -1 when none. Words are said before they are published, so a date
// after publication (by more than the two days time zones and late
// editions allow) is something else's: "bonds due 2047".
func (a *attributor) dateOf(f *frame, content []doc.Span) int {
	sent := a.d.Sentences[f.sent].Span
	cue := a.d.Tokens[f.cue[0]].Start
	best, bestDist := -1, 1<<30
	latest := a.d.Published.Add(48 * time.Hour)
	dlo, dhi := a.datesNear(sent)
	for k := dlo; k < dhi; k++ {
		dt := a.d.Dates[k]
		if !sent.Contains(dt.Span) || !a.d.Published.IsZero() && dt.Time.After(latest) {
			continue
		}
		inside := false
		for _, s := range content {
			if s.Overlaps(dt.Span) {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		dist := dt.Start - cue
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// qualifierNamed reports whether one of the qualifier entities is called
// name.
func (a *attributor) qualifierNamed(qualifiers map[int]bool, name string) bool {
	for e := range qualifiers {
		if e < len(a.d.Entities) && name != "" && strings.EqualFold(a.d.Entities[e].Name, name) {
			return true
		}
	}
	return false
}
