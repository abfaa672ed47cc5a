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
	// byCur[cur*n+prev] is score[prev*n+cur], laid out so the loop over
	// predecessors reads memory in order; refreshed by refresh.
	byCur []float32
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
	t.refresh()
	return t
}

// refresh copies score into byCur; training calls it after updates.
func (t *transitions) refresh() {
	n := t.n
	for prev := 0; prev < n; prev++ {
		for cur := 0; cur < n; cur++ {
			t.byCur[cur*n+prev] = t.score[prev*n+cur]
		}
	}
}

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
	for i := 1; i < T; i++ {
		row := emit[i*n : (i+1)*n]
		for cur, prevs := range tr.prevs {
			best, arg := negInf, int32(0)
			if prevs == nil {
				col := tr.byCur[cur*n : cur*n+n]
				for prev, s := range score[:n] {
					if s += col[prev]; s > best {
						best, arg = s, int32(prev)
					}
				}
			} else {
				for _, prev := range prevs {
					if s := score[prev] + tr.score[int(prev)*n+cur]; s > best {
						best, arg = s, prev
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
