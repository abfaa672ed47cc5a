// Package quoteeval scores quotation extraction and attribution against
// human-annotated attributions (PolNeAR's JSONL format): quote precision,
// recall and F1 under the Gender Gap Tracker's 30% coverage rule (and at
// 80% and exact match), speaker accuracy given a matched quote, end-to-end
// F1 (quote matched and speaker right) and cue accuracy, overall and per
// kind (direct, mixed, indirect).
//
// Every offset here is a Unicode code point offset into the article text.
package quoteeval

import (
	"io"

	"newsgraph/internal/gzfile"
	"newsgraph/internal/jsonlines"
)

// Article is one annotated article.
type Article struct {
	ID        string
	Title     string
	Date      string
	Publisher string
	Text      string
	Quotes    []Quote
}

// Quote is one attribution, gold or predicted. Spans are the content
// fragments; Speaker is the local mention of the source (HasSpeaker false
// when there is none); SpeakerName is the resolved name of a predicted
// speaker, used for the surname rule.
type Quote struct {
	Spans       [][2]int
	Kind        string
	HasSpeaker  bool
	Speaker     [2]int
	SpeakerText string
	SpeakerName string
	Cue         string
	CueSpans    [][2]int // gold only: where the cue is
}

type jsonQuote struct {
	QuoteStart   int      `json:"quote_start"`
	QuoteEnd     int      `json:"quote_end"`
	QuoteSpans   [][2]int `json:"quote_spans"`
	Speaker      *string  `json:"speaker"`
	SpeakerStart *int     `json:"speaker_start"`
	SpeakerEnd   *int     `json:"speaker_end"`
	Cue          *string  `json:"cue"`
	CueSpans     [][2]int `json:"cue_spans"`
	Kind         string   `json:"kind"`
}

type jsonArticle struct {
	ID        string      `json:"id"`
	Title     string      `json:"title"`
	Date      string      `json:"date"`
	Published string      `json:"published"`
	Publisher string      `json:"publisher"`
	Text      string      `json:"text"`
	Quotes    []jsonQuote `json:"quotes"`
}

// ReadGold reads annotated articles from a JSONL file, gzipped when its
// name ends in .gz.
func ReadGold(path string) ([]Article, error) {
	r, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return decodeGold(r, path)
}

func decodeGold(r io.Reader, name string) ([]Article, error) {
	var out []Article
	err := jsonlines.Decode(r, name, func(_ int, ja *jsonArticle) error {
		a := Article{ID: ja.ID, Title: ja.Title, Date: ja.Date, Publisher: ja.Publisher, Text: ja.Text}
		if a.Date == "" {
			a.Date = ja.Published
		}
		for _, jq := range ja.Quotes {
			q := Quote{Spans: jq.QuoteSpans, Kind: jq.Kind}
			if len(q.Spans) == 0 {
				q.Spans = [][2]int{{jq.QuoteStart, jq.QuoteEnd}}
			}
			if jq.Speaker != nil && jq.SpeakerStart != nil && jq.SpeakerEnd != nil {
				q.HasSpeaker = true
				q.Speaker = [2]int{*jq.SpeakerStart, *jq.SpeakerEnd}
				q.SpeakerText = *jq.Speaker
			}
			q.CueSpans = jq.CueSpans
			if jq.Cue != nil {
				q.Cue = *jq.Cue
			}
			a.Quotes = append(a.Quotes, q)
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
