package ner

import "slices"

// memoTable caches, for one memo group (see templates.go), the summed
// weights of the group's templates by the group's buckets: an open-
// addressing hash table from a key of width buckets to a row of n sums.
// Rows are numbered in insertion order and never move while the table
// grows, so a row found early in a sentence stays valid to its end.
type memoTable struct {
	width, n int
	keys     []uint32 // slot s holds keys[s*width:(s+1)*width]
	slot     []int32  // row+1 of slot s; 0: empty
	rows     []int32  // row r is rows[r*n:(r+1)*n]
	count    int
}

// maxMemoRows bounds a table; past it, the table starts afresh at the
// next sentence.
const maxMemoRows = 1 << 11

// start readies the table for a sentence.
func (t *memoTable) start(width, n int) {
	if t.width != width || t.n != n || t.count > maxMemoRows {
		t.width, t.n, t.count = width, n, 0
		t.rows = t.rows[:0]
		if len(t.slot) == 0 {
			t.slot = make([]int32, 1<<10)
		}
		clear(t.slot)
		if cap(t.keys) < len(t.slot)*width {
			t.keys = make([]uint32, len(t.slot)*width)
		}
		t.keys = t.keys[:len(t.slot)*width]
	}
}

func hashKey(key []uint32) uint64 {
	h := uint64(fnvOffset)
	for _, k := range key {
		h = (h ^ uint64(k)) * 0x9e3779b97f4a7c15
	}
	return h ^ h>>29
}

// find returns the row for key, adding a zeroed one if key is new
// (fresh).
func (t *memoTable) find(key []uint32) (row int, fresh bool) {
	if 2*(t.count+1) > len(t.slot) {
		t.grow()
	}
	mask := len(t.slot) - 1
	w := t.width
	for s := int(hashKey(key)) & mask; ; s = (s + 1) & mask {
		r := t.slot[s]
		if r == 0 {
			copy(t.keys[s*w:(s+1)*w], key)
			t.slot[s] = int32(t.count + 1)
			t.count++
			t.rows = append(t.rows, make([]int32, t.n)...)
			return t.count - 1, true
		}
		if slices.Equal(t.keys[s*w:(s+1)*w], key) {
			return int(r - 1), false
		}
	}
}

// grow doubles the slots and puts every key back.
func (t *memoTable) grow() {
	old, oldKeys, w := t.slot, t.keys, t.width
	t.slot = make([]int32, 2*len(old))
	t.keys = make([]uint32, len(t.slot)*w)
	mask := len(t.slot) - 1
	for s, r := range old {
		if r == 0 {
			continue
		}
		key := oldKeys[s*w : (s+1)*w]
		d := int(hashKey(key)) & mask
		for t.slot[d] != 0 {
			d = (d + 1) & mask
		}
		t.slot[d] = r
		copy(t.keys[d*w:(d+1)*w], key)
	}
}

// row returns row r.
func (t *memoTable) row(r int) []int32 { return t.rows[r*t.n : (r+1)*t.n] }
