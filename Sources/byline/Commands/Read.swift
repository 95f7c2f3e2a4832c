import ArgumentParser
import BylineCore
import BylineTerminal
import BylineViewModel
import Foundation

/// `byline [PATH...]`: the interactive reader.
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the reader (the default).",
        discussion:
            "Themes: --theme, then BYLINE_THEME, then `theme = \"…\"` in ~/.config/byline/config.toml; NO_COLOR forces mono."
    )

    @OptionGroup var dateOption: DateOption

    @Option(help: "A theme name (default, light, high-contrast, mono) or a path to a .toml theme.")
    var theme: String?

    @Argument(help: "Files or folders to read (default: the fetched library, else the bundled samples).")
    var paths: [String] = []

    func validate() throws {
        // A reader opened on nothing would only show empty panes: say so and stop instead.
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if !paths.isEmpty, missing.count == paths.count {
            throw ValidationError("no such file or folder: \(missing.joined(separator: ", "))")
        }
        if !paths.isEmpty, !paths.contains(where: Self.holdsFiles) {
            throw ValidationError("nothing to read in \(paths.joined(separator: ", ")): no files there")
        }
    }

    /// Whether a path is a file, or a folder with a file somewhere inside (hidden ones aside).
    static func holdsFiles(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return false }
        guard isFolder.boolValue else { return true }
        let files = FileManager.default.enumerator(
            at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        while let url = files?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { return true }
        }
        return false
    }

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            FileHandle.standardError.write(
                Data("byline: the reader needs a terminal; for scripts use `byline extract PATH...`\n".utf8))
            throw ExitCode(2)
        }
        // No paths: the library fetched into, when it holds articles, else the samples.
        let library = Fetch.defaultLibrary(environment: ProcessInfo.processInfo.environment)
        let useLibrary = paths.isEmpty && Self.holdsFiles(library)
        let inputs = !paths.isEmpty ? paths : useLibrary ? [library] : [Resources.samples].compactMap { $0 }
        guard !inputs.isEmpty else { throw ValidationError("give a file or folder to read (no bundled samples found)") }
        var (chosen, notes) = ThemeLoader.choose(
            option: theme, environment: ProcessInfo.processInfo.environment,
            searchPaths: Resources.themeFolders)
        if paths.isEmpty, !useLibrary {
            notes.append("the bundled samples: byline subscribe URL… then byline fetch brings your own news")
        }
        // The first frame comes at once; the library loads and is read behind it.
        let source = ReaderLoop.Source(
            loader: LibraryLoader(dateOverride: dateOption.date, keepsOriginals: false), paths: inputs,
            library: library,
            subscriptions: SubscriptionList.defaultPath(environment: ProcessInfo.processInfo.environment))
        var state = AppState(model: ReaderModel(library: Library(stories: [])), width: 80, height: 24)
        if useLibrary {
            // The fetched library: what was fetched since you last looked shows as new.
            state.fetchedLibrary = library
            state.readMarks = ReadMarks.load(library: library)
        }
        let problems = MainActor.assumeIsolated {
            ReaderLoop.run(state, source: source, theme: chosen, notes: notes)
        }
        for problem in problems { FileHandle.standardError.write(Data("byline: \(problem)\n".utf8)) }
    }
}

/// Where the bundled samples and themes are: beside the checkout the binary was built
/// in, in the working directory, or in an installed share folder.
enum Resources {
    static var roots: [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var roots: [String] = []
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            roots.append(folder.path)
            folder.deleteLastPathComponent()
        }
        return [FileManager.default.currentDirectoryPath] + roots + ["/usr/local/share/byline", "/usr/share/byline"]
    }

    static var samples: String? {
        roots.map { $0 + "/samples" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    static var themeFolders: [String] {
        let environment = ProcessInfo.processInfo.environment
        let config =
            (environment["XDG_CONFIG_HOME"] ?? (environment["HOME"].map { $0 + "/.config" } ?? "")) + "/byline/themes"
        return [config] + roots.map { $0 + "/themes" }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
