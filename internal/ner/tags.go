package ner

import (
	"sort"

	"newsgraph/internal/conll"
)

// Chunk is an entity in a tagged sentence: tokens [Start, End) of Type
// ("PERSON", "GPE", ...).
type Chunk = conll.Chunk

// Chunks turns IOB tags (as Tag returns them) into entities.
func Chunks(tags []string) []Chunk { return conll.Chunks(tags) }

// tagSet builds the tag list for the entity types seen in training: "O"
// first, then B- and I- of every type in sorted order, so a model's tag
// indices do not depend on the order of the data.
func tagSet(types map[string]bool) []string {
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	tags := []string{"O"}
	for _, t := range names {
		tags = append(tags, "B-"+t, "I-"+t)
	}
	return tags
}

// allowedTransitions returns, for IOB2, which tag may follow which:
// allowed[prev*n+cur], with prev == n standing for the sentence start. An
// I-X may only follow B-X or I-X.
func allowedTransitions(tags []string) []bool {
	n := len(tags)
	ok := make([]bool, (n+1)*n)
	for prev := 0; prev <= n; prev++ {
		pp, pt := byte('O'), ""
		if prev < n {
			pp, pt = conll.Split(tags[prev])
		}
		for cur := 0; cur < n; cur++ {
			cp, ct := conll.Split(tags[cur])
			ok[prev*n+cur] = cp != 'I' || (pp != 'O' && pt == ct)
		}
	}
	return ok
}
