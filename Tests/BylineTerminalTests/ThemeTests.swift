import BylineViewModel
import Foundation
import Testing

@testable import BylineTerminal

@Suite struct ThemeTests {
    static let themes: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("themes").path
    }()

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemesParse(name: String) throws {
        let theme = try ThemeLoader.load(path: "\(Self.themes)/\(name).toml")
        #expect(theme.name == name)
        #expect(theme.style(.selection) != Style())
    }

    @Test func brokenThemeNamesTheLine() {
        do {
            _ = try ThemeLoader.parse(
                "name = \"x\"\n[roles]\ntitle = { fg = \"red\" }\nselection = { fg = \"purple-ish\" }\n",
                path: "bad.toml")
            Issue.record("accepted a bad colour")
        } catch {
            #expect(error.line == 4)
            #expect(error.description.contains("bad.toml:4"))
        }
        do {
            _ = try ThemeLoader.parse("[roles\n", path: "syntax.toml")
            Issue.record("accepted bad TOML")
        } catch {
            #expect(error.line == 1)
        }
    }

    @Test func brokenThemeFallsBackToTheDefault() throws {
        let folder = NSTemporaryDirectory() + "byline-theme-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/broken.toml", contents: Data("[roles]\ntitle = 3\n".utf8))
        let (theme, notes) = ThemeLoader.choose(option: "broken", environment: [:], searchPaths: [folder, Self.themes])
        #expect(theme.name == "default")
        #expect(notes.first?.contains("broken.toml:2") == true)
    }

    @Test func noColorForcesMono() {
        let (theme, _) = ThemeLoader.choose(
            option: "default", environment: ["NO_COLOR": "1"], searchPaths: [Self.themes])
        #expect(!theme.usesColor)
    }

    @Test func environmentThenOptionPickTheTheme() {
        let (fromEnvironment, _) = ThemeLoader.choose(
            option: nil, environment: ["BYLINE_THEME": "light", "HOME": "/nonexistent"], searchPaths: [Self.themes])
        #expect(fromEnvironment.name == "light")
        let (fromOption, _) = ThemeLoader.choose(
            option: "high-contrast", environment: ["BYLINE_THEME": "light"], searchPaths: [Self.themes])
        #expect(fromOption.name == "high-contrast")
    }

    @Test func coloursFallBackToWhatTheTerminalHas() {
        #expect(ThemeColor("#ff0000")?.index(colors: 256) == 196)
        #expect(ThemeColor("#ff0000")?.index(colors: 8) == 1)
        #expect(ThemeColor("bright-blue")?.index(colors: 8) == 4)
        #expect(ThemeColor("208")?.index(colors: 256) == 208)
        #expect(ThemeColor("default")?.index(colors: 256) == -1)
        #expect(ThemeColor("nonsense") == nil)
    }
}
