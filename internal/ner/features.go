package ner

import (
	"strings"
	"unicode/utf8"
)

// Feature templates. Every template fires once per token (with a padding
// value where it has nothing to say), so a token's features are a fixed
// number of hashed buckets.
const (
	tBias = iota
	tWord
	tLower
	tShape
	tShort
	tPrefix1
	tPrefix2
	tPrefix3
	tPrefix4
	tSuffix1
	tSuffix2
	tSuffix3
	tSuffix4
	tLowerPrev
	tLowerNext
	tLowerPrev2
	tLowerNext2
	tShortPrev
	tShortNext
	tShortTrigram
	tBigramPrev
	tBigramNext
	tFirstShort
	tCapsLower
	tLowerPrevShort
	tShortNextLower
	numBaseTemplates
)

// Templates that exist only when the model carries word clusters.
const (
	tCluster4 = numBaseTemplates + iota
	tCluster6
	tCluster10
	tCluster20
	tClusterPrev6
	tClusterNext6
	numClusterTemplates = iota
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashStart(template int) uint64 { return (fnvOffset ^ uint64(template)) * fnvPrime }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashSep separates the parts of a conjoined feature.
func hashSep(h uint64) uint64 { return (h ^ 0xff) * fnvPrime }

// token holds the per-token strings features are made of.
type token struct {
	norm, lower, shape, short, cluster string
}

// extractor turns a sentence into hashed feature buckets.
type extractor struct {
	bits     uint
	clusters map[string]string // lower-cased word → bit-string path; may be nil
}

func (e *extractor) perToken() int {
	if e.clusters != nil {
		return numBaseTemplates + numClusterTemplates
	}
	return numBaseTemplates
}

func (e *extractor) bucket(h uint64) uint32 {
	// A finaliser spreads FNV's weak low bits before the mask.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return uint32(h >> (64 - e.bits))
}

var padToken = token{norm: "<pad>", lower: "<pad>", shape: "<pad>", short: "<pad>", cluster: ""}

// extract appends len(words)*perToken() buckets to dst and returns it.
func (e *extractor) extract(words []string, dst []uint32, toks []token) ([]uint32, []token) {
	toks = toks[:0]
	var lb, sb [64]byte
	for _, w := range words {
		n := normalize(w)
		l := strings.ToLower(n)
		long, short := shapes(n, lb[:0], sb[:0])
		t := token{norm: n, lower: l, shape: string(long), short: string(short)}
		if e.clusters != nil {
			t.cluster = e.clusters[l]
		}
		toks = append(toks, t)
	}
	caps := isAllCaps(words)
	at := func(i int) *token {
		if i < 0 || i >= len(toks) {
			return &padToken
		}
		return &toks[i]
	}
	for i := range toks {
		t, p, n, p2, n2 := &toks[i], at(i-1), at(i+1), at(i-2), at(i+2)
		one := func(tpl int, s string) {
			dst = append(dst, e.bucket(hashString(hashStart(tpl), s)))
		}
		two := func(tpl int, a, b string) {
			dst = append(dst, e.bucket(hashString(hashSep(hashString(hashStart(tpl), a)), b)))
		}
		one(tBias, "")
		one(tWord, t.norm)
		one(tLower, t.lower)
		one(tShape, t.shape)
		one(tShort, t.short)
		for k := 1; k <= 4; k++ {
			one(tPrefix1+k-1, runePrefix(t.lower, k))
			one(tSuffix1+k-1, runeSuffix(t.lower, k))
		}
		one(tLowerPrev, p.lower)
		one(tLowerNext, n.lower)
		one(tLowerPrev2, p2.lower)
		one(tLowerNext2, n2.lower)
		one(tShortPrev, p.short)
		one(tShortNext, n.short)
		dst = append(dst, e.bucket(hashString(hashSep(hashString(hashSep(hashString(hashStart(tShortTrigram), p.short)), t.short)), n.short)))
		two(tBigramPrev, p.lower, t.lower)
		two(tBigramNext, t.lower, n.lower)
		if i == 0 {
			one(tFirstShort, t.short)
		} else {
			one(tFirstShort, "")
		}
		if caps {
			one(tCapsLower, t.lower)
		} else {
			one(tCapsLower, "")
		}
		two(tLowerPrevShort, p.lower, t.short)
		two(tShortNextLower, t.short, n.lower)
		if e.clusters != nil {
			one(tCluster4, clusterPrefix(t.cluster, 4))
			one(tCluster6, clusterPrefix(t.cluster, 6))
			one(tCluster10, clusterPrefix(t.cluster, 10))
			one(tCluster20, clusterPrefix(t.cluster, 20))
			one(tClusterPrev6, clusterPrefix(p.cluster, 6))
			one(tClusterNext6, clusterPrefix(n.cluster, 6))
		}
	}
	return dst, toks
}

func clusterPrefix(path string, n int) string {
	if len(path) > n {
		return path[:n]
	}
	return path
}

// runePrefix returns the first k runes of s (all of s when shorter).
func runePrefix(s string, k int) string {
	for i := range s {
		if k == 0 {
			return s[:i]
		}
		k--
	}
	return s
}

// runeSuffix returns the last k runes of s (all of s when shorter).
func runeSuffix(s string, k int) string {
	i := len(s)
	for ; i > 0 && k > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}
