package ner

// LoadOrDefault returns the model in the file at path, or the shipped model when
// path is empty: what every command with a --model flag wants.
func LoadOrDefault(path string) (*Model, error) {
	if path == "" {
		return Default()
	}
	return LoadFile(path)
}
