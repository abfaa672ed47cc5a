package quote

import (
	"strings"
	"testing"

	"newsgraph/internal/doc"
	"newsgraph/internal/segment"
)

// want is an expected quote: its content fragments, kind, speaker and cue.
type want struct {
	spans   []string
	kind    doc.QuoteKind
	speaker string
	cue     string
}

func attribute(text string) *doc.Doc {
	d := doc.New(text)
	segment.Segment(d)
	Attribute(d)
	return d
}

func describe(d *doc.Doc) string {
	var b strings.Builder
	for _, q := range d.Quotes {
		b.WriteString(string(q.Kind) + " speaker=" + d.Str(q.Speaker) + " cue=" + d.Str(q.Cue))
		for _, s := range q.Spans {
			b.WriteString(" [" + d.Str(s) + "]")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestAttributePatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"speaker after the quote",
			`"The budget is balanced," the mayor said.`,
			[]want{{[]string{"The budget is balanced,"}, doc.Direct, "the mayor", "said"}}},
		{"inverted said X",
			`"We will appeal the ruling," said Maria Lopez, a lawyer for the union.`,
			[]want{{[]string{"We will appeal the ruling,"}, doc.Direct, "Maria Lopez", "said"}}},
		{"inverted speaker followed by a place",
			`"We are ready," said Jane Roe in a statement on Monday.`,
			[]want{{[]string{"We are ready,"}, doc.Direct, "Jane Roe", "said"}}},
		{"description before the name after the quote",
			`“She was a kind teacher,” another friend, Mariam Lee told the paper.`,
			[]want{{[]string{"She was a kind teacher,"}, doc.Direct, "another friend, Mariam Lee", "told"}}},
		{"a date between speaker and cue",
			`"We will appeal the decision," the union on Monday said.`,
			[]want{{[]string{"We will appeal the decision,"}, doc.Direct, "the union", "said"}}},
		{"a name that is also an auxiliary",
			`"The war changed everything," Will wrote.`,
			[]want{{[]string{"The war changed everything,"}, doc.Direct, "Will", "wrote"}}},
		{"a demonstrative in the speaker",
			`"The kids never liked him," this source told the paper.`,
			[]want{{[]string{"The kids never liked him,"}, doc.Direct, "this source", "told"}}},
		{"speaker before with a colon",
			`The minister told reporters: "Nobody will lose their pension."`,
			[]want{{[]string{"Nobody will lose their pension."}, doc.Direct, "The minister", "told"}}},
		{"split quote is one quote",
			`"The plan is dead," he said, "and nobody will revive it."`,
			[]want{{[]string{"The plan is dead,", "and nobody will revive it."}, doc.Direct, "he", "said"}}},
		{"curly opening, straight closing",
			`The governor said that “the roads will be cleared by noon."`,
			[]want{{[]string{"the roads will be cleared by noon."}, doc.Direct, "The governor", "said"}}},
		{"a stray closing mark pairs nothing",
			`Fans waited” for hours. “We love the band,” one fan said.`,
			[]want{{[]string{"We love the band,"}, doc.Direct, "one fan", "said"}}},
		{"typewriter doubles",
			`''Prices will fall,'' said the economist.`,
			[]want{{[]string{"Prices will fall,"}, doc.Direct, "the economist", "said"}}},
		{"indirect speech with that",
			`The senator warned that the bill would raise taxes on farmers.`,
			[]want{{[]string{"that the bill would raise taxes on farmers"}, doc.Indirect, "The senator", "warned"}}},
		{"indirect speech before the attribution",
			`The factory will close next spring, company officials said.`,
			[]want{{[]string{"The factory will close next spring"}, doc.Indirect, "company officials", "said"}}},
		{"according to after the content",
			`The storm killed four people, according to the coast guard.`,
			[]want{{[]string{"The storm killed four people"}, doc.Indirect, "the coast guard", "according to"}}},
		{"according to before the content",
			`According to the police, the driver fled the scene.`,
			[]want{{[]string{"the driver fled the scene"}, doc.Indirect, "the police", "According to"}}},
		{"mixed quote, then a coordinated cue sharing the speaker",
			`She said the proposal was "a gift to polluters" and vowed to fight it.`,
			[]want{{[]string{`the proposal was "a gift to polluters"`}, doc.Mixed, "She", "said"},
				{[]string{"to fight it"}, doc.Indirect, "She", "vowed"}}},
		{"appositive speaker",
			`Tom Reed, the council's spokesman, said the vote was delayed.`,
			[]want{{[]string{"the vote was delayed"}, doc.Indirect, "Tom Reed, the council's spokesman", "said"}}},
		{"participle takes the clause's subject",
			`The mayor ended the meeting early, saying the hall was unsafe.`,
			[]want{{[]string{"the hall was unsafe"}, doc.Indirect, "The mayor", "saying"}}},
		{"long appositive",
			`Jane Roe, a columnist for the Valley Post, wrote that taxes would rise.`,
			[]want{{[]string{"that taxes would rise"}, doc.Indirect, "Jane Roe, a columnist for the Valley Post", "wrote"}}},
		{"coordinated cue takes the clause's subject",
			`The court overruled the ban and said the law was valid.`,
			[]want{{[]string{"the law was valid"}, doc.Indirect, "The court", "said"}}},
		{"appositive with a prepositional phrase",
			`Mr. Roe, of the Valley Bank, said rates would rise.`,
			[]want{{[]string{"rates would rise"}, doc.Indirect, "Mr. Roe, of the Valley Bank", "said"}}},
		{"passive without an agent has no speaker",
			`The bill is widely expected to pass the Senate next week with votes from both parties.`,
			[]want{{[]string{"to pass the Senate next week with votes from both parties"}, doc.Indirect, "", "expected"}}},
		{"name with a party tag",
			`Sen. Mary Doe (D-Ore.) said the vote would wait until June.`,
			[]want{{[]string{"the vote would wait until June"}, doc.Indirect, "Sen. Mary Doe (D-Ore.)", "said"}}},
		{"name with a relative clause",
			`But Crawford, who recalled the long meetings in the tower, said the book was never finished.`,
			[]want{{[]string{"the book was never finished"}, doc.Indirect, "Crawford, who recalled the long meetings in the tower", "said"}}},
		{"a coordinated cue's object is not its speaker",
			`The newspaper did the math, and found that the odds were long.`,
			[]want{{[]string{"that the odds were long"}, doc.Indirect, "The newspaper", "found"}}},
		{"coordinated cue after an opening conjunction",
			`But Obama, making it clear that trade mattered, stood beside the premier and described the government as a partner.`,
			[]want{{[]string{"that trade mattered"}, doc.Indirect, "Obama", "making"},
				{[]string{"the government as a partner"}, doc.Indirect, "Obama", "described"}}},
		{"participle without a comma",
			`The tabloid ran a cover saying the mayor must go.`,
			[]want{{[]string{"the mayor must go"}, doc.Indirect, "The tabloid", "saying"}}},
		{"progressive is no participle",
			`The union is saying the deal is dead.`,
			[]want{{[]string{"the deal is dead"}, doc.Indirect, "The union", "saying"}}},
		{"a quoted title before the speaker is no content",
			`On the broadcast of "Fox News Sunday," the senator said the talks had failed.`,
			[]want{{[]string{"the talks had failed"}, doc.Indirect, "the senator", "said"}}},
		{"inverted speaker with a long description",
			`Federal rules are a burden on schools, said Ann Wilcox, a state senator who founded two companies after serving in the Army.`,
			[]want{{[]string{"Federal rules are a burden on schools"}, doc.Indirect, "Ann Wilcox", "said"}}},
		{"a participle's subject owned by a country",
			`Norway's coast guard detained a trawler on Thursday, saying its crew had ignored catch limits.`,
			[]want{{[]string{"its crew had ignored catch limits"}, doc.Indirect, "Norway's coast guard", "saying"}}},
		{"inverted speaker described twice before the name",
			`A new directive could put coders at risk, warns former programmer and technology analyst Ben Tarrow.`,
			[]want{{[]string{"A new directive could put coders at risk"}, doc.Indirect, "former programmer and technology analyst Ben Tarrow", "warns"}}},
		{"attribution followed by a long adjunct",
			`Outright victory is vital, he said after meeting on Thursday with the state party leaders in Ohio.`,
			[]want{{[]string{"Outright victory is vital"}, doc.Indirect, "he", "said"}}},
		{"two statements joined by but",
			`Bob said the group was involved, but he said he played no role in it.`,
			[]want{{[]string{"the group was involved"}, doc.Indirect, "Bob", "said"},
				{[]string{"he played no role in it"}, doc.Indirect, "he", "said"}}},
		{"participle after a quotation",
			`The senator from Vermont said the system was "corrupt," noting that the banks had grown.`,
			[]want{{[]string{`the system was "corrupt,"`}, doc.Mixed, "The senator from Vermont", "said"},
				{[]string{"that the banks had grown"}, doc.Indirect, "The senator from Vermont", "noting"}}},
		{"parenthetical attribution splits the content",
			`Riding alone at night, they said, can be hazardous for anyone.`,
			[]want{{[]string{"Riding alone at night", "can be hazardous for anyone"}, doc.Indirect, "they", "said"}}},
		{"parenthetical attribution before a prepositional phrase",
			`The outlets stood in the way, he said, by creating a false picture of the science.`,
			[]want{{[]string{"The outlets stood in the way", "by creating a false picture of the science"}, doc.Indirect, "he", "said"}}},
		{"a source close to him",
			`The senator will change his approach, a source close to him said.`,
			[]want{{[]string{"The senator will change his approach"}, doc.Indirect, "a source close to him", "said"}}},
		{"a clause ending in a quotation is mixed",
			`The party "lets us meet our members," said the group's president.`,
			[]want{{[]string{`The party "lets us meet our members,"`}, doc.Mixed, "the group's president", "said"}}},
		{"according to in the middle",
			`Shortly after ten, according to the official timeline, the guards left the compound.`,
			[]want{{[]string{"Shortly after ten", "the guards left the compound"}, doc.Indirect, "the official timeline", "according to"}}},
		{"according to beside a weak cue makes its own quote",
			`Most voters now view the mayor favorably, according to a new poll.`,
			[]want{{[]string{"Most voters now view the mayor favorably"}, doc.Indirect, "a new poll", "according to"}}},
		{"headline",
			`Governor Lee Says Bridge Will Open in May`,
			[]want{{[]string{"Bridge Will Open in May"}, doc.Indirect, "Governor Lee", "Says"}}},
		{"a name before a participle is its subject",
			`Critics piled on, with Trump tweeting that the deal was a disaster.`,
			[]want{{[]string{"that the deal was a disaster"}, doc.Indirect, "Trump", "tweeting"}}},
		{"contracted auxiliary",
			`He's said the plan is sound and will pass.`,
			[]want{{[]string{"the plan is sound and will pass"}, doc.Indirect, "He", "said"}}},
		{"role noun with to",
			`"We have work to do," said an adviser to the governor.`,
			[]want{{[]string{"We have work to do,"}, doc.Direct, "an adviser to the governor", "said"}}},
		{"adverb between speaker and cue",
			`Carter however said the deal was fair to both sides.`,
			[]want{{[]string{"the deal was fair to both sides"}, doc.Indirect, "Carter", "said"}}},
		{"document as source",
			`The report said the agency had ignored repeated warnings.`,
			[]want{{[]string{"the agency had ignored repeated warnings"}, doc.Indirect, "The report", "said"}}},
		{"a name and a colon open a headline",
			"Mayor Ruiz: Bridge Repairs Will Finish by Spring\n\nThe city council met on Monday.",
			[]want{{[]string{"Bridge Repairs Will Finish by Spring"}, doc.Indirect, "Mayor Ruiz", ":"}}},
		{"a section label and a colon are no speaker",
			"UPDATE: The road reopened at noon after the crash.",
			nil},
		{"a time phrase between speaker and cue",
			`Union leader Ada Park on Thursday evening said the strike would go on.`,
			[]want{{[]string{"the strike would go on"}, doc.Indirect, "Union leader Ada Park", "said"}}},
		{"a venue phrase set off by commas",
			`The ministry, in a statement, said the border would stay closed.`,
			[]want{{[]string{"the border would stay closed"}, doc.Indirect, "The ministry", "said"}}},
		{"a time phrase before the speaker",
			`Last week Ortiz said the talks had stalled.`,
			[]want{{[]string{"the talks had stalled"}, doc.Indirect, "Ortiz", "said"}}},
		{"a state after the name, then the quote's speaker",
			`"The vote will be close," Senator Ann Bell, D-Ohio, said Tuesday.`,
			[]want{{[]string{"The vote will be close,"}, doc.Direct, "Senator Ann Bell, D-Ohio", "said"}}},
		{"a perception verb's subject is part of the claim",
			`The new mayor seemed unsure of the budget figures.`,
			[]want{{[]string{"The new mayor seemed unsure of the budget figures"}, doc.Indirect, "", "seemed"}}},
		{"a comma inside a quotation within the subject",
			`Ruiz, who called the plan "a sham," said the council would vote it down.`,
			[]want{{[]string{"the council would vote it down"}, doc.Indirect, `Ruiz, who called the plan "a sham`, "said"}}},
		{"an aside between dashes in the subject",
			`The union's leaders — and several of its members — said the deal was unfair.`,
			[]want{{[]string{"the deal was unfair"}, doc.Indirect, "The union's leaders — and several of its members —", "said"}}},
		{"a participle phrase after the speaker",
			`A source speaking to the Tribune said the plan was dead.`,
			[]want{{[]string{"the plan was dead"}, doc.Indirect, "A source", "said"}}},
		{"a joined clause with its own speaker ends the content",
			`The mayor said the bridge would open in May, though engineers warned that the date could slip.`,
			[]want{
				{[]string{"the bridge would open in May"}, doc.Indirect, "The mayor", "said"},
				{[]string{"that the date could slip"}, doc.Indirect, "engineers", "warned"},
			}},
		{"a fronted participle takes the subject after its clause",
			`After thanking the volunteers, the senator promised a new clinic.`,
			[]want{
				{[]string{"the volunteers"}, doc.Indirect, "the senator", "thanking"},
				{[]string{"a new clinic"}, doc.Indirect, "the senator", "promised"},
			}},
		{"an adverb set off by commas after the auxiliary",
			`A new survey of farmers has, however, revealed that most oppose the tariff.`,
			[]want{{[]string{"that most oppose the tariff"}, doc.Indirect, "A new survey of farmers", "revealed"}}},
		{"a relative clause after a subject that follows that",
			`It was years ago that Ann Bell, who now runs the agency, said the dam was unsafe.`,
			[]want{{[]string{"the dam was unsafe"}, doc.Indirect, "Ann Bell, who now runs the agency", "said"}}},
		{"an inverted speaker after a clause that ends in a comma",
			`The bill would raise fares, but for most riders, the savings would outweigh the cost, said Maria Lopez.`,
			[]want{{[]string{"The bill would raise fares, but for most riders, the savings would outweigh the cost"}, doc.Indirect, "Maria Lopez", "said"}}},
		{"a gerund subject resumes the content after a parenthetical frame",
			`Though the first vote went smoothly, she said, repeating it next year would be far harder.`,
			[]want{{[]string{"Though the first vote went smoothly", "repeating it next year would be far harder"}, doc.Indirect, "she", "said"}}},
		{"the addressee of a verb of telling belongs to the frame",
			`The plan is dead, she told reporters on Monday.`,
			[]want{{[]string{"The plan is dead"}, doc.Indirect, "she", "told"}}},
		{"a parenthetical frame with an addressee",
			`The difference now, he told me, is that he anchors a news program.`,
			[]want{{[]string{"The difference now", "is that he anchors a news program"}, doc.Indirect, "he", "told"}}},
		{"a demonstrative that at the end of the content",
			`Experts said the latest deal could change that.`,
			[]want{{[]string{"the latest deal could change that"}, doc.Indirect, "Experts", "said"}}},
		{"a that inside the content is no complementiser",
			`The mayor said the rise in fares demands that riders get more trains.`,
			[]want{{[]string{"the rise in fares demands that riders get more trains"}, doc.Indirect, "The mayor", "said"}}},
		{"a programme title after a possessive is no statement",
			`In an interview on the network's "Morning Hour," Senator Jane Roe said the strike must end.`,
			[]want{{[]string{"the strike must end"}, doc.Indirect, "Senator Jane Roe", "said"}}},
		{"an attribution with as at the end of the sentence",
			`The report does not say whether the driver had a gun, as police have said.`,
			[]want{{[]string{"The report does not say whether the driver had a gun"}, doc.Indirect, "police", "said"}}},
		{"a phrase fronted inside the that-clause",
			`The doctor said that in 1998, the senator hid the injury from her staff.`,
			[]want{{[]string{"that in 1998, the senator hid the injury from her staff"}, doc.Indirect, "The doctor", "said"}}},
		{"a free relative with what holds its own frame",
			`The builders put up condos and hotels, amounting to what the auditors said was a land grab.`,
			[]want{{[]string{"what the auditors said was a land grab"}, doc.Indirect, "the auditors", "said"}}},
		{"a parenthetical frame interrupting the second of two clauses",
			`The talks had stalled, but the smog had grown so bad, the mayor noted, that the air monitor was the most read page in town.`,
			[]want{{[]string{"the smog had grown so bad", "that the air monitor was the most read page in town"}, doc.Indirect, "the mayor", "noted"}}},
		{"a passive without an agent has no speaker, adverb or not",
			`The senator has been harshly criticized for the vote.`,
			[]want{{[]string{"for the vote"}, doc.Indirect, "", "criticized"}}},
		{"according to before a later frame reports its own clause",
			`According to police, officers saw the man leave the car with a gun, and they ordered him to drop it.`,
			[]want{{[]string{"officers saw the man leave the car with a gun"}, doc.Indirect, "police", "According to"},
				{[]string{"him to drop it"}, doc.Indirect, "they", "ordered"}}},
		{"a day that owns the next noun is no time adjunct",
			`In a statement, the mayor condemned Friday's vote as a disgrace to the city.`,
			[]want{{[]string{"Friday's vote as a disgrace to the city"}, doc.Indirect, "the mayor", "condemned"}}},
		{"a preposition the cue takes opens its content",
			`Like her rivals, the senator believes in the good sense of the voters.`,
			[]want{{[]string{"in the good sense of the voters"}, doc.Indirect, "the senator", "believes"}}},
		{"an indirect question resumes the content after a parenthetical frame",
			`She has drawn up a plan, she said, for how the town can keep its library open.`,
			[]want{{[]string{"She has drawn up a plan", "for how the town can keep its library open"}, doc.Indirect, "she", "said"}}},
		{"a participle after a quote and its frame looks ahead",
			`“We cannot pay for this any more,” Roe said, adding later, “The fund is empty.”`,
			[]want{{[]string{"We cannot pay for this any more,"}, doc.Direct, "Roe", "said"},
				{[]string{"later, “The fund is empty.”"}, doc.Mixed, "Roe", "adding"}}},
		{"as someone put it at the end of the sentence",
			`The main test is a lawful source of income, as a state memo put it.`,
			[]want{{[]string{"The main test is a lawful source of income"}, doc.Indirect, "a state memo", "put"}}},
		{"a named addressee and a time before that",
			`The governor warned Smith on Monday that "the state is watching" as the deadline nears.`,
			[]want{{[]string{"the state is watching"}, doc.Direct, "The governor", "warned"}}},
		{"a title-case headline with a capitalised verb of saying",
			"Union Leaders Say Strike Will Go On\n\nMore follows.",
			[]want{{[]string{"Strike Will Go On"}, doc.Indirect, "Union Leaders", "Say"}}},
		{"a title-case headline with a verb of belief",
			"Doctors Fear New Virus Will Spread Across The Region\n\nMore follows.",
			[]want{{[]string{"New Virus Will Spread Across The Region"}, doc.Indirect, "Doctors", "Fear"}}},
		{"a sentence opening with a poll reports its finding",
			`In a county survey released Monday, most residents backed the new park.`,
			[]want{{[]string{"most residents backed the new park"}, doc.Indirect, "a county survey released Monday", "In"}}},
		{"a short subject before a parenthetical frame is content",
			`The bridge, the mayor said, would open by spring.`,
			[]want{{[]string{"The bridge", "would open by spring"}, doc.Indirect, "the mayor", "said"}}},
		{"the first half of can't is no cue",
			`She can't win the county without the farmers.`,
			nil},
		{"a bare speech tag after a quotation, whatever its verb",
			"\"Why was the clinic closed?\" Ortiz demanded.",
			[]want{{[]string{"Why was the clinic closed?"}, doc.Direct, "Ortiz", "demanded"}}},
		{"a participle phrase of place after the speaker",
			`Residents walking along the river said the water was rising.`,
			[]want{{[]string{"the water was rising"}, doc.Indirect, "Residents", "said"}}},
		{"declining to comment is no statement",
			`The company declined to comment on the lawsuit.`,
			nil},
		{"a passive with an agent is no statement",
			`The rebels, who have been backed by two neighbours, held the town.`,
			nil},
		{"a title in quotes is no statement",
			`She bought "War and Peace" for the train.`,
			nil},
		{"a speaker described by a relative clause without who",
			`All the economists I spoke to said the budget was more credible.`,
			[]want{{[]string{"the budget was more credible"}, doc.Indirect, "All the economists I spoke to", "said"}}},
		{"as reported by a paper, fronted",
			`As reported by the Daily Courier, the mayor will resign next week.`,
			[]want{{[]string{"the mayor will resign next week"}, doc.Indirect, "the Daily Courier", "reported"}}},
		{"as stated in a column, fronted",
			`As first stated in Miller's column, the deal was never signed.`,
			[]want{{[]string{"the deal was never signed"}, doc.Indirect, "Miller's column", "stated"}}},
		{"a subject with a relative clause after ', but'",
			`Some members voiced doubts, but the coalition, which represents two million voters, wants to keep its policy.`,
			[]want{{[]string{"to keep its policy"}, doc.Indirect, "the coalition, which represents two million voters", "wants"}}},
		{"a subject with a relative clause after ', and'",
			`The mayor is popular, and the union, which has 40,000 members, said the strike would end on Friday.`,
			[]want{{[]string{"the strike would end on Friday"}, doc.Indirect, "the union, which has 40,000 members", "said"}}},
		{"the object of a relative clause in the subject is not the speaker",
			`One of the doctors who signed the letter called the plan a disgrace.`,
			[]want{{[]string{"the plan a disgrace"}, doc.Indirect, "One of the doctors who signed the letter", "called"}}},
		{"a hedged speech act keeps its speaker",
			`At the rally he appeared to suggest that the vote was rigged.`,
			[]want{{[]string{"to suggest that the vote was rigged"}, doc.Indirect, "he", "appeared"}}},
		{"an aside with ', and who' inside a speaker's description",
			`Jane Roe, a lawyer who represents the family, and who lives in Ohio, said the deal was unfair.`,
			[]want{{[]string{"the deal was unfair"}, doc.Indirect, "Jane Roe, a lawyer who represents the family, and who lives in Ohio", "said"}}},
		{"a that-clause after a verb is no relative clause",
			`The report found that across the country many teachers say pay is too low.`,
			[]want{{[]string{"that across the country many teachers say pay is too low"}, doc.Indirect, "The report", "found"}}},
		{"'as announced in March' names no source",
			`As announced in March, the plant will close next year.`,
			[]want{{[]string{"in March, the plant will close next year"}, doc.Indirect, "", "announced"}}},
		{"a dateline only opens the first paragraphs, and never cuts content",
			"The meeting ended late.\n\nNo agreement was reached.\n\nUS - China talks will resume, officials said.",
			[]want{{[]string{"US - China talks will resume"}, doc.Indirect, "officials", "said"}}},
		{"a wire dateline is no part of the subject",
			`BRUSSELS - European leaders agreed on Friday that the fund would grow.`,
			[]want{{[]string{"that the fund would grow"}, doc.Indirect, "European leaders", "agreed"}}},
		{"a fronted participle clause that ends inside a quotation",
			`After saying her knee was "too sore to walk," she was taken to a hospital.`,
			[]want{{[]string{`her knee was "too sore to walk,`}, doc.Mixed, "she", "saying"}}},
		{"an inverted speaker then 'and added that': two statements of one speaker",
			`The library will stay open on Sundays, said the mayor and added that the pool would close.`,
			[]want{{[]string{"The library will stay open on Sundays"}, doc.Indirect, "the mayor", "said"},
				{[]string{"that the pool would close"}, doc.Indirect, "the mayor", "added"}}},
		{"a speaker before 'said and added that': the first statement is before the frame",
			`The bridge will need repairs, the engineer said and later added that the work would take a year.`,
			[]want{{[]string{"The bridge will need repairs"}, doc.Indirect, "the engineer", "said"},
				{[]string{"that the work would take a year"}, doc.Indirect, "the engineer", "added"}}},
		{"an inverted name after a phrase that runs up to the comma is the speaker",
			`Tom Reed, 93, of Elm Falls, served in the navy for twenty years, said Governor Ann Bell.`,
			[]want{{[]string{"Tom Reed, 93, of Elm Falls, served in the navy for twenty years"}, doc.Indirect, "Governor Ann Bell", "said"}}},
		{"an inverted name after a relative clause and a verb is the speaker",
			`The bank, which holds most of the loans, stands to lose millions, said Ravi Menon, an analyst at the fund.`,
			[]want{{[]string{"The bank, which holds most of the loans, stands to lose millions"}, doc.Indirect, "Ravi Menon", "said"}}},
		{"names after the cue that a clause follows are the content's subject, not an inverted speaker",
			`Jane Roe, the foreign minister, said Britain, France and Germany had agreed to the plan.`,
			[]want{{[]string{"Britain, France and Germany had agreed to the plan"}, doc.Indirect, "Jane Roe, the foreign minister", "said"}}},
		{"a cue set off by commas inside the content: the name after it is the speaker",
			`The tone of the campaign, said Mr Milburn, would be more conversational.`,
			[]want{{[]string{"The tone of the campaign"}, doc.Indirect, "Mr Milburn", "said"}}},
		{"titles joined by 'and' after an inverted name are its appositive, not a list",
			`Tom Reed, who died in May, was a nurse at the clinic, said Dr. Ann Bell, President and CEO of the clinic.`,
			[]want{{[]string{"Tom Reed, who died in May, was a nurse at the clinic"}, doc.Indirect, "Dr. Ann Bell", "said"}}},
		{"a list of names that ends the sentence after the cue is the speakers",
			`Tom Reed, 93, of Elm Falls, served in the navy for twenty years, said Ann Bell, Jo Lee and Ed Stone.`,
			[]want{{[]string{"Tom Reed, 93, of Elm Falls, served in the navy for twenty years"}, doc.Indirect, "Ann Bell", "said"}}},
		{"a name after the cue with a relative clause and then a verb is the content's subject",
			`Jane Roe, the foreign minister, said Britain, which holds the presidency, would veto the plan.`,
			[]want{{[]string{"Britain, which holds the presidency, would veto the plan"}, doc.Indirect, "Jane Roe, the foreign minister", "said"}}},
		{"an inverted name with a relative clause of its own is the speaker",
			`The bank stands to lose millions, said Ravi Menon, who has led the fund since 2010.`,
			[]want{{[]string{"The bank stands to lose millions"}, doc.Indirect, "Ravi Menon", "said"}}},
		{"a gerund after the cue opens the content, not an inverted speaker",
			`Ana Ruiz, a union leader, said allowing FDI in ports is a mistake.`,
			[]want{{[]string{"allowing FDI in ports is a mistake"}, doc.Indirect, "Ana Ruiz, a union leader", "said"}}},
		{"an imperative to the reader is no attribution",
			`Ask your bank whether the fee can be waived. Don't worry that the rate will rise. Thank you for reading!`,
			nil},
		{"a day after the cue is no inverted speaker",
			`"We are ready," Jane Roe, the mayor, said Tuesday.`,
			[]want{{[]string{"We are ready,"}, doc.Direct, "Jane Roe, the mayor", "said"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := attribute(tc.text)
			if len(d.Quotes) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(d.Quotes), len(tc.want), describe(d))
			}
			for i, w := range tc.want {
				q := d.Quotes[i]
				var spans []string
				for _, s := range q.Spans {
					spans = append(spans, d.Str(s))
				}
				if strings.Join(spans, "|") != strings.Join(w.spans, "|") || q.Kind != w.kind ||
					d.Str(q.Speaker) != w.speaker || d.Str(q.Cue) != w.cue {
					t.Errorf("got:\n%swant %s speaker=%s cue=%s %q", describe(d), w.kind, w.speaker, w.cue, w.spans)
				}
			}
		})
	}
}

func TestSignatureLine(t *testing.T) {
	d := attribute("\"We will keep the clinics open in every county of the state.\"\n\n— Governor Ann Bell, on Twitter.")
	if len(d.Quotes) != 1 || d.Str(d.Quotes[0].Speaker) != "Governor Ann Bell" || d.Quotes[0].Kind != doc.Direct {
		t.Errorf("got:\n%s", describe(d))
	}
}

func TestSignatureInTheSameParagraph(t *testing.T) {
	d := attribute("One more letter came in.\n\n\"The candidates ignored the farmers of this valley.\" — Tom Reyes\n\nMore letters follow.")
	if len(d.Quotes) != 1 || d.Str(d.Quotes[0].Speaker) != "Tom Reyes" || d.Str(d.Quotes[0].Cue) != "—" {
		t.Errorf("got:\n%s", describe(d))
	}
}

func TestColonBeforeAQuotedParagraph(t *testing.T) {
	d := attribute("The governor released the following statement:\n\n\"We mourn a great public servant and a friend.\"")
	if len(d.Quotes) != 1 || d.Str(d.Quotes[0].Speaker) != "The governor" || d.Quotes[0].Kind != doc.Direct ||
		d.Str(d.Quotes[0].Spans[0]) != "We mourn a great public servant and a friend." {
		t.Errorf("got:\n%s", describe(d))
	}
}

func TestQuotationOverParagraphs(t *testing.T) {
	text := "The chairman said: \"We have cut costs in every department.\n\n" +
		"\"We expect the next quarter to be our best in a decade.\"\n\n" +
		"\"Our workers have earned a share of that success, and they will get it.\""
	d := attribute(text)
	if len(d.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2:\n%s", len(d.Quotes), describe(d))
	}
	first := d.Quotes[0]
	if len(first.Spans) != 2 || !strings.HasPrefix(d.Str(first.Spans[1]), "We expect") {
		t.Errorf("the open quotation should run into the next paragraph:\n%s", describe(d))
	}
	// The third paragraph has no attribution: it continues the chairman.
	if got := d.Str(d.Quotes[1].Speaker); got != "The chairman" || d.Quotes[1].Kind != doc.Direct {
		t.Errorf("continued quote speaker %q kind %s", got, d.Quotes[1].Kind)
	}
}

func TestTranscriptTurns(t *testing.T) {
	text := "The interview went as follows:\n\n\"HOST: Will the mayor run again next year?\n\n" +
		"\"RUIZ: I have not decided yet. My family comes first.\n\n\"And the city is in good hands.\n\n" +
		"\"HOST: Thank you for joining us today.\""
	d := attribute(text)
	want := []struct{ speaker, first string }{
		{"HOST", "Will the mayor run again next year?"},
		{"RUIZ", "I have not decided yet. My family comes first."},
		{"HOST", "Thank you for joining us today."},
	}
	if len(d.Quotes) != len(want) {
		t.Fatalf("got %d quotes, want %d:\n%s", len(d.Quotes), len(want), describe(d))
	}
	for i, w := range want {
		q := d.Quotes[i]
		if d.Str(q.Speaker) != w.speaker || d.Str(q.Spans[0]) != w.first || q.Kind != doc.Direct {
			t.Errorf("turn %d: got:\n%s", i, describe(d))
		}
	}
	// Ruiz's turn runs on into the next quoted paragraph.
	if len(d.Quotes[1].Spans) != 2 {
		t.Errorf("Ruiz's turn should take the paragraph after it:\n%s", describe(d))
	}
}

func TestOpenQuotationDoesNotRunIntoAnotherShape(t *testing.T) {
	// A straight mark left open at a paragraph's end does not continue
	// into a paragraph that opens with a curly one.
	text := "The profile reads:\n\n\"She had never voted before that spring and did not expect to again.\n\n" +
		"“It never crossed my mind to stay home,” she said later that year."
	d := attribute(text)
	var found bool
	for _, q := range d.Quotes {
		if d.Str(q.Spans[0]) == "It never crossed my mind to stay home," && d.Str(q.Speaker) == "she" && len(q.Spans) == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("the curly quotation should be its own quote by she:\n%s", describe(d))
	}
}

func TestInlineSignatures(t *testing.T) {
	d := attribute("Readers wrote in.\n\n“The debate showed me nothing new about either of them.” ― Ana Ruiz\n" +
		"“He is not fit to lead this country at all.”― Tom Reyes, Denver\n“I am tired of the insults from both sides now.” ― Mia Chen.\n\nMore letters follow.")
	want := []string{"Ana Ruiz", "Tom Reyes", "Mia Chen"}
	if len(d.Quotes) != len(want) {
		t.Fatalf("got:\n%s", describe(d))
	}
	for i, w := range want {
		if q := d.Quotes[i]; d.Str(q.Speaker) != w || q.Kind != doc.Direct || d.Str(q.Cue) != "―" {
			t.Errorf("quote %d: got:\n%s", i, describe(d))
		}
	}
}

func TestBlockQuotationAfterAColon(t *testing.T) {
	d := attribute("The host added:\n\nAnd from a supposed favourite, this smells of the greatest fear I have seen.\n\nThe show ended.")
	if len(d.Quotes) != 1 || d.Str(d.Quotes[0].Speaker) != "The host" ||
		d.Str(d.Quotes[0].Spans[0]) != "And from a supposed favourite, this smells of the greatest fear I have seen." {
		t.Errorf("got:\n%s", describe(d))
	}
}

// A sure statement reported inside another's content, with a short content
// of its own, is an attribution of its own.
func TestNestedStatement(t *testing.T) {
	d := attribute("The report says that the minister, speaking after a long and difficult meeting with the unions, said the bridge would close.")
	want := [][2]string{
		{"says", "that the minister, speaking after a long and difficult meeting with the unions, said the bridge would close"},
		{"said", "the bridge would close"},
	}
	if len(d.Quotes) != len(want) {
		t.Fatalf("got:\n%s", describe(d))
	}
	for i, w := range want {
		if q := d.Quotes[i]; d.Str(q.Cue) != w[0] || len(q.Spans) != 1 || d.Str(q.Spans[0]) != w[1] {
			t.Errorf("quote %d: got:\n%s", i, describe(d))
		}
	}
}
