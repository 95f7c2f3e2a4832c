import Foundation

/// The target chosen once, on the first input: libFuzzer calls the entry point millions of times.
nonisolated(unsafe) private var chosen: FuzzTarget?

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    if chosen == nil {
        let name = ProcessInfo.processInfo.environment["BYLINE_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget.named(name) else {
            let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("BYLINE_FUZZ_TARGET must be one of: \(names)\n".utf8))
            exit(2)
        }
        chosen = target
    }
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    chosen!.run(data)
    return 0
}

/// libFuzzer's driver, run by hand: SwiftPM names an executable's entry point after the
/// target (`byline_fuzz_main`), so libFuzzer's own `main` is never the one called.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("byline_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { fuzzOneInput($0, $1) }
}
