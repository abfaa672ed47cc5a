package event

// The 16 PLOVER event types, in the ontology's order from cooperation to
// violence.
var Types = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
	"MOBILIZE", "COERCE", "ASSAULT",
}

// cameoRoots maps each PLOVER type to the CAMEO root code it corresponds
// to by default. PLOVER merged and split CAMEO's 20 roots; where one type
// covers several roots (REQUEST = 02 appeal + 10 demand, ACCUSE = 11
// disapprove + 09 investigate, ASSAULT = 18 assault + 19 fight + 20 mass
// violence), a lexicon entry names the more specific root.
var cameoRoots = map[string]string{
	"AGREE":     "03", // express intent to cooperate (057 sign agreement)
	"CONSULT":   "04", // consult
	"SUPPORT":   "05", // engage in diplomatic cooperation
	"CONCEDE":   "08", // yield
	"COOPERATE": "06", // engage in material cooperation
	"AID":       "07", // provide aid
	"RETREAT":   "08", // yield: withdraw, release, demobilise
	"REQUEST":   "02", // appeal (10 demand)
	"ACCUSE":    "11", // disapprove (09 investigate)
	"REJECT":    "12", // reject
	"THREATEN":  "13", // threaten
	"PROTEST":   "14", // protest
	"SANCTION":  "16", // reduce relations
	"MOBILIZE":  "15", // exhibit force posture
	"COERCE":    "17", // coerce
	"ASSAULT":   "18", // assault (19 fight, 20 mass violence)
}

// CameoRoot returns the default CAMEO root code of a PLOVER type, or "".
func CameoRoot(ploverType string) string { return cameoRoots[ploverType] }

// RootFits reports whether a two-digit CAMEO root can be that of an event
// of type t: its default root, a root PLOVER folded into t, or 05 for an
// agreement signed (CAMEO 057).
func RootFits(root, t string) bool {
	return len(root) == 2 && (root == cameoRoots[t] || PloverType(root) == t || t == "AGREE" && root == "05")
}

// PloverType returns the PLOVER type a CAMEO code (root or longer) falls
// under, or "" for an unknown code. It is the inverse of CameoRoot over the
// roots, with the roots PLOVER merged: 01 (make statement) has no type.
func PloverType(cameo string) string {
	if len(cameo) < 2 {
		return ""
	}
	switch cameo[:2] {
	case "02", "10":
		return "REQUEST"
	case "03":
		return "AGREE"
	case "04":
		return "CONSULT"
	case "05":
		// 057, signing a formal agreement, is an agreement in PLOVER.
		if len(cameo) >= 3 && cameo[:3] == "057" {
			return "AGREE"
		}
		return "SUPPORT"
	case "06":
		return "COOPERATE"
	case "07":
		return "AID"
	case "08":
		// 081 ease restrictions and 084 return/release are concessions in
		// the narrow sense; 083, 086 and 087 (release, ease military
		// engagement) are retreats. PLOVER splits CAMEO 08 this way.
		if len(cameo) >= 3 && (cameo[:3] == "083" || cameo[:3] == "086" || cameo[:3] == "087") {
			return "RETREAT"
		}
		return "CONCEDE"
	case "09", "11":
		return "ACCUSE"
	case "12":
		return "REJECT"
	case "13":
		return "THREATEN"
	case "14":
		return "PROTEST"
	case "15":
		return "MOBILIZE"
	case "16":
		return "SANCTION"
	case "17":
		return "COERCE"
	case "18", "19", "20":
		return "ASSAULT"
	}
	return ""
}

// cooperative reports whether t is on PLOVER's cooperative side. A stated
// intention to do a cooperative act is a promise (AGREE); a stated
// intention to do a hostile one is a threat (THREATEN).
func cooperative(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT":
		return true
	}
	return false
}

// material reports whether t is something done rather than said: the
// kinds of act that a promise or a threat can be about.
func material(t string) bool {
	switch t {
	case "CONCEDE", "COOPERATE", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST", "CONSULT":
		return true
	}
	return false
}
