package ner

import (
	"fmt"
	"sort"
	"strings"

	"newsgraph/internal/conll"
)

// Chunk is an entity in a tagged sentence: tokens [Start, End) of Type
// ("PERSON", "GPE", ...).
type Chunk = conll.Chunk

// Chunks turns IOB tags (as Tag returns them) into entities.
func Chunks(tags []string) []Chunk { return conll.Chunks(tags) }

// Scheme is how a model's own tags mark entity boundaries. It is internal
// to the model: training data is read as IOB2 (or IOB1) and Tag always
// returns IOB2, whatever the scheme.
type Scheme uint8

const (
	// IOB2: B-X starts an entity, I-X continues it.
	IOB2 Scheme = iota
	// BILOU (also BIOES): B-X begins an entity of two or more tokens, I-X
	// is inside it, L-X is its last token and U-X a one-token entity.
	// A linear model then has weights for "ends an entity" and "is a
	// whole entity on its own", which IOB2 folds into I- and B-; Ratinov
	// and Roth (2009) found it clearly better for NER.
	BILOU
)

func (s Scheme) String() string {
	switch s {
	case IOB2:
		return "iob2"
	case BILOU:
		return "bilou"
	}
	return fmt.Sprintf("Scheme(%d)", uint8(s))
}

// ParseScheme reads "iob2" or "bilou" ("bioes" is accepted for BILOU).
func ParseScheme(name string) (Scheme, error) {
	switch name {
	case "iob2", "IOB2", "bio", "BIO":
		return IOB2, nil
	case "bilou", "BILOU", "bioes", "BIOES":
		return BILOU, nil
	}
	return 0, fmt.Errorf("ner: unknown tag scheme %q (want iob2 or bilou)", name)
}

// prefixes are a scheme's tag prefixes in the order tagSet lays them out.
func (s Scheme) prefixes() string {
	if s == BILOU {
		return "BILU"
	}
	return "BI"
}

// tagSet builds the tag list for the entity types seen in training: "O"
// first, then each prefix of the scheme for every type in sorted order,
// so a model's tag indices do not depend on the order of the data.
func tagSet(types map[string]bool, s Scheme) []string {
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	tags := []string{"O"}
	for _, t := range names {
		for _, p := range s.prefixes() {
			tags = append(tags, string(p)+"-"+t)
		}
	}
	return tags
}

// layout is what a model derives from its tag list and scheme: the IOB2
// tag each of its tags is returned as, and each tag's entity type as a
// small number (0 for O, then 1, 2, ... in the order types first appear),
// which the history features count.
type layout struct {
	scheme Scheme
	out    []string
	typeOf []int32
	types  int
	// nameTag marks the tags of types that name something (PERSON, ORG,
	// GPE, …; not numberTypes), which a murmur may not take.
	nameTag []bool
}

// newLayout checks that every tag is O or has one of the scheme's
// prefixes, and builds the layout.
func newLayout(tags []string, s Scheme) (layout, error) {
	l := layout{scheme: s, out: make([]string, len(tags)), typeOf: make([]int32, len(tags)), types: 1, nameTag: make([]bool, len(tags))}
	rank := map[string]int32{}
	for i, t := range tags {
		p, typ := conll.Split(t)
		if t == "O" {
			l.out[i] = "O"
			continue
		}
		if typ == "" || strings.IndexByte(s.prefixes(), p) < 0 {
			return layout{}, fmt.Errorf("ner: tag %q does not belong to scheme %s", t, s)
		}
		r, ok := rank[typ]
		if !ok {
			r = int32(l.types)
			rank[typ] = r
			l.types++
		}
		l.typeOf[i] = r
		l.nameTag[i] = !numberTypes[typ]
		// A path valid in BILOU is valid IOB2 once L- reads I- (it
		// continues the entity) and U- reads B- (it starts one).
		switch p {
		case 'B', 'U':
			l.out[i] = "B-" + typ
		default:
			l.out[i] = "I-" + typ
		}
	}
	return l, nil
}

// encode turns gold IOB tags (IOB2, or IOB1 as conll.Chunks reads it)
// into tag indices in scheme s.
func encode(gold []string, s Scheme, index map[string]int) []int {
	out := make([]int, len(gold)) // 0 is O
	for _, c := range conll.Chunks(gold) {
		for i := c.Start; i < c.End; i++ {
			p := "I-"
			switch {
			case s == BILOU && c.End-c.Start == 1:
				p = "U-"
			case i == c.Start:
				p = "B-"
			case s == BILOU && i == c.End-1:
				p = "L-"
			}
			out[i] = index[p+c.Type]
		}
	}
	return out
}

// transitionRules returns which tag may follow which, allowed[prev*n+cur]
// with prev == n standing for the sentence start, and which tags may end
// a sentence. In IOB2 an I-X may only follow B-X or I-X, and any tag may
// end a sentence. In BILOU, I-X and L-X may only follow B-X or I-X, which
// must be followed by one of them, so B-X and I-X cannot end a sentence.
func transitionRules(tags []string, s Scheme) (allowed, end []bool) {
	n := len(tags)
	allowed = make([]bool, (n+1)*n)
	end = make([]bool, n)
	for prev := 0; prev <= n; prev++ {
		pp, pt := byte('O'), ""
		if prev < n {
			pp, pt = conll.Split(tags[prev])
		}
		open := pp == 'B' || pp == 'I' // an entity that must go on
		for cur := 0; cur < n; cur++ {
			cp, ct := conll.Split(tags[cur])
			ok := cp != 'I' || (pp != 'O' && pt == ct)
			if s == BILOU {
				cont := cp == 'I' || cp == 'L'
				ok = open == cont && (!cont || pt == ct)
			}
			allowed[prev*n+cur] = ok
		}
	}
	for cur := range end {
		cp, _ := conll.Split(tags[cur])
		end[cur] = s != BILOU || (cp != 'B' && cp != 'I')
	}
	return allowed, end
}
