// Package dedup finds near-duplicate articles — the same wire story carried
// by several outlets, lightly edited — with MinHash signatures over word
// shingles and locality-sensitive hashing (LSH) by bands.
//
// Two texts' signatures agree in each position with probability equal to
// the Jaccard similarity of their shingle sets. Bands of Rows positions
// are hashed into band keys; texts that share any band key are candidates,
// confirmed when their estimated similarity reaches Threshold. With 20
// bands of 5 rows, pairs at similarity 0.5 become candidates 47% of the
// time, at 0.7 in 98% and at 0.8 in over 99.9%.
//
// Signatures and band keys are stable across processes and machines (no
// random seeds), because the store keeps them.
package dedup

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

const (
	// Shingle is the number of consecutive words in one shingle.
	Shingle = 5
	// Bands and Rows shape the LSH index; Size = Bands*Rows hashes.
	Bands = 20
	Rows  = 5
	Size  = Bands * Rows
	// Threshold is the estimated Jaccard similarity at which two articles
	// count as copies of one story.
	Threshold = 0.5
	// minWords: texts shorter than this get no signature, since a few
	// words in common ("Reuters reported on Monday") say nothing about
	// being one story.
	minWords = 12
)

// Signature is a MinHash signature: Size minimum hash values.
type Signature []uint32

// Sign returns the MinHash signature of text, or nil when the text is too
// short to compare.
func Sign(text string) Signature {
	words := words(text)
	if len(words) < minWords {
		return nil
	}
	sig := make(Signature, Size)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	for i := 0; i+Shingle <= len(words); i++ {
		h := fnv64(words[i : i+Shingle])
		for j := range sig {
			v := uint32(splitmix64(h^seeds[j]) >> 32)
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures: the share of positions where they agree.
func Similarity(a, b Signature) float64 {
	if len(a) != Size || len(b) != Size {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / Size
}

// BandKeys returns the LSH keys of a signature, one per band; the band
// number is hashed in so equal rows in different bands never collide.
func BandKeys(sig Signature) []int64 {
	if len(sig) != Size {
		return nil
	}
	keys := make([]int64, Bands)
	for b := range Bands {
		h := uint64(b+1) * 0x9E3779B97F4A7C15
		for _, v := range sig[b*Rows : (b+1)*Rows] {
			h = splitmix64(h ^ uint64(v))
		}
		keys[b] = int64(h)
	}
	return keys
}

// Bytes encodes a signature for storage (4 bytes per value, little endian).
func (s Signature) Bytes() []byte {
	if s == nil {
		return nil
	}
	out := make([]byte, 4*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint32(out[4*i:], v)
	}
	return out
}

// Decode reads a signature written by Bytes; empty input is no signature.
func Decode(b []byte) (Signature, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if len(b) != 4*Size {
		return nil, errors.New("dedup: signature has wrong length")
	}
	s := make(Signature, Size)
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, nil
}

// words lower-cases text and splits it into runs of letters and digits, so
// punctuation and quote-style edits between outlets do not matter.
func words(text string) []string {
	text = strings.ToLower(norm.NFKC.String(text))
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func fnv64(ws []string) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		h ^= ' '
		h *= 1099511628211
	}
	return h
}

func splitmix64(x uint64) uint64 {
	x += 0x9E3779B97F4A7C15
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9
	x = (x ^ (x >> 27)) * 0x94D049BB133111EB
	return x ^ (x >> 31)
}

// seeds are the Size hash functions' seeds: fixed, derived from a counter.
var seeds = func() [Size]uint64 {
	var s [Size]uint64
	for i := range s {
		s[i] = splitmix64(uint64(i) * 0xD1B54A32D192ED03)
	}
	return s
}()
