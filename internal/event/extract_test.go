package event

import (
	"strings"
	"testing"
	"time"

	"newsgraph/internal/dates"
	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// analyse runs the stages Extract relies on that do not need a model:
// segmentation and dates. Entities come from the gazetteer inside Extract.
func analyse(text string) *doc.Doc {
	d := doc.New(text)
	d.Published = time.Date(2024, 3, 8, 12, 0, 0, 0, time.UTC) // a Friday
	d.Location = time.UTC
	segment.Segment(d)
	dates.Find(d)
	Extract(d)
	return d
}

func codes(as []doc.Actor) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code+"/"+a.Sector)
	}
	return strings.Join(out, " ")
}

// summary writes every event of d as TYPE sources->targets, in order.
func summary(d *doc.Doc) string {
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Type+" "+codes(e.Sources)+"->"+codes(e.Targets))
	}
	return strings.Join(got, "; ")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		text     string
		typ      string
		sources  string // codes of the sources, "CODE/SECTOR" separated by spaces
		targets  string
		modality string
		date     string
	}{
		{text: "Germany condemned the Russian air strikes on Monday.",
			typ: "ACCUSE", sources: "DEU/", targets: "RUS/", modality: "asserted", date: "2024-03-04"},
		{text: "France and Britain agreed to share intelligence.",
			typ: "AGREE", sources: "FRA/ GBR/", modality: "asserted"},
		{text: "Japan said China must stop its naval patrols.",
			typ: "REQUEST", sources: "JPN/", targets: "CHN/", modality: "asserted"},
		{text: "The Kenyan government was accused by opposition leaders of rigging the vote.",
			typ: "ACCUSE", sources: "KEN/OPP", targets: "KEN/GOV"},
		{text: "Police arrested dozens of protesters in Nairobi.",
			typ: "COERCE", sources: "KEN/COP", targets: "KEN/CVL", modality: "asserted"},
		{text: "The Sudanese army denied shelling the village.",
			typ: "ASSAULT", sources: "SDN/MIL", modality: "denied"},
		{text: "If Iran closes the strait, the United States will respond with force.",
			typ: "THREATEN", sources: "USA/", targets: "IRN/", modality: "conditional"},
		{text: "Rebels claimed that Syrian troops had killed 20 civilians.",
			typ: "ASSAULT", sources: "SYR/MIL", targets: "SYR/CVL", modality: "claimed"},
		{text: "According to Reuters, Egyptian police detained two journalists.",
			typ: "COERCE", sources: "EGY/COP", targets: "EGY/JRN", modality: "reported"},
		{text: "The Turkish army is preparing an offensive against Kurdish militants.",
			typ: "ASSAULT", sources: "TUR/MIL", targets: "TUR/REB", modality: "planned"},
		{text: "Norway will give Ethiopia a loan.",
			typ: "AGREE", sources: "NOR/", targets: "ETH/"},
		{text: "Canada expelled two Chinese diplomats.",
			typ: "SANCTION", sources: "CAN/", targets: "CHN/GOV"},
		{text: "Thousands of Chilean students marched in Santiago.",
			typ: "PROTEST", sources: "CHL/EDU"},
		{text: "Ghana will withdraw its troops from Mali unless the junta holds elections.",
			typ: "THREATEN", sources: "GHA/", modality: "conditional"},
		{text: "The opposition said it would boycott all talks with the government.",
			typ: "THREATEN", sources: "/OPP"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event, want %s", tc.text, tc.typ)
			continue
		}
		e := d.Events[0]
		got := []string{e.Type, codes(e.Sources), codes(e.Targets)}
		want := []string{tc.typ, tc.sources, tc.targets}
		if tc.targets == "" {
			got, want = got[:2], want[:2]
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: first event %v, want %v", tc.text, got, want)
		}
		if tc.modality != "" && e.Modality != tc.modality {
			t.Errorf("%q: modality %s, want %s", tc.text, e.Modality, tc.modality)
		}
		if tc.date != "" && (e.Date < 0 || d.Dates[e.Date].Value != tc.date) {
			t.Errorf("%q: date index %d, want %s", tc.text, e.Date, tc.date)
		}
		if !RootFits(e.CameoRoot, e.Type) {
			t.Errorf("%q: CAMEO root %q does not map to %s", tc.text, e.CameoRoot, e.Type)
		}
		if d.Str(e.Trigger) == "" || !e.Evidence.Contains(e.Trigger) {
			t.Errorf("%q: trigger %v outside evidence %v", tc.text, e.Trigger, e.Evidence)
		}
	}
}

func TestExtractWithoutSegmentation(t *testing.T) {
	d := doc.New("Rebels attacked the town.")
	Extract(d)
	if len(d.Events) != 0 {
		t.Errorf("Extract on an unsegmented document gave %d events", len(d.Events))
	}
}

// A pronoun's antecedent in a longer earlier sentence keeps that
// sentence's offsets.
func TestPronounFromEarlierSentence(t *testing.T) {
	text := "The Brazilian government announced sweeping new measures against illegal logging across the Amazon basin on Monday. It arrested ten people."
	d := analyse(text)
	var found bool
	for _, e := range d.Events {
		if e.Type != "COERCE" {
			continue
		}
		found = true
		if codes(e.Sources) != "BRA/GOV" {
			t.Errorf("arrest source %q, want BRA/GOV", codes(e.Sources))
		}
		for _, a := range e.Sources {
			if got := d.Str(a.Span); got != a.Name && !strings.HasSuffix(got, a.Name) {
				t.Errorf("source span %q does not hold its name %q", got, a.Name)
			}
		}
	}
	if !found {
		t.Errorf("no COERCE event in %q", text)
	}
}

func TestActorSectors(t *testing.T) {
	tests := []struct {
		text    string
		targets string
	}{
		// A people in the plural are civilians; a capital where something
		// is done stands for its people; a former official is elite.
		{"Israeli soldiers arrested 30 Palestinians.", "PSE/CVL"},
		{"The army imposed a curfew in Algiers.", "DZA/CVL"},
		{"Moscow expelled the Estonian ambassador.", "EST/GOV"},
		{"A judge ordered the arrest of the former president of Peru.", "PER/ELI"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		if got := codes(d.Events[0].Targets); got != tc.targets {
			t.Errorf("%q: targets %q, want %q", tc.text, got, tc.targets)
		}
	}
}

// A one-word name after an unknown first name is someone's surname, not
// the leader, city or firm the gazetteer knows by that word.
func TestFirstNameBlocksOneWordNames(t *testing.T) {
	for _, text := range []string{
		"Carlos Putin criticised the Peruvian mayor.",
		"Maria Lagos criticised the Peruvian mayor.",
	} {
		d := analyse(text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", text)
			continue
		}
		for _, a := range d.Events[0].Sources {
			if a.Code != "" && a.Code != "PER" {
				t.Errorf("%q: source %q coded %s", text, a.Name, a.Code)
			}
		}
	}
}

func TestPassiveRetreat(t *testing.T) {
	tests := []struct{ text, sources, targets string }{
		{"Hundreds of Kurdish militants have been disarmed.", "/REB", ""},
		{"Two Israeli hostages were released by Hamas.", "PSE/REB", "ISR/CVL"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := d.Events[0]
		if codes(e.Sources) != tc.sources || codes(e.Targets) != tc.targets {
			t.Errorf("%q: %s -> %s, want %s -> %s", tc.text, codes(e.Sources), codes(e.Targets), tc.sources, tc.targets)
		}
	}
}

func TestNamedAssociationIsNGO(t *testing.T) {
	d := analyse("The Global Press Freedom Association condemned the arrests.")
	if len(d.Events) == 0 || codes(d.Events[0].Sources) != "NGO/" {
		t.Errorf("events %+v, want an ACCUSE from NGO/", d.Events)
	}
}

func TestClauseRules(t *testing.T) {
	tests := []struct {
		text string
		want []string // every event as TYPE sources->targets, in order
	}{
		// What a threat depends on is not an event of its own.
		{"Ankara said it would launch a military operation if the militants did not withdraw.",
			[]string{"THREATEN TUR/GOV->TUR/REB"}},
		// A second verb after "and" shares the first one's subject.
		{"The Egyptian government condemned the raid and called on Israel to stop.",
			[]string{"ACCUSE EGY/GOV->", "REQUEST EGY/GOV->ISR/"}},
		// The ones helped do not take the helper's country.
		{"The United States is arming the militants.", []string{"AID USA/->/REB"}},
	}
	for _, tc := range tests {
		if got := summary(analyse(tc.text)); got != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

// "press" in a job title or an office is a noun, not a demand; the verb
// still counts.
func TestPressAsNoun(t *testing.T) {
	for _, text := range []string{
		"Every day of delay costs families, said press secretary Karine Jean-Pierre.",
		"The press office of the Kenyan government issued a denial.",
	} {
		for _, e := range analyse(text).Events {
			if e.Type == "REQUEST" {
				t.Errorf("%q: REQUEST event triggered by %v", text, e.Trigger)
			}
		}
	}
	d := analyse("Japan pressed China to stop its naval patrols.")
	if len(d.Events) == 0 || d.Events[0].Type != "REQUEST" {
		t.Errorf("the verb: events %+v, want REQUEST", d.Events)
	}
}

// A participle after a noun modifies that noun: what "seized by Norway"
// took is the trawler, not Moscow further back; after an actor it takes
// the actor as its object ("militias, armed by Iran").
func TestReducedRelativeTarget(t *testing.T) {
	tests := []struct{ text, typ, sources, targets string }{
		{"Moscow demands release of trawler seized by Norway", "COERCE", "NOR/", ""},
		{"Hezbollah fighters, armed by Iran, crossed the border.", "AID", "IRN/", "LBN/REB"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		found := false
		for _, e := range d.Events {
			if e.Type != tc.typ {
				continue
			}
			found = true
			if got := codes(e.Sources); got != tc.sources {
				t.Errorf("%q: %s sources %q, want %q", tc.text, tc.typ, got, tc.sources)
			}
			if got := codes(e.Targets); got != tc.targets {
				t.Errorf("%q: %s targets %q, want %q", tc.text, tc.typ, got, tc.targets)
			}
		}
		if !found {
			t.Errorf("%q: no %s event among %+v", tc.text, tc.typ, d.Events)
		}
	}
}

// What a request asks for has not happened: "demanded the ship's
// release" is a REQUEST whose mode is the retreat asked for, not also a
// RETREAT by the one asking. A release that did happen later in the
// sentence stays an event.
func TestRequestedActionIsNoEvent(t *testing.T) {
	tests := []struct {
		text, types, mode string
	}{
		{"Moscow demanded the ship's immediate release.", "REQUEST", "retreat"},
		{"Moscow demanded the crew's release, and Norway released the ship.", "REQUEST RETREAT", "retreat"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		var types []string
		for _, e := range d.Events {
			types = append(types, e.Type)
		}
		if got := strings.Join(types, " "); got != tc.types {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.types)
		} else if d.Events[0].Mode != tc.mode {
			t.Errorf("%q: %s mode %q, want %q", tc.text, d.Events[0].Type, d.Events[0].Mode, tc.mode)
		}
	}
}

// A repeat of an event's type further on in its clause, by the same
// actors and naming no one new, is the same event: one CONSULT here.
func TestRepeatInClauseIsOneEvent(t *testing.T) {
	text := "Macron was speaking at a meeting in Paris with German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni to discuss the budget."
	d := analyse(text)
	var consult []doc.Event
	for _, e := range d.Events {
		if e.Type == "CONSULT" {
			consult = append(consult, e)
		}
	}
	if len(consult) != 1 || codes(consult[0].Targets) != "DEU/GOV ITA/GOV" {
		t.Errorf("CONSULT events %+v, want one, aimed at DEU/GOV ITA/GOV", consult)
	}
}

// TestFarFutureDateIsNotTheEvents: a date years after publication in the
// event's sentence belongs to something else (a bond's maturity) unless
// the event is a plan.
func TestFarFutureDateIsNotTheEvents(t *testing.T) {
	tests := []struct{ text, date string }{
		{"Germany, whose bonds are due on January 1, 2047, condemned the Russian air strikes.", ""},
		{"Germany condemned the Russian air strikes on Monday; its bonds are due in 2047.", "2024-03-04"},
		{"Russia plans to withdraw its troops from Syria by 2030.", "2030"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		got := ""
		if e := d.Events[0]; e.Date >= 0 {
			got = d.Dates[e.Date].Value
		}
		if got != tc.date {
			t.Errorf("%q: dated %q, want %q", tc.text, got, tc.date)
		}
	}
}

func TestIntentionIsPlanned(t *testing.T) {
	// Published on Friday 8 March 2024. An act that "will" happen and is
	// aimed at no one (so no promise or threat) has not happened yet.
	tests := []struct{ text, typ, modality, date string }{
		{"The Egyptian foreign minister will resign on Monday.", "RETREAT", "planned", "2024-03-11"},
		{"Kenyan troops will withdraw on Tuesday.", "RETREAT", "planned", "2024-03-12"},
		{"The Egyptian foreign minister resigned on Monday.", "RETREAT", "asserted", "2024-03-04"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event, want %s", tc.text, tc.typ)
			continue
		}
		e := d.Events[0]
		date := ""
		if e.Date >= 0 {
			date = d.Dates[e.Date].Value
		}
		if got := []string{e.Type, e.Modality, date}; got[0] != tc.typ || got[1] != tc.modality || got[2] != tc.date {
			t.Errorf("%q: got %v, want [%s %s %s]", tc.text, got, tc.typ, tc.modality, tc.date)
		}
	}
}

func TestYearIsNoPartOfTheActor(t *testing.T) {
	// The year of a date before the subject is the date's, not the
	// first word of the actor's name.
	tests := []struct{ text, source, date string }{
		{"On March 3, 2024 Egyptian police detained two journalists.", "Egyptian police", "2024-03-03"},
		{"In 2023 Israeli troops attacked the town.", "Israeli troops", "2023"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 || len(d.Events[0].Sources) == 0 {
			t.Errorf("%q: no event with a source", tc.text)
			continue
		}
		e := d.Events[0]
		date := ""
		if e.Date >= 0 {
			date = d.Dates[e.Date].Value
		}
		if e.Sources[0].Name != tc.source || date != tc.date {
			t.Errorf("%q: source %q dated %q, want %q dated %q", tc.text, e.Sources[0].Name, date, tc.source, tc.date)
		}
	}
}

func TestDateInAsideIsNotTheEvents(t *testing.T) {
	// Published on Friday 8 March 2024. A date set off by commas inside a
	// relative clause or an aside dates that clause, not the event around
	// it.
	tests := []struct{ text, date string }{
		{"Israel, which annexed the Golan Heights in 1981, attacked Syria on Wednesday.", "2024-03-06"},
		{"The Sudanese army, formed in January, shelled the village on Tuesday.", "2024-03-05"},
		{"On Monday, Egyptian police, who were deployed in 2019, detained two journalists.", "2024-03-04"},
		{"Egyptian police detained two journalists on Monday.", "2024-03-04"},
		{"In Cairo, on Monday, Egyptian police detained two journalists.", "2024-03-04"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := d.Events[0]
		date := ""
		if e.Date >= 0 {
			date = d.Dates[e.Date].Value
		}
		if date != tc.date {
			t.Errorf("%q: %s dated %q, want %q", tc.text, e.Type, date, tc.date)
		}
	}
}

func TestMonthIsNoTrigger(t *testing.T) {
	// "March" in a date is the month, not a protest march.
	for _, text := range []string{
		"The Egyptian government expects inflation to fall in the year ending March 31, 2025.",
		"Egyptian police detained two journalists on March 3.",
		"In March, Kenyan police withdrew from the capital.",
	} {
		d := analyse(text)
		for _, e := range d.Events {
			if tr := d.Str(e.Trigger); tr == "March" {
				t.Errorf("%q: %s event triggered by the month %q", text, e.Type, tr)
			}
		}
	}
}

func TestOfficeNameIsNoTrigger(t *testing.T) {
	// A trigger word that begins the name of an office or body names no
	// act: "Finance Secretary" is no AID.
	for _, text := range []string{
		"Finance Secretary Jaime Ongpin told reporters the proposal is designed to avoid an impasse.",
		"The Relief Fund published its accounts on Monday.",
	} {
		d := analyse(text)
		for _, e := range d.Events {
			t.Errorf("%q: %s event triggered by %q", text, e.Type, d.Str(e.Trigger))
		}
	}
	// The same word as the act itself still triggers.
	d := analyse("The United States financed the Philippine army.")
	if len(d.Events) == 0 || d.Str(d.Events[0].Trigger) != "financed" {
		t.Errorf("finance as a verb: events %+v, want one triggered by it", d.Events)
	}
}

func TestMonthIsNoTriggerWithoutPublication(t *testing.T) {
	// With no publication time the dates layer finds no "March": the
	// capital still says it is the month.
	for _, text := range []string{
		"Deposits at the Swiss National Bank fell 2.9 billion francs in the first 10 days of March, the bank said.",
		"March 3 was the day Kenyan police withdrew from the capital.",
	} {
		d := doc.New(text)
		segment.Segment(d)
		dates.Find(d)
		Extract(d)
		for _, e := range d.Events {
			if tr := d.Str(e.Trigger); tr == "March" {
				t.Errorf("%q: %s event triggered by the month %q", text, e.Type, tr)
			}
		}
	}
	d := doc.New("Thousands march on parliament.")
	segment.Segment(d)
	Extract(d)
	if len(d.Events) == 0 || d.Events[0].Type != "PROTEST" {
		t.Errorf("a lower-case march: events %+v, want PROTEST", d.Events)
	}
}

func TestNamedMarchIsAProtest(t *testing.T) {
	// A march named as an event keeps its capital; it is no month.
	d := analyse("Hundreds of thousands joined the March for Our Lives in Washington.")
	if len(d.Events) == 0 || d.Events[0].Type != "PROTEST" {
		t.Errorf("events %+v, want a PROTEST", d.Events)
	}
}

// A name with a corporate designator is a firm's: firms dealing with
// firms make no political event, even when a country is in a name, and a
// named firm does not take its sentence's one country.
func TestFirmsAreBusiness(t *testing.T) {
	tests := []struct {
		text string
		want []string // every event as TYPE sources->targets, in order
	}{
		{"Zentrix Holdings reached an agreement with Corvale Ltd on the plant.", nil},
		{"Brasco Corp of America agreed to buy the shares.", nil},
		{"Kestrel Ltd signed a contract with the Peruvian government.", []string{"AGREE /BUS->PER/GOV"}},
	}
	for _, tc := range tests {
		if got := summary(analyse(tc.text)); got != strings.Join(tc.want, "; ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

// A country named only as the other side ("talks with Turkey", "flew to
// Peru") or as a topic ("the Iraq war") is not the home of the actors the
// sentence names by kind; one returned to is.
func TestCountryElsewhere(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The foreign secretary held talks with Turkey.", "CONSULT /GOV->TUR/"},
		{"The party opposed the Iraq war.", "REJECT /PTY->IRQ/"},
		{"The minister flew to Peru and criticised the president.", "ACCUSE /GOV->PER/GOV"},
		{"Police arrested two men on their return to Kenya.", "COERCE KEN/COP->KEN/"},
		{"The Kenyan police arrested two men in Nairobi.", "COERCE KEN/COP->KEN/CVL"},
	}
	for _, tc := range tests {
		if got := summary(analyse(tc.text)); got != tc.want {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}
