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

	"newsgraph/internal/gazetteer"
)

// Model file format, versions 1 and 2: a gzip stream holding
//
//	magic "NGNER" and a version byte
//	uvarint bucket bits, a feature-set byte (1: gazetteer features, 2:
//	document history features),
//	in version 2 only, a tag-scheme byte (0: IOB2, 1: BILOU; version 1
//	files are IOB2),
//	uvarint tag count, then each tag (uvarint length, bytes)
//	(tags+1)*tags transition weights, float32 little-endian
//	uvarint lexicon size, then each word and its cluster path (uvarint
//	length, bytes) and casing byte, sorted by word
//	float32 weight scale; uvarint count of non-empty buckets; for each:
//	uvarint gap from the previous bucket, uvarint entry count, entries as
//	(tag byte, int16 little-endian); a weight is the int16 × scale
//
// Emission weights are 16-bit: trained weights (perceptron or CRF) need far
// less precision than float32, and it halves the file and the memory.
//
// IOB2 models are still written as version 1, byte for byte as before
// the scheme byte existed, so older programs read them.
const (
	fileMagic   = "NGNER"
	fileVersion = 2
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
	version := byte(fileVersion)
	if m.lay.scheme == IOB2 {
		version = 1
	}
	bw.WriteByte(version)
	uv(uint64(m.ext.bits))
	var featureSet byte
	if m.ext.gaz != nil {
		featureSet |= 1
	}
	if m.ext.history {
		featureSet |= 2
	}
	bw.WriteByte(featureSet)
	if version >= 2 {
		bw.WriteByte(byte(m.lay.scheme))
	}
	uv(uint64(len(m.tags)))
	for _, t := range m.tags {
		str(t)
	}
	for _, f := range m.trans.score {
		f32(f)
	}
	words := make([]string, 0, len(m.ext.lex))
	for w := range m.ext.lex {
		words = append(words, w)
	}
	sort.Strings(words)
	uv(uint64(len(words)))
	for _, w := range words {
		str(w)
		str(m.ext.lex[w].Path)
		bw.WriteByte(m.ext.lex[w].Casing)
	}
	f32(m.scale)
	nonEmpty := 0
	for b := 0; b+1 < len(m.offsets); b++ {
		if m.offsets[b+1] > m.offsets[b] {
			nonEmpty++
		}
	}
	uv(uint64(nonEmpty))
	prev := 0
	for b := 0; b+1 < len(m.offsets); b++ {
		es := m.entries[m.offsets[b]:m.offsets[b+1]]
		if len(es) == 0 {
			continue
		}
		uv(uint64(b - prev))
		prev = b
		uv(uint64(len(es)))
		for _, e := range es {
			bw.WriteByte(e.tag)
			bw.Write(binary.LittleEndian.AppendUint16(buf[:0], uint16(e.q)))
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

// errCorrupt reports a model file that ends early or holds impossible
// values.
var errCorrupt = errors.New("ner model: corrupt or truncated file")

// decoder reads the uncompressed model bytes; after the first error every
// read returns zero and err stays set.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() { d.err, d.b = errCorrupt, nil }

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) str() string { return string(d.bytes(d.uvarint())) }

func (d *decoder) f32() float32 {
	if b := d.bytes(4); b != nil {
		return math.Float32frombits(binary.LittleEndian.Uint32(b))
	}
	return 0
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	z, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	d := &decoder{b: raw}
	head := d.bytes(uint64(len(fileMagic) + 1))
	if head == nil || string(head[:len(fileMagic)]) != fileMagic {
		return nil, errors.New("ner model: not a newsgraph NER model file")
	}
	version := head[len(fileMagic)]
	if version < 1 || version > fileVersion {
		return nil, fmt.Errorf("ner model: file version %d, this program reads versions 1 to %d", version, fileVersion)
	}
	m := &Model{}
	m.ext.bits = uint(d.uvarint())
	featureSet := d.byte()
	scheme := IOB2
	if version >= 2 {
		scheme = Scheme(d.byte())
	}
	nTags := int(d.uvarint())
	if d.err != nil || m.ext.bits < 8 || m.ext.bits > 26 || nTags < 1 || nTags > 255 || featureSet&^3 != 0 || scheme > BILOU {
		return nil, fmt.Errorf("ner model: bad header (bits %d, tags %d, feature set %#x, scheme %v)", m.ext.bits, nTags, featureSet, scheme)
	}
	m.ext.history = featureSet&2 != 0
	var gazDone chan *gazetteer.Gazetteer
	if featureSet&1 != 0 {
		// The gazetteer loads on another core while the weights are read.
		gazDone = make(chan *gazetteer.Gazetteer, 1)
		go func() { gazDone <- gazetteer.Default() }()
	}
	for i := 0; i < nTags; i++ {
		m.tags = append(m.tags, d.str())
	}
	if d.err == nil && m.tags[0] != "O" {
		return nil, fmt.Errorf("ner model: first tag %q, want O", m.tags[0])
	}
	if d.err == nil {
		if m.lay, err = newLayout(m.tags, scheme); err != nil {
			return nil, fmt.Errorf("ner model: %w", err)
		}
	}
	trans := make([]float32, (nTags+1)*nTags)
	for i := range trans {
		trans[i] = d.f32()
	}
	if nw := d.uvarint(); nw > 0 && d.err == nil {
		if nw > uint64(len(d.b)) {
			return nil, errCorrupt
		}
		m.ext.lex = make(map[string]WordInfo, nw)
		for i := uint64(0); i < nw && d.err == nil; i++ {
			w, path := d.str(), d.str()
			m.ext.lex[w] = WordInfo{Path: path, Casing: d.byte()}
		}
	}
	m.scale = d.f32()
	buckets := 1 << m.ext.bits
	m.offsets = make([]uint32, buckets+1)
	nonEmpty := d.uvarint()
	if nonEmpty > uint64(buckets) {
		return nil, errCorrupt
	}
	m.entries = make([]entry, 0, len(d.b)/3)
	b := 0
	for i := uint64(0); i < nonEmpty && d.err == nil; i++ {
		nb := b + int(d.uvarint())
		if nb >= buckets || (i > 0 && nb <= b) {
			return nil, errCorrupt
		}
		for fill := b + 1; fill <= nb; fill++ {
			m.offsets[fill] = uint32(len(m.entries))
		}
		b = nb
		count := d.uvarint()
		es := d.bytes(3 * count)
		for k := 0; k+3 <= len(es); k += 3 {
			if int(es[k]) >= nTags {
				return nil, errCorrupt
			}
			m.entries = append(m.entries, entry{tag: es[k], q: int16(binary.LittleEndian.Uint16(es[k+1:]))})
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	for fill := b + 1; fill <= buckets; fill++ {
		m.offsets[fill] = uint32(len(m.entries))
	}
	allowed, end := transitionRules(m.tags, scheme)
	m.trans = newTransitions(trans, allowed, end, nTags)
	if gazDone != nil {
		m.ext.gaz = <-gazDone
	}
	return m.prepare(), nil
}
