import BylineCore
import Foundation
import Testing

@testable import BylineViewModel

/// A reader over articles written to a temporary folder, fully extracted.
func reader(_ files: [String: String], width: Int = 100, height: Int = 30, date: CalendarDate? = nil) -> AppState {
    let written = TemporaryFiles(files)
    var library = LibraryLoader(dateOverride: date).load(paths: [written.folder])
    for s in library.stories.indices {
        for a in library.stories[s].articles.indices {
            library.stories[s].articles[a].analysis = ArticleAnalyzer.analyze(library.stories[s].articles[a])
        }
    }
    return AppState(model: ReaderModel(library: library), width: width, height: height)
}

/// A folder of files that lives as long as the value (removed on deinit).
final class TemporaryFiles {
    let folder = NSTemporaryDirectory() + "byline-vm-" + UUID().uuidString

    init(_ files: [String: String]) {
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try! FileManager.default.createDirectory(
                atPath: (path(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }
}

/// A JSON Lines file of one line per item.
func jsonLines(_ lines: [String]) -> [String: String] { ["wire.jsonl": lines.joined(separator: "\n") + "\n"] }

/// Feeds keys, as a person would type them.
func press(_ keys: Key..., into state: inout AppState) {
    for key in keys { Update.handle(key, &state) }
}

func type(_ text: String, into state: inout AppState) {
    for c in text { Update.handle(.character(c), &state) }
}

func screen(_ state: AppState) -> Canvas { Render.screen(state) }

/// Compares a screen with the expected text and prints both, line by line, when they differ.
func expectScreen(_ canvas: Canvas, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let actual = canvas.plainText
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    var diff = ""
    for i in 0..<max(a.count, e.count) {
        let x = i < a.count ? String(a[i]) : "", y = i < e.count ? String(e[i]) : ""
        diff += x == y ? "  \(x)\n" : "- \(y)\n+ \(x)\n"
    }
    Issue.record(
        "screen differs (- expected, + actual):\n\(diff)\nactual screen:\n\(actual)\nend of screen",
        sourceLocation: sourceLocation)
}

/// Two short stories that exercise quotes, speakers and dates; the bridge story has two
/// reports of one vote, a day apart.
let fixture: [String: String] = [
    "bridge/2024-03-11-vote.md": """
    ---
    title: Council backs bridge
    date: 2024-03-11
    author: Dana Cole
    ---
    The council voted on Monday to build the bridge, ending a debate that began last spring.

    "We love this city," said Mayor Elena Park. "And we owe it a bridge."

    Councilman Ray Osei said the cost was too high.
    """,
    "bridge/2024-03-12-reaction.md": """
    ---
    title: Residents react to council bridge vote
    date: 2024-03-12
    ---
    "I have waited since 2019," said Priya Natarajan. "My kids love it."

    The council voted for the bridge on Monday.
    """,
    "2024-05-02-fares.txt": """
    Fares to rise

    Fares will rise in July, the authority said Thursday. "Riders deserve better," said director Sam Greer.
    """,
]
