package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
)

// Model file format, version 1: a gzip stream holding
//
//	magic "NGNER" and a version byte
//	uvarint bucket bits, uvarint tag count, then each tag (uvarint length, bytes)
//	(tags+1)*tags transition weights, float32 little-endian
//	uvarint cluster count, then each word and its path (uvarint length, bytes), sorted
//	float32 scale; uvarint count of non-empty buckets; for each: uvarint gap
//	from the previous bucket, uvarint entry count, entries as (tag byte,
//	int16 weight/scale)
//
// Emission weights are quantised to 16 bits: the averaged perceptron's
// weights need far less precision than float32, and it halves the file.
const (
	fileMagic   = "NGNER"
	fileVersion = 1
)

// Save writes the model to w.
func (m *Model) Save(w io.Writer) error {
	z, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(z)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); bw.WriteString(s) }
	f32 := func(f float32) { bw.Write(binary.LittleEndian.AppendUint32(buf[:0], math.Float32bits(f))) }

	bw.WriteString(fileMagic)
	bw.WriteByte(fileVersion)
	uv(uint64(m.ext.bits))
	uv(uint64(len(m.tags)))
	for _, t := range m.tags {
		str(t)
	}
	for _, f := range m.trans {
		f32(f)
	}
	words := make([]string, 0, len(m.ext.clusters))
	for w := range m.ext.clusters {
		words = append(words, w)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		str(w)
		str(m.ext.clusters[w])
	}
	var maxAbs float32
	for _, e := range m.entries {
		maxAbs = max(maxAbs, float32(math.Abs(float64(e.w))))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	f32(scale)
	type kept struct {
		bucket int
		es     []entry
	}
	var nonEmpty []kept
	for b := 0; b+1 < len(m.offsets); b++ {
		var es []entry
		for _, e := range m.entries[m.offsets[b]:m.offsets[b+1]] {
			if math.Round(float64(e.w/scale)) != 0 {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			nonEmpty = append(nonEmpty, kept{b, es})
		}
	}
	uv(uint64(len(nonEmpty)))
	prev := 0
	for _, k := range nonEmpty {
		uv(uint64(k.bucket - prev))
		prev = k.bucket
		uv(uint64(len(k.es)))
		for _, e := range k.es {
			bw.WriteByte(e.tag)
			q := int16(math.Round(float64(e.w / scale)))
			bw.Write(binary.LittleEndian.AppendUint16(buf[:0], uint16(q)))
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return z.Close()
}

// SaveFile writes the model to path.
func (m *Model) SaveFile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// LoadFile reads a model written by SaveFile.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReaderSize(z, 1<<16)
	var ferr error
	fail := func(e error) {
		if ferr == nil && e != nil {
			ferr = e
		}
	}
	uv := func() uint64 { x, e := binary.ReadUvarint(br); fail(e); return x }
	str := func() string {
		n := uv()
		if n > 1<<16 {
			fail(errors.New("string too long"))
			return ""
		}
		b := make([]byte, n)
		_, e := io.ReadFull(br, b)
		fail(e)
		return string(b)
	}
	var b4 [4]byte
	f32 := func() float32 {
		_, e := io.ReadFull(br, b4[:])
		fail(e)
		return math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	}

	head := make([]byte, len(fileMagic)+1)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(fileMagic)]) != fileMagic {
		return nil, errors.New("ner model: not a newsgraph NER model file")
	}
	if head[len(fileMagic)] != fileVersion {
		return nil, fmt.Errorf("ner model: file version %d, this program reads version %d", head[len(fileMagic)], fileVersion)
	}
	m := &Model{}
	m.ext.bits = uint(uv())
	nTags := int(uv())
	if ferr != nil || m.ext.bits < 8 || m.ext.bits > 26 || nTags < 1 || nTags > 255 {
		return nil, fmt.Errorf("ner model: bad header (bits %d, tags %d, %v)", m.ext.bits, nTags, ferr)
	}
	for i := 0; i < nTags; i++ {
		m.tags = append(m.tags, str())
	}
	m.trans = make([]float32, (nTags+1)*nTags)
	for i := range m.trans {
		m.trans[i] = f32()
	}
	if nc := int(uv()); nc > 0 && ferr == nil {
		m.ext.clusters = make(map[string]string, nc)
		for i := 0; i < nc && ferr == nil; i++ {
			w := str()
			m.ext.clusters[w] = str()
		}
	}
	scale := f32()
	buckets := 1 << m.ext.bits
	m.offsets = make([]uint32, buckets+1)
	nonEmpty := int(uv())
	b := 0
	for i := 0; i < nonEmpty && ferr == nil; i++ {
		nb := b + int(uv())
		if nb >= buckets || (i > 0 && nb <= b) {
			return nil, errors.New("ner model: corrupt weight table")
		}
		for fill := b + 1; fill <= nb; fill++ {
			m.offsets[fill] = uint32(len(m.entries))
		}
		b = nb
		count := int(uv())
		for j := 0; j < count && ferr == nil; j++ {
			tag, e := br.ReadByte()
			fail(e)
			var b2 [2]byte
			_, e = io.ReadFull(br, b2[:])
			fail(e)
			q := int16(binary.LittleEndian.Uint16(b2[:]))
			if int(tag) >= nTags {
				return nil, errors.New("ner model: corrupt weight table")
			}
			m.entries = append(m.entries, entry{w: float32(q) * scale, tag: tag})
		}
	}
	if ferr != nil {
		return nil, fmt.Errorf("ner model: %w", ferr)
	}
	for fill := b + 1; fill <= buckets; fill++ {
		m.offsets[fill] = uint32(len(m.entries))
	}
	m.allowed = allowedTransitions(m.tags)
	return m, nil
}
