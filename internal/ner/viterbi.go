package ner

import "math"

// transitions holds transition scores with, for each tag, the tags allowed
// before it, so decoding skips the forbidden pairs (in IOB2 an I-X tag
// has only two possible predecessors).
type transitions struct {
	n       int
	score   []float32 // score[prev*n+cur]; prev == n is the sentence start
	allowed []bool
	prevs   [][]int32 // prevs[cur]: allowed prev tags, when not all are
	// from[cur] is prevs[cur] with the transition scores, in one place;
	// refreshed by refresh.
	from [][]prevScore
	// byCur[cur*n+prev] is score[prev*n+cur], laid out so the loop over
	// predecessors reads memory in order; refreshed by refresh.
	byCur []float32
	// spread is the largest difference between two transition scores
	// into the same tag, over the tags any tag may precede, and bound
	// the largest magnitude of those scores; see viterbi's pruning.
	spread, bound float32
}

type prevScore struct {
	prev  int32
	score float32
}

func newTransitions(score []float32, allowed []bool, n int) *transitions {
	t := &transitions{n: n, score: score, allowed: allowed, prevs: make([][]int32, n)}
	for cur := 0; cur < n; cur++ {
		for prev := 0; prev < n; prev++ {
			if allowed[prev*n+cur] {
				t.prevs[cur] = append(t.prevs[cur], int32(prev))
			}
		}
		if len(t.prevs[cur]) == n {
			t.prevs[cur] = nil // any tag may precede: use the dense loop
		}
	}
	t.byCur = make([]float32, n*n)
	t.from = make([][]prevScore, n)
	for cur, prevs := range t.prevs {
		t.from[cur] = make([]prevScore, len(prevs))
	}
	t.refresh()
	return t
}

// refresh copies score into byCur and recomputes spread and bound;
// training calls it after updates.
func (t *transitions) refresh() {
	n := t.n
	for prev := 0; prev < n; prev++ {
		for cur := 0; cur < n; cur++ {
			t.byCur[cur*n+prev] = t.score[prev*n+cur]
		}
	}
	for cur, prevs := range t.prevs {
		for k, prev := range prevs {
			t.from[cur][k] = prevScore{prev, t.score[int(prev)*n+cur]}
		}
	}
	t.spread, t.bound = 0, 0
	for cur := 0; cur < n; cur++ {
		if t.prevs[cur] != nil {
			continue
		}
		col := t.byCur[cur*n : cur*n+n]
		lo, hi := col[0], col[0]
		for _, s := range col {
			lo, hi = min(lo, s), max(hi, s)
			t.bound = max(t.bound, abs32(s))
		}
		t.spread = max(t.spread, hi-lo)
	}
}

func abs32(x float32) float32 { return math.Float32frombits(math.Float32bits(x) &^ (1 << 31)) }

// viterbi finds the best tag sequence given emission scores emit[i*n+t],
// writing it into out; back is scratch of len(emit), score and next of n.
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
	// A tag any tag may precede takes its best predecessor from all n,
	// but a predecessor whose score is more than spread below the best
	// previous score M can win for no tag: its sum is below M plus the
	// smallest transition into the tag. So only the candidates within
	// spread of M are tried, in tag order as before. The margin, (|M| +
	// spread + 2 bound) × 2⁻²⁰, is far more than float32 rounding of
	// these sums can move them, so the pruning never changes a result.
	var candBuf [256]int32
	for i := 1; i < T; i++ {
		row := emit[i*n : (i+1)*n]
		top := score[0]
		for _, s := range score[1:n] {
			if s > top {
				top = s
			}
		}
		cand := candBuf[:0]
		cut := top - tr.spread - (abs32(top)+tr.spread+2*tr.bound)*(1.0/(1<<20))
		if math.IsInf(float64(cut), 0) || cut != cut {
			cut = negInf // no pruning when scores are not finite
		}
		for prev, s := range score[:n] {
			if s >= cut {
				cand = append(cand, int32(prev))
			}
		}
		for cur, prevs := range tr.prevs {
			best, arg := negInf, int32(0)
			if prevs == nil {
				col := tr.byCur[cur*n : cur*n+n]
				for _, prev := range cand {
					if s := score[prev] + col[prev]; s > best {
						best, arg = s, prev
					}
				}
			} else {
				for _, p := range tr.from[cur] {
					if s := score[p.prev] + p.score; s > best {
						best, arg = s, p.prev
					}
				}
			}
			next[cur] = best + row[cur]
			back[i*n+cur] = arg
		}
		score, next = next, score
	}
	best := 0
	for t := 1; t < n; t++ {
		if score[t] > score[best] {
			best = t
		}
	}
	for i := T - 1; i >= 0; i-- {
		out[i] = best
		if i > 0 {
			best = int(back[i*n+best])
		}
	}
}
