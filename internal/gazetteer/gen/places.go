package main

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/internal/gazetteer/norm"
)

// placeRows: geonameid, kind (C capital, P city, A admin-1 region), iso3,
// admin-1 code, population, latitude, longitude, name, alternate names
// (|-separated). An admin-1 region's population is the sum of its cities'
// (GeoNames gives none for regions), a rough size used only for ranking.
func placeRows(geoDir string, info map[string]countryInfo) ([][]string, error) {
	capitals, err := readTSV(filepath.Join(geoDir, "capitals.tsv"), true)
	if err != nil {
		return nil, err
	}
	isCapital := map[string]bool{}
	for _, r := range capitals {
		if len(r) > 4 && r[4] != "" {
			isCapital[r[4]] = true
		}
	}
	cities, err := readTSV(filepath.Join(geoDir, "cities15000.txt.gz"), false)
	if err != nil {
		return nil, err
	}
	var out [][]string
	adminPop := map[string]int{}
	for _, r := range cities {
		if len(r) < 15 {
			continue
		}
		id, name, ascii, altField, lat, lon, fcode, cc, admin1, popStr := r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[10], r[14]
		ci, ok := info[cc]
		if !ok {
			continue
		}
		// Sections of cities (Paris arrondissements, city districts) are
		// not places news names on their own often enough to keep.
		if fcode == "PPLX" || fcode == "PPLH" || fcode == "PPLW" || fcode == "PPLQ" {
			continue
		}
		pop, _ := strconv.Atoi(popStr)
		adminPop[cc+"."+admin1] += pop
		kind := "P"
		if isCapital[id] || fcode == "PPLC" {
			kind = "C"
		}
		// Alternate names of small towns are nearly all foreign-language
		// spellings nobody writes in English news; keep only their ASCII
		// form.
		if pop < altNamesMinPopulation && kind != "C" {
			altField = ""
		}
		alts := alternates(name, ascii, altField)
		out = append(out, []string{id, kind, ci.iso3, admin1, popStr, trimCoord(lat), trimCoord(lon), name, strings.Join(alts, "|")})
	}
	regions, err := readTSV(filepath.Join(geoDir, "admin1_regions.tsv"), false)
	if err != nil {
		return nil, err
	}
	for _, r := range regions {
		if len(r) < 4 {
			continue
		}
		cc, code, _ := strings.Cut(r[0], ".")
		ci, ok := info[cc]
		if !ok {
			continue
		}
		var alts []string
		if r[2] != r[1] && r[2] != "" {
			alts = append(alts, r[2])
		}
		out = append(out, []string{r[3], "A", ci.iso3, code, strconv.Itoa(adminPop[r[0]]), "", "", r[1], strings.Join(alts, "|")})
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := strconv.Atoi(out[i][0])
		b, _ := strconv.Atoi(out[j][0])
		if a != b {
			return a < b
		}
		return out[i][1] < out[j][1]
	})
	return out, nil
}

// altNamesMinPopulation is the population from which a city keeps its
// alternate names.
const altNamesMinPopulation = 100000

// trimCoord keeps 4 decimals (about 10 m), plenty for a city.
func trimCoord(s string) string {
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s) > i+5 {
		return s[:i+5]
	}
	return s
}

// alternates keeps the alternate names an English text could use: Latin
// script, capitalised, not an all-capitals code ("MOW"), not a common word.
func alternates(name, ascii, field string) []string {
	// Alternates that differ only in accents or case ("Moscú", "Moscu")
	// are one name to the gazetteer, which folds them at load time.
	seen := map[string]bool{norm.LooseKey(name): true}
	var out []string
	add := func(a string) {
		k := norm.LooseKey(a)
		if seen[k] || !plausibleName(a) {
			return
		}
		seen[k] = true
		out = append(out, a)
	}
	if ascii != "" {
		add(ascii)
	}
	for _, a := range strings.Split(field, ",") {
		add(strings.TrimSpace(a))
	}
	return out
}

// commonWords are capitalised alternate names that would turn ordinary
// sentence-initial words into places.
var commonWords = map[string]bool{
	"The": true, "And": true, "For": true, "Will": true, "May": true, "Man": true, "Bar": true,
	"Male": true, "Mobile": true, "Reading": true, "Bath": true, "Split": true, "Nice": true,
	"Mission": true, "Independence": true, "Union": true, "Liberty": true, "Victoria": true,
	"Concord": true, "Progress": true, "Hope": true, "Energy": true, "Temple": true,
}

func plausibleName(a string) bool {
	n := 0
	upper, letters := 0, 0
	for i, r := range a {
		n++
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if i == 0 && !unicode.IsUpper(r) {
				return false
			}
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	if n < 3 || letters == upper || commonWords[a] {
		return false
	}
	return true
}
