package pipeline

import (
	"strings"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// metadataEntities adds the entities named only in what the cleaner took
// out of the body (the publisher, places in a desk note), so that a reader
// of the record learns of them; they have no mentions in Text.
func (p *Pipeline) metadataEntities(d *doc.Doc) {
	have := map[string]bool{}
	for _, e := range d.Entities {
		have[strings.ToLower(e.Name)] = true
		for _, a := range e.Aliases {
			have[strings.ToLower(a)] = true
		}
	}
	add := func(name, typ, code string) {
		if name == "" || have[strings.ToLower(name)] {
			return
		}
		have[strings.ToLower(name)] = true
		d.Entities = append(d.Entities, doc.Entity{Name: name, Type: typ, Code: code, Metadata: true})
	}
	// The publisher is an entity of the article only when the text itself
	// named it (in a removed note); an input's source field is metadata
	// about the article, not something it says, and would otherwise top
	// every corpus count.
	if pub := d.Meta.Publisher; pub != "" && pub != d.Source {
		code := ""
		if o, ok := p.gaz.Org(pub); ok {
			pub, code = o.Name, o.Code
		}
		add(pub, "ORG", code)
	}
	for _, note := range d.Meta.Notes {
		nd := doc.New(note)
		nd.Published, nd.Location = d.Published, d.Location
		segment.Segment(nd)
		p.rec.Recognise(nd)
		for _, e := range nd.Entities {
			// Nationality adjectives alone ("Israeli time") say too little
			// to add a country that the body does not name.
			// The tagger alone is not trusted on a stray line of boilerplate:
			// a gazetteer or rule must know the name.
			named := false
			for _, mi := range e.Mentions {
				if m := nd.Mentions[mi]; m.Kind == doc.Name && m.Origin != "tagger" {
					named = true
				}
			}
			if named {
				add(e.Name, e.Type, e.Code)
			}
		}
	}
}
