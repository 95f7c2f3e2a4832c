import Foundation
import Testing

/// The command line a new user meets first: help, version, and paths that hold nothing.
@Suite struct CommandLineTests {
    @Test func helpNamesTheReadersOptionsAndPaths() throws {
        let help = try BylineRun(["--help"])
        #expect(help.status == 0)
        for word in ["--date", "--theme", "PATH", "extract", "--version"] {
            #expect(help.stdout.contains(word), "byline --help should mention \(word)")
        }
    }

    @Test func versionIsPrinted() throws {
        let version = try BylineRun(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.first?.isNumber == true)
    }

    @Test func aPathThatDoesNotExistStopsBeforeTheReader() throws {
        let run = try BylineRun(["/nonexistent/byline-news"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no such file or folder: /nonexistent/byline-news"))
    }

    @Test func anEmptyFolderStopsBeforeTheReader() throws {
        let folder = NSTemporaryDirectory() + "byline-empty-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try BylineRun([folder])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nothing to read in \(folder)"))
    }
}
