package event

import (
	"strings"

	"newsgraph/internal/doc"
)

// toEvent turns a finished candidate into the document's event.
func (x *extractor) toEvent(s *sentence, c *candidate) doc.Event {
	e := doc.Event{
		Type:        c.typ,
		Mode:        c.mode,
		CameoRoot:   c.cameo[:2], // the lexicon may name a finer code: keep its root
		Date:        -1,
		Location:    -1,
		Modality:    c.modality,
		AccordingTo: -1,
		Trigger:     c.trigger,
		Quote:       c.quote,
	}
	if c.context != "" {
		e.Context = []string{c.context}
	}
	for _, m := range c.sources {
		e.Sources = append(e.Sources, x.actor(s, m, c.typ, false))
	}
	for _, m := range c.targets {
		e.Targets = append(e.Targets, x.actor(s, m, c.typ, true))
	}
	if c.hasAccording {
		e.AccordingTo = c.accordingTo.entity
		if e.AccordingTo < 0 && c.accordingTo.start >= 0 {
			src := c.accordingTo.from
			if src == nil {
				src = s
			}
			name := actorName(src, c.accordingTo)
			if e.AccordingTo = x.entityNamed(name); e.AccordingTo < 0 {
				e.AccordingToName = name
			}
		}
	}
	if c.location >= 0 {
		e.Location = s.entityAt(c.location, c.location+1)
		if e.Location < 0 {
			if pi := s.phraseAt(c.location); pi >= 0 {
				for _, m := range s.phrases[pi].members {
					if c.location >= m.start && c.location < m.end {
						e.Location = x.entityNamed(actorName(s, m))
					}
				}
			}
		}
	}
	e.Date = x.date(s, c, e)
	e.Evidence = e.Trigger
	for _, a := range append(append([]doc.Actor{}, e.Sources...), e.Targets...) {
		if a.Span.Len() == 0 || s.d.SentenceOf(a.Span.Start) != s.index {
			continue
		}
		e.Evidence.Start = min(e.Evidence.Start, a.Span.Start)
		e.Evidence.End = max(e.Evidence.End, a.Span.End)
	}
	return e
}

// actor codes one member as an event actor. A capital named as an actor
// stands for its government ("Moscow demanded"); a place hit by violence
// stands for the civilians there.
func (x *extractor) actor(s *sentence, m member, typ string, target bool) doc.Actor {
	a := doc.Actor{Entity: m.entity, Code: m.code, Sector: m.sector}
	if m.start >= 0 {
		src := m.from
		if src == nil {
			src = s
		}
		a.Span = src.span(m.start, m.end)
		a.Name = actorName(src, m)
	}
	if m.entity >= 0 && m.entity < len(x.d.Entities) {
		if a.Name == "" || m.has(pkPronoun) {
			a.Name = x.d.Entities[m.entity].Name
		}
	}
	if a.Code == "" && a.Sector != "" && !(target && cooperative(typ)) && !(stateSectors[a.Sector] && m.placedByName()) && !m.namesAFirm() {
		// "the fundamentalist party ... will boycott Algeria's
		// elections": an actor named by its kind alone belongs to the
		// one country its sentence is about. Not the one helped, though:
		// in "the United States is arming the militants" the militants
		// are the United States' clients, not Americans. Nor the state
		// actors of a region: "European leaders gather in Rome" are not
		// Italians (though "Asian people" in a British story may well
		// be British). A firm named by its name is no kind: "Northern
		// Telecom Ltd" in a sentence on Peking is not Chinese.
		a.Code = s.soleCountry(!target)
	}
	src := m.from
	if src == nil {
		src = s
	}
	// Where a target is named as a place ("imposed a curfew in Algiers",
	// "would blockade Paris") it stands for the people there.
	located := target && m.start > 0 && locative[src.lower[m.start-1]]
	if a.Sector == "" {
		switch {
		case onlyKinds(m.kinds, pkCapital) && !(target && (physical(typ) || located)):
			a.Sector = "GOV"
		case target && (physical(typ) || located) && (m.placeOnly() || onlyKinds(m.kinds, pkCapital)):
			a.Sector = "CVL"
		case onlyKinds(m.kinds, pkDemonym) && m.start >= 0 && strings.HasSuffix(src.lower[m.end-1], "s") && (target || counted(src, m)):
			// "arrested 100 Palestinians", "thousands of Nigerians
			// marched": a people named in the plural are its civilians.
			// (As a bare subject, "the Palestinians rejected", it may
			// be their leadership.)
			a.Sector = "CVL"
		}
	}
	if !target && !physical(typ) && onlyKinds(m.kinds, pkPlace) && m.start == m.end-1 {
		// A town does not speak, agree or refuse: a one-word town name as
		// the subject of such an event is more likely a surname or a firm
		// ("Weingarten pressed", "Monsanto agreed").
		a.Code = ""
	}
	if a.Sector == "GOV" && m.former {
		a.Sector = "ELI" // "former president Carlos Menem": the elite, not the government
	}
	if a.Code == "IGO" || a.Code == "NGO" {
		if a.Sector == a.Code {
			a.Sector = ""
		}
	}
	if a.Entity < 0 && stateSectors[a.Sector] {
		a.Entity = x.countryEntity(a.Code)
	}
	return a
}

// placedByName reports whether an uncoded member names the continent or
// region it is from ("European leaders", "Asian ministers").
func (m member) placedByName() bool {
	if m.from == nil {
		return false
	}
	for k := max(m.start, 0); k < m.end; k++ {
		if regionalWords[m.from.lower[k]] {
			return true
		}
	}
	return false
}

// regionalWords name a continent or a region of several states.
var regionalWords = map[string]bool{
	"european": true, "asian": true, "african": true, "nordic": true, "scandinavian": true, "baltic": true,
	"balkan": true, "caribbean": true, "pan-european": true, "pan-african": true, "pan-arab": true,
}

// stateSectors are the sectors that act for their country's state.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true}

// countryEntity returns the place entity of the country with this code,
// or -1. An actor that speaks for a state without naming an entity
// ("foreign ministers from Turkey", "government forces") links to that
// country, as event data codes it (TURGOV, SYRMIL), so that the country's
// page and the network of who acts on whom show what its state did.
// Civilians, rebels or parties of a country are not its state and keep
// no link.
func (x *extractor) countryEntity(code string) int {
	if len(code) != 3 || code == "IGO" || code == "NGO" {
		return -1
	}
	// The country itself, not a city of it ("Ankara" may come first).
	for i, e := range x.d.Entities {
		if c, ok := x.g.Country(e.Name); ok && e.Code == code && e.Type == "GPE" && c.ISO3 == code {
			return i
		}
	}
	return -1
}

// counted reports whether a member is counted or qualified as a crowd:
// "1,000 ethnic Turks", "thousands of Nigerians", "some Iraqi Kurds".
func counted(s *sentence, m member) bool {
	for k := max(m.start-2, 0); k < m.end; k++ {
		if isNumber(s.words[k]) || crowdWords[s.lower[k]] {
			return true
		}
	}
	return false
}

var crowdWords = map[string]bool{
	"ethnic": true, "thousands": true, "hundreds": true, "dozens": true, "millions": true, "some": true,
	"many": true, "several": true, "scores": true, "angry": true,
}

// physical reports whether an event type acts on people and places
// rather than on governments.
func physical(typ string) bool {
	switch typ {
	case "ASSAULT", "COERCE", "MOBILIZE":
		return true
	}
	return false
}

// entityNamed returns the entity whose name or alias is name, or -1: the
// place or source an event names, when its mention here was not linked.
func (x *extractor) entityNamed(name string) int {
	if name == "" {
		return -1
	}
	for i, e := range x.d.Entities {
		if strings.EqualFold(e.Name, name) {
			return i
		}
		for _, a := range e.Aliases {
			if strings.EqualFold(a, name) {
				return i
			}
		}
	}
	return -1
}

// actorName is the member's words without leading determiners.
func actorName(s *sentence, m member) string {
	a := m.start
	for a < m.end-1 {
		switch s.lower[a] {
		case "the", "a", "an", "its", "their", "his", "her", "both":
			a++
			continue
		}
		break
	}
	sp := s.span(a, m.end)
	return strings.TrimSpace(s.d.Str(sp))
}

// date picks the event's date: a date expression in the sentence (the
// nearest to the trigger), else the date of the quote it is in, else the
// date of the previous sentence when that sentence is about the same
// actor ("Rouhani said on Friday ... Rouhani was speaking at a meeting").
func (x *extractor) date(s *sentence, c *candidate, e doc.Event) int {
	best, bestDist := -1, 1<<30
	st := x.d.Sentences[s.index]
	dlo, dhi := x.datesNear(st.Span)
	for di := dlo; di < dhi; di++ {
		dt := x.d.Dates[di]
		if !st.Span.Contains(dt.Span) || dt.Value == "" || x.tooLate(dt, e) {
			continue
		}
		dist := dt.Start - c.trigger.End
		if dist < 0 {
			dist = c.trigger.Start - dt.End
		}
		if aside(x.d.Text[st.Start:st.End], dt.Span.Start-st.Start, dt.Span.End-st.Start, c.trigger.Start-st.Start) {
			dist += 1 << 20 // any date outside an aside comes first
		}
		if dist < bestDist {
			best, bestDist = di, dist
		}
	}
	if best >= 0 {
		return best
	}
	if c.quote >= 0 && x.d.Quotes[c.quote].Date >= 0 {
		return x.d.Quotes[c.quote].Date
	}
	// Look back a few sentences for one that is dated and mentions the
	// event's source or the one who relays it: "the White House warned
	// on Tuesday ... the White House statement said".
	refs := append([]doc.Actor{}, e.Sources...)
	if c.hasAccording {
		refs = append(refs, x.actor(s, c.accordingTo, c.typ, false))
	}
	for h := len(x.history) - 1; h >= 0; h-- {
		ps := x.history[h]
		if s.index-ps.index > dateLookback {
			break
		}
		pst := x.d.Sentences[ps.index]
		prevDate := -1
		plo, phi := x.datesNear(pst.Span)
		for di := plo; di < phi; di++ {
			if dt := x.d.Dates[di]; pst.Span.Contains(dt.Span) && dt.Value != "" {
				prevDate = di
				break
			}
		}
		if prevDate < 0 {
			continue
		}
		for _, a := range refs {
			for _, q := range ps.phrases {
				for _, m := range q.members {
					if sameReferent(ps, m, a) {
						return prevDate
					}
				}
			}
		}
	}
	return -1
}

// aside reports whether the date at [a, b) of sentence text sits between
// two commas that do not enclose the trigger at t: "Israel, which annexed
// the Golan in 1981, attacked Syria on Wednesday" dates the annexation
// with 1981, not the attack.
func aside(text string, a, b, t int) bool {
	open := strings.LastIndexByte(text[:a], ',')
	k := strings.IndexByte(text[b:], ',')
	if open < 0 || k < 0 {
		return false
	}
	return t < open || t > b+k
}

// tooLate reports whether dt is more than a year after publication while
// e is no plan: such a date in the event's sentence is something else's,
// as in "bonds due January 1, 2047, sought to prevent the release".
// A plan may be dated years ahead ("will withdraw by 2030").
func (x *extractor) tooLate(dt doc.Date, e doc.Event) bool {
	if x.d.Published.IsZero() || dt.Time.IsZero() || e.Modality == Planned || e.Modality == Conditional {
		return false
	}
	return dt.Time.After(x.d.Published.AddDate(1, 0, 0))
}

// dateLookback is how many sentences back an undated event may take its
// date from.
const dateLookback = 3

// sameReferent compares an actor with a member of another sentence: the
// same entity, or the same last word of the name ("Hassan Rouhani" and
// "Rouhani").
func sameReferent(ps *sentence, m member, a doc.Actor) bool {
	if m.entity >= 0 && m.entity == a.Entity {
		return true
	}
	if m.start < 0 || a.Name == "" {
		return false
	}
	last := ps.words[m.end-1]
	if !capitalised(last) {
		return false
	}
	f := strings.Fields(a.Name)
	return f[len(f)-1] == last
}
