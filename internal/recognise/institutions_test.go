package recognise

import (
	"slices"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/gazetteer"
	"newsgraph/internal/segment"
)

// TestInstitutionsNamedForTheirCountry: a ministry, central bank or
// parliament takes its country from its name, a possessive before it, or
// the one country the article is about; the article's bare mentions join
// it, and its bare name is no alias (aliases join entities across a
// corpus). Without a clear country it stays as written.
func TestInstitutionsNamedForTheirCountry(t *testing.T) {
	tests := []struct {
		text     string
		name     string
		mentions int
		aliases  []string
	}{
		{"The Japanese Finance Ministry said on Monday it would act. The Finance Ministry declined to comment.",
			"Finance Ministry (Japan)", 2, nil},
		{"Japan's Finance Ministry said it would act. The Finance Ministry later declined to comment.",
			"Finance Ministry (Japan)", 2, nil},
		{"Growth in France slowed, the Finance Ministry said. French exports fell and Paris was worried.",
			"Finance Ministry (France)", 1, nil},
		{"Japan and France talked. The Finance Ministry said nothing.", "Finance Ministry", 1, nil},
		{"Germany's Central Bank raised rates in Berlin.", "Central Bank (Germany)", 1, nil},
		{"The U.S. Agriculture Department said wheat stocks fell. The Department of Agriculture blamed drought in America.",
			"Agriculture Department (United States)", 2, nil},
		{"Japan's Finance Ministry and France's Finance Ministry met in Geneva.", "Finance Ministry (France)", 1, nil},
		// A company's name cut short is no state's institution.
		{"The Central Bank and Trust Co of Glenmora was sold, regulators in Washington, America, said.", "Central Bank", 1, nil},
		// Three times any other country, or no article country.
		{"Taiwan's exports rose, the Central Bank said, as the United States and America bought more.", "Central Bank", 1, nil},
		// A bare department is the United States' where the article names
		// that country at all, and never the article's other country.
		{"Egypt will get aid from America, the State Department said in Cairo, Egypt.", "State Department (United States)", 1, nil},
		{"Farmers in Rome, Italy, and Milan wrote to the Agriculture Department.", "Department of Agriculture", 1, []string{"Agriculture Department"}},
		{"Japan's Finance Ministry and France's Finance Ministry met. The Finance Ministry of neither spoke.", "Finance Ministry", 1, nil},
	}
	for _, tc := range tests {
		d := recognise(tc.text)
		e := mustEntity(t, d, tc.text, tc.name)
		if e == nil {
			continue
		}
		if len(e.Mentions) != tc.mentions || !slices.Equal(e.Aliases, tc.aliases) {
			t.Errorf("%q: %q has mentions %q, aliases %q; want %d mentions, aliases %q",
				tc.text, tc.name, mentionTexts(d, e), e.Aliases, tc.mentions, tc.aliases)
		}
	}
}

func TestCanonicalInstitution(t *testing.T) {
	for in, want := range map[string]string{
		"Ministry of Finance":             "Finance Ministry",
		"Department of the Treasury":      "Treasury Department",
		"Department of Homeland Security": "Homeland Security Department",
		"Agriculture  Department":         "Agriculture Department",
		"Central Bank":                    "Central Bank",
	} {
		if got := canonicalInstitution(in); got != want {
			t.Errorf("canonicalInstitution(%q) = %q, want %q", in, got, want)
		}
	}
	for name, generic := range map[string]bool{
		"the Justice Department": true, "Department of the Treasury": true, "Police Department": false,
		"Fire Department": false, "New York Police Department": false, "Bank of Japan": false,
	} {
		if isGenericInstitution(name) != generic {
			t.Errorf("isGenericInstitution(%q) = %v, want %v", name, !generic, generic)
		}
	}
}

// "The Treasury" is the article's country's, not the United States'
// Treasury Department, which the gazetteer used to make every bare
// "Treasury"; the United States' keeps one name either way.
func TestTreasuryOfTheArticlesCountry(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Britain's economy grew, the Treasury said in London. British exports rose, though the United States bought less.", "Treasury (United Kingdom)"},
		{"The U.S. deficit grew, the Treasury said in Washington. American exports fell.", "Treasury Department (United States)"},
		{"Exports fell, the Treasury said.", "Treasury"},
	}
	for _, tt := range tests {
		d := doc.New(tt.text)
		segment.Segment(d)
		New(orgTagger{"Treasury"}, gazetteer.Default()).Recognise(d)
		mustEntity(t, d, tt.text, tt.want)
	}
}
