import Foundation
import Testing

@testable import BylineCore

/// Main-text extraction on small handmade pages: each rule of what is kept and dropped.
@Suite struct WebPageTextTests {
    /// A news page with everything around the article that real pages have.
    static let newsPage = """
        <!doctype html><html><head><title>Bridge vote | The Courier</title>
        <style>p { color: red }</style><script>var tracking = "Do not show this";</script></head>
        <body class="single has-sidebar">
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
        <article class="story related-coverage">
          <h1>Council approves the bridge</h1>
          <div class="byline">By Ann Lee, 28 September 2021</div>
          <figure><img src="a.jpg"><figcaption>The old crossing, seen from the river bank.</figcaption></figure>
          <div class="entry-content">
            <p>The city council voted 5-4 late on Monday to approve a new bridge, ending a debate that began last spring.</p>
            <p>"This bridge connects two neighbourhoods," said Mayor Elena Park, who cast the deciding vote.</p>
            <div class="related-links"><h3>Related</h3><ul><li><a href="/1">Budget passes after a long night</a></li></ul></div>
            <p>Councilman Raymond Osei argued that the project would strain the budget, and said so twice.</p>
            <p style="display: none">A hidden paragraph that readers never see on the page.</p>
          </div>
        </article>
        <div id="comments"><p>What a waste of money, the council should fix the roads first, said a reader.</p></div>
        <footer><p>Copyright 2021 The Courier, all rights reserved, no reuse without permission.</p></footer>
        </body></html>
        """

    @Test func keepsTheArticlesParagraphsAndNothingElse() {
        let page = WebPage(html: Self.newsPage)
        #expect(
            page.paragraphs == [
                "The city council voted 5-4 late on Monday to approve a new bridge, ending a debate that began last spring.",
                "\"This bridge connects two neighbourhoods,\" said Mayor Elena Park, who cast the deciding vote.",
                "Councilman Raymond Osei argued that the project would strain the budget, and said so twice.",
            ])
    }

    @Test func scriptsStylesAndHiddenTextNeverReachTheText() {
        let text = WebPage(html: Self.newsPage).paragraphs.joined(separator: "\n")
        for absent in [
            "tracking", "color: red", "hidden paragraph", "Share on Facebook", "waste of money", "Copyright",
        ] {
            #expect(!text.contains(absent), "\(absent) leaked into the text")
        }
    }

    @Test func aMisleadingNameOnTheArticlesBoxDoesNotCostTheArticle() {
        // "related" names boilerplate; the box still holds the article's body.
        let page = WebPage(html: Self.newsPage)
        #expect(page.paragraphs.count == 3)
    }

    @Test func lineBreaksListsAndQuotesStayReadable() {
        let html = """
            <html><body><div class="article-body">
            <p>The council listed three reasons for the vote on the new bridge, in this order:</p>
            <ul><li>safety on the crossing</li><li>the cost of repairs</li></ul>
            <blockquote><p>We owe residents a safe way across the river, and we will build it.</p></blockquote>
            <p>Signed,<br>The Mayor of Eastport and the whole of the city council, in full session.</p>
            </div></body></html>
            """
        let paragraphs = WebPage(html: html).paragraphs
        #expect(paragraphs.contains("• safety on the crossing"))
        #expect(paragraphs.contains("We owe residents a safe way across the river, and we will build it."))
        #expect(
            paragraphs.contains("Signed,\nThe Mayor of Eastport and the whole of the city council, in full session."))
    }

    @Test func entitiesAreDecodedAndWhitespaceCollapsed() {
        let html = """
            <html><body><article><p>Caf&eacute; owners &amp; residents  said
            &ldquo;no&rdquo; to the plan&#8217;s second   phase, and to the &#x201C;third&#x201D; one as well.</p></article></body></html>
            """
        #expect(
            WebPage(html: html).paragraphs == [
                "Café owners & residents said “no” to the plan’s second phase, and to the “third” one as well."
            ])
    }

    @Test func tweetsEmbeddedInTheArticleAreQuotedContent() {
        let html = """
            <html><body><div class="entry-content">
            <p>The governor answered her critics on Twitter late on Monday, and defended the campaign.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>The point of this campaign is
            awareness. <a href="https://t.co/x">https://t.co/x</a></p>&mdash; Governor (@gov)
            <a href="https://twitter.com/gov/status/1">November 18, 2019</a></blockquote></div>
            </div></body></html>
            """
        let text = WebPage(html: html).paragraphs.joined(separator: "\n")
        #expect(text.contains("The point of this campaign is awareness."))
    }

    @Test func callsToActionAndCreditsAtTheEdgesAreDropped() {
        let html = """
            <html><body><div class="story-body">
            <p>Start your day with our morning briefing. Sign up for the free newsletter.</p>
            <p>The council voted on Monday to build the bridge, ending a debate that began last spring.</p>
            <p>Readers can subscribe to the council's minutes, the clerk said, and many already do.</p>
            <p>The mayor cast the deciding vote, as she had promised during the campaign last year.</p>
            <p>(Reporting by Ann Lee; Editing by Bo Chan)</p>
            <p>Follow us on Twitter for more news from the city council.</p>
            </div></body></html>
            """
        #expect(
            WebPage(html: html).paragraphs == [
                "The council voted on Monday to build the bridge, ending a debate that began last spring.",
                "Readers can subscribe to the council's minutes, the clerk said, and many already do.",
                "The mayor cast the deciding vote, as she had promised during the campaign last year.",
            ])
    }

    @Test func preformattedTextKeepsItsLinesAndSplitsAtBlankLines() {
        let html =
            "<html><body><pre>LONDON, March 3 - Shares rose.\nTraders said so.\n\nSecond paragraph here.</pre></body></html>"
        #expect(
            WebPage(html: html).paragraphs == [
                "LONDON, March 3 - Shares rose.\nTraders said so.", "Second paragraph here.",
            ])
    }

    @Test func hundredThousandNestedElementsNeitherCrashNorLoseTheText() {
        let depth = 100_000
        let html =
            "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside the page, the council voted on the bridge, at last.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = WebPage(html: html)
        #expect(page.paragraphs.joined().contains("the council voted on the bridge"))
    }
}
