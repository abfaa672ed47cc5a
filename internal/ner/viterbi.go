package ner

import "math"

// viterbi finds the best tag sequence given emission scores emit[i*n+t]
// and transition scores trans[prev*n+cur] (prev == n: sentence start),
// never using a transition that allowed forbids. It writes the result
// into out and uses back as scratch (len(emit) entries).
func viterbi(emit, trans []float32, allowed []bool, n int, out []int, back []int32) {
	T := len(out)
	if T == 0 {
		return
	}
	negInf := float32(math.Inf(-1))
	score := make([]float32, n)
	next := make([]float32, n)
	for t := 0; t < n; t++ {
		if allowed[n*n+t] {
			score[t] = emit[t] + trans[n*n+t]
		} else {
			score[t] = negInf
		}
	}
	for i := 1; i < T; i++ {
		row := emit[i*n : (i+1)*n]
		for cur := 0; cur < n; cur++ {
			best, arg := negInf, int32(0)
			for prev := 0; prev < n; prev++ {
				k := prev*n + cur
				if !allowed[k] {
					continue
				}
				if s := score[prev] + trans[k]; s > best {
					best, arg = s, int32(prev)
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
