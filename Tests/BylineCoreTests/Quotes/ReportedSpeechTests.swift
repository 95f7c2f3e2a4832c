import Testing

@testable import BylineCore

/// One test per reported-speech frame added for attributions missed on PolNeAR train-look:
/// the reported clause, its kind and its source, in sentences of their own.
@Suite struct ReportedSpeechTests {
    typealias Found = FoundQuote

    func found(_ sentence: String) -> [Found] {
        FoundQuote.all(afterIntroducing: sentence)
    }

    @Test func accordingToMakesASourceOfAnyNounPhrase() {
        #expect(
            found("Trump received 37 percent and Clinton had 36 percent, according to a CNN tally.") == [
                Found(
                    kind: .indirect, speaker: "a CNN tally",
                    text: "Trump received 37 percent and Clinton had 36 percent")
            ])
        #expect(
            found("In addition, according to the department, nine million more workers will be protected.").map(
                \.text)
                == ["nine million more workers will be protected"])
    }

    /// After "according to", a description with the complement that says whose it is shows
    /// whole, a name in it included ("Judicial Watch"), a time after it not.
    @Test func accordingToADescriptionKeepsItsComplement() {
        #expect(
            found("According to a press release from Judicial Watch, the judge ruled over objections.").map(
                \.speaker) == ["a press release from Judicial Watch"])
        #expect(
            found("The program grew, according to a report in the Des Moines Register Monday.").map(\.speaker) == [
                "a report in the Des Moines Register"
            ])
    }

    /// An adjunct alone after the cue reports nothing; before a clause or a quotation it
    /// does not stop the report.
    @Test func anAdjunctAloneAfterTheCueIsNoReport() {
        #expect(found("Sanders said in a statement.").isEmpty)
        #expect(found("Clinton said on Twitter.").isEmpty)
        #expect(found("Sanders said in an interview that he would win.").map(\.text) == ["he would win"])
    }

    /// Nor is a time and an adjunct whose title is in quotation marks a reported clause,
    /// after the cue or before it; the quotation after "he said," is a direct quote alone.
    @Test func anAdjunctWithATitleIsNoReportEither() {
        #expect(found("Sanders said Wednesday morning on MSNBC's \"Morning Joe.\"").isEmpty)
        #expect(
            found("On ABC's \"Good Morning America\" Tuesday, Sanders said, \"I never said I would pay.\"") == [
                Found(kind: .direct, speaker: "Bernie Sanders", text: "I never said I would pay.")
            ])
    }

    /// The rest of a quotation whose opening mark is in another paragraph: its closing mark
    /// is no part of the source.
    @Test func aSourceStartsAtAWordNotAStrayQuotationMark() {
        #expect(
            found("year, in May,\" the mayor of the city said on Tuesday.") == [
                Found(kind: .indirect, speaker: "the mayor of the city", text: "year, in May")
            ])
    }

    @Test func aParticipleAfterACommaReportsTheSubject() {
        #expect(
            found("Hillary Clinton took a swipe at her rival, saying that his comments do more harm than good.") == [
                Found(kind: .indirect, speaker: "Hillary Clinton", text: "his comments do more harm than good")
            ])
    }

    /// A view opening the sentence is its possessor's, as "according to" makes a source; a
    /// view no one holds ("In the long view") is none.
    @Test func aViewOpeningTheSentenceIsItsPossessors() {
        #expect(
            found("In her view, the plan will fail by the spring.") == [
                Found(kind: .indirect, speaker: "Hillary Clinton", text: "the plan will fail by the spring")
            ])
        #expect(
            found("In Sanders' view, the plan will fail.").map(\.speaker) == ["Bernie Sanders"])
        #expect(found("In the long view, the plan will fail.").isEmpty)
    }

    /// Only a finite verb after a comma inverts its source ("…, said Sanders"); after a
    /// participle stands its object, and the sentence's subject is the source.
    @Test func aParticipleAfterACommaHasNoInvertedSource() {
        #expect(
            found("Bernie Sanders spoke first, criticizing Hillary Clinton.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "Hillary Clinton")
            ])
        #expect(
            found("The plan will fail, said Hillary Clinton.") == [
                Found(kind: .indirect, speaker: "Hillary Clinton", text: "The plan will fail")
            ])
    }

    @Test func aSourcesHeadComesBeforeItsModifier() {
        #expect(
            found("But sources close to her campaign say she stands fully behind the president.").map(\.text) == [
                "she stands fully behind the president"
            ])
    }

    @Test func theAbsoluteWithConstruction() {
        #expect(
            found("Voters are split, with 50 percent saying she is ready for the job.").map(\.text)
                == ["she is ready for the job"])
    }

    @Test func aPersonOrAgencyThatFoundThat() {
        #expect(
            found("After an investigation, the Department of Justice found that the police were fleecing residents.")
                .map(\.text) == ["the police were fleecing residents"])
        #expect(found("The rally found the candidate in good spirits on a warm afternoon.").isEmpty)
    }

    @Test func aVerbOfNamingGivesItsSubjectTheWords() {
        #expect(
            found("In April, Bernie Sanders called the proposal \"an absolute disgrace\" and left.") == [
                Found(kind: .mixed, speaker: "Bernie Sanders", text: "the proposal \"an absolute disgrace")
            ])
        #expect(found("She joined a group called \"We The People Foundation\" in May.").isEmpty)
        // After "with", a participle has its own subject, not the sentence's.
        #expect(
            found(
                "Teachers unions were early allies, with the American Federation of Teachers calling her \"a champion\" early."
            )
                == [Found(kind: .mixed, speaker: "American Federation of Teachers", text: "her \"a champion")])
    }

    @Test func aTimeOrAHedgeAroundTheSourceIsPassedOver() {
        #expect(
            found("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.").map(\.speaker)
                == ["Sean Spicer"])
        #expect(
            found("About 9 percent said they had no preference at all.").map(\.text) == [
                "they had no preference at all"
            ])
        // A capitalised word that can be a name is the name's, not a time ("early").
        #expect(
            found("Trump's Indiana chairman, Rex Early, said he had not explored the process.").map(\.speaker) == [
                "Rex Early"
            ])
    }

    /// A dateline set off by a horizontal bar ("PHILADELPHIA ― …") ends before the source.
    @Test func aHorizontalBarOpensAClause() {
        #expect(
            found("PHILADELPHIA ― Hillary Clinton's campaign said it is looking for a replacement.").map(\.speaker)
                == ["Hillary Clinton's campaign"])
    }

    @Test func aParenthesisedNameAndAnAppositiveWithNounsInIt() {
        #expect(
            found("Sen. Bernie Sanders (I-Vt.) said he will make his medical records public.").map(\.speaker) == [
                "Bernie Sanders"
            ])
        #expect(
            found("Sanders, a senator from the state of Vermont, said economic stagnation is the source.").map(
                \.speaker)
                == ["Bernie Sanders"])
    }

    @Test func aFragmentsSentenceReportsIndirectSpeechWhenItsClauseIsElsewhere() {
        #expect(
            found(
                "Clinton celebrated “another super Tuesday for our campaign” and said it was another step closer to "
                    + "winning the White House."
            ) == [
                Found(
                    kind: .indirect, speaker: "Hillary Clinton",
                    text: "it was another step closer to winning the White House")
            ])
    }

    /// A verb of telling in the passive makes its subject the one told: "Clinton was told
    /// that …" reports someone else's words (unknown here), and "Clinton was asked about it"
    /// reports none. Both were Clinton's quotes.
    @Test func theSubjectOfAPassiveVerbOfTellingIsNotTheSpeaker() {
        #expect(
            found("Clinton was told by aides that the plan would fail in the Senate.") == [
                Found(kind: .indirect, speaker: nil, text: "the plan would fail in the Senate")
            ])
        #expect(found("Clinton was asked about the plan on Monday and repeatedly urged to drop it.") == [])
        // Any cue in the passive before a clause: who said it is not known.
        #expect(
            found("It was reported on Monday that the company would close its plant in Ohio.") == [
                Found(kind: .indirect, speaker: nil, text: "the company would close its plant in Ohio")
            ])
    }

    /// What a verb of naming names with a fragment is the subject's words, whether the
    /// verb is "called" or "described … as", and even when the sentence goes on to report
    /// speech; and a verb of naming never closes a sentence as "…, Trump said" does.
    @Test func aVerbOfNamingGivesItsSubjectTheFragment() {
        #expect(
            found(
                "In April, Sanders called the plans to open a plant in Mexico “an absolute disgrace,” and threatened to tax the cars."
            ) == [
                Found(
                    kind: .mixed, speaker: "Bernie Sanders",
                    text: "the plans to open a plant in Mexico “an absolute disgrace,"),
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "to tax the cars"),
            ])
        #expect(
            found("Speaking at a rally on Wednesday, Sanders called Clinton, his rival, a “phony.”") == [
                Found(kind: .mixed, speaker: "Bernie Sanders", text: "Clinton, his rival, a “phony.")
            ])
        #expect(
            found("Sanders described the field of candidates as “all very good”.") == [
                Found(kind: .mixed, speaker: "Bernie Sanders", text: "the field of candidates as “all very good”")
            ])
    }

    /// A dash, typed as two hyphens or one mark, opens a clause whose subject may be a
    /// source, and closes a reported question, as a comma does.
    @Test func aDashOpensAClauseAndClosesAQuestion() {
        for dash in ["--", "—"] {
            #expect(
                found("The race tightened \(dash) Bernie Sanders argued he is the stronger candidate.")
                    .map(\.speaker) == ["Bernie Sanders"], "\(dash)")
            #expect(
                found("Bernie Sanders asked whether the polls were wrong \(dash) a question nobody answered.")
                    .map(\.text) == ["whether the polls were wrong"], "\(dash)")
        }
    }

    /// A participle of speech shares the sentence's subject, a description with a possessive
    /// determiner too.
    @Test func aPossessiveDescriptionSpeaksThroughAParticiple() {
        #expect(
            found("His chief aide doubled down on the attacks, saying she's experienced on paper but not in the job.")
                == [
                    Found(
                        kind: .indirect, speaker: "His chief aide",
                        text: "she's experienced on paper but not in the job")
                ])
    }

    /// A relative clause after a preposition is whole and may report speech; after a bare
    /// relative pronoun what is said has a gap, and is read from the cue (as PolNeAR marks it,
    /// "that / is the future …").
    @Test func aRelativeClauseAfterAPrepositionReportsSpeech() {
        #expect(
            found("She will face an electorate in which 67 percent of voters say she is not honest.") == [
                Found(kind: .indirect, speaker: "67 percent of voters", text: "she is not honest")
            ])
        #expect(
            found("She has the kind of job that many economists say is the future of the country.") == [
                Found(kind: .indirect, speaker: "many economists", text: "is the future of the country")
            ])
    }

    /// A poll after an opening "in" reports the clause after its comma; a reporting verb in
    /// the sentence outranks it, and "in the polls" closing a sentence is where someone stands.
    @Test func aPollOpeningTheSentenceReportsTheClause() {
        #expect(
            found("In an NBC News poll released Monday, 50 percent of respondents chose Clinton.") == [
                Found(
                    kind: .indirect, speaker: "an NBC News poll",
                    text: "50 percent of respondents chose Clinton")
            ])
        #expect(
            found("Ben Carson says he is under attack because of his rise in the polls.").map(\.speaker) == [
                "Ben Carson"
            ])
        #expect(found("Donald Trump has a slight lead over his rivals in the polls.") == [])
    }

    /// A document or poll reports through an evidence verb past the words that date it.
    @Test func aDocumentDatedBeforeItsVerbIsTheSource() {
        #expect(
            found("The report published Tuesday showed that more than half of the meetings were with donors.") == [
                Found(kind: .indirect, speaker: "The report", text: "more than half of the meetings were with donors")
            ])
        // Documents speak through any verb of speech, dated or placed by an irregular participle too.
        #expect(
            found("A news report published Wednesday said Ash Carter used a personal email account.") == [
                Found(kind: .indirect, speaker: "A news report", text: "Ash Carter used a personal email account")
            ])
        #expect(
            found("A copy of the inspector general's memo seen by Reuters said investigators were unable to tell.")
                .map(\.text) == ["investigators were unable to tell"])
    }

    /// Ranks, roles and relations speak as descriptions ("the admiral said", "forecasters say").
    @Test func rolesAndRanksAreSpeakers() {
        #expect(found("The derogatory comments had two goals, the admiral said.").map(\.speaker) == ["the admiral"])
        #expect(
            found("If it does not slow down, forecasters say health spending will cripple the economy.").map(\.speaker)
                == ["forecasters"])
        // "member" before a name is a role, as "singer" is: the name speaks.
        #expect(
            found("Band member Flea shared the news last week, writing \"Feels great to support someone.\"").map(
                \.speaker) == ["Flea"])
    }

    /// A share of those asked speaks as a poll reports it.
    @Test func aShareOfThoseAskedSpeaks() {
        #expect(
            found("About four in 10 said they were angry with the way the government is operating.") == [
                Found(
                    kind: .indirect, speaker: "four in 10",
                    text: "they were angry with the way the government is operating")
            ])
    }

    /// An attribution set off by commas inside the clause splits it into two pieces; after
    /// "said X," an appositive follows, and an adjunct or a participle belongs to the
    /// attribution.
    @Test func anAttributionSetOffInsideTheClause() {
        #expect(
            found("To get their votes, participants said, the Democrats must shut down deportation centers.") == [
                Found(
                    kind: .indirect, speaker: "participants",
                    text: "To get their votes | the Democrats must shut down deportation centers")
            ])
        #expect(
            found("The plan will fail, said Rita Katz, the director of the SITE Intelligence Group.").map(\.text)
                == ["The plan will fail"])
        #expect(
            found("The plan will fail, Sanders said, in a statement released by his campaign office.").map(\.text)
                == ["The plan will fail"])
    }

    /// An intention reports an attitude through its infinitive, whoever holds it; the passive
    /// holds none, and another attribution following it in the sentence takes the sentence.
    @Test func anIntentionReportsItsInfinitive() {
        #expect(
            found("Both candidates sought to appeal to younger voters on Tuesday.") == [
                Found(kind: .indirect, speaker: "Both candidates", text: "to appeal to younger voters on Tuesday")
            ])
        #expect(
            found("Cook declined to say whether it was a violation of Pentagon email policies.") == [
                Found(
                    kind: .indirect, speaker: "Cook",
                    text: "to say whether it was a violation of Pentagon email policies")
            ])
        #expect(
            found("The bank plans to raise rates more slowly than it has in the past.") == [
                Found(kind: .indirect, speaker: "The bank", text: "to raise rates more slowly than it has in the past")
            ])
        // In the passive the subject holds no intention: "is expected to" names no one.
        #expect(found("The bill is expected to pass the Senate next week.").map(\.speaker) == [nil])
        #expect(
            found("When the court refused to reinstate the law, Gov. Pat McCrory blamed its liberal justices.").map(
                \.speaker) != ["the court"])
    }

    /// "X, who …, said he …": a pronoun or name after the cue that goes on into a clause is
    /// that clause's subject, not an inverted source closing the sentence.
    @Test func aSourceAfterTheCueClosesTheSentenceOrItIsTheClausesSubject() {
        #expect(
            found("Sanders, who has already sent fundraising pleas on his behalf, said he also may campaign for him.")
                == [Found(kind: .indirect, speaker: "Bernie Sanders", text: "he also may campaign for him")])
        #expect(
            found("Ada Fisher, one of a handful of black members, said Trump will exceed expectations, too.") == [
                Found(kind: .indirect, speaker: "Ada Fisher", text: "Trump will exceed expectations, too")
            ])
        #expect(
            found("The plan will fail, said Sanders in a statement.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "The plan will fail")
            ])
    }

    /// A verb of stance attributes its object, to the end of its clause; a preposition after
    /// the verb means no object, and the passive has no source.
    @Test func aStanceAttributesItsObject() {
        #expect(
            found("Ryan endorsed Trump in early June, but only after publicly deliberating over it.") == [
                Found(kind: .indirect, speaker: "Ryan", text: "Trump in early June")
            ])
        #expect(
            found("In an interview, Mr. Hoenlein described the leaders' meeting with the president.") == [
                Found(kind: .indirect, speaker: "Hoenlein", text: "the leaders' meeting with the president")
            ])
        // A pronoun is an object as any noun phrase is.
        #expect(
            found("President Barack Obama endorsed her, and they appeared together the same day.") == [
                Found(kind: .indirect, speaker: "Barack Obama", text: "her")
            ])
        // Verbs of expressing, discussing and denouncing, attributed half the time or more.
        #expect(
            found("Later on the show, Senator Bernie Sanders questioned Mr. Trump's veracity.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "Mr. Trump's veracity")
            ])
        #expect(
            found("Clinton denounced the proposal as divisive and wrong for the country.").map(\.text) == [
                "the proposal as divisive and wrong for the country"
            ])
        #expect(
            found("Cruz attacked the front-runner's record on immigration.").map(\.text) == [
                "the front-runner's record on immigration"
            ])
        #expect(found("The attacks on the front-runner's record went on for weeks.").isEmpty)
        #expect(found("The blame for the delay of the vote fell on the weather.").isEmpty)
        #expect(found("The meeting was described by aides as tense.").isEmpty)
    }

    /// "…, X announced his resignation" has an object after the cue, "…, people say it …" a
    /// clause: no attribution closing the sentence, so the words before the comma are not
    /// what X said.
    @Test func anObjectAfterTheCueKeepsTheWordsBeforeTheCommaOut() {
        #expect(
            found("Shortly after the sentence, Eric Holder announced his resignation.") == [
                Found(kind: .indirect, speaker: "Eric Holder", text: "his resignation")
            ])
        #expect(
            found(
                "Still, while the industry cannot block it all, people who battled other threats say it could do more.")
                == [
                    Found(
                        kind: .indirect, speaker: "people who battled other threats", text: "it could do more")
                ])
        #expect(
            found("At the debate on Wednesday, Bernie Sanders said Patricia Smith is absolutely wrong.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "Patricia Smith is absolutely wrong")
            ])
        #expect(
            !found("As Europe faces pressure from the east, Sanders pledged to raise spending.").contains {
                $0.text.hasPrefix("As Europe")
            })
        #expect(
            found("The plan will fail, Sanders told the Times.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "The plan will fail")
            ])
        // A bare noun after the cue is its object too: the announcement is the plans.
        #expect(
            found("The next month, a former committee staffer announced plans to sue the panel.").map(\.text) == [
                "plans to sue the panel"
            ])
    }

    /// "called for" and "called on" take their object after the particle; "is expected to"
    /// attributes an expectation to no one.
    @Test func aParticleStanceAndAnExpectationWithoutSource() {
        #expect(
            found("Trump called for a ban on foreign lobbying, saying it corrupts.").first
                == Found(kind: .indirect, speaker: "Trump", text: "a ban on foreign lobbying"))
        #expect(
            found("On Saturday, Sen. Bernie Sanders called on Governor Snyder to resign over the crisis.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "Governor Snyder to resign over the crisis")
            ])
        #expect(
            found("The central bank is expected to act at its final meeting of the year.") == [
                Found(kind: .indirect, speaker: nil, text: "to act at its final meeting of the year")
            ])
    }

    /// People hold beliefs, named or not; a thing does not.
    @Test func aBeliefIsHeldByPeople() {
        #expect(
            found("U.S. intelligence officials believe Beijing has decreased its hacking activity.") == [
                Found(
                    kind: .indirect, speaker: "U.S. intelligence officials",
                    text: "Beijing has decreased its hacking activity")
            ])
        #expect(found("The new rules believe nobody will object to them this year.").isEmpty)
    }

    /// A cue in a relative clause speaks for the name before it, to the comma that closes it.
    @Test func aRelativeClauseReportsForItsAntecedent() {
        #expect(
            found("Sanders, who says the allies should send ground troops, tweeted about the plan.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "the allies should send ground troops")
            ])
        // A stance too, after an auxiliary, and for an antecedent that is an object.
        #expect(
            found("Voters in Ohio re-elected Sen. Rob Portman, who has endorsed gay marriage, last year.") == [
                Found(kind: .indirect, speaker: "Rob Portman", text: "gay marriage")
            ])
    }

    /// A form as often a noun as a verb ("notes", "states") is a cue before "that".
    @Test func anAmbiguousFormBeforeThatIsACue() {
        #expect(
            found("Sanders notes that the right to free speech comes with limits.") == [
                Found(kind: .indirect, speaker: "Bernie Sanders", text: "the right to free speech comes with limits")
            ])
        #expect(found("The notes that the aides kept were lost in the move.").isEmpty)
    }

    /// How things seem is an impression attributed to no one: the subject and what it seems,
    /// or after "it", the clause; "appear" only before an infinitive or a clause.
    @Test func anImpressionHasNoSource() {
        #expect(
            found("Trump's supporters seemed equally unperturbed by the news.") == [
                Found(kind: .indirect, speaker: nil, text: "Trump's supporters seemed equally unperturbed by the news")
            ])
        #expect(
            found("Indeed, a broader swath of voters appears to be moving behind Trump.").map(\.text) == [
                "a broader swath of voters appears to be moving behind Trump"
            ])
        #expect(
            found("It appears, though, that the championship game was not boring to everyone.").map(\.text) == [
                "the championship game was not boring to everyone"
            ])
        #expect(found("The two candidates appeared together on the campaign trail in Ohio.").isEmpty)
    }

    /// A short prepositional phrase set off by commas stands between a source and its cue
    /// ("for one", "for instance"), in the source's modifier too.
    @Test func aPrepositionalPhraseSetOffByCommasIsNoSource() {
        #expect(
            found("The government, for instance, refused to give me the normal credit for pleading guilty.") == [
                Found(
                    kind: .indirect, speaker: "The government",
                    text: "to give me the normal credit for pleading guilty")
            ])
        #expect(
            found("Legislative leaders in the state, for instance, noted that the panel had ruled on it.").map(
                \.speaker) == ["Legislative leaders in the state"])
    }

    /// A share of those asked is no time ("one in five"), an adverb set off by commas stands
    /// between source and cue, and a relative clause may have its gap in what is said.
    @Test func sharesParentheticalAdverbsAndGappedRelatives() {
        #expect(found("One in five say that the plan will not work.").map(\.speaker) == ["One in five"])
        #expect(
            found("Proponents of the bill, however, say it would keep enough safeguards in place.").map(\.text) == [
                "it would keep enough safeguards in place"
            ])
        #expect(
            found(
                "They are focused on the drawdown of troops, which they say left a vacuum for terror to grow, and more."
            )
            .map(\.text) == ["left a vacuum for terror to grow"])
    }

    /// An appositive may follow a description of people as it follows a name; a name in the
    /// appositive is still the speaker.
    @Test func anAppositiveAfterADescriptionOfPeople() {
        #expect(
            found("Even the party's most senior senators, like Rubio and Bush, say the bulk of troops should be Arab.")
                .map(
                    \.text) == ["the bulk of troops should be Arab"])
        #expect(
            found("Among likely primary voters, about two-thirds, 67 percent, say they will vote for Trump.").map(
                \.speaker) == ["67 percent"])
        #expect(
            found("Another pollster, David Woodard, said his survey showed support holding steady.").map(\.speaker)
                == ["David Woodard"])
        // After a short introductory phrase, and with a head of a delegation as a speaker.
        #expect(
            found("And on Tuesday, Kevin Brady, chairman of the committee, said that the tax might be delayed.").map(
                \.speaker) == ["Kevin Brady"])
        #expect(
            found("The deputy head of China's delegation to the forum said the exercises should stop.").map(\.text)
                == ["the exercises should stop"])
    }

    /// A form as often a noun as a verb is a cue after a name or pronoun, its subject, even
    /// past adverbs and auxiliaries; after a determiner it is a noun.
    @Test func anAmbiguousFormAfterItsSubjectIsACue() {
        #expect(
            found("Bivens hopes Clinton and other Democrats do not make the same mistake.") == [
                Found(
                    kind: .indirect, speaker: "Bivens", text: "Clinton and other Democrats do not make the same mistake"
                )
            ])
        #expect(
            found("Mr. Trump has repeatedly questioned the findings of the inquiry.").map(\.text) == [
                "the findings of the inquiry"
            ])
        #expect(found("His hopes of a comeback faded after the primary in Michigan.").isEmpty)
    }

    /// A quotation ending in a comma closes the clause before an attribution as a comma does.
    @Test func aQuotationEndingInACommaClosesTheClause() {
        #expect(
            found("In one email, Sanders described how he had put a note card in a “burn bag,” the Times reported.")
                == [
                    Found(
                        kind: .mixed, speaker: "Times",
                        text: "In one email, Sanders described how he had put a note card in a “burn bag,”")
                ])
    }

    /// People find as documents show: researchers "found that …"; a poll closes a sentence
    /// as a speaker does.
    @Test func researchersFindAndPollsShow() {
        #expect(
            found("The authors found that voters in the hardest-hit districts chose more extreme lawmakers.") == [
                Found(
                    kind: .indirect, speaker: "The authors",
                    text: "voters in the hardest-hit districts chose more extreme lawmakers")
            ])
        #expect(
            found("Senate races in Ohio and Florida are all close, a Quinnipiac University poll shows.") == [
                Found(
                    kind: .indirect, speaker: "a Quinnipiac University poll",
                    text: "Senate races in Ohio and Florida are all close")
            ])
        // The document heads the opening phrase, however long its modifier.
        #expect(
            found("A Fox News poll, conducted jointly with two research firms, shows Sanders with 47 percent.") == [
                Found(kind: .indirect, speaker: "A Fox News poll", text: "Sanders with 47 percent")
            ])
        #expect(
            found("The Media Research Center's Dan Gainor will talk about a TV show showing an abortion.").isEmpty)
    }

    /// A dash opens a clause, so the name after it heads an appositive before the cue; a
    /// cue in -s right after a number is a plural noun, no verb.
    @Test func aDashOpensTheClauseOfAnAppositive() {
        #expect(
            found("It was no accident — Brendan Buck, a spokesman for Ryan, told reporters that Ryan called Priebus.")
                == [
                    Found(kind: .indirect, speaker: "Brendan Buck", text: "Ryan called Priebus")
                ])
        #expect(found("Friday, Texas, leading a coalition of 13 states, asked a judge to block the rules.").isEmpty)
    }
}
