package event

import (
	"strings"
)

// boundary words end the search for a trigger's arguments.
var clauseBreak = map[string]bool{
	";": true, ":": true, "because": true, "after": true, "while": true, "when": true,
	"if": true, "unless": true, "but": true, "although": true, "though": true, "whereas": true,
	"before": true, "since": true, "until": true, "(": true, ")": true, "--": true, "—": true,
	"\"": true, "“": true, "”": true, ".": true, "?": true, "!": true,
}

var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "stated": true, "announced": true,
	"added": true, "declared": true, "stressed": true, "noted": true, "reported": true, "claimed": true,
	"claims": true, "claim": true, "insisted": true, "believes": true, "believed": true,
	"reports": true, "announces": true, "concluded": true, "quoted": true, "learned": true, "announce": true,
	"reiterated": true, "explained": true, "wrote": true, "argued": true,
}

var prepositions = map[string]bool{
	"of": true, "in": true, "at": true, "on": true, "from": true, "with": true, "to": true, "for": true,
	"by": true, "against": true, "near": true, "into": true, "over": true, "under": true, "across": true,
	"about": true, "between": true, "among": true, "toward": true, "towards": true, "outside": true, "inside": true,
	"throughout": true, "within": true, "around": true, "during": true, "despite": true, "like": true, "via": true,
}

var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "got": true,
}

var irregularParticiples = map[string]bool{
	"beaten": true, "shot": true, "held": true, "taken": true, "hit": true, "struck": true, "given": true,
	"sworn": true, "withdrawn": true, "overrun": true, "frozen": true, "blown": true, "forgiven": true, "sent": true,
	"sought": true, "met": true, "fought": true, "retaken": true, "cut": true, "shut": true, "put": true, "freed": true,
}

func isAdverb(w string) bool {
	switch w {
	case "not", "never", "also", "already", "reportedly", "allegedly", "again", "still", "just", "recently",
		"routinely", "secretly", "repeatedly", "formally", "officially", "finally", "now", "later", "then",
		"publicly", "jointly", "unilaterally", "bluntly", "strongly", "sharply", "openly", "previously", "n't":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

var locative = map[string]bool{"in": true, "at": true, "near": true, "on": true, "across": true, "inside": true, "outside": true}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true}

// announceVerbs take a noun as object ("announced a suspension"), where
// "said the battle will continue" takes a clause.
var announceVerbs = map[string]bool{
	"announced": true, "announces": true, "announce": true, "declared": true, "declares": true, "declare": true,
	"reiterated": true, "reiterates": true,
}

var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "was": true, "were": true,
	"is": true, "are": true, "can": true, "could": true, "should": true, "must": true, "also": true, "then": true,
}

var appositiveStart = map[string]bool{"a": true, "an": true, "the": true, "who": true, "which": true}

func looksAdjective(w string) bool {
	for _, suf := range []string{"al", "ive", "ary", "ed", "ous", "ic", "ful", "scale", "range"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// objectStops end the search for an object: what follows is a purpose or
// a circumstance, not the target.
var objectStops = map[string]bool{"effort": true, "order": true, "bid": true, "attempt": true, "aimed": true, "despite": true}

var openQuote = map[string]bool{"\"": true, "“": true, "'": true, "‘": true, "that": true}

// speechAct types are aimed at someone responsible, not at bystanders.
var speechAct = map[string]bool{"THREATEN": true, "ACCUSE": true, "REQUEST": true, "REJECT": true}

var possessed = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// addressed are the types whose "to X" names an audience, not a target.
var addressed = map[string]bool{"ACCUSE": true, "PROTEST": true}

var complementFiller = map[string]bool{
	"the": true, "a": true, "an": true, "should": true, "must": true, "would": true, "will": true,
	"immediately": true, "also": true, "not": true, "to": true, "let": true,
}
