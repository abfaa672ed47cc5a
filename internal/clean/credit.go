package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// agencies are names that, alone on a short line or glued to a caption,
// credit a photo.
var agencies = []string{
	"Reuters", "REUTERS", "AFP", "AP", "Associated Press", "Getty Images", "Getty",
	"EPA", "EPA-EFE", "Flash90", "Flash 90", "Shutterstock", "Xinhua", "Anadolu Agency",
	"Bloomberg", "TPS", "GPO", "IDF Spokesperson", "IDF Spokesperson's Unit", "PA",
	"PA Media", "PA Wire", "UPI", "Sipa", "Sipa USA", "AAP", "ANP", "Alamy", "iStock",
	"Wikimedia Commons", "Twitter", "Facebook", "Screenshot", "Handout", "Pool",
	"TASS", "Sputnik", "Kremlin", "Kremlin Pool", "White House", "Courtesy",
}

var (
	agencyAlt = func() string {
		alts := make([]string, len(agencies))
		for i, a := range agencies {
			alts[i] = regexp.QuoteMeta(a)
		}
		return strings.Join(alts, "|")
	}()
	// name is a person's or outlet's name as credits write it.
	name = `[\p{L}\p{M}0-9][\p{L}\p{M}0-9 .'’&/-]{0,50}`
	// person is a short name, at most four words: "Jane Roe" in "Jane
	// Roe/Reuters", never a whole caption.
	person = `[\p{L}\p{M}0-9][\p{L}\p{M}0-9.'’&-]*(?:\s+[\p{L}\p{M}0-9][\p{L}\p{M}0-9.'’&-]*){0,3}`
	// marker opens a credit, in the languages news sites credit photos in.
	marker = `(?:photo(?:graph)?s?|screenshots?|image|picture|pic|credit|photo credit|illustration|video|foto|bild|imagen|kuva|crédit|crédito|credito)`
	// creditLine is a whole line that is nothing but a credit.
	creditLine = regexp.MustCompile(`^(?:` +
		`\(?(?i:` + marker + `)\s*(?:by\s+|:\s*)` + name + `\)?` +
		`|(?:` + agencyAlt + `)(?:\s+(?:Photos?|Images|Pictures|Photographer))?(?:\s*/\s*` + name + `)?` +
		`|` + person + `\s*/\s*(?:` + agencyAlt + `)(?:\s+via\s+Getty\s+Images)?` +
		`|` + person + `\s+(?:via|for)\s+(?:Getty Images|Reuters|AP|AFP)` +
		`|(?i:courtesy(?: of)?)\s+` + name +
		`|(?:©|\(c\))\s*` + name +
		`)$`)
	// markedCredit is a credit with its own marker at the end of a caption.
	markedCredit = regexp.MustCompile(`(?i)\s*(?:\(\s*(` + marker + `\s*(?:by\s+|:\s*)[^()]{1,60})\)|(` + marker + `\s*(?:by\s+|:\s*)[^:]{1,60}))$`)
)

// byline is "By Jane Roe" or "By Jane Roe and John Doe, Reuters".
var byline = regexp.MustCompile(`^(?i:by)\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+|,\s*|\s+(?:and|&)\s+)?){1,8}$`)

// IsByline reports a short "By Jane Roe" line.
func IsByline(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) <= 80 && byline.MatchString(s)
}

// IsCredit reports whether s, one short line, is only a photo credit:
// "Reuters", "AP Photo/Jane Doe", "Jane Doe/Reuters", "Photo: X",
// "(Photo: X)", "Credit: X", "Getty Images", "© X".
func IsCredit(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) <= 80 && creditLine.MatchString(s)
}

// SplitCredit splits a caption line that ends in a credit: "Talks in
// Tehran (Photo: Reuters)", "Talks in Tehran. Photo: X", "Talks in
// Tehran | Jane Doe/AFP", or an agency glued without a space
// ("Hassan RouhaniReuters"). A credit after a plain space is not split
// ("Putin speaks to Reuters" is a sentence, not a credit).
func SplitCredit(line string) (caption, credit string, ok bool) {
	line = strings.TrimSpace(line)
	if m := markedCredit.FindStringSubmatchIndex(line); m != nil && m[0] > 0 {
		if m[2] >= 0 {
			credit = line[m[2]:m[3]]
		} else {
			credit = line[m[4]:m[5]]
		}
		if c := trimSeparators(line[:m[0]]); c != "" {
			return c, strings.TrimSpace(credit), true
		}
	}
	// "Caption | Credit", "Caption - Credit", "Caption. Credit", "Caption (Credit)"
	if strings.HasSuffix(line, ")") {
		if i := strings.LastIndex(line, "("); i > 0 && IsCredit(line[i+1:len(line)-1]) {
			if c := trimSeparators(line[:i]); c != "" {
				return c, line[i+1 : len(line)-1], true
			}
		}
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", ". ", ", "} {
		if i := strings.LastIndex(line, sep); i > 0 && IsCredit(line[i+len(sep):]) {
			c := line[:i]
			if sep == ". " {
				c += "."
			}
			if c = trimSeparators(c); c != "" {
				return c, line[i+len(sep):], true
			}
		}
	}
	for _, a := range agencies {
		if c, ok := gluedTo(line, a); ok {
			return c, a, true
		}
	}
	return line, "", false
}

// gluedTo reports a caption with agency a glued on without a space, as
// scrapers leave it when the credit sat in its own element:
// "Hassan RouhaniReuters".
func gluedTo(line, a string) (string, bool) {
	if !strings.HasSuffix(line, a) || len(line) == len(a) {
		return "", false
	}
	c := line[:len(line)-len(a)]
	last, _ := utf8.DecodeLastRuneInString(c)
	first, _ := utf8.DecodeRuneInString(a)
	if !unicode.IsUpper(first) || !(unicode.IsLower(last) || last == '.' || last == ')') {
		return "", false
	}
	return strings.TrimSpace(c), true
}

func trimSeparators(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), " |-–—,;:©")
}
