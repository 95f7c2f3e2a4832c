import Foundation
import Testing

/// Adversarial inputs through the real binary: memory grows at most ten bytes per byte of
/// input, and the work with it (never timed: what is counted is memory and output).
///
/// Sizes are a few megabytes so the debug binary runs them in seconds; the README has the
/// 47 MB figures from a release build.
@Suite(
    .serialized, .enabled(if: MeasuredRun.available, "needs python3"),
    .enabled(if: !Sanitizers.active, "a sanitizer's memory is not the program's")
) final class ResourceBoundsTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-bounds-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// A single paragraph (one "sentence" too: no full stops) of `size` bytes, dense with
    /// quotation marks, reporting verbs, names and dates.
    static func adversarialParagraph(_ size: Int) -> String {
        let words = [
            "the", "mayor", "said", "that", "he", "would", "\"rebuild", "the", "bridge\"", "and", "she", "told",
            "reporters,", "according", "to", "officials,", "warned", "“nothing”", "Park", "added", "on", "Tuesday",
        ]
        var text = ""
        text.reserveCapacity(size + 16)
        var state: UInt64 = 7
        while text.utf8.count < size {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += words[Int(state >> 33) % words.count] + " "
        }
        return text + "\n"
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Runs `byline extract` on inputs made by `make` at two sizes (`make`'s own unit); returns
    /// the runs, having checked that memory grew at most ten bytes per byte of input added.
    func measure(_ name: String, small: Int, large: Int, status: Int32 = 0, _ make: (Int) -> String) throws -> (
        MeasuredRun, MeasuredRun
    ) {
        let smallText = make(small), largeText = make(large)
        let smallRun = try MeasuredRun(["extract", try write(smallText, "small-" + name)])
        let largeRun = try MeasuredRun(["extract", try write(largeText, "large-" + name)])
        let added = largeText.utf8.count - smallText.utf8.count
        #expect(smallRun.status == 0 && largeRun.status == status)
        let extra = largeRun.peakMemory - smallRun.peakMemory
        #expect(
            extra <= 10 * added, "\(name): \(extra >> 20) MB more memory for \(added >> 20) MB more input")
        return (smallRun, largeRun)
    }

    /// Runs `byline extract` on inputs made by `make` at two sizes (in units: elements,
    /// items); returns the larger run and the memory each unit added.
    func measurePerUnit(_ name: String, small: Int, large: Int, _ make: (Int) -> String) throws -> (MeasuredRun, Int) {
        let smallRun = try MeasuredRun(["extract", try write(make(small), "small-" + name)])
        let largeRun = try MeasuredRun(["extract", try write(make(large), "large-" + name)])
        #expect(smallRun.status == 0 && largeRun.status == 0)
        return (largeRun, (largeRun.peakMemory - smallRun.peakMemory) / (large - small))
    }

    func count(_ key: String, in output: String) -> Int { output.components(separatedBy: "\"\(key)\"").count - 1 }

    @Test func aHugeParagraphOfQuotesTakesMemoryAndWorkInProportion() throws {
        let (small, large) = try measure("paragraph.txt", small: 2 << 20, large: 8 << 20, Self.adversarialParagraph)
        // Four times the text, about four times the quotes: no quote lost at the cuts, no
        // quadratic pile-up.
        let ratio = Double(count("speaker", in: large.stdout)) / Double(count("speaker", in: small.stdout))
        #expect(ratio > 3.8 && ratio < 4.2, "quotes grew \(ratio)×")
    }

    @Test func tenThousandQuotationMarksInARow() throws {
        // Both sizes past one segment (`TextSegments`), whose working set is a constant.
        _ = try measure("marks.txt", small: 2 << 20, large: 6 << 20) { size in
            "She said " + String(repeating: "\"", count: 10_000) + " " + Self.adversarialParagraph(size)
        }
    }

    @Test func aJSONLineOfMegabytes() throws {
        _ = try measure("line.jsonl", small: 1 << 20, large: 6 << 20) { size in
            let body = Self.adversarialParagraph(size).replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: " ")
            return "{\"title\": \"A long one\", \"date\": \"2024-05-01\", \"body\": \"\(body)\"}\n"
        }
    }

    /// Markup nested 100,000 deep inside an item (escaped, as feeds carry HTML) is read by
    /// the HTML parser, which walks it without recursion; each element costs the same, a
    /// few hundred bytes (libxml2's node alone is 120), which for a five-byte `<div>` is
    /// more than ten times its text.
    @Test func aFeedItemOfAHundredThousandNestedElements() throws {
        func feed(_ depth: Int) -> String {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title><item><title>Deep</title>"
                + "<description>" + String(repeating: "&lt;div&gt;", count: depth) + "“Deep,” she said."
                + String(repeating: "&lt;/div&gt;", count: depth) + "</description></item></channel></rss>"
        }
        let (large, perElement) = try measurePerUnit("nested.xml", small: 1000, large: 100_000, feed)
        #expect(perElement < 500, "\(perElement) bytes per element")
        #expect(count("speaker", in: large.stdout) == 1)
    }

    /// Raw XML nested past libxml2's 256 levels is refused with a clear reason (a feed is
    /// never that deep; an attack is), in bounded memory.
    @Test func aFeedOfAHundredThousandNestedXMLElementsIsRefused() throws {
        let run = try MeasuredRun(
            [
                "extract",
                try write(
                    "<?xml version=\"1.0\"?><rss><channel>" + String(repeating: "<x>", count: 100_000), "deep.xml"),
            ])
        #expect(run.status == 1)
        #expect(run.peakMemory < 200 << 20)
    }

    /// Memory per item stays under ten times the item's bytes: items become articles as
    /// they close (no tree of the whole feed), the article list is sized once, and an
    /// article is about 250 bytes before its strings.
    @Test func aFeedOfAHundredThousandItemsTakesUnderTenTimesItsSize() throws {
        func feed(_ items: Int) -> String {
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>"
                + (0..<items).map {
                    "<item><title>Item \($0)</title><link>http://example.com/\($0)</link>"
                        + "<description>“Quote \($0),” Park said on Tuesday.</description></item>"
                }.joined() + "</channel></rss>"
        }
        let itemBytes = (feed(100_000).utf8.count - feed(0).utf8.count) / 100_000
        let (large, perItem) = try measurePerUnit("items.xml", small: 1000, large: 100_000, feed)
        #expect(perItem < 10 * itemBytes, "\(perItem) bytes per item of \(itemBytes)")
        #expect(count("speaker", in: large.stdout) == 100_000)
    }
}
