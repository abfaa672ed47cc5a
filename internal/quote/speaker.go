package quote

import "strings"

// Words that may stand between a speaker and its cue ("has also said").
var cueModifiers = set("has have had is was are were be been being will would could should may might can must " +
	"did does do also later then previously repeatedly recently once often not n't never still just already " +
	"again reportedly publicly privately first last further specifically simply even flatly openly " +
	"immediately quickly widely long initially formally strongly however though too once " +
	"only together almost very ca wo sha")

// timeWords may stand between a speaker and the cue ("Trump on Monday
// said").
var timeWords = set(weekdayWords + "today yesterday tonight " +
	"earlier later recently")

// contractions of auxiliaries after a pronoun: "he's said", "they've
// argued".
var contractions = set("'s ’s 've ’ve 'd ’d 'll ’ll")

// roleNouns take "to" or "for" into a description: "an adviser to the
// governor", "a spokesman for the campaign".
var roleNouns = set("adviser advisor aide spokesman spokeswoman spokesperson ambassador assistant counsel " +
	"consultant secretary envoy director chief head strategist lawyer attorney " +
	"advisers advisors aides spokesmen spokeswomen spokespeople ambassadors assistants consultants " +
	"envoys directors chiefs heads strategists lawyers attorneys")

// closeTo are adjectives that take a phrase into a speaker description
// ("a source close to the campaign", "people familiar with the talks").
var closeTo = set("close familiar loyal near")

var objectPronouns = set("him her them us me it")

// pronouns that are whole speaker mentions.
var pronouns = set("he she they it we i you who which")

// npStops are lower-case words that end a speaker noun phrase.
var npStops = set("that which who whom whose where when while as because if since after before than but or " +
	"though although whereas unless " +
	"so yet nor in on at for with by from to into about against during under over through upon via like " +
	"is was are were be been being has have had do does did will would can could should may might must " +
	"not n't also said says say told tells according then however meanwhile now today yesterday tonight " +
	weekdayWords + "there here what how why " +
	"he she they it we i you him them me us")

// articles and possessives before a noun: "the claims", "his reports".
var articles = set("the a an this these those another his her its their our my your")

// prepositions that open an introductory phrase.
var prepositions = set("on in at during after before with from since until by for under over amid following")

var determiners = set("the a an his her its their our this that these those another some many several " +
	"two three four both one")

// Calendar words, which several of the word sets take in; each ends with
// a space so that sets can be written as sums of strings.
const (
	weekdayWords = "monday tuesday wednesday thursday friday saturday sunday "
	monthWords   = "january february march april may june july august september october november december "
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// npToken reports whether token i can be part of a speaker noun phrase.
func (a *attributor) npToken(i int) bool {
	w := a.low[i]
	switch w {
	case "'", "’":
		return !a.mark[i] && i > 0 && a.isWord(i-1) // "the Joneses' lawyer"
	case "'s", "’s", "&", "-", ".":
		return true
	case "of", "and":
		return false // decided by the caller, which sees the neighbours
	}
	if !a.isWord(i) {
		return false
	}
	// A capitalised stop word inside a sentence is a name: "Will", "May".
	if npStops[w] && !(a.isCap(i) && !pronouns[w] && a.d.Sentences[a.d.Tokens[i].Sent].FirstToken != i) {
		return false
	}
	if a.tokPiece[i] >= 0 {
		return false
	}
	return true
}

// speakerBefore finds the speaker noun phrase that ends just before the
// cue at token cue, within [lo, cue). It returns lo == hi when none.
func (a *attributor) speakerBefore(cue, lo int) (int, int) {
	if s, e := a.reducedRelative(cue, lo); e > s {
		return s, e
	}
	s, e := a.subjectBefore(cue, lo)
	if s2 := a.relativeHead(s, e, lo); s2 < s {
		return s2, e
	}
	if e != s+1 || a.isCap(s) || !strings.HasSuffix(a.low[s], "ed") && !strings.HasSuffix(a.low[s], "ing") || ingNouns[a.low[s]] {
		return s, e
	}
	// A lone lower-case participle: after a noun it modifies the noun
	// ("experts interviewed said"); otherwise it is the verb before a
	// nominal cue ("has denied claims that …"), not who claims.
	if p := s - 1; p >= lo && a.isWord(p) && !cueModifiers[a.low[p]] && !npStops[a.low[p]] && !articles[a.low[p]] {
		if s2 := a.npLeft(p, lo); s2 <= p {
			return s2, e
		}
	}
	return 0, 0
}

// relativeHead extends a subject [s, e) found right before a cue that is
// the object of a relative clause ("one of the doctors who signed the
// letter called", "critics who live in the town said") to the noun the
// clause hangs on, which is the speaker: it returns the new start, or s.
func (a *attributor) relativeHead(s, e, lo int) int {
	if e <= s {
		return s
	}
	k := s - 1
	for k > lo && s-k <= 4 && a.isWord(k) && !a.isCap(k) && a.low[k] != "who" && a.low[k] != "that" &&
		!npStops[a.low[k]] && !pronouns[a.low[k]] {
		k--
	}
	if k == s-1 || k-1 < lo || a.low[k] != "who" && a.low[k] != "that" || !a.isWord(k-1) || pronouns[a.low[k-1]] ||
		npStops[a.low[k-1]] || cueModifiers[a.low[k-1]] {
		return s
	}
	// "The report found that across the country …": a "that" after a
	// verb opens what was found, not a relative clause.
	if w := a.low[k-1]; a.low[k] == "that" && (cueScores[w] > 0 || strings.HasSuffix(w, "ed")) {
		return s
	}
	if h := a.npLeft(k-1, lo); h <= k-1 {
		return h
	}
	return s
}

// reducedRelative finds a speaker described by a relative clause with no
// "who" or "that" ("all the experts I interviewed said", "everyone we
// spoke to said"): a noun phrase, a personal pronoun, a past-tense verb
// and perhaps a preposition, right before the cue. The whole phrase is
// the speaker; without the pattern it returns an empty span.
func (a *attributor) reducedRelative(cue, lo int) (int, int) {
	k := cue - 1
	for k > lo && cueModifiers[a.low[k]] && !a.isCap(k) && !pronouns[a.low[k]] {
		k-- // "… I interviewed have said"
	}
	end := k + 1
	if k > lo && (prepositions[a.low[k]] || a.low[k] == "to" || a.low[k] == "about") {
		k-- // "spoke to", "talked with"
	}
	v, p, h := k, k-1, k-2
	if h < lo || a.isCap(v) || !a.isWord(v) || !strings.HasSuffix(a.low[v], "ed") && !pastForms[a.low[v]] ||
		!relativeSubjects[a.low[p]] || !a.isWord(h) || pronouns[a.low[h]] || npStops[a.low[h]] || cueModifiers[a.low[h]] {
		return 0, 0
	}
	s := a.npLeft(h, lo)
	if s > h {
		return 0, 0
	}
	return s, end
}

// relativeSubjects may open a relative clause without "who" or "that";
// pastForms are irregular past tenses such a clause often has.
var (
	relativeSubjects = set("i we you they he she")
	pastForms        = set("spoke met saw heard read knew told sought")
)

// subjectBefore does speakerBefore's work.
func (a *attributor) subjectBefore(cue, lo int) (int, int) {
	j := cue - 1
	for j >= lo && (cueModifiers[a.low[j]] && !a.isCap(j) || timeWords[a.low[j]] || isAdverb(a.d.TokenText(j)) ||
		contractions[a.low[j]] && j > lo && pronouns[a.low[j-1]]) {
		j-- // "has also said", "released Friday said", but not "Will wrote"
		if j >= lo && timeWords[a.low[j+1]] && (a.low[j] == "on" || a.low[j] == "last" || a.low[j] == "this") {
			j--
		}
	}
	// "Roe on Thursday evening said", "Roe, in a statement, said".
	if k := a.skipAdjunct(j, lo); k < j {
		j = k
		for j >= lo && cueModifiers[a.low[j]] && !a.isCap(j) {
			j--
		}
	} else if j > lo && a.low[j] == "," {
		if k := a.skipAdjunct(j-1, lo); k < j-1 && a.low[k] == "," {
			j = k - 1
		} else if k := a.commaAdverb(j, lo); k < j {
			j = k // "officials have, in fact, praised"
			for j >= lo && cueModifiers[a.low[j]] && !a.isCap(j) {
				j--
			}
		}
	}
	if j < lo {
		return 0, 0
	}
	if pronouns[a.low[j]] || (a.low[j] == "that" && j+1 == cue) {
		return j, j + 1
	}
	if a.low[j] == "," {
		return a.appositive(j, lo)
	}
	// 'Roe, who called it "a sham," said': the comma sits inside a
	// quotation that opened within the subject.
	if j-1 > lo && a.closesChain(j) && a.low[j-1] == "," {
		if c := a.pieces[a.tokPiece[j]].chain; a.pieces[a.chains[c][0]].open > lo+1 {
			return a.appositive(j-1, lo)
		}
	}
	// "Roe — and her deputy — said", "the justice, who …, -- said".
	if isDash(a.low[j]) {
		return a.dashedSubject(j, lo)
	}
	end := j + 1
	if a.low[j] == ")" { // "Sen. Mitch McConnell (R-Ky.) said"
		k := j
		for k > lo && a.low[k] != "(" && j-k < 8 {
			k--
		}
		if a.low[k] != "(" || k-1 < lo {
			return 0, 0
		}
		j = k - 1
	}
	s := a.npLeft(j, lo)
	if s > j {
		return 0, 0
	}
	s = a.trimLeadingTime(s, j)
	s = a.restartNP(s, end)
	// "a source speaking to Fox News said": the source speaks, not the
	// outlet after the participle.
	if p := s - 2; p > lo && participlePreps[a.low[s-1]] && (strings.HasSuffix(a.low[p], "ing") || a.low[p] == "briefed") &&
		!cueModifiers[a.low[p]] && a.npToken(p-1) && !pronouns[a.low[p-1]] {
		if s2 := a.npLeft(p-1, lo); s2 <= p-1 {
			return s2, p
		}
	}
	// "residents walking along the river said": the same, inside the phrase.
	for p := s + 1; p+1 < end; p++ {
		if w := a.low[p]; strings.HasSuffix(w, "ing") && !ingNouns[w] && !a.isCap(p) && participlePreps[a.low[p+1]] && a.isWord(p-1) {
			return s, p
		}
	}
	// '"…," another friend, Jane Roe, told': a description before the name;
	// but in "The museum, Obama said, would …" the phrase is the content's.
	parenthetical := cue+2 < len(a.low) && a.low[cue+1] == "," && a.isWord(cue+2) && !a.isCap(cue+2) &&
		a.d.Tokens[cue+2].Sent == a.d.Tokens[cue].Sent
	if s-2 >= lo && a.low[s-1] == "," && a.isWord(s-2) && !parenthetical {
		if s2 := a.npLeft(s-2, lo); s2 <= s-2 && s-s2 <= 6 && (s2 == lo || a.low[s2-1] == "," || a.closesChain(s2-1)) &&
			a.describesName(s2, s-1, end) {
			s = s2
		}
	}
	return s, end
}

// describesName reports whether the phrase [d, comma) is a description
// of the name [comma+1, end) after it ("another friend, Jane Roe", "the
// bank's chief, Ana Ruiz"), and not the end of the clause before
// ("…, falling 9 pct, economists said"), a list ("France and other
// countries, Hashimoto said") or a fronted adjunct ("Despite the
// problems, Mr Roe said", "Two years ago, the state's agency").
func (a *attributor) describesName(d, comma, end int) bool {
	name := comma + 1
	if !a.isCap(end-1) || articles[a.low[name]] || timeNouns[a.low[comma-1]] {
		return false
	}
	if determiners[a.low[d]] {
		return true
	}
	for k := d; k < comma; k++ {
		if a.low[k] == "'s" || a.low[k] == "’s" {
			return true // "Britain's finance minister, Jane Roe"
		}
	}
	return false
}

// ingNouns end in -ing but are nouns: "the ruling on", "a meeting in".
var ingNouns = set("ruling building meeting hearing briefing funding spending polling bombing shooting " +
	"morning evening king thing wing ring spring string ceiling clothing training housing being " +
	"wedding setting reading filing opening")

// participlePreps follow a participle inside a speaker description: "a
// source speaking to", "officials briefed on".
var participlePreps = set("to with on about for at from through across along around into outside inside near in over")

// dashedSubject returns the subject that ends with the dash at token j:
// "Roe — and her deputy —" when an earlier dash opens the aside, else
// the dash stands for a comma ("the justice, who …, -- said").
func (a *attributor) dashedSubject(j, lo int) (int, int) {
	end := j + 1
	for j-1 > lo && isDash(a.low[j-1]) {
		j-- // "--" as two tokens
	}
	for d := j - 1; d > lo && j-d < 25; d-- {
		if a.tokPiece[d] >= 0 || isFinalPunct(a.low[d]) {
			break
		}
		if !isDash(a.low[d]) {
			continue
		}
		for d-1 > lo && isDash(a.low[d-1]) {
			d-- // the opening "--" as two tokens
		}
		if s := a.npLeft(d-1, lo); s <= d-1 && a.isWord(d-1) {
			return s, end
		}
		return 0, 0
	}
	return a.appositive(j, lo)
}

// npLeft extends a noun phrase leftwards from its last token j and
// returns its first token (j+1 when token j cannot end one). "of", "and"
// and "from" before a name join ("the senator from Vermont").
func (a *attributor) npLeft(j, lo int) int {
	k := j
	for k >= lo && j-k < 10 {
		if a.npToken(k) {
			k--
			continue
		}
		w := a.low[k]
		// "the governor of Ohio", "Trump and Pence": joiners inside a name.
		if (w == "of" || w == "and" || w == "from" && a.isCap(k+1)) && k > lo && k < j && a.npToken(k-1) ||
			(w == "to" || w == "with") && k > lo && k < j && closeTo[a.low[k-1]] ||
			(w == "to" || w == "for") && k > lo && k < j && roleNouns[a.low[k-1]] {
			k--
			continue
		}
		// "a source close to him": an object pronoun ends the phrase.
		if k == j && objectPronouns[w] && k-2 >= lo && closeTo[a.low[k-2]] {
			k--
			continue
		}
		break
	}
	s := k + 1
	// A phrase does not start with a joiner or a possessive.
	for s <= j && (a.low[s] == "of" || a.low[s] == "and" || a.low[s] == "'s" || a.low[s] == "’s" || a.low[s] == "-") {
		s++
	}
	return s
}

// appositive handles "Jane Roe, the party's spokeswoman, said": comma is
// the comma before the cue. It returns the whole "name, description".
func (a *attributor) appositive(comma, lo int) (int, int) {
	if comma-1 > lo && a.low[comma-1] == ")" {
		// "Gov. John Kasich (R-Ohio), said"
		k := comma - 1
		for k > lo && a.low[k] != "(" && comma-k < 8 {
			k--
		}
		if a.low[k] == "(" && k-1 >= lo && a.isCap(k-1) {
			if s := a.npLeft(k-1, lo); s <= k-1 {
				return s, comma
			}
		}
	}
	s2 := a.npLeft(comma-1, lo)
	if s2 > comma-1 || !determiners[a.low[s2]] {
		if ls, le := a.longAppositive(comma, lo); le > ls {
			return ls, le
		}
		// "the group's leader, Jane Roe, praised": the name set off by
		// commas after a description that is no subject.
		if s2 <= comma-1 && s2-1 > lo && a.low[s2-1] == "," && a.isCap(s2) && a.isCap(comma-1) {
			return s2, comma
		}
		return 0, 0
	}
	if s2-1 >= lo && (npStops[a.low[s2-1]] || a.low[s2-1] == "of") {
		// "Jane Roe, a columnist for the daily, wrote": the phrase before
		// the comma ends a longer description.
		return a.longAppositive(comma, lo)
	}
	if s2-1 >= lo && a.low[s2-1] != "," {
		// "Jane Roe, who coined the word, said": a clause, not a name.
		if ls, le := a.longAppositive(comma, lo); le > ls {
			return ls, le
		}
	}
	if s2-1 < lo || a.low[s2-1] != "," {
		return s2, comma // the description alone
	}
	j := s2 - 2
	if a.low[j] == ")" { // "Rob Portman (R-Ohio), another incumbent,"
		for j > lo && a.low[j] != "(" {
			j--
		}
		j--
	}
	if j < lo || !a.isCap(j) {
		return s2, comma
	}
	s1 := a.npLeft(j, lo)
	if s1 > j {
		return s2, comma
	}
	return s1, comma
}

// speakerAfter finds a speaker noun phrase starting at token i ("said
// Jane Roe", "according to the agency"), within [i, hi).
func (a *attributor) speakerAfter(i, hi int) (int, int) {
	if i >= hi {
		return 0, 0
	}
	// An inverted speaker ends the clause: "…, said Jane Roe." or
	// "…, said Jane Roe, a lawyer"; "said he would" is content.
	ends := func(k int) bool {
		return k >= hi || a.low[k] == "," || a.low[k] == ":" || a.low[k] == ";" || a.low[k] == "(" || a.mark[k] ||
			prepositions[a.low[k]] || subordinators[a.low[k]] || a.low[k] == "who" ||
			a.low[k] == ")" || isFinalPunct(a.low[k]) || a.coordinatedCue(k, hi)
	}
	if pronouns[a.low[i]] && a.low[i] != "which" && a.low[i] != "that" {
		if ends(i + 1) {
			return i, i + 1
		}
		return 0, 0
	}
	k := i
	for k < hi && k-i < 10 {
		if determiners[a.low[k]] && k == i || a.npToken(k) {
			k++
			continue
		}
		w := a.low[k]
		if (w == "of" || w == "and") && k > i && k+1 < hi && a.npToken(k+1) && (w == "of" || a.isCap(k+1) && a.isCap(k-1) || a.nameEndsRun(k+1, hi, ends)) ||
			(w == "to" || w == "for") && k > i && k+1 < hi && roleNouns[a.low[k-1]] {
			k++
			continue
		}
		break
	}
	if k == i || k == i+1 && determiners[a.low[i]] {
		return 0, 0
	}
	if !ends(k) && !a.according(i) {
		return 0, 0
	}
	return i, k
}

// nameEndsRun reports whether the noun phrase tokens from k on run into
// a capitalised name that ends the clause: "and" then joins two
// descriptions of one speaker ("warns former programmer and technology
// analyst Bill Thompson"), not a speaker and a verb ("said the minister
// and added").
func (a *attributor) nameEndsRun(k, hi int, ends func(int) bool) bool {
	j := k
	for j < hi && j-k < 8 && a.npToken(j) {
		j++
	}
	return j > k+1 && a.isCap(j-1) && !a.isCap(k) && ends(j)
}

// coordinatedCue reports whether a reporting verb coordinated with the
// frame's own starts at token k ("and added that …", "but also
// warned"): the frame's speaker phrase ends before it, and what follows
// is that verb's content, not the frame's.
func (a *attributor) coordinatedCue(k, hi int) bool {
	if k >= hi || a.low[k] != "and" && a.low[k] != "but" || a.tokPiece[k] >= 0 {
		return false
	}
	j := k + 1
	for j < hi && cueModifiers[a.low[j]] && !a.isCap(j) {
		j++ // "and later said"
	}
	return j < hi && a.tokPiece[j] < 0 && !a.isCap(j) && cueScores[a.low[j]] >= cueThreshold
}

// according reports whether token i follows "according to".
func (a *attributor) according(i int) bool {
	return i >= 2 && a.low[i-1] == "to" && a.low[i-2] == "according"
}

// longAppositive handles a description too long for a noun phrase: "Jane
// Roe, a lawyer close to the family in Ohio, said". It looks back for the
// comma after a name and returns the name through the description.
func (a *attributor) longAppositive(comma, lo int) (int, int) {
	// Every comma back to the sentence start may close the name; the
	// leftmost that does wins ("Jane Roe, who heads the panel, which
	// oversees the bank, said").
	bestS, bestE := 0, 0
	for k := comma - 1; k > lo && comma-k < 40; k-- {
		// The sentence is already cut: a full stop inside it ends an
		// abbreviation ("R-Ky."), not a clause.
		if a.low[k] == ";" || a.closesChain(k) && a.chainOpenedAt(lo) >= 0 {
			break // '"…," Roe, a lawyer, said': not into the quotation
		}
		if a.low[k] != "," {
			continue
		}
		if clauseJoiners[a.low[k+1]] && bestE > bestS {
			// "…, but the coalition, which …, wants": a clause starts
			// after the comma and its subject is found; an aside with
			// ", and who …" inside a name's description goes on.
			break
		}
		if s, e, ok := a.nameBeforeComma(k, comma, lo); ok {
			bestS, bestE = s, e
		}
	}
	return bestS, bestE
}

// nameBeforeComma tries the noun phrase that ends at the comma k as the
// subject whose description runs to comma.
func (a *attributor) nameBeforeComma(k, comma, lo int) (int, int, bool) {
	j := k - 1
	if a.low[j] == ")" {
		for j > lo && a.low[j] != "(" {
			j--
		}
		j--
	}
	if j < lo {
		return 0, 0, false
	}
	s := a.npLeft(j, lo)
	if s > j || !a.isCap(j) && !determiners[a.low[s]] && s != lo {
		return 0, 0, false // "the assailant, John Doe," has a name or an article
	}
	if s > lo && (prepositions[a.low[s-1]] || a.low[s-1] == "of" || a.low[s-1] == "to") {
		// "…, facing a challenge in Iowa, a swing state, said": the
		// name after a preposition is not the subject; the sentence's is.
		cs, ce := a.clauseSubject(lo, comma)
		return cs, ce, ce > cs
	}
	// "…, and the union, which …, said": a new clause after the comma.
	newClause := s-2 >= lo && a.low[s-2] == "," && clauseJoiners[a.low[s-1]]
	if s > lo && a.low[s-1] != "," && a.low[s-1] != ":" && !a.mark[s-1] && !cueModifiers[a.low[s-1]] && !npStops[a.low[s-1]] && !newClause {
		return 0, 0, false // glued to a word before it; "But Jane Roe, …" is fine
	}
	return s, comma, true
}

// clauseSubject returns the subject of the sentence's main clause for a
// participle cue ("Kasich ended his bid, telling supporters …"): the noun
// phrase that opens the sentence, after any introductory phrase.
//
// When cue is the "and" or "but" of a coordinated verb inside a relative
// clause ("protesters, who marched and called for …"), the subject is the
// relative pronoun.
func (a *attributor) clauseSubject(lo, cue int) (int, int) {
	if w := a.low[cue]; w == "and" || w == "but" {
		if r := a.relativeBefore(lo, cue); r >= 0 {
			return r, r + 1
		}
	}
	i := lo
	// "But …", "Still, …": skip an opening conjunction or adverb.
	for i < cue && (a.low[i] == "," || npStops[a.low[i]] && !pronouns[a.low[i]] && !prepositions[a.low[i]] && !subordinators[a.low[i]]) {
		i++
	}
	if i >= cue {
		return 0, 0
	}
	// "On Tuesday, …", "In a statement, …", "Asked about it, …": skip an
	// opening phrase.
	w := a.low[i]
	if prepositions[w] || subordinators[w] || a.isCap(i) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		for i < cue && a.low[i] != "," {
			i++
		}
		i++
	}
	if i >= cue {
		return 0, 0
	}
	if pronouns[a.low[i]] {
		return i, i + 1
	}
	// A name runs over capitalised words; a description over lower-case
	// ones up to what looks like the verb.
	name := a.isCap(i) && !determiners[a.low[i]]
	k := i
	for k < cue && k-i < 8 {
		w := a.low[k]
		if k > i && (w == "of" || w == "'s" || w == "’s" || w == ".") {
			// After a possessive the owned thing is a description:
			// "Norway's coast guard".
			name = name && w != "'s" && w != "’s"
			k++
			continue
		}
		if !a.npToken(k) || k > i && name && !a.isCap(k) {
			break
		}
		if k > i && !name && (strings.HasSuffix(w, "ed") || cueScores[w] > 0) {
			break
		}
		// "The tabloid ran a cover": a word followed by an article is the verb.
		if k > i+1 && !name && k+1 < cue && articles[a.low[k+1]] {
			break
		}
		k++
	}
	if k == i {
		return 0, 0
	}
	return i, k
}

// lyNouns end in -ly but are no adverbs.
var lyNouns = set("daily weekly monthly quarterly family ally rally assembly supply july italy anomaly " +
	"monopoly reply bully lily emily kelly holly sally billy molly")

// isAdverb reports whether a word is a lower-case -ly adverb
// ("steadfastly", "reportedly"), which may stand between a speaker and
// the cue.
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z' && !lyNouns[w]
}

// relativeBefore returns the "who" or "which" that opens the clause the
// token at end belongs to, or -1: it looks back no further than a comma
// or a clause boundary, so "Roe, who won, and Doe said" is not a match.
func (a *attributor) relativeBefore(lo, end int) int {
	for k := end - 1; k >= lo && end-k <= 20; k-- {
		switch w := a.low[k]; {
		case w == "who" || w == "which":
			return k
		case w == "," || w == ";" || w == ":" || isDash(w) || a.tokPiece[k] >= 0:
			return -1
		}
	}
	return -1
}

// quantifiers open a noun phrase: "a meeting both sides described".
var quantifiers = set("both many several most all")

// honorifics open a name: "Mr Ebbers", "Dr. Roe".
var honorifics = set("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady")

// restartNP moves the start of a speaker phrase [s, end) past an
// introductory phrase it swallowed because no comma closed it, as British
// news writes: "During the trial Mr Ebbers said" gives "Mr Ebbers", "In
// 1998 the party said" gives "the party". A new phrase starts at an
// honorific, an article or a quantifier that follows a noun-like word.
func (a *attributor) restartNP(s, end int) int {
	start := s
	for k := s + 1; k < end; k++ {
		prev := a.low[k-1]
		if !a.isWord(k-1) || articles[prev] || determiners[prev] || npStops[prev] || prepositions[prev] || prev == "of" || prev == "and" || honorifics[prev] {
			continue
		}
		w := a.low[k]
		if honorifics[w] || (w == "the" || w == "a" || w == "an" || quantifiers[w]) && !a.isCap(k-1) {
			start = k
		}
	}
	return start
}
