// Package pipeline runs the analysis stages over one article, in order:
// clean → segment → recognise → dates → attribute (quotes) → events, and
// turns the annotated document into a record.
package pipeline

import (
	"errors"
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // zones work on machines without a zoneinfo database
	"unicode/utf8"

	"newsgraph/internal/clean"
	"newsgraph/internal/dates"
	"newsgraph/internal/doc"
	"newsgraph/internal/event"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/ner"
	"newsgraph/internal/quote"
	"newsgraph/internal/reader"
	"newsgraph/internal/recognise"
	"newsgraph/internal/record"
	"newsgraph/internal/segment"
)

// Options control one analysis.
type Options struct {
	// Raw keeps the input text exactly (no caption or note removal), so
	// offsets line up with gold annotations.
	Raw bool
	// Published overrides the article's publication time (a date or RFC
	// 3339 time); TZ is the IANA zone relative dates are resolved in
	// (default: the zone of the publication time's offset, else UTC).
	Published string
	TZ        string
	// Tokens includes token spans in the record.
	Tokens bool
	// Model is a NER model file to use instead of the embedded one;
	// NoTagger turns the statistical tagger off (gazetteers and rules
	// only).
	Model    string
	NoTagger bool
}

// Pipeline analyses articles. It is safe for concurrent use.
type Pipeline struct {
	opt Options
	loc *time.Location
	rec *recognise.Recogniser
	gaz *gazetteer.Gazetteer
}

// ErrEmpty is returned for an article with no text left to analyse.
var ErrEmpty = errors.New("empty text")

// New prepares a pipeline; models are loaded once, here.
func New(opt Options) (*Pipeline, error) {
	p := &Pipeline{opt: opt, gaz: gazetteer.Default()}
	if opt.TZ != "" {
		loc, err := time.LoadLocation(opt.TZ)
		if err != nil {
			return nil, fmt.Errorf("time zone %q: %v", opt.TZ, err)
		}
		p.loc = loc
	}
	if opt.Published != "" {
		if _, err := ParseTime(opt.Published, time.UTC); err != nil {
			return nil, err
		}
	}
	var tagger recognise.Tagger
	if !opt.NoTagger {
		m, err := ner.LoadOrDefault(opt.Model)
		if err != nil {
			return nil, fmt.Errorf("loading NER model: %v", err)
		}
		tagger = m
	}
	p.rec = recognise.New(tagger, p.gaz)
	return p, nil
}

// Analyze runs every stage over a and returns the annotated document.
func (p *Pipeline) Analyze(a reader.Article) (*doc.Doc, error) {
	return p.AnalyzeTimed(a, nil)
}

// prepare cleans a's text and makes the document with its publication
// time and zone.
func (p *Pipeline) prepare(a reader.Article) (*doc.Doc, error) {
	if !utf8.ValidString(a.Text) {
		return nil, errors.New("invalid UTF-8")
	}
	text := a.Text
	meta := doc.Metadata{Captions: a.Captions, Credits: a.Credits, Author: a.Author, SiteName: a.SiteName, Language: a.Language}
	if !p.opt.Raw {
		c := clean.Clean(text)
		text = c.Text
		meta.Captions = append(meta.Captions, c.Captions...)
		meta.Credits = append(meta.Credits, c.Credits...)
		meta.Notes = append(meta.Notes, c.Notes...)
		meta.Publisher = c.Publisher
		text = dropHeadline(text, a.Title)
	}
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	d := doc.New(text)
	d.ID, d.Title, d.Source, d.URL = a.ID, a.Title, a.Source, a.URL
	d.Meta = meta
	if d.Meta.Publisher == "" {
		d.Meta.Publisher = a.Source
	}
	published := a.Published
	if p.opt.Published != "" {
		published = p.opt.Published
	}
	d.PublishedRaw = published
	d.Location = p.loc
	if published != "" {
		t, err := ParseTime(published, p.zone())
		if err != nil {
			d.Warnings = append(d.Warnings, err.Error())
		} else {
			d.Published = t
			if d.Location == nil {
				d.Location = namedZone(t)
			}
		}
	}
	if d.Location == nil {
		d.Location = time.UTC
	}

	return d, nil
}

// Stage names, in order, for StageTimes.
var StageNames = []string{"segment", "recognise", "dates", "quotes", "events", "metadata"}

// StageTimes accumulates the time spent in each stage (indexed like
// StageNames), for the bench command.
type StageTimes [6]time.Duration

// AnalyzeTimed is Analyze, adding each stage's time to st (nil: untimed).
func (p *Pipeline) AnalyzeTimed(a reader.Article, st *StageTimes) (*doc.Doc, error) {
	// Cleaning and reading are timed as part of the caller's total.
	d, err := p.prepare(a)
	if err != nil {
		return nil, err
	}
	p.stages(d, st)
	return d, nil
}

func (p *Pipeline) stages(d *doc.Doc, st *StageTimes) {
	steps := [...]func(*doc.Doc){
		segment.Segment,
		p.rec.Recognise,
		dates.Find,
		quote.Attribute,
		event.Extract,
		p.metadataEntities,
	}
	for i, step := range steps {
		if st == nil {
			step(d)
			continue
		}
		t0 := time.Now()
		step(d)
		st[i] += time.Since(t0)
	}
}

func (p *Pipeline) zone() *time.Location {
	if p.loc != nil {
		return p.loc
	}
	return time.UTC
}

// ParseTime reads a publication time: RFC 3339 (the offset kept), a date,
// or the common feed and page formats. Times without an offset are read in
// loc.
func ParseTime(s string, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return rfc822Zone(t), nil
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02", "2-Jan-2006 15:04:05.00", "January 2, 2006", "2 January 2006"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("publication time %q: not a date or RFC 3339 time", s)
}

// rfc822Offsets are the zone abbreviations RFC 822 defines, in hours
// from UTC; feeds still write them.
var rfc822Offsets = map[string]int{"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}

// rfc822Zone gives a time parsed with one of those abbreviations its real
// offset: time.Parse takes an abbreviation it does not know from the
// machine's own zone as UTC, so "22:00 PDT" was 22:00 UTC, and the article's
// day, in another zone, could be the wrong one.
func rfc822Zone(t time.Time) time.Time {
	name, _ := t.Zone()
	h, ok := rfc822Offsets[name]
	if !ok {
		return t
	}
	y, mo, d := t.Date()
	return time.Date(y, mo, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, h*3600))
}

// Record analyses a and returns its JSON record.
func (p *Pipeline) Record(a reader.Article) (*record.Record, error) {
	d, err := p.Analyze(a)
	if err != nil {
		return nil, err
	}
	return ToRecord(d, p.opt.Tokens), nil
}

// namedZone returns t's zone, named by its offset ("+03:00") when the
// time came with an offset and no zone name, so records say which it was.
func namedZone(t time.Time) *time.Location {
	if name, _ := t.Zone(); name != "" && t.Location() != time.Local {
		return t.Location()
	}
	_, off := t.Zone()
	if off == 0 {
		return time.UTC
	}
	return time.FixedZone(t.Format("-07:00"), off)
}

// dropHeadline removes a first paragraph that only repeats the title: the
// title is kept in the record already, and a title-cased headline is the
// worst sentence of an article to find names in.
func dropHeadline(text, title string) string {
	title = strings.Join(strings.Fields(title), " ")
	if title == "" {
		return text
	}
	k := strings.Index(text, "\n\n")
	if k < 0 {
		return text
	}
	if strings.EqualFold(strings.Join(strings.Fields(text[:k]), " "), title) {
		return strings.TrimLeft(text[k:], "\n \t")
	}
	return text
}
