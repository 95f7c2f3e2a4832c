import Foundation
import Testing

@testable import BylineCore

/// Title, author, date, publisher and address, each from the most trusted place a page gives.
@Suite struct WebPageMetadataTests {
    static func page(head: String, body: String = "", url: String? = nil) -> WebPage {
        WebPage(
            html:
                "<html><head>\(head)</head><body>\(body)<p>Some article text that is long enough to count.</p></body></html>"
        )
    }

    @Test func jsonLDComesFirst() {
        let page = Self.page(
            head: """
                <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
                <meta property="article:published_time" content="2020-01-02T10:00:00Z"><meta property="og:site_name" content="OG Site">
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                {"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chan"}],
                "datePublished":"2021-09-28T08:00:00-04:00","publisher":{"@type":"Organization","name":"The Courier"},
                "url":"https://courier.example/bridge"}]}</script>
                """)
        #expect(page.title == "LD headline")
        #expect(page.author == "Ann Lee, Bo Chan")
        #expect(page.date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(page.publisher == "The Courier")
        #expect(page.url == "https://courier.example/bridge")
    }

    @Test func openGraphAndMetaNamesWhenThereIsNoJSONLD() {
        let page = Self.page(
            head: """
                <title>Tag title | Site</title><meta property="og:title" content="Bridge &amp;#39;vote&amp;#39;">
                <meta name="author" content="Ann Lee"><meta name="dc.date" content="2021-09-28">
                <meta property="og:site_name" content="The Courier"><link rel="canonical" href="https://courier.example/b">
                <script type="application/ld+json">{ not json </script>
                """)
        #expect(page.title == "Bridge 'vote'")
        #expect(page.author == "Ann Lee")
        #expect(page.date == CalendarDate(year: 2021, month: 9, day: 28))
        #expect(page.publisher == "The Courier")
        #expect(page.url == "https://courier.example/b")
    }

    @Test func markupAndAddressWhenThereAreNoTags() {
        let page = Self.page(
            head:
                "<title>Council approves bridge - The Courier</title><link rel=\"canonical\" href=\"https://c.example/2021/09/28/bridge\">",
            body: "<time datetime=\"2021-09-27\">Monday</time>")
        #expect(page.title == "Council approves bridge")
        #expect(page.date == CalendarDate(year: 2021, month: 9, day: 27))
        let addressOnly = Self.page(
            head: "<link rel=\"canonical\" href=\"https://c.example/news/2019/11/18/story.html\">")
        #expect(addressOnly.date == CalendarDate(year: 2019, month: 11, day: 18))
    }

    @Test func placeholderDatesAreNotDates() {
        let page = Self.page(
            head: """
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
                <meta property="article:published_time" content="2019-11-19T05:00:00Z">
                """)
        #expect(page.date == CalendarDate(year: 2019, month: 11, day: 19))
    }

    @Test func theArticleBodyInJSONLDStandsInForAnEmptyPage() {
        let page = WebPage(
            html: """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
                "articleBody":"The council voted on Monday to approve the bridge.\\nThe mayor cast the deciding vote, as expected."}</script>
                </head><body><div id="app"></div></body></html>
                """)
        #expect(
            page.paragraphs == [
                "The council voted on Monday to approve the bridge.", "The mayor cast the deciding vote, as expected.",
            ])
    }
}
