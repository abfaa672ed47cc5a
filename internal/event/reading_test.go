package event

import (
	"strings"
	"testing"
)

// triggerCase is a sentence and what its trigger word must yield: the
// event type, or "" for no event at all.
type triggerCase struct {
	text, trigger, want string
}

// typeOf returns the type of the event whose trigger starts with word,
// or "" when there is none.
func typeOf(text, word string) string {
	d := analyse(text)
	for _, e := range d.Events {
		if strings.HasPrefix(strings.ToLower(d.Str(e.Trigger)), word) {
			return e.Type
		}
	}
	return ""
}

func checkTriggers(t *testing.T, tests []triggerCase) {
	t.Helper()
	for _, tc := range tests {
		if got := typeOf(tc.text, tc.trigger); got != tc.want {
			t.Errorf("%q: %q gives %q, want %q", tc.text, tc.trigger, got, tc.want)
		}
	}
}

// A modal is a request only when it asks its subject to act, and of
// someone other than the speaker's own country.
func TestModalRequestNeedsAnAct(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Czech minister said the farmers should be compensated in full.", "should", ""},
		{"The Polish president said Poland should have acted sooner.", "should", ""},
		{"The Spanish foreign minister said Spain should recognise the new state.", "should", ""},
		{"Moscow said Ukraine must withdraw its troops.", "must", "REQUEST"},
		{"The Dutch premier said Germany should cut its deficit.", "should", "REQUEST"},
	})
}

// A verb trigger's base or -s form where a noun stands is the noun, and
// a verb that is mostly a noun in news (phone, target, free, back) counts
// in those forms only where a verb must stand.
func TestVerbTriggerInNounSlot(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Polish farmers answered questions sent in by letter and telephone.", "telephone", ""},
		{"A Latvian firm makes cordless phones for the Polish army.", "phones", ""},
		{"The Kenyan minister met finance ministers from Uganda.", "finance", ""},
		{"The two Saudi men were freed without charge.", "charge", ""},
		{"The Chilean navy missed its target for new ships.", "target", ""},
		{"The Greek opposition promised free medical care for Greek pensioners.", "free", ""},
		{"Egyptian police held him in order to question him.", "order", ""},
		{"The Danish government would back the Swedish plan.", "back", "SUPPORT"},
		{"Kurdish rebels freed two Turkish soldiers.", "freed", "RETREAT"},
		{"Police in Lima said they would charge the Peruvian mayor.", "charge", "ACCUSE"},
		{"The Dutch minister phoned his Belgian counterpart.", "phoned", "CONSULT"},
		{"Striking Welsh nurses stood on picket lines in Cardiff.", "picket", "PROTEST"},
	})
}

// Insisting that something is so, and asking a question, request nothing.
func TestAssertionAndQuestionAreNoRequest(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Austrian chancellor insisted that the economy was growing.", "insisted", ""},
		{"The Austrian chancellor was asked whether Italy would hold a vote.", "asked", ""},
		{"\"Why now?\" the Austrian chancellor asked.", "asked", ""},
		{"The Austrian chancellor insisted on a vote in the Italian parliament.", "insisted", "REQUEST"},
		{"The Austrian chancellor insisted that Italy must hold a vote.", "must", "REQUEST"},
		{"The Austrian chancellor asked Italy to hold a vote.", "asked", "REQUEST"},
	})
}

// The place a regional actor meets in is not its country; an actor named
// by its kind alone still takes the one country its sentence names.
func TestRegionalActorKeepsNoCountry(t *testing.T) {
	tests := []struct{ text, sources string }{
		{"European ministers met in Madrid to discuss the budget.", "/GOV"},
		{"African leaders gathered in Nairobi on Friday to sign the treaty.", "/GOV"},
		{"Police arrested two students in Lima.", "PER/COP"},
		{"African students in Lisbon protested against the new fees.", "PRT/EDU"},
	}
	for _, tc := range tests {
		d := analyse(tc.text)
		if len(d.Events) == 0 || codes(d.Events[0].Sources) != tc.sources {
			t.Errorf("%q: events %+v, want sources %s", tc.text, d.Events, tc.sources)
		}
	}
}

// Strikes aimed at a state or a place are attacks, not labour action.
func TestStrikeOnAStateIsAnAttack(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Washington is preparing for strikes against North Korea.", "strikes", "ASSAULT"},
		{"Indian jets carried out missile strikes on Pakistani camps.", "missile", "ASSAULT"},
		{"A general strike shut down Kathmandu.", "strike", "PROTEST"},
		{"French unions called strikes against the government's pension plan.", "strikes", "PROTEST"},
		{"Thousands of Chilean miners went on strike.", "went", "PROTEST"},
	})
}

// An adjective-like noun trigger after "be" describes; going on the
// offensive over words is a verbal attack.
func TestPredicativeAdjectiveIsNoEvent(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Irish minister said the Danish cartoons were deeply offensive.", "offensive", ""},
		{"The Irish opposition went on the offensive over the minister's remarks.", "went", "ACCUSE"},
		{"The Turkish army launched an offensive against Kurdish rebels.", "offensive", "ASSAULT"},
	})
}

// Politicians attack and fight in words: a criticism, or a contest.
func TestFightInWords(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Danish prime minister attacked the opposition party's tax plans.", "attacked", "ACCUSE"},
		{"The Irish Labour Party will fight the next general election on health.", "fight", ""},
		{"Syrian troops attacked rebel positions near Aleppo.", "attacked", "ASSAULT"},
		{"The Libyan government attacked the rebels in Benghazi.", "attacked", "ASSAULT"},
		{"The Croatian minister condemned the September attacks on Zagreb.", "attacks", "ASSAULT"},
	})
}

// Giving and helping are aid only when something is given in kind; the
// one given it may stand between the verb and the gift.
func TestAidIsGivenInKind(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Dutch minister gave evidence to the Belgian parliament.", "gave", ""},
		{"The new Danish law will help Polish farmers.", "help", ""},
		{"Norway gave Ethiopia food and medicine.", "gave", "AID"},
	})
	d := analyse("Norway gave Ethiopia food and medicine.")
	if len(d.Events) == 0 || codes(d.Events[0].Targets) != "ETH/" {
		t.Errorf("events %+v, want a target ETH/", d.Events)
	}
}

// A weak verb trigger names an act only when done to someone.
func TestWeakVerbNeedsATarget(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Irish party received a big boost from the poll.", "received", ""},
		{"The Kenyan minister acknowledged there were genuine concerns.", "acknowledged", ""},
		{"The Kenyan president received the Ugandan foreign minister.", "received", "CONSULT"},
	})
}

// Asylum, appeal and deliver are events only with what makes them one: a
// grant, an addressee, a delivery in kind.
func TestNounTriggersNeedAnEventReading(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Danish minister criticised Swedish plans for asylum quotas.", "asylum", ""},
		{"The Danish minister lost a landmark appeal over the Swedish ruling.", "appeal", ""},
		{"Polish farmers appealed against the ruling of the Danish court.", "appealed", ""},
		{"The Danish minister will deliver his budget to the Swedish parliament.", "deliver", ""},
		{"The Danish minister made an appeal for calm in Kenya.", "appeal", "REQUEST"},
		{"Kenya offered asylum to the Ugandan opposition leader.", "offered", "AID"},
		{"Swedish planes delivered food to Kenyan villagers.", "delivered", "AID"},
	})
}

// "The murder of X" is an act; "murder cases" and "murder laws" are not.
func TestMurderOfIsAnAssault(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"A Chilean general faces charges over the murder of two Peruvian students.", "murder", "ASSAULT"},
		{"The Chilean minister proposed new rules for murder cases in Peruvian courts.", "murder", ""},
	})
}

// Idioms whose words look like triggers name no event.
func TestIdiomsAreNoEvents(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Polish finance minister will meet his fiscal targets this year.", "meet", ""},
		{"The Danish court ordered the Swedish firm to be wound up.", "wound", ""},
		{"Thousands of Kenyan families are settling in Uganda each year.", "settling", ""},
		{"The Irish prime minister declined to say whether he backed the plan.", "declined", ""},
		{"Both Russia and America would gain from ending the arms race.", "arms", ""},
		{"The Polish president met the Czech prime minister on Monday.", "met", "CONSULT"},
		{"The Irish government declined to join the Danish boycott.", "declined", "REJECT"},
	})
}

// The noun "threat" is an event only when someone makes, owns or
// withdraws it, or threatens to do something; a danger is none.
func TestThreatAsDanger(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Greek opposition said the new tax was the real threat to farmers.", "threat", ""},
		{"Italian ministers insist the curbs are proportionate to the terror threat.", "threat", ""},
		{"The Dutch minister said Belgium was a serious threat.", "threat", ""},
		{"The Polish union issued a threat to strike against the government.", "threat", "THREATEN"},
		{"Hungary repeated its threat to veto the Austrian plan.", "threat", "THREATEN"},
		{"The Czech premier asked Slovakia to withdraw this threat.", "threat", "THREATEN"},
	})
}

// A host receives a guest as the verb's own object; an actor further on
// sent or made what was received.
func TestReceiveNeedsAGuest(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Thai king received the Polish president on Monday.", "received", "CONSULT"},
		{"The Kenyan president received Ugandan envoys and discussed trade.", "received", "CONSULT"},
		{"The Malian premier received a mission of experts from the African Union.", "received", "CONSULT"},
		{"The Chilean minister received a letter from the Peruvian president.", "received", ""},
		{"The Thai firm received a Thai army contract to build roads.", "received", ""},
		{"Nepal received the bulk of the refugees.", "received", ""},
	})
}

// "fund", "finance" and "provide" are weak: with no one they are done
// for, they pay for a thing ("funded the new stadium"). A promise to
// someone is an event in full and comes first.
func TestWeakPaymentVerbs(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Greek government funded the new stadium.", "funded", ""},
		{"The Greek government will provide better services next year.", "provide", ""},
		{"Japan funded the Philippine army.", "funded", "AID"},
	})
	d := analyse("The United Nations will provide food aid to refugees in Chad.")
	if len(d.Events) == 0 || d.Events[0].Type != "AGREE" {
		t.Errorf("events %+v, want the promise (AGREE) first", d.Events)
	}
}

// What is given to or by a party is how politics is paid for, not aid.
func TestPartyFundingIsNoAid(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"A Polish businessman made a large donation to the ruling party.", "donation", ""},
		{"The Spanish state should fund political parties.", "fund", ""},
		{"The Irish party would fund its plans with a new tax.", "fund", ""},
		{"Norway made a large donation to the Red Cross in Sudan.", "donation", "AID"},
	})
}

// A fight against a thing is a campaign, not combat; against an actor,
// or a war, it is fighting.
func TestFightAgainstAThing(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"Kenyan police will help fight crime and drug smuggling.", "fight", ""},
		{"The Peruvian army will fight global terrorism.", "fight", ""},
		{"Ugandan troops fought the rebels in the north.", "fought", "ASSAULT"},
		{"Ugandan troops fought back.", "fought", "ASSAULT"},
		{"Chadian troops fought a war against Libya.", "fought", "ASSAULT"},
	})
}

// "agree" that shares a view settles nothing; a decision agreed is an
// agreement.
func TestAgreeAsOpinion(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Dutch minister agreed that the plan was a mistake.", "agreed", ""},
		{"The Greek premier said he would agree with him.", "agree", ""},
		{"The Polish opposition and the Polish government agree on one thing.", "agree", ""},
		{"The Czech and Slovak leaders agreed that the border would reopen.", "agreed", "AGREE"},
		{"Hungary agreed with Austria on a new border crossing.", "agreed", "AGREE"},
	})
}

// "offer" alone is weak: made to no one it is a pitch or a sale ("offered
// a clear choice", "will offer bonds"); made to someone, or an offer to
// act, it is an agreement offered.
func TestOfferNeedsSomeoneOffered(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Irish opposition offered a clear choice on taxes.", "offered", ""},
		{"The Italian treasury will offer new bonds next week.", "offer", ""},
		{"Norway offered Sudan a loan.", "offered", "AGREE"},
		{"Libya offered to hand over the two suspects.", "offered to", "AGREE"},
	})
}

// A trigger noun in a compound that names a kind of thing is no event:
// a support price, a loan rate, consumer demand, an aid worker.
func TestTriggerNounInACompound(t *testing.T) {
	checkTriggers(t, []triggerCase{
		{"The Czech government will raise the milk price support next year.", "support", ""},
		{"The Greek ministry cut the loan rate for farmers.", "loan", ""},
		{"Weak consumer demand hurt Polish exporters.", "demand", ""},
		{"Danish police arrested an aid worker in Kenya.", "aid", ""},
		{"The Kenyan opposition questioned the torture evidence.", "torture", ""},
		{"The Kenyan union repeated its demand for higher pay from the government.", "demand", "REQUEST"},
		{"Japan approved a loan to Kenya.", "loan", "AID"},
	})
}
