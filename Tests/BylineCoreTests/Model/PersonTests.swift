import Testing

@testable import BylineCore

@Suite struct PersonTests {
    /// A person is also called by surname and first name; an organisation or a single
    /// word has no other names.
    @Test func aliasesAreTheSurnameAndFirstName() {
        #expect(Person(name: "Chrissy Teigen").aliases == ["Teigen", "Chrissy"])
        #expect(Person(name: "Martin Luther King Jr.").aliases == ["Jr.", "Martin"])
        #expect(Person(name: "Democratic National Committee", isOrganisation: true).aliases.isEmpty)
        #expect(Person(name: "Madonna").aliases.isEmpty)
    }

    /// A name made fuller by a later mention has the fuller name's aliases.
    @Test func aFullerNameGivesItsAliases() {
        let found = QuoteExtractor.extract(Document("\"No,\" Clinton said. Later Bill Clinton said \"yes.\""))
        #expect(found.people.map(\.name) == ["Bill Clinton"])
        #expect(found.people.first?.aliases == ["Clinton", "Bill"])
    }
}
