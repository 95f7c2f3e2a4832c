import BylineViewModel
import Foundation
import TOMLKit

/// How one role looks.
public struct Style: Hashable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false
    public var italic = false

    public init() {}
}

/// Roles mapped to styles, read from a `themes/NAME.toml` file.
public struct Theme: Sendable {
    public var name: String
    public var styles: [String: Style]
    public var speakers: [Style]
    /// Whether colours are used at all (`mono` and `NO_COLOR` use attributes only).
    public var usesColor: Bool

    /// The theme key of a role.
    public static func key(_ role: Role) -> String {
        switch role {
        case .normal: return "normal"
        case .dim: return "dim"
        case .title: return "title"
        case .border: return "border"
        case .focusedBorder: return "border-focused"
        case .paneTitle: return "pane-title"
        case .selection: return "selection"
        case .selectionUnfocused: return "selection-unfocused"
        case .quote: return "quote"
        case .speaker: return "speaker"
        case .cue: return "cue"
        case .timex: return "timex"
        case .jumpTarget: return "jump"
        case .match: return "match"
        case .heading: return "heading"
        case .bar: return "bar"
        case .status: return "status"
        case .statusKey: return "status-key"
        case .prompt: return "prompt"
        case .warning: return "warning"
        case .help: return "help"
        }
    }

    public static let roleKeys = [
        "normal", "dim", "title", "border", "border-focused", "pane-title", "selection",
        "selection-unfocused", "quote", "speaker", "cue", "timex", "jump", "match", "heading",
        "bar", "status", "status-key", "prompt", "warning", "help",
    ]

    /// The style for a role: speakers and their quotes take the speaker's colour.
    public func style(_ role: Role) -> Style {
        var style = styles[Theme.key(role)] ?? Style()
        switch role {
        case let .speaker(i), let .quote(speaker: i):
            if !speakers.isEmpty, usesColor { style.foreground = speakers[i % speakers.count].foreground }
        default: break
        }
        return style
    }

    /// Attributes only, for `NO_COLOR`, monochrome terminals, and when no theme file is found.
    public static let monochrome: Theme = {
        var styles: [String: Style] = [:]
        func set(_ key: String, _ change: (inout Style) -> Void) {
            var s = Style()
            change(&s)
            styles[key] = s
        }
        set("title") { $0.bold = true }
        set("dim") { $0.dim = true }
        set("border-focused") { $0.bold = true }
        set("pane-title") { $0.bold = true }
        set("selection") { $0.reverse = true }
        set("selection-unfocused") { $0.underline = true }
        set("speaker") { $0.bold = true }
        set("cue") { $0.italic = true }
        set("timex") { $0.underline = true }
        set("jump") { $0.reverse = true }
        set("match") {
            $0.reverse = true; $0.bold = true
        }
        set("heading") { $0.bold = true }
        set("status") { $0.reverse = true }
        set("status-key") {
            $0.reverse = true; $0.bold = true
        }
        set("prompt") {
            $0.reverse = true; $0.bold = true
        }
        set("warning") {
            $0.reverse = true; $0.bold = true
        }
        return Theme(name: "mono", styles: styles, speakers: [], usesColor: false)
    }()
}

/// A theme file that could not be used, and why, with its line.
public struct ThemeError: Error, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String {
        "theme \(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// Reads theme files.
public enum ThemeLoader {
    /// Parses a theme; every problem is reported with the line it is on.
    public static func parse(_ text: String, path: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ThemeError(path: path, line: error.source.begin.line, message: error.description)
        } catch {
            throw ThemeError(path: path, line: nil, message: "\(error)")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(of key: String) -> Int? {
            lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }.map { $0 + 1 }
        }
        var theme = Theme(
            name: table["name"]?.string ?? (path as NSString).lastPathComponent, styles: [:], speakers: [],
            usesColor: true)
        if let color = table["color"]?.bool { theme.usesColor = color }
        guard let roles = table["roles"]?.table else {
            throw ThemeError(path: path, line: nil, message: "no [roles] table")
        }
        for key in roles.keys {
            guard Theme.roleKeys.contains(key) else {
                throw ThemeError(
                    path: path, line: line(of: key),
                    message: "unknown role \"\(key)\" (known: \(Theme.roleKeys.joined(separator: ", ")))")
            }
            guard let entry = roles[key]?.table else {
                throw ThemeError(
                    path: path, line: line(of: key), message: "role \"\(key)\" must be a table like { fg = \"red\" }")
            }
            theme.styles[key] = try style(entry, key: key, line: line(of: key), path: path)
        }
        if let speakers = table["speakers"]?.array {
            for (i, value) in speakers.enumerated() {
                guard let text = value.string, let color = ThemeColor(text) else {
                    throw ThemeError(
                        path: path, line: line(of: "speakers"), message: "speaker colour \(i + 1) is not a colour")
                }
                var s = Style()
                s.foreground = color
                theme.speakers.append(s)
            }
        }
        return theme
    }

    static func style(_ entry: TOMLTable, key: String, line: Int?, path: String) throws(ThemeError) -> Style {
        var style = Style()
        for field in entry.keys {
            switch field {
            case "fg", "bg":
                guard let text = entry[field]?.string, let color = ThemeColor(text) else {
                    throw ThemeError(
                        path: path, line: line, message: "\(key).\(field): not a colour (use a name, 0-255 or #rrggbb)")
                }
                if field == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "underline", "reverse", "italic":
                guard let flag = entry[field]?.bool else {
                    throw ThemeError(path: path, line: line, message: "\(key).\(field): must be true or false")
                }
                switch field {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "underline": style.underline = flag
                case "reverse": style.reverse = flag
                default: style.italic = flag
                }
            default:
                throw ThemeError(path: path, line: line, message: "\(key): unknown attribute \"\(field)\"")
            }
        }
        return style
    }

    public static func load(path: String) throws(ThemeError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ThemeError(path: path, line: nil, message: "cannot read the file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Picks the theme: `--theme`, then `BYLINE_THEME`, then the config file, else
    /// `default`; `NO_COLOR` forces `mono`. Problems are returned to show, never fatal.
    public static func choose(option: String?, environment: [String: String], searchPaths: [String]) -> (
        Theme, [String]
    ) {
        var notes: [String] = []
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return (.monochrome, notes) }
        var configured: String?
        let configHome = environment["XDG_CONFIG_HOME"] ?? (environment["HOME"].map { $0 + "/.config" } ?? "")
        let configPath = configHome + "/byline/config.toml"
        if let data = FileManager.default.contents(atPath: configPath) {
            do { configured = try TOMLTable(string: String(decoding: data, as: UTF8.self))["theme"]?.string } catch let
                error as TOMLParseError
            {
                notes.append("config \(configPath):\(error.source.begin.line): \(error.description)")
            } catch {}
        }
        let wanted = option ?? environment["BYLINE_THEME"] ?? configured ?? "default"
        let candidates =
            wanted.contains("/") || wanted.hasSuffix(".toml") ? [wanted] : searchPaths.map { "\($0)/\(wanted).toml" }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            notes.append("theme \"\(wanted)\" not found (looked in \(searchPaths.joined(separator: ", "))); using mono")
            return (.monochrome, notes)
        }
        do { return (try load(path: path), notes) } catch {
            notes.append("\(error); using the default theme")
            if wanted != "default",
                let fallback = searchPaths.map({ "\($0)/default.toml" }).first(where: {
                    FileManager.default.fileExists(atPath: $0)
                }),
                let theme = try? load(path: fallback)
            {
                return (theme, notes)
            }
            return (.monochrome, notes)
        }
    }
}
