package ner

// decode returns tag indices for words; the slice belongs to ws.
// hist may be nil (no earlier sentences); it records this sentence's tags.
//
// A token's score for each tag is the sum of the weights of all its
// features (see templates.go). The word templates that read the word at
// offset k add up to the same row wherever that word occurs, so each
// distinct word keeps one row per offset (wordEntry.rows, summed the
// first time the word is seen) and a token's score starts as the sum of
// those rows of itself and its neighbours; only the context templates
// are hashed and looked up per token. Integer sums make the result
// exactly that of summing every feature (TestFastDecodeMatchesReference).
func (m *Model) decode(words []string, doc *docContext, hist *history, ws *workspace) []int {
	n, T := len(m.tags), len(words)
	sc := &ws.sc
	set := m.ext.templates()
	ws.feats = m.ext.extractContext(words, ws.feats[:0], sc, doc)
	if m.ext.history {
		m.ext.fillHistory(ws.feats, sc.keys, hist)
	}
	direct := m.gather(ws, set)
	m.sumFresh(ws, set)
	m.emissions(ws, set, ws.spans[direct:])
	m.forbidNames(words, ws.emit)
	ws.back = grow(ws.back, T*n)
	ws.best = grow(ws.best, T)
	ws.score, ws.next = grow(ws.score, n), grow(ws.next, n)
	m.trans.viterbi(ws.emit, ws.best, ws.back, ws.score, ws.next)
	if m.ext.history && hist != nil {
		hist.record(sc.keys, ws.best)
	}
	return ws.best
}

// gather queues the spans of entries decode will sum, in order: the word
// features of words not yet cached (and of the padding), the features of
// memo rows not yet cached, then every token's direct and history
// features. It returns where the last part starts.
//
// Looking weights up is bound by memory latency, not arithmetic: each
// feature is a cache miss in the bucket offsets and another in the
// entries. Gathering all offsets first, then touching every first entry,
// lets the processor have many misses in flight at once instead of one
// per feature, which makes tagging several times faster. (The touching
// loop alone was still worth about 6% with the CRF+BILOU model:
// BenchmarkTag 750,000-765,000 tokens/cpu-s with it, 709,000-718,000
// without, measured in turn on this machine.)
func (m *Model) gather(ws *workspace, set *templateSet) (direct int) {
	sc, n, T := &ws.sc, len(m.tags), len(ws.sc.cur)
	ws.spans = ws.spans[:0]
	ws.fresh = ws.fresh[:0]
	if sc.pad == nil {
		sc.pad = &wordEntry{tok: padToken}
		m.gatherWord(sc.pad, set.groups, ws)
	}
	for _, we := range sc.cur {
		if we.rows == nil {
			m.gatherWord(we, set.groups, ws)
		}
	}
	per := len(set.context)
	ws.newMemo = ws.newMemo[:0]
	ws.memoRow = grow(ws.memoRow, T*numMemoGroups)
	for g, r := range set.memos {
		ws.memo[g].start(r.end-r.start, n)
	}
	for i := 0; i < T; i++ {
		block := ws.feats[i*per : (i+1)*per]
		for g, r := range set.memos {
			if r.start == r.end {
				continue
			}
			row, fresh := ws.memo[g].find(block[r.start:r.end])
			ws.memoRow[i*numMemoGroups+g] = int32(row)
			if fresh {
				ws.newMemo = append(ws.newMemo, memoNew{g, row})
				m.addSpanList(ws, block[r.start:r.end])
			}
		}
	}
	direct = len(ws.spans)
	for i := 0; i < T; i++ {
		block := ws.feats[i*per : (i+1)*per]
		m.addSpanList(ws, block[:set.direct])
		m.addSpanList(ws, block[set.history:])
	}
	var touch int32
	for _, sp := range ws.spans {
		if sp.start < sp.end {
			touch += int32(m.entries[sp.start].q)
		}
	}
	ws.touched = touch // kept so the loop is not optimised away
	return direct
}

func (m *Model) addSpanList(ws *workspace, buckets []uint32) {
	for _, b := range buckets {
		ws.spans = append(ws.spans, span{m.offsets[b], m.offsets[b+1]})
	}
}

// sumFresh sums the rows gather queued for new words and memo rows.
func (m *Model) sumFresh(ws *workspace, set *templateSet) {
	n, spans := len(m.tags), ws.spans
	for _, we := range ws.fresh {
		for g, grp := range set.groups {
			clear(ws.sums[:n])
			addSpans(&ws.sums, m.entries, spans[:len(grp.tpls)])
			copy(we.rows[g*n:(g+1)*n], ws.sums[:n])
			spans = spans[len(grp.tpls):]
		}
	}
	for _, nm := range ws.newMemo {
		r := set.memos[nm.g]
		clear(ws.sums[:n])
		addSpans(&ws.sums, m.entries, spans[:r.end-r.start])
		copy(ws.memo[nm.g].row(nm.r), ws.sums[:n])
		spans = spans[r.end-r.start:]
	}
}

// emissions fills ws.emit: each token's rows (its word's and its
// neighbours' at each offset, its memo rows) plus its direct features,
// whose spans are spans, as integers, then scaled.
func (m *Model) emissions(ws *workspace, set *templateSet, spans []span) {
	sc, n, T := &ws.sc, len(m.tags), len(ws.sc.cur)
	ws.emit = grow(ws.emit, T*n)
	sums := ws.sums[:n]
	perDirect := set.direct + len(set.context) - set.history
	for i := 0; i < T; i++ {
		rows := ws.rowBuf[:0]
		for g, grp := range set.groups {
			we := sc.pad
			if j := i + grp.off; j >= 0 && j < T {
				we = sc.cur[j]
			}
			rows = append(rows, we.rows[g*n:g*n+n])
		}
		for g, r := range set.memos {
			if r.start < r.end {
				rows = append(rows, ws.memo[g].row(int(ws.memoRow[i*numMemoGroups+g])))
			}
		}
		sumRows(sums, rows)
		ws.rowBuf = rows
		addSpans(&ws.sums, m.entries, spans[i*perDirect:(i+1)*perDirect])
		row := ws.emit[i*n : (i+1)*n]
		for t, x := range sums {
			row[t] = float32(x) * m.scale
		}
	}
}

// gatherWord gives we zeroed rows and queues the spans of its word
// features, group by group, for decode to sum into them.
func (m *Model) gatherWord(we *wordEntry, groups []wordGroup, ws *workspace) {
	n := len(m.tags)
	we.rows = ws.sc.newRows(len(groups) * n)
	for _, grp := range groups {
		for k := range grp.tpls {
			b := m.ext.bucket(grp.tpls[k].word(&we.tok))
			ws.spans = append(ws.spans, span{m.offsets[b], m.offsets[b+1]})
		}
	}
	ws.fresh = append(ws.fresh, we)
}

// newRows returns k zeroed int32s, carved from a shared block so that
// caching a word costs no allocation of its own.
func (sc *scratch) newRows(k int) []int32 {
	if len(sc.rows) < k {
		sc.rows = make([]int32, max(k, 1<<14))
	}
	r := sc.rows[:k:k]
	sc.rows = sc.rows[k:]
	return r
}

// sumRows sets dst to the sum of rows (at least one), each as long as
// dst, adding four rows at a time so dst is stored once per four.
func sumRows(dst []int32, rows [][]int32) {
	k := 0
	for ; k+4 <= len(rows); k += 4 {
		a, b, c, d := rows[k][:len(dst)], rows[k+1][:len(dst)], rows[k+2][:len(dst)], rows[k+3][:len(dst)]
		if k == 0 {
			for t := range dst {
				dst[t] = a[t] + b[t] + c[t] + d[t]
			}
			continue
		}
		for t := range dst {
			dst[t] += a[t] + b[t] + c[t] + d[t]
		}
	}
	if k == 0 {
		clear(dst)
	}
	for _, r := range rows[k:] {
		r = r[:len(dst)]
		for t := range dst {
			dst[t] += r[t]
		}
	}
}

// addSpans adds the weights of the entries in spans to sums, by tag.
func addSpans(sums *[256]int32, entries []entry, spans []span) {
	for _, sp := range spans {
		for _, e := range entries[sp.start:sp.end] {
			sums[e.tag] += int32(e.q)
		}
	}
}
