package conll

// Chunk is an entity found in a tag sequence: tokens [Start, End) of Type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entities in tags following conlleval's rules, so it
// reads IOB1, IOB2 and IOBES alike, and an I-X after O or after another
// type starts a new entity rather than being dropped.
func Chunks(tags []string) []Chunk {
	var (
		out      []Chunk
		start    = -1
		prevP    = byte('O')
		prevType = ""
	)
	for i := 0; i <= len(tags); i++ {
		p, typ := byte('O'), ""
		if i < len(tags) {
			p, typ = Split(tags[i])
		}
		if start >= 0 && chunkEnds(prevP, p, prevType, typ) {
			out = append(out, Chunk{Start: start, End: i, Type: prevType})
			start = -1
		}
		if chunkStarts(prevP, p, prevType, typ) {
			start = i
		}
		prevP, prevType = p, typ
	}
	return out
}

// chunkEnds is conlleval's endOfChunk: does the entity running through the
// previous token end before this one?
func chunkEnds(prevP, p byte, prevType, typ string) bool {
	switch {
	case prevP == 'E' || prevP == 'S':
		return true
	case prevP == 'B' && (p == 'B' || p == 'S' || p == 'O'):
		return true
	case prevP == 'I' && (p == 'B' || p == 'S' || p == 'O'):
		return true
	case prevP != 'O' && prevType != typ:
		return true
	}
	return false
}

// chunkStarts is conlleval's startOfChunk: does an entity start here?
func chunkStarts(prevP, p byte, prevType, typ string) bool {
	switch {
	case p == 'B' || p == 'S':
		return true
	case (prevP == 'E' || prevP == 'S' || prevP == 'O') && (p == 'I' || p == 'E'):
		return true
	case p != 'O' && prevType != typ:
		return true
	}
	return false
}
