import Foundation
import Testing

/// `byline extract` as scripts use it: JSON Lines on stdout, warnings on stderr, 0/1/2.
@Suite struct ExtractCommandTests {
    func run(_ arguments: [String]) throws -> BylineRun { try BylineRun(["extract"] + arguments) }

    @Test func samplesGiveOneValidRecordPerArticle() throws {
        let result = try run(["samples"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 8)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["path", "title", "story", "date", "sentences", "quotes", "timexes"] {
                #expect(object[key] != nil, "missing \(key)")
            }
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            for quote in quotes {
                #expect(["direct", "mixed", "indirect"].contains(quote["kind"] as? String ?? ""))
                #expect(quote["start"] is Int && quote["end"] is Int)
            }
        }
        // Offsets point into the file: the text at a quote's offsets is the quote.
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let path = try #require(first["path"] as? String)
        let file = Array(
            try String(contentsOfFile: TmuxSession.repository + "/" + path, encoding: .utf8).unicodeScalars)
        for quote in first["quotes"] as? [[String: Any]] ?? [] {
            let start = quote["start"] as! Int, end = quote["end"] as! Int
            #expect(String(String.UnicodeScalarView(file[start..<end])) == quote["text"] as? String)
        }
    }

    @Test func textPrintsAWebPagesArticleAndOffsetsPointIntoIt() throws {
        let result = try run(["--text", "samples/harbor-bridge/2024-03-13-bridge-opponents.html"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let text = try #require(object["text"] as? String)
        #expect(text.hasPrefix("Residents who oppose the Harbor Street bridge"))
        #expect(!text.contains("Advertisement") && !text.contains("common sense") && !text.contains("Most read"))
        #expect(object["date"] as? String == "2024-03-13")
        #expect(object["url"] as? String == "https://dailystar.example/news/2024/03/13/bridge-opponents-petition")
        let scalars = Array(text.unicodeScalars)
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.contains { $0["speaker"] as? String == "Teresa Nunez" })
        for quote in quotes {
            let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String)
        }
        // Without --text, no text.
        let plain = try run(["samples/harbor-bridge/2024-03-13-bridge-opponents.html"])
        #expect(!plain.stdout.contains("\"text\":\"Residents"))
    }

    @Test func skippedFilesGiveStatusOneAndAWarning() throws {
        let result = try run(["samples", "no-such-file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.txt: no such file or folder"))
        #expect(result.stdout.split(separator: "\n").count == 8)
    }

    @Test func badUsageGivesStatusTwo() throws {
        #expect(try run(["--date", "2021-02-30", "samples"]).status == 2)
        #expect(try run([]).status == 2)
    }
}
