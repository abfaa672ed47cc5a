package gazetteer

import "strings"

// Gender is what a first name or an honorific tells of a person's
// gender; Unknown when it tells nothing.
type Gender int8

const (
	Unknown Gender = iota
	Male
	Female
)

// FirstNameGender is the gender of a common first name in news given to
// one gender ("Katherine", "Michael"), Unknown for any other (names given
// to both, such as Kim, Jean, Andrea or Nicola across languages, are left
// out). Case does not matter.
func FirstNameGender(first string) Gender { return firstNames[strings.ToLower(first)] }

// NameGender is the gender of a full name's first name ("Katherine
// Jackson"), Unknown for a single word, which may be a surname.
func NameGender(name string) Gender {
	f := strings.Fields(name)
	if len(f) < 2 {
		return Unknown
	}
	return FirstNameGender(f[0])
}

// HonorificGender is the gender an honorific before a name says ("Mr",
// "Mrs.", "Dame"), Unknown for any other word.
func HonorificGender(w string) Gender {
	return honorifics[strings.ToLower(strings.TrimSuffix(w, "."))]
}

var honorifics = map[string]Gender{
	"mr": Male, "sir": Male, "lord": Male, "mrs": Female, "ms": Female, "miss": Female, "dame": Female, "lady": Female,
}

// firstNames is hand-made (newsgraph's own work).
var firstNames = func() map[string]Gender {
	m := map[string]Gender{}
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
		m[n] = Male
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
		m[n] = Female
	}
	return m
}()
