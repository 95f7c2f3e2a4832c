import Foundation

/// Opens a web address the way the user's system does: `$BROWSER` when set (the
/// convention terminal programs follow), else `xdg-open`.
enum Browser {
    /// Runs the browser and waits for it; the reason when it could not be started or failed.
    static func open(_ url: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let command = environment["BROWSER"].flatMap { $0.isEmpty ? nil : $0 } ?? "xdg-open"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command, url]
        do { try process.run() } catch { return "cannot run \(command): \(error.localizedDescription)" }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "\(command) exited with status \(process.terminationStatus)"
    }
}
