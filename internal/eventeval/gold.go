// Package eventeval scores extracted political events against gold
// records in the format of the PLOVER gold-standard sentences (one JSON
// object a line: text, gold_event_type, source_actors, target_actors).
//
// Each gold record codes one event. The scorer asks, per record: did the
// system find an event of the gold type anywhere (event-type accuracy),
// was its first event of that type (top-1 accuracy), and, on the event it
// matched, are the source and target actors' countries and sectors right.
package eventeval

import (
	"errors"
	"io"
	"strings"

	"newsgraph/internal/gzfile"
	"newsgraph/internal/jsonlines"
)

// Gold is one hand-coded event.
type Gold struct {
	ID      string
	Text    string
	Type    string
	Sources []GoldActor
	Targets []GoldActor
}

// GoldActor is a coded actor: country (or IGO/NGO) and sector.
type GoldActor struct {
	Text   string
	Code   string
	Sector string
}

type goldLine struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Type    string `json:"gold_event_type"`
	Sources []struct {
		ActorText string `json:"actorText"`
		Code      string `json:"code"`
		Sector    string `json:"sector"`
	} `json:"source_actors"`
	Targets []struct {
		ActorText string `json:"actorText"`
		Code      string `json:"code"`
		Sector    string `json:"sector"`
	} `json:"target_actors"`
}

// ReadGoldFile reads gold records from a JSONL file (gzipped when its
// name ends in .gz).
func ReadGoldFile(path string) ([]Gold, error) {
	f, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadGold(f, path)
}

// ReadGold reads gold records, one JSON object a line; name is used in
// messages.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	err := jsonlines.Decode(r, name, func(_ int, g *goldLine) error {
		if g.Text == "" || g.Type == "" {
			return errors.New("record has no text or no gold_event_type")
		}
		rec := Gold{ID: g.ID, Text: g.Text, Type: strings.ToUpper(g.Type)}
		for _, a := range g.Sources {
			rec.Sources = append(rec.Sources, GoldActor{a.ActorText, NormCode(a.Code), NormSector(a.Sector)})
		}
		for _, a := range g.Targets {
			rec.Targets = append(rec.Targets, GoldActor{a.ActorText, NormCode(a.Code), NormSector(a.Sector)})
		}
		out = append(out, rec)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// NormCode upper-cases a country code and drops placeholders.
func NormCode(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if len(c) != 3 || strings.Trim(c, "*") == "" {
		return ""
	}
	return c
}

// NormSector keeps the three-letter PLOVER sector of a gold sector
// ("CVLkur" → "CVL": the suffix is an ethnic or religious refinement),
// maps the older spelling CIV to CVL and drops placeholders ("***").
func NormSector(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 3 {
		return ""
	}
	s = strings.ToUpper(s[:3])
	if s == "CIV" {
		s = "CVL"
	}
	if strings.Trim(s, "*") == "" {
		return ""
	}
	return s
}
