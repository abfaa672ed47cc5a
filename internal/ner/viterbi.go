package ner

import "math"

// transitions holds transition scores with, for each tag, the tags allowed
// before it, so decoding skips the forbidden pairs (in IOB2 and BILOU an
// I-X tag has only two possible predecessors).
type transitions struct {
	n       int
	score   []float32 // score[prev*n+cur]; prev == n is the sentence start
	allowed []bool
	// openFrom lists the tags O may follow (every tag in IOB2; O, L-X
	// and U-X in BILOU) and open the tags with exactly those
	// predecessors (O and B-X; in BILOU also U-X); pairs holds the tags
	// with two predecessors (I-X, and L-X in BILOU: B-X and I-X) and
	// narrow any others (none in either scheme), each with its allowed
	// predecessors and their transition scores (refreshed by refresh).
	open, openFrom []int32
	pairs          []pairTag
	narrow         []narrowTag
	// ends lists the tags a sentence may end with (all in IOB2).
	ends []int32
	// spread is the largest difference between two transition scores
	// from openFrom into the same open tag, and bound the largest
	// magnitude of those scores; see viterbi's pruning. Refreshed by
	// refresh.
	spread, bound float32
}

type narrowTag struct {
	cur  int32
	from []prevScore
}

type pairTag struct {
	cur    int32
	pa, pb prevScore
}

type prevScore struct {
	prev  int32
	score float32
}

// newTransitions sorts the tags by their predecessors; allowed and end
// are as transitionRules returns them, and tag 0 (O) must be allowed
// after the start and at the end.
func newTransitions(score []float32, allowed, end []bool, n int) *transitions {
	t := &transitions{n: n, score: score, allowed: allowed}
	from := func(cur int) []prevScore {
		var f []prevScore
		for prev := 0; prev < n; prev++ {
			if allowed[prev*n+cur] {
				f = append(f, prevScore{prev: int32(prev)})
			}
		}
		return f
	}
	for _, p := range from(0) {
		t.openFrom = append(t.openFrom, p.prev)
	}
	for cur := 0; cur < n; cur++ {
		f := from(cur)
		switch {
		case len(f) > 2 && sameFrom(f, t.openFrom):
			t.open = append(t.open, int32(cur))
		case len(f) == 2:
			t.pairs = append(t.pairs, pairTag{int32(cur), f[0], f[1]})
		default:
			t.narrow = append(t.narrow, narrowTag{int32(cur), f})
		}
		if end[cur] {
			t.ends = append(t.ends, int32(cur))
		}
	}
	t.refresh()
	return t
}

func sameFrom(f []prevScore, prevs []int32) bool {
	if len(f) != len(prevs) {
		return false
	}
	for k, p := range f {
		if p.prev != prevs[k] {
			return false
		}
	}
	return true
}

// refresh copies the scores into narrow and pairs and recomputes spread
// and bound; training calls it after updates.
func (t *transitions) refresh() {
	n := t.n
	for _, nt := range t.narrow {
		for k, p := range nt.from {
			nt.from[k].score = t.score[int(p.prev)*n+int(nt.cur)]
		}
	}
	for k, q := range t.pairs {
		t.pairs[k].pa.score = t.score[int(q.pa.prev)*n+int(q.cur)]
		t.pairs[k].pb.score = t.score[int(q.pb.prev)*n+int(q.cur)]
	}
	t.spread, t.bound = 0, 0
	for _, cur := range t.open {
		first := t.score[int(t.openFrom[0])*n+int(cur)]
		lo, hi := first, first
		for _, prev := range t.openFrom {
			s := t.score[int(prev)*n+int(cur)]
			lo, hi = min(lo, s), max(hi, s)
			t.bound = max(t.bound, abs32(s))
		}
		t.spread = max(t.spread, hi-lo)
	}
}

func abs32(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }

// viterbi finds the best tag sequence given emission scores emit[i*n+t],
// writing it into out; back is scratch of len(emit), score and next of n.
// The path ends with one of ends; ties go to the lowest tag.
func (tr *transitions) viterbi(emit []float32, out []int, back []int32, score, next []float32) {
	n, T := tr.n, len(out)
	if T == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	for t := 0; t < n; t++ {
		if tr.allowed[n*n+t] {
			score[t] = emit[t] + tr.score[n*n+t]
		} else {
			score[t] = negInf
		}
	}
	// An open tag takes its best predecessor from all of openFrom, but
	// one whose score is more than spread below the best score M among
	// them wins for no tag: its sum is below M plus the smallest
	// transition into the tag. So only the candidates within spread of M
	// are tried (usually one or two), in tag order as a full loop would.
	// The margin, (|M| + spread + 2 bound) × 2⁻²⁰, is far more than
	// float32 rounding of these sums can move them, so the pruning never
	// changes a result.
	var candBuf [256]int32
	for i := 1; i < T; i++ {
		row := emit[i*n : (i+1)*n]
		bk := back[i*n : (i+1)*n]
		top := score[tr.openFrom[0]]
		for _, p := range tr.openFrom[1:] {
			if s := score[p]; s > top {
				top = s
			}
		}
		cut := top - tr.spread - (abs32(top)+tr.spread+2*tr.bound)*(1.0/(1<<20))
		if math.IsInf(float64(cut), 0) || cut != cut {
			cut = negInf // no pruning when scores are not finite
		}
		k := 0 // counted without a branch: which tags pass is unpredictable
		for _, prev := range tr.openFrom {
			candBuf[k] = prev
			if score[prev] >= cut {
				k++
			}
		}
		cand := candBuf[:k]
		if cut != negInf {
			// Every candidate's sum is finite, so the first one is the
			// best so far for every open tag: no comparison needed.
			p := cand[0]
			sp, trans := score[p], tr.score[int(p)*n:int(p)*n+n]
			for _, cur := range tr.open {
				next[cur], bk[cur] = sp+trans[cur], p
			}
			cand = cand[1:]
		} else {
			for _, cur := range tr.open {
				next[cur], bk[cur] = negInf, 0
			}
		}
		for _, p := range cand {
			sp, trans := score[p], tr.score[int(p)*n:int(p)*n+n]
			for _, cur := range tr.open {
				if s := sp + trans[cur]; s > next[cur] {
					next[cur], bk[cur] = s, p
				}
			}
		}
		for _, cur := range tr.open {
			next[cur] += row[cur]
		}
		for _, q := range tr.pairs {
			// The loop below for two predecessors, with the second choice
			// made on the bits, without a branch (which of B-X and I-X
			// wins is unpredictable).
			a, b := score[q.pa.prev]+q.pa.score, score[q.pb.prev]+q.pb.score
			best, arg := negInf, int32(0)
			if a > best {
				best, arg = a, q.pa.prev
			}
			var take int32
			if b > best {
				take = -1
			}
			bits := int32(math.Float32bits(best))&^take | int32(math.Float32bits(b))&take
			next[q.cur] = math.Float32frombits(uint32(bits)) + row[q.cur]
			bk[q.cur] = arg&^take | q.pb.prev&take
		}
		for _, nt := range tr.narrow {
			best, arg := negInf, int32(0)
			for _, p := range nt.from {
				if s := score[p.prev] + p.score; s > best {
					best, arg = s, p.prev
				}
			}
			next[nt.cur] = best + row[nt.cur]
			bk[nt.cur] = arg
		}
		score, next = next, score
	}
	best := int(tr.ends[0])
	for _, t := range tr.ends[1:] {
		if score[t] > score[best] {
			best = int(t)
		}
	}
	for i := T - 1; i >= 0; i-- {
		out[i] = best
		if i > 0 {
			best = int(back[i*n+best])
		}
	}
}
