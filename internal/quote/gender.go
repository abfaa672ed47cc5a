package quote

import "strings"

// Gender lets "she" skip a man and "he" a woman when a pronoun is
// resolved: '"…," she said' after a paragraph about Jason Gardener and a
// female sprinter the entity layer missed was Gardener's. What the
// article itself says decides: an honorific before a mention ("Mr
// Blunkett", "Mrs May") or a gendered role noun in the entity's roles
// ("spokeswoman"); else a common first name of one gender. Names given
// to both (Jordan, Alex, Sam) are in neither list, and an entity with no
// evidence, or mixed, stays unknown and keeps every pronoun.

type gender int8

const (
	unknownGender gender = iota
	male
	female
)

// pronounGender is the gender "he" and "she" ask for.
func pronounGender(w string) gender {
	switch w {
	case "he", "him", "his":
		return male
	case "she", "her", "hers":
		return female
	}
	return unknownGender
}

// entityGender is what the article says of entity e's gender.
func (a *attributor) entityGender(e int) gender {
	if a.genders == nil {
		a.genders = map[int]gender{}
	}
	if g, ok := a.genders[e]; ok {
		return g
	}
	g := a.readGender(e)
	a.genders[e] = g
	return g
}

func (a *attributor) readGender(e int) gender {
	ent := &a.d.Entities[e]
	var seen [3]bool
	for _, mi := range ent.Mentions {
		m := a.d.Mentions[mi]
		if t := a.d.TokenAt(m.Start); t > 0 {
			seen[honorificGender[strings.ToLower(strings.TrimSuffix(a.d.TokenText(t-1), "."))]] = true
		}
	}
	for _, r := range ent.Roles {
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			switch {
			case feminineNouns[w]:
				seen[female] = true
			case masculineNouns[w]:
				seen[male] = true
			}
		}
	}
	switch {
	case seen[male] && seen[female]:
		return unknownGender
	case seen[male]:
		return male
	case seen[female]:
		return female
	}
	if f := strings.Fields(ent.Name); len(f) > 1 {
		return firstNameGender[strings.ToLower(f[0])]
	}
	return unknownGender
}

// genderFits reports whether pronoun w may stand for entity e.
func (a *attributor) genderFits(w string, e int) bool {
	want := pronounGender(w)
	if want == unknownGender || a.d.Entities[e].Type != "PERSON" {
		return true
	}
	got := a.entityGender(e)
	return got == unknownGender || got == want
}

var honorificGender = map[string]gender{
	"mr": male, "sir": male, "lord": male, "mrs": female, "ms": female, "miss": female, "dame": female, "lady": female,
}

// firstNameGender lists common first names in news that are given to one
// gender (hand-made; names given to both, such as Kim, Jean, Andrea or
// Nicola across languages, are left out).
var firstNameGender = func() map[string]gender {
	m := map[string]gender{}
	for _, n := range strings.Fields(`john james robert michael william david richard joseph thomas charles christopher
		daniel matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy
		ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin
		samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan
		douglas zachary peter kyle walter ethan jeremy harold keith roger noah gerald carl terry sean arthur
		lawrence jesse dylan bryan joe billy bruce albert willie gabriel alan juan wayne roy ralph randy
		eugene vincent russell louis bobby philip johnny tony gordon boris vladimir emmanuel francois jacques
		nicolas gerhard helmut olaf silvio matteo giuseppe sergei sergey dmitry mikhail ivan hamid mohammed
		mohammad muhammad ahmed ahmad ali hassan hussein abdul abdullah recep bashar narendra rahul imran
		nawaz ashraf omar khalid yasser mahmoud hosni anwar ehud binyamin shimon yitzhak menachem naftali
		barack bill hugo luiz jair mauricio fidel raul evo enrique felipe pedro carlos jorge manuel luis
		miguel antonio francisco javier rafael andre andres diego fernando ricardo roberto sebastian
		gianni silvio mario enzo hans klaus jurgen wolfgang dieter horst werner friedrich heinz franz
		pierre michel alain philippe claude emmanuel jens lars sven anders magnus olof gustav
		wladimir viktor volodymyr petro leonid yuri igor oleg alexei alexey nikolai shinzo junichiro
		yoshihide fumio kofi ban nelson jacob thabo cyril robert yoweri uhuru paul muammar abdel hosni`) {
		m[n] = male
	}
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
		betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
		stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole
		emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
		virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
		hannah martha jacqueline frances gloria ann anne teresa theresa kathryn sara janice alice
		madison doris abigail julia judy grace denise amber marilyn beverly danielle sophia marie diana
		natalie isabella charlotte rose hillary ursula jacinda kamala condoleezza madeleine golda
		indira benazir ingrid sanna mette giorgia annalena liz priti yvette harriet elena olga irina
		natalia svetlana yulia fatima aisha leila mariam sonia priya nadia dilma cristina michelle melania
		ivanka nikki kirsten tulsi elizabeth alexandria ilhan rashida nancy dianne susan lisa tammy amy
		kate paula serena venus martina steffi justine jane sally jenny joanna sophie
		lucy holly zoe chloe ellie georgia claire louise helen fiona alison gillian yvonne tessa harriet`) {
		m[n] = female
	}
	return m
}()
