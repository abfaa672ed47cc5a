package ner

import "math"

// forwardBackward computes a linear-chain CRF's tag marginals for one
// sentence by the scaled forward–backward algorithm (Rabiner 1989):
// probabilities rather than logs, each position's forward vector
// normalised to sum 1, which avoids an exp per transition and is safe
// while scores stay within some 700 of each other (each row is shifted
// by its largest score, which may belong to a tag the previous position
// cannot lead to); past that, run reports failed rather than return NaN.
// Forbidden transitions get probability 0.
type forwardBackward struct {
	emit, psi, alpha, beta, marg, c, w []float64
	logZ                               float64
	// failed is set by run when the scores are so far apart that no
	// allowed sequence keeps any weight in float64 (a position's allowed
	// tags all underflow to 0, or no tag that may end does): its
	// marginals are then not numbers, and the caller must skip the
	// sentence.
	failed bool
}

func (f *forwardBackward) emitBuf(size int) []float64 {
	f.emit = grow(f.emit, size)
	return f.emit
}

// run computes marg[i*n+t], the probability that token i has tag t, and
// logZ, given emission scores emit[i*n+t] and transition scores
// trans[prev*n+cur] (prev == n: sentence start), over the sequences whose
// transitions are allowed and whose last tag may end a sentence (end;
// nil: any may, as in IOB2; BILOU's B- and I- may not). It leaves exp of
// the allowed transitions (0 for the others) in expTrans.
func (f *forwardBackward) run(emit, trans []float64, allowed, end []bool, n, T int, expTrans []float64) {
	for k, s := range trans {
		expTrans[k] = 0
		if allowed[k] {
			expTrans[k] = math.Exp(s)
		}
	}
	f.psi = grow(f.psi, T*n)
	f.alpha = grow(f.alpha, T*n)
	f.beta = grow(f.beta, T*n)
	f.marg = grow(f.marg, T*n)
	f.c = grow(f.c, T)
	f.w = grow(f.w, n)
	f.logZ, f.failed = 0, false
	for i := 0; i < T; i++ {
		row := emit[i*n : (i+1)*n]
		top := row[0]
		for _, e := range row[1:] {
			top = max(top, e)
		}
		for t, e := range row {
			f.psi[i*n+t] = math.Exp(e - top)
		}
		f.logZ += top
	}
	for i := 0; i < T; i++ {
		a := f.alpha[i*n : (i+1)*n]
		if i == 0 {
			copy(a, expTrans[n*n:])
		} else {
			clear(a)
			for p, ap := range f.alpha[(i-1)*n : i*n] {
				if ap == 0 {
					continue
				}
				for t, e := range expTrans[p*n : (p+1)*n] {
					a[t] += ap * e
				}
			}
		}
		sum := 0.0
		for t := range a {
			a[t] *= f.psi[i*n+t]
			sum += a[t]
		}
		if !(sum > 0) || math.IsInf(sum, 0) {
			f.failed = true
			return
		}
		f.c[i] = sum
		f.logZ += math.Log(sum)
		for t := range a {
			a[t] /= sum
		}
	}
	last := f.beta[(T-1)*n : T*n]
	for t := range last {
		last[t] = 1
	}
	if end != nil {
		// Only sequences that may end count: Z loses the share of the
		// last position's (normalised) forward mass on the others, and
		// scaling beta by its inverse keeps every position's marginals
		// summing to 1.
		kept := 0.0
		for t, a := range f.alpha[(T-1)*n : T*n] {
			if end[t] {
				kept += a
			}
		}
		if !(kept > 0) {
			f.failed = true
			return
		}
		f.logZ += math.Log(kept)
		for t := range last {
			last[t] = 0
			if end[t] {
				last[t] = 1 / kept
			}
		}
	}
	for i := T - 2; i >= 0; i-- {
		for t := range f.w {
			f.w[t] = f.psi[(i+1)*n+t] * f.beta[(i+1)*n+t] / f.c[i+1]
		}
		b := f.beta[i*n : (i+1)*n]
		for p := range b {
			sum := 0.0
			for t, e := range expTrans[p*n : (p+1)*n] {
				sum += e * f.w[t]
			}
			b[p] = sum
		}
	}
	for k := range f.marg {
		f.marg[k] = f.alpha[k] * f.beta[k]
	}
}

// transitionMarginals sets out[prev*n+cur] to the expected number of
// prev→cur transitions in the sentence run last saw; expTrans is what
// run left there.
func (f *forwardBackward) transitionMarginals(out, expTrans []float64, n, T int) {
	clear(out)
	copy(out[n*n:], f.marg[:n])
	for i := 1; i < T; i++ {
		for t := range f.w {
			f.w[t] = f.psi[i*n+t] * f.beta[i*n+t] / f.c[i]
		}
		for p, ap := range f.alpha[(i-1)*n : i*n] {
			if ap == 0 {
				continue
			}
			o := out[p*n : (p+1)*n]
			for t, e := range expTrans[p*n : (p+1)*n] {
				o[t] += ap * e * f.w[t]
			}
		}
	}
}
