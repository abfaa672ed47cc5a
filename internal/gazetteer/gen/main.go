// Command gen derives the gazetteer's compact data files from the shared
// source datasets (mledoze countries, Wikipedia demonyms, GeoNames, Wikidata
// leaders). It writes gzipped TSV files with only the columns the gazetteer
// reads, sorted so that two runs over the same input give identical bytes.
//
//	go run ./internal/gazetteer/gen -data ../shared/data -out internal/gazetteer/data
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/internal/gzfile"
)

func main() {
	dataDir := flag.String("data", "../shared/data", "directory holding the shared datasets")
	outDir := flag.String("out", "internal/gazetteer/data", "directory to write the derived files to")
	flag.Parse()
	if err := run(*dataDir, *outDir); err != nil {
		log.Fatal(err)
	}
}

func run(dataDir, outDir string) error {
	info, err := readCountryInfo(filepath.Join(dataDir, "geonames", "countryInfo.txt"))
	if err != nil {
		return err
	}
	demonyms, err := demonymRows(filepath.Join(dataDir, "demonyms", "demonyms.tsv"), info)
	if err != nil {
		return err
	}
	isDemonym := map[string]bool{}
	for _, d := range demonyms {
		isDemonym[d[0]] = true
	}
	countries, err := countryRows(filepath.Join(dataDir, "countries", "countries.tsv"), info, isDemonym)
	if err != nil {
		return err
	}
	if err := writeGz(filepath.Join(outDir, "countries.tsv.gz"), countries); err != nil {
		return err
	}
	if err := writeGz(filepath.Join(outDir, "demonyms.tsv.gz"), demonyms); err != nil {
		return err
	}
	places, err := placeRows(filepath.Join(dataDir, "geonames"), info)
	if err != nil {
		return err
	}
	if err := writeGz(filepath.Join(outDir, "places.tsv.gz"), places); err != nil {
		return err
	}
	leaders, err := leaderRows(filepath.Join(dataDir, "world-leaders", "leaders_history.tsv"))
	if err != nil {
		return err
	}
	return writeGz(filepath.Join(outDir, "leaders.tsv.gz"), leaders)
}

// readTSV returns the rows of a tab-separated file, skipping lines that start
// with '#' and, when header is set, the first remaining line.
func readTSV(path string, header bool) ([][]string, error) {
	r, err := gzfile.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var rows [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, sc.Err()
}

// writeGz writes rows as TSV, gzip-compressed with a zero header time so
// the output depends on the rows alone.
func writeGz(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	gz, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(gz)
	for _, r := range rows {
		for i, c := range r {
			if strings.ContainsAny(c, "\t\n") {
				return fmt.Errorf("%s: field %q holds a tab or newline", path, c)
			}
			if i > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(c)
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := gz.Close(); err != nil {
		return err
	}
	log.Printf("%s: %d rows", path, len(rows))
	return f.Close()
}

// countryInfo is what GeoNames' countryInfo.txt tells about one country.
type countryInfo struct {
	iso3       string
	name       string
	population int
}

// iso3Overrides replaces codes where our sources disagree; Kosovo has no
// official ISO code and mledoze uses "UNK", GeoNames "XKX".
var iso3Overrides = map[string]string{"XK": "XKX"}

func readCountryInfo(path string) (map[string]countryInfo, error) {
	rows, err := readTSV(path, false)
	if err != nil {
		return nil, err
	}
	m := make(map[string]countryInfo)
	for _, r := range rows {
		if len(r) < 8 {
			continue
		}
		pop, _ := strconv.Atoi(r[7])
		iso3 := r[1]
		if o, ok := iso3Overrides[r[0]]; ok {
			iso3 = o
		}
		m[r[0]] = countryInfo{iso3: iso3, name: r[4], population: pop}
	}
	return m, nil
}

// countryRows: iso2, iso3, common name, official name, capital, population,
// alternative spellings (|-separated), independent (1/0).
func countryRows(path string, info map[string]countryInfo, isDemonym map[string]bool) ([][]string, error) {
	rows, err := readTSV(path, true)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, r := range rows {
		iso2, iso3 := r[0], r[1]
		if o, ok := iso3Overrides[iso2]; ok {
			iso3 = o
		}
		capital, _, _ := strings.Cut(r[4], "|")
		alts := []string{}
		for _, a := range strings.Split(r[5], "|") {
			// A demonym among the spellings ("Thai", "Saudi") is not a
			// name of the country.
			if a != "" && isLatin(a) && a != r[2] && a != r[3] && !isDemonym[a] {
				alts = append(alts, a)
			}
		}
		// GeoNames' English name adds forms such as "Turkey" or "The Netherlands".
		if ci, ok := info[iso2]; ok && ci.name != r[2] && ci.name != r[3] && !contains(alts, ci.name) {
			alts = append(alts, ci.name)
		}
		indep := "0"
		if r[10] == "True" {
			indep = "1"
		}
		out = append(out, []string{iso2, iso3, r[2], r[3], capital, strconv.Itoa(info[iso2].population), strings.Join(alts, "|"), indep})
	}
	sort.Slice(out, func(i, j int) bool { return out[i][1] < out[j][1] })
	return out, nil
}

// demonymRows: form, iso3, type (A adjectival, P plural, S singular).
// Only the preferred country of an ambiguous form is kept, and forms equal
// to the place name ("New Zealand") are dropped: they are places.
func demonymRows(path string, info map[string]countryInfo) ([][]string, error) {
	rows, err := readTSV(path, true)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out [][]string
	for _, r := range rows {
		form, typ, entity, iso2, iso3, preferred := r[0], r[1], r[2], r[3], r[4], r[9]
		if preferred != "1" || form == entity || form == info[iso2].name || iso3 == "" {
			continue
		}
		if o, ok := iso3Overrides[iso2]; ok {
			iso3 = o
		}
		key := form + "\t" + iso3
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, []string{form, iso3, typeLetter(typ)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out, nil
}

func typeLetter(typ string) string {
	switch typ {
	case "adjectival":
		return "A"
	case "demonym_plural":
		return "P"
	}
	return "S"
}

// leaderRows: qid, name, iso3, role (S head of state, G head of
// government), start, end. Rows are sorted by qid, then start.
func leaderRows(path string) ([][]string, error) {
	rows, err := readTSV(path, true)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out [][]string
	for _, r := range rows {
		if len(r) < 7 {
			continue
		}
		role := "G"
		if r[2] == "head_of_state" {
			role = "S"
		}
		row := []string{r[4], r[3], r[0], role, r[5], r[6]}
		key := strings.Join(row, "\t")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, row)
	}
	sort.Slice(out, func(i, j int) bool {
		for k := range out[i] {
			if out[i][k] != out[j][k] {
				return out[i][k] < out[j][k]
			}
		}
		return false
	})
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isLatin reports whether every letter of s is in the Latin script, so
// "Российская Федерация" is not kept as an English spelling.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
