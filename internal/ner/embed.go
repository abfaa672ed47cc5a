package ner

import (
	"bytes"
	"embed"
	"fmt"
	"sync"
)

// The shipped model and the notes that say how it was made.
//
//go:embed model
var modelFS embed.FS

// DefaultModelPath is the shipped model's path inside the package.
const DefaultModelPath = "model/ontonotes.ngner"

var defaultModel = sync.OnceValues(func() (*Model, error) {
	b, err := modelFS.ReadFile(DefaultModelPath)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model missing: %w", err)
	}
	return Load(bytes.NewReader(b))
})

// Default returns the shipped model (18 OntoNotes 5.0 types: PERSON, ORG,
// GPE, DATE, ...), loading it on first use. Every caller shares it.
func Default() (*Model, error) { return defaultModel() }
