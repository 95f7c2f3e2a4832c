import Testing

@testable import BylineCore

/// One test per attribution frame added for speakers read wrong or not at all on PolNeAR
/// train-look; each is a class of news syntax, checked here on sentences of its own.
@Suite struct AttributionFrameTests {
    func speakers(_ text: String) -> [String?] { FoundQuote.all(in: text).map(\.speaker) }

    @Test func aDescriptionIsNamedByItsAppositive() {
        let text = """
            Donald Trump spoke first.

            "The attacks draw us together," Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.

            "It may have been his first attempt," said his best friend at Lehigh, Bruce Turry, who knew him.
            """
        #expect(speakers(text) == ["Steffen Seibert", "Bruce Turry"])
    }

    /// ", saying" and "and added" take the subject of their own clause: behind a subordinate
    /// clause the quotation had no speaker, and after reported words ("Ryan will meet Trump,
    /// Spicer said, adding") it went to the reported clause's subject.
    @Test func aParticipleTakesItsClausesSubject() {
        let text = """
            Sean Spicer spoke first. Donald Trump spoke last.

            And although he thanked the crowd, he sounded a rare note of doubt, saying, "I'm not sure I deserve it."

            Though the crowd cheered, he praised the city and added that the voters would decide.

            Trump will meet Paul Ryan next week, Spicer said, adding, "They need to sit down and talk."
            """
        #expect(speakers(text) == ["Donald Trump", "Donald Trump", "Sean Spicer"])
    }

    /// A participle straight after its clause ("responded on Facebook writing, "…"") takes
    /// the clause's subject; the word before it ("Facebook") was taken for the source. With
    /// "with" before a name, the name is the participle's own subject ("with Clinton saying").
    @Test func aParticipleWithoutACommaTakesItsClausesSubject() {
        let text = """
            Hillary Clinton and Bernie Sanders met the voters.

            Clinton responded to the question on Facebook writing, "Yes, I will."

            The debate ended with Sanders saying, "We are not done."
            """
        #expect(speakers(text) == ["Hillary Clinton", "Bernie Sanders"])
    }

    /// "said of Sanders" names what the words are about: Sanders was the speaker. And an
    /// introductory phrase before the name ("Recalling that moment, David Axelrod, who …")
    /// kept the appositive from naming it.
    @Test func whatAQuotationIsAboutIsNotItsSpeaker() {
        let text = """
            Bernie Sanders and David Axelrod spoke.

            Recalling that moment, Axelrod, who was chief strategist for Obama's campaigns, said of Sanders: "The question is, will he do the same?"
            """
        #expect(speakers(text) == ["David Axelrod"])
        let words = Document("He said of Sanders that he would win.").tokens[0]
        #expect(SourcePhrase.following(words, cue: 1).isEmpty)
        #expect(SourcePhrase.following(Document("\"No,\" said Sanders.").tokens[0], cue: 4).count == 1)
    }

    /// "Dianne Bystrom agreed." before a quotation introduces it: it went to the speaker of
    /// the quotation before.
    @Test func aShortSentenceEndingInACueIntroducesTheQuotationAfterIt() {
        let text = """
            Craig Robinson and Dianne Bystrom watched the race.

            "It is Trump's to lose," Robinson said.

            Bystrom agreed. "Mainstream Republicans are running out of time."
            """
        #expect(speakers(text) == ["Craig Robinson", "Dianne Bystrom"])
    }

    /// A manner adverb between the name and the cue ("Trump jokingly said") is passed over
    /// as auxiliaries are; a noun in -ly ("his family said") is not. And a statement given
    /// out ("issued a statement, "…"") introduces a quotation after a comma as after a colon.
    @Test func anAdverbInLyOrAStatementBeforeTheQuotation() {
        let text = """
            Donald Trump and Hillary Clinton campaigned.

            Trump jokingly said, "I'm becoming mainstream."

            Clinton issued a statement, "Our nation was attacked."
            """
        #expect(speakers(text) == ["Donald Trump", "Hillary Clinton"])
    }

    /// Before a colon the whole clause introduces the quotation, however long the adjuncts
    /// after its cue ("said back in the summer of 2015: "…"").
    @Test func aClauseEndingInAColonIntroducesTheQuotation() {
        let text = """
            Martin O'Malley and Hillary Clinton ran.

            O'Malley said back in the summer of 2015 at a dinner in Iowa: "It is a big mistake."
            """
        #expect(speakers(text) == ["Martin O'Malley"])
    }

    /// Verbs of reacting and blogging report words as "said" does.
    @Test func reactingAndBloggingAreCues() {
        let text = """
            Donald Trump and Ed Krayewski commented.

            "Is Obama profiling?" reacted Trump.

            "She is as close to a pre-selected candidate as this cycle will see," Krayewski blogged.
            """
        #expect(speakers(text) == ["Donald Trump", "Ed Krayewski"])
    }

    /// A verb joined by "but" ("but went on to say") shares the subject of the clause it
    /// joins, not of a complement clause inside that ("that Brooklyn was his answer").
    @Test func aJoinedVerbGroupHasItsClausesSubject() {
        let text = """
            Donald Trump spoke.

            Trump joked that Brooklyn was his answer, but went on to say, "There are dangerous places."
            """
        #expect(speakers(text) == ["Donald Trump"])
    }

    /// A description right before the cue that ends a frame ("as the heckler yelled:")
    /// speaks for itself; the quotation went to the name before an earlier cue.
    @Test func aDescriptionBeforeTheLastCueSpeaksForItself() {
        let text = """
            Ted Cruz held a rally on Sunday.

            "There is a young man having some problems," Cruz said as the heckler yelled: "You suck!"
            """
        #expect(speakers(text) == ["Ted Cruz", "the heckler"])
    }

    /// A name after the noun that describes it ("pollster Daron Shaw:") closes a clause
    /// that introduces the quotation, wherever the clause starts.
    @Test func aDescribedNameBeforeAColonIntroducesTheQuotation() {
        let text = """
            Daron Shaw and Chris Anderson run the poll.

            The timing of the surge does not surprise Republican pollster Daron Shaw: "Lesser-known candidates get the biggest boost."
            """
        #expect(speakers(text) == ["Daron Shaw"])
    }

    /// Initials that open a name ("A.J. Smith") are a person's, not an acronym's: the name
    /// was taken for an organisation, so no appositive could name it and no "he" refer to it.
    @Test func initialsOpeningANameMakeAPerson() {
        let text = """
            Voters in Ohio went to the polls.

            A.J. Smith, a local editor, said the vote would be close. "It will go late," he said.
            """
        #expect(speakers(text) == ["A.J. Smith", "A.J. Smith"])
    }

    /// A title of a work in quotation marks is nobody's words, though its short words are in
    /// lower case: "Face the Nation" was a quote of the speaker after it.
    @Test func aTitleWithLowerCaseShortWordsIsNoQuote() {
        let found = FoundQuote.all(
            afterIntroducing:
                "On CBS's \"Face the Nation,\" Sanders was asked by host John Dickerson whether his aim was like Kennedy's."
        )
        #expect(
            found == [
                FoundQuote(kind: .indirect, speaker: "John Dickerson", text: "whether his aim was like Kennedy's")
            ])
    }

    /// "Mitt Romney, asked about the plan, said, "…"": the participle that opens the
    /// appositive is the appositive's own, not another verb of the narrative; without this
    /// the short quotation after it was dropped and the question taken for reported speech.
    @Test func aParticipleOpeningTheAppositiveLeavesTheNameTheSpeaker() {
        let text = """
            Mitt Romney and Donald Trump met voters.

            Mitt Romney, asked about the plan on Sunday, said, "It will fail."

            It came up after Mr. Trump, asked about the deaths of journalists, had said, "We do plenty of killing."
            """
        #expect(
            FoundQuote.all(in: text) == [
                FoundQuote(kind: .direct, speaker: "Mitt Romney", text: "It will fail."),
                FoundQuote(kind: .direct, speaker: "Donald Trump", text: "We do plenty of killing."),
            ])
    }

    @Test func aQuestionsAttributionIsLookedForInItsOwnParagraphOnly() {
        let text = """
            Darrell Issa spoke about the FBI on Sunday.

            Maria Bartiromo asked, "Would Comey let that go?"

            Issa continued, "Yes. I have watched this for years."
            """
        #expect(speakers(text) == ["Maria Bartiromo", "Darrell Issa"])
    }

    @Test func aCueGovernedByAnotherVerbHasThatVerbsSubject() {
        let text = """
            "We will win," Ted Cruz said.

            The debate was so subdued that Mr. Trump was prompted to say, "I cannot believe how civil it is."
            """
        #expect(speakers(text) == ["Ted Cruz", "Trump"])
    }

    @Test func speakerNounsCountInEitherNumber() {
        let text = """
            "We will win," Donald Trump said on Monday.

            "Nobody seems to be preoccupied by it," the insider said.
            """
        #expect(speakers(text) == ["Donald Trump", "the insider"])
    }

    @Test func mannerOfSpeakingVerbsFrameQuotations() {
        #expect(
            speakers("During the debate, Hillary Clinton cracked, \"I am a progressive who gets things done.\"") == [
                "Hillary Clinton"
            ])
    }

    /// A quotation with its own cue is nobody's continuation, even when its source is a
    /// description the lexicon does not know: the description speaks, or no one.
    @Test func aQuotationsOwnUnknownSourceIsNotTheSpeakerBefore() {
        let text = """
            "There was not a lot of education," said Kessel, whose group pushes for bills.

            "She didn't like that," said a 2008 Clinton veteran.

            "If anyone meddles, they will find a way," wrote one commenter.

            "There won't be a path for Bernie," said one of those advisers, who spoke on condition of anonymity.

            "It wasn't a convincing argument," said one official familiar with the discussion.
            """
        #expect(
            speakers(text) == [
                "Kessel", "a 2008 Clinton veteran", "one commenter", "one of those advisers", "one official",
            ])
    }

    @Test func anUnnamedSourceKeepsTheComplementThatNamesWhose() {
        let text = """
            Bill Clinton spoke on Monday.

            "She can play someone voters trust," said a longtime adviser to both Clintons, who asked not to be named.
            """
        #expect(speakers(text) == ["a longtime adviser to both Clintons"])
    }

    @Test func phrasalAndLessCommonVerbsOfSpeech() {
        let text = """
            Megyn Kelly pressed Donald Trump on Thursday.

            "You know, it happens, right?" Trump went on. "But you gotta get over it."

            "This is a big political win for me," Dinesh D'Souza confessed.

            17-year-old Jared Potts echoed: "He speaks his mind."
            """
        #expect(speakers(text) == ["Donald Trump", "Donald Trump", "Dinesh D'Souza", "Jared Potts"])
    }

    /// A sentence ending in a colon introduces the quotation after it with no reporting verb;
    /// the name or description opening it speaks. A name after an introductory phrase is not
    /// the source, nor a kicker in capitals.
    @Test func aSentenceEndingInAColonGivesItsSubjectTheWords() {
        let text = """
            Rachel Hoff is a delegate from Washington. Tim Kaine is a senator from Virginia.

            In the hours after the attack in San Bernardino, Calif., a familiar voice celebrated the attacks on \
            Twitter: "California, we have already arrived with our soldiers."

            IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY: "Data collected by our firm helps \
            confirm that both issues were in play."

            Hoff's letter makes a libertarian-style case: "Followers of radical Islam hate everything we stand \
            for as Americans."

            Kaine has adopted the stance common among some Catholics in public office: "I'm pro-life in my \
            personal life, but support abortion in my public life."
            """
        #expect(speakers(text) == [nil, nil, "Rachel Hoff", "Tim Kaine"])
    }

    /// After an introductory phrase, the clause ending in the colon speaks through its subject
    /// when that is a personal pronoun or a name before a verb; not a description, not a
    /// possessive ("Obama's questioners"), and "from" before a name only in "More from X:".
    @Test func aClauseAfterAnIntroductionGivesItsSubjectTheWords() {
        let text = """
            Barack Obama spoke in Turkey. Hillary Clinton and Bernie Sanders spoke in Nevada.

            At his news conference on Monday, Obama's first five questioners ranged from skeptical to hostile: \
            "Is it time for your strategy to change?"

            Ted Cruz spoke in Iowa.

            Asked which Iowa county was his favorite, he demurred: "Whichever one I'm in at the moment."

            As if addressing him directly, the Illinois Board of Elections was firm in its findings: "Further \
            discussion on this issue is unnecessary."

            When asked about her problems, Sanders responded with a phrase that could have come from Trump \
            himself: "Do not moan to me about Hillary Clinton's problems."
            """
        #expect(speakers(text) == [nil, "Ted Cruz", "Illinois Board of Elections", "Bernie Sanders"])
    }

    /// "in a statement:" gives the words to the sentence's subject, unless that subject is a
    /// possessor and a reporting verb names its own source in an appositive.
    @Test func aStatementBeforeAColonIsThatOfTheVerbsSource() {
        let text = """
            Hillary Clinton and Donald Trump spoke on Monday.

            Clinton's campaign chairman, John Podesta, said in a statement: "We are ready."

            Trump told the Washington Post in a written statement, "I really don't want his endorsement."
            """
        #expect(speakers(text) == ["John Podesta", "Donald Trump"])
    }

    /// A quotation that ends its paragraph is signed by a short dashed line with a name
    /// after it; a dashed heading is no signature.
    @Test func aDashedLineAfterAQuotationSignsIt() {
        let text = """
            Bernie Sanders and Hillary Clinton spoke in Iowa.

            "Almost all new income and wealth is going to the top 1 percent."

            - Sanders.

            The senator is relying on an outdated figure.

            "It needs to stop."

            -Michelle Marks, Philadelphia.

            Voters were in a hurry.

            "Nobody said a thing about it."

            – An immigrant himself –.
            """
        #expect(speakers(text) == ["Bernie Sanders", "Michelle Marks", nil])
    }

    /// A word that is as often a noun ("point", "report") is a cue after a quotation only
    /// when what stands before it could speak; otherwise the frame before the quotation
    /// says who spoke.
    @Test func aNounThatCouldBeACueDoesNotMakeAClauseTheSource() {
        let text = """
            Bob Woodward is a reporter at The Washington Post.

            According to Woodward, “The New York real estate world is more complex than the CIA,” presumably \
            meaning this will be a focal point of the investigation.
            """
        #expect(speakers(text) == ["Bob Woodward"])
    }

    /// A time or place adjunct may stand between a cue and its quotation ("saying during the
    /// debate last week, "…""), as an addressee may.
    @Test func anAdjunctBetweenCueAndQuotation() {
        let text = """
            Donald Trump and Hillary Clinton met in a debate. Voters watched.

            The spot concludes with footage of Trump saying during the debate last week, “That makes me smart,” \
            when Clinton blasted him for not paying income tax.
            """
        #expect(speakers(text) == ["Donald Trump"])
    }

    /// A quotation set off by dashes after a name is that person's; a dash is one token or
    /// two hyphens. Not after a dateline in capitals.
    @Test func aQuotationBetweenDashesAfterAName() {
        let text = """
            Douglas Holtz-Eakin, an economist, said the returns matter.

            A chorus of prominent Republicans has said the same thing, including the former presidential \
            candidate Mitt Romney -- "It is disqualifying for a modern-day presidential nominee to refuse to \
            release tax returns" -- and Fred Goldberg, a former commissioner.
            """
        #expect(speakers(text).last == "Mitt Romney")
        #expect(
            speakers("Eddie Mannix ran a studio.\n\nLOS ANGELES -- \"The stories begin. The stories end.\"") == [nil])
    }

    /// Words and a participle after a quotation go on with the sentence ("- increasing his
    /// name recognition and then convincing voters"): no attribution of its own, so the
    /// quotation continues the speaker before it; someone heard speaking is a source.
    @Test func aParticipleAfterOtherWordsIsNoAttribution() {
        let text = """
            Jaime Harrison leads the party.

            "The key group is women," said Jaime Harrison. "Sanders has to do the two-step" - \
            increasing his name recognition and then convincing voters he can deliver.

            "Should there be a database?" a reporter can be heard asking Trump.
            """
        #expect(speakers(text) == ["Jaime Harrison", "Jaime Harrison", "a reporter"])
    }

    @Test func aNumberWithASlashOpensTheSourcePhrase() {
        #expect(speakers("\"They are wrong,\" said 9/11 widow Terry Strada.") == ["Terry Strada"])
    }

    /// A capitalised modal after a quotation is a name, never an auxiliary before the cue:
    /// the quotation is not handed to the previous sentence's object.
    @Test func aCapitalisedModalAfterAQuotationIsAName() {
        let text = """
            Will urged the Republican electorate to vote.

            "This might hasten the eclipse of Carly Fiorina," Will wrote.
            """
        #expect(speakers(text).last == .some(nil))
    }

    /// The short sentence before a quotation may end in an adjunct saying where the words
    /// were given, and its subject may carry an appositive.
    @Test func aShortSentenceWithAnAdjunctOrAnAppositiveIntroducesTheQuotation() {
        let text = """
            Sam Lau and Ann Ray spoke.

            Sam Lau said in a statement. "There are no paper ballots to recount."

            Ann Ray, the party's communications director, said on Twitter. "We will not recount."
            """
        #expect(speakers(text) == ["Sam Lau", "Ann Ray"])
    }

    /// A noun of saying gives the quotation to its possessor ("her comment that, "…"",
    /// "Trump's promise: "…""); a noun between them and a clause are not possessed words.
    @Test func aPossessedNounOfSayingIntroducesTheQuotation() {
        let text = """
            Hillary Clinton and Donald Trump spoke in March.

            The union is unlikely to back Clinton after her March comment that, "We are going to close mines."

            Voters remember Trump's promise: "I will build a wall."
            """
        #expect(speakers(text) == ["Hillary Clinton", "Donald Trump"])
    }

    /// A role in words of several kinds ("presidential hopeful Sen.") belongs to the subject
    /// before its name; the capitalised adjective opening it is no one.
    @Test func aLongRoleBeforeANameIsPartOfTheSubject() {
        let text = """
            Ted Cruz spoke in London.

            In line with his party, Republican Presidential hopeful Sen. Ted Cruz was also critical, \
            telling reporters: "The comments are typical."
            """
        #expect(speakers(text) == ["Ted Cruz"])
    }

    /// After a quotation ending in "!" or "?" the next sentence attributes it only with a verb
    /// of speech: "Her father, Brad, 39, worried that …" is his own thought, not the sign's
    /// words; "Graham asked." still is.
    @Test func theNextSentenceAttributesOnlyByAVerbOfSpeech() {
        let text = """
            Aubrey Pelletier and Lindsey Graham were there.

            Aubrey Pelletier hoisted a sign that read "Vote for Gary Johnson now, before it is too late!" Her father, Brad, 39, \
            worried that voters would not see the point.

            "Is it over?" Graham asked.
            """
        let direct = FoundQuote.all(in: text).filter { $0.kind == .direct }.map(\.speaker)
        #expect(direct == [nil, "Lindsey Graham"])
    }

    /// An appositive whose closing comma is missing still leaves the name the source, not
    /// the role ("CEO") the cue follows.
    @Test func anAppositiveWithoutItsClosingCommaLeavesTheNameTheSource() {
        let text = """
            Anthony Anton leads a group.

            Anthony Anton, president and CEO of Washington Restaurant Association stated, "It is a math problem."
            """
        #expect(speakers(text) == ["Anthony Anton"])
        let after = """
            Nate Silver writes often.

            "Clinton needs a strategy," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.
            """
        #expect(speakers(after) == ["Nate Silver"])
    }

    /// In the short sentence before a quotation too; a role with a determiner and nothing
    /// after it ("a top aide") is a subject of its own, the name before it the topic.
    @Test func anUnclosedAppositiveInTheSentenceBeforeAndAShortRoleThatIsItsOwnSubject() {
        let text = """
            Sam Lau and Hillary Clinton spoke.

            Sam Lau, the communications director for the Iowa Democratic Party said in a statement. "No recount."

            Clinton, a top aide said, "is very confident" about the debate.
            """
        #expect(speakers(text) == ["Sam Lau", "a top aide"])
    }

    /// An auxiliary or adverb may stand between the relative pronoun and its cue.
    @Test func aRelativePronounReachesItsCueOverAnAuxiliary() {
        let text =
            "Tim Scott spoke.\n\nMr. Scott, who has called the comments ''racially toxic,'' spoke at length.\n\n"
            + "Ann Lee, who often called the plan ''a disaster,'' left."
        #expect(speakers(text) == ["Tim Scott", "Ann Lee"])
    }

    /// A relative pronoun before the cue stands for the name before it, with or without a
    /// comma, and is the mention; "which" only for an organisation, not a place.
    @Test func aRelativePronounBeforeTheCueStandsForTheNameBeforeIt() throws {
        let text = """
            David Waters and Rikkie Wells tweeted.

            Waters tweeted, “Trump did the same.”

            Among the replies was this tweet from Rikkie Wells who tweeted, “They break them CONSTANTLY.”
            """
        let document = Document(text)
        let quotes = QuoteExtractor.extract(document).quotes
        #expect(quotes.map(\.speaker) == ["David Waters", "Rikkie Wells"])
        let mention = try #require(quotes.last?.speakerMention)
        #expect(document.string(mention) == "who")
        let place =
            "Drivers saw a sign at an exit in Corona, which read, “Inland Empire supports Donald Trump all the way.”"
        #expect(speakers(place) == [nil])
    }

    /// A verb of telling in the passive before a quotation makes its subject the one told or
    /// asked: who spoke is not said, so no one is named.
    @Test func thePassiveOfTellingNamesNoSpeaker() {
        let text = """
            Donald Trump gave an interview.

            In the interview, Trump was asked, “What is the most dangerous place you have been to?”

            His salespersons were told, "You don't sell products. You sell feelings."
            """
        #expect(speakers(text) == [nil, nil])
    }

    /// A capitalised title in quotation marks after the quotation is part of the frame: of
    /// the source ("the authors of the “Growth and Opportunity Project,”") or of what the source
    /// wears ("“Ted Cruz” campaign pins"); a lower-case quotation after it is no title.
    @Test func aQuotedTitleAfterTheQuotationIsPartOfTheFrame() {
        let text = """
            The party published a report. Bill Eastland came too.

            “We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving an example.

            “We have had better conventions,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said.
            """
        #expect(speakers(text) == ["the authors of the “Growth and Opportunity Project,”", "Bill Eastland"])
    }

    /// A frame before a quotation that names its speaker outweighs a cue opening the next
    /// sentence after a "?"; and a short sentence right after a quotation's closing mark is
    /// that quotation's attribution, not the next one's.
    @Test func aFrameBeforeOutweighsTheNextSentenceAndAnAttributionBelongsToItsOwnQuotation() {
        let text = """
            Hillary Clinton and Cheryl Mills wrote. Rachel Maddow asked.

            Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, “You look cute.”

            "Well, yes. I'm going to look at a lot of different people…" Clinton said. "Grizzly Adams?" Maddow repeated.
            """
        #expect(speakers(text) == ["Hillary Clinton", "Cheryl Mills", "Hillary Clinton", "Rachel Maddow"])
    }

    /// A sentence opening with an indefinite role ("A spokeswoman for the committee emailed
    /// reporters, arguing, "…"") is that role's, not the last speaker's.
    @Test func anIndefiniteRoleOpeningTheSentenceIsTheSharedSubject() {
        let text = """
            Josh Earnest spoke. “The law is clear,” Earnest said.

            A spokeswoman for the committee emailed reporters with the text of the act, arguing, “As you can see, \
            the law they cite is wrong.”
            """
        #expect(speakers(text) == ["Josh Earnest", "A spokeswoman for the committee"])
    }

    /// Verbs of saying beyond "say": "surmised" frames a quotation and reports speech;
    /// "emailed" does in the past, while "an email" stays a noun.
    @Test func lessCommonVerbsOfSayingAttribute() {
        let text = """
            Brad Pelletier and Sylvia Manzano spoke.

            "People are afraid of wasting their votes," Pelletier surmised.

            Manzano emailed that the response was likely due to the new law.
            """
        #expect(speakers(text) == ["Brad Pelletier", "Sylvia Manzano"])
    }

    /// A participle right after a quotation goes on with the sentence's subject: what follows
    /// it is its object ("blaming Michael R. Bloomberg"), never an inverted source; "according
    /// to" still names one.
    @Test func aParticipleAfterTheQuotationNamesNoSource() {
        let text = """
            Donald J. Trump and Michael R. Bloomberg are rich. Forbes says so.

            Bloomberg pegged him at $2.9 billion, which Mr. Trump called "a disgrace to the profession," \
            blaming Michael R. Bloomberg.

            "He is worth far less than he says," according to Forbes.
            """
        #expect(speakers(text) == ["Donald J. Trump", "Forbes"])
    }

    /// "Another tweeted" names a speaker of its own, not the previous one; "one" stays a
    /// number ("saying at one point").
    @Test func anIndefinitePronounIsASpeakerOfItsOwn() {
        let text = """
            David Waters and Ted Cruz spoke.

            Waters tweeted, “Trump did the same last week at the debate.”

            Another tweeted, “Clinton thinks she is above the rules and the law.”

            Cruz mocked the talk, saying at one point, “The answer is not simply to yell.”
            """
        #expect(speakers(text) == ["David Waters", "Another", "Ted Cruz"])
    }

    /// A sentence before the quotation, in its paragraph, whose named subject comes right
    /// before a verb of speech goes on in the quotation, rather than the last paragraph's
    /// speaker.
    @Test func aStatementJustBeforeGoesOnInTheQuotation() {
        let text = """
            Bernie Sanders and Hillary Clinton answered.

            Sanders said: "Absolutely. It's time for low-wage workers to organize."

            Clinton touted her credentials as a co-sponsor of the bill. "We need to find ways to support workers."
            """
        let direct = FoundQuote.all(in: text).filter { $0.kind == .direct }.map(\.speaker)
        #expect(direct == ["Bernie Sanders", "Hillary Clinton"])
    }

    /// A frame before the quotation that names its speaker outweighs words after it that name
    /// no one ("- at which point the crowd roared"); and a law is no "he".
    @Test func aNamedFrameBeforeOutweighsAnUnnamedOneAfterAndALawIsNoHe() {
        let text = """
            Sheriff Joe Arpaio spoke.

            He said, "Donald Trump will build the wall" - at which point the crowd roared.

            Mr. Trump has railed against the Trans-Pacific Partnership, the trade deal.

            He has fulminated against Nabisco - "I love Oreos," he said, "I will never eat them again."
            """
        #expect(speakers(text) == ["Joe Arpaio", "Donald Trump"])
    }

    /// A quotation whose sentence goes on and ends in its attribution: the source and verb
    /// may have an adjunct after them, an addressee, or the source an appositive.
    @Test func aSentenceGoingOnAfterTheQuotationEndsInItsAttribution() {
        let text = """
            Ben Carson, Mariam Emara and Steve Elmendorf spoke.

            "Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.

            "She is a mother of three" and a teacher, another friend, Mariam Emara told CNN.

            "He can assert it, but it seems extremely unlikely" that Sanders can win, said Steve Elmendorf, \
            deputy campaign manager for John Kerry's 2004 presidential campaign.
            """
        #expect(speakers(text) == ["Ben Carson", "Mariam Emara", "Steve Elmendorf"])
    }

    /// A clause opened by a subordinating conjunction after a quotation says when or why: its
    /// subject did not speak ("“…” after Clinton spokesman Brian Fallon expressed his support").
    @Test func aSubordinateClauseAfterTheQuotationNamesNoSource() {
        let text = """
            David Axelrod and Brian Fallon tweet.

            “In breaking news,” Axelrod tweeted last January, “Clinton wins full-throated endorsement from her \
            press secretary,” after Clinton spokesman Brian Fallon expressed his support online.
            """
        #expect(speakers(text) == ["David Axelrod", "David Axelrod"])
    }

    /// A word as often a noun as a verb of saying is the noun after an indefinite article
    /// ("in a Trumpian post on Twitter"); after "the" it may be the verb ("the letter continues").
    @Test func aVerbOfSayingAfterAnIndefiniteArticleIsANoun() {
        let text = """
            Ted Cruz spoke.

            Cruz pounced on the news, saying in a Trumpian post on Twitter: "The email release is a disaster."

            The letter continues: "Please explain your understanding of the law."
            """
        #expect(speakers(text) == ["Ted Cruz", "The letter"])
    }

    /// A definite description opening a frame whose cue another verb governs is its subject
    /// ("The email went on to say, "…""), not the last speaker.
    @Test func aDescriptionBeforeAGoverningVerbIsTheSubject() {
        let text = """
            Jeremy Boreing wrote to the members. "We will wind down," Boreing wrote.

            The email went on to say, "Today, because we have been successful, we are closing the club."
            """
        #expect(speakers(text).last == "The email")
    }

    /// A word in quotation marks inside the frame ("the CNN “reporter,” saying") is part of
    /// it, its comma the clause's; a quoted exclamation there is a quotation of its own.
    @Test func aScareQuoteInTheFrameIsPartOfIt() {
        let text = """
            Phil Kerpen and Gary Byrne wrote.

            Kerpen needled the CNN “reporter,” saying, “A reporter who Tweets on request!”

            Byrne tells of Clinton telling one agent to “Go to hell!,” while telling another to, “Go away!”
            """
        let found = FoundQuote.all(in: text)
        #expect(found.first?.speaker == "Phil Kerpen")
        #expect(found.last.map { $0.speaker != "Go" } == true, "\(found.map(\.speaker))")
    }

    /// Words capitalised as a title's are a work's name unless a cue stands right by them.
    @Test func aTitleOfAWorkIsNoQuote() {
        let text = """
            Marco Rubio wrote about his family.

            Castro's revolution dampened plans, Mr. Rubio said in his 2012 book, ''An American Son.'' So they stayed.

            ''Tales From the Crypt,'' an HBO series that first aired in 1989, will be resurrected.

            Larry Wilmore is now host of “The Nightly Show with Larry Wilmore.”

            The crowd chanted, "Lock Her Up!"
            """
        #expect(FoundQuote.all(in: text).filter { $0.kind != .indirect }.map(\.text) == ["Lock Her Up!"])
    }

    /// A time after the cue ("wrote just a few years earlier, ") still frames the quotation.
    @Test func aTimeAfterTheCueIsPartOfTheFrame() {
        let text = """
            Louella Parsons covered Hollywood.

            As Louella Parsons wrote just a few years earlier, "We couldn't have a picture industry without him."
            """
        #expect(speakers(text) == ["Louella Parsons"])
    }

    /// A mixed quote's mention is the same speaker's nearest: the subject of a cue between
    /// the one that frames it and the words (`what he calls`, `which he described as`).
    @Test func aMixedQuoteNamesItsNearestMention() throws {
        let text = """
            Patrick Murphy spoke on Wednesday.

            He would pay for it through “tax reform,” which he described as “making sure that all pay their share.”
            """
        let document = Document(text)
        let quote = try #require(QuoteExtractor.extract(document).quotes.first { $0.kind == .mixed })
        #expect(quote.speaker == "Patrick Murphy")
        let mention = try #require(quote.speakerMention)
        #expect(document.string(TextSpan(mention.start, mention.end + 10)) == "he described")
    }

    /// A shared subject is not a preposition's object opening the sentence; a description
    /// opening the clause is one.
    @Test func aSharedSubjectIsNoPrepositionsObject() {
        let text = """
            Hillary Clinton was silent.

            Alongside BLM calls for action, even a top GOP strategist said she must choose, saying, “She has to come out.”
            """
        #expect(speakers(text) == ["a top GOP strategist"])
        #expect(
            speakers(
                "Alongside BLM calls for action, voters said she must choose, saying, “She must come out and say it.”")
                == [
                    nil
                ])
    }

    /// An amount is part of a source phrase, and a name after its role heads the phrase
    /// whatever stands before the role.
    @Test func aNameAfterItsRoleHeadsAPhraseWithAnAmount() {
        let text = """
            The movement plans to protest, the Daily Caller reports.

            “They have to decide whether to feed their kids,” Fight for $15 organizing director Kendall Fells said.
            """
        #expect(speakers(text) == ["Daily Caller", "Kendall Fells"])
    }

    /// An adverb opening the sentence is not part of the source ("Recently she announced");
    /// a hedge is ("Only 24 percent").
    @Test func anAdverbOpeningTheSentenceIsNotTheSources() {
        let text = """
            Mary Hamilton is the chairman.

            Recently she announced on her Facebook page, in all capital letters, "I am boarding the Trump train!"
            """
        #expect(speakers(text) == ["Mary Hamilton"])
    }

    /// A sentence ending in a colon introduces the quotation after it: its subject is the
    /// source, an organisation's whole name or an indefinite description up to its verb.
    @Test func aColonSentencesSubjectIsTheSource() {
        let text = """
            The board met on Monday.

            The Illinois Board of Elections was conclusive in its findings: "Further discussion is unnecessary."

            A footnote in the report makes that clear: "These assessments do not apply to the principals."
            """
        #expect(speakers(text) == ["Illinois Board of Elections", "A footnote in the report"])
    }

    /// A description that goes on to give a name ("known as Bob", "calling himself Paul
    /// Paul") is that name's.
    @Test func aDescriptionGivingANameIsThatName() {
        let text = """
            Nobody knew then.

            "There never was a stand-down order," said the base chief known as Bob, speaking publicly.

            The response was fast. "Whoever opens the borders has no place here!" wrote a man calling himself Paul Paul.
            """
        #expect(speakers(text) == ["Bob", "Paul Paul"])
    }

    /// Words in quotation marks set off by dashes inside a sentence are its subject's.
    @Test func aQuotationBetweenDashesIsTheSubjects() {
        let text = """
            Hillary Clinton spoke first.

            Donald Trump hardly clarified it, treating her remark as a compliment -- "That makes me smart" -- and left.

            Hillary Clinton spoke again.

            Donald Trump took it, treating her remark as a compliment -- ''That makes me rich'' -- and left.
            """
        #expect(speakers(text) == ["Donald Trump", "Donald Trump"])
    }
}
