// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["BylineBenchmarks"]),
        // For the fuzz targets in `Fuzz/`, a package of their own built with libFuzzer.
        .library(name: "BylineCore", targets: ["BylineCore"]),
        .library(name: "BylineViewModel", targets: ["BylineViewModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Story model, loaders, extraction and search: no UI.
        .target(name: "BylineCore", dependencies: ["CMarkup", .product(name: "Yams", package: "Yams")]),
        // libxml2's HTML and XML parsers behind plain C functions: a Swift module that sees
        // libxml2's headers (which pull in ICU) and Foundation does not build.
        .target(
            name: "CMarkup",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]),
        // App state, keys → actions → state, and the screen description: no ncurses.
        .target(name: "BylineViewModel", dependencies: ["BylineCore"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The only code that calls ncurses.
        .target(
            name: "BylineTerminal",
            dependencies: [
                "BylineViewModel", "CNcursesw", "CTerminalSignals", .product(name: "TOMLKit", package: "TOMLKit"),
            ]),
        // The fatal-signal handler that gives the terminal back: C, as a handler must be.
        .target(name: "CTerminalSignals"),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore", "BylineViewModel", "BylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "BylineBenchmarks", dependencies: ["BylineCore", "BylineViewModel", "BylineTerminal"],
            path: "Benchmarks/BylineBenchmarks"),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore"]),
        .testTarget(name: "BylineViewModelTests", dependencies: ["BylineViewModel"]),
        .testTarget(name: "BylineTerminalTests", dependencies: ["BylineTerminal"]),
    ]
)

// Release builds carry the Swift runtime and Foundation inside the executables: a binary that
// runs on a machine without Swift, and one that maps only the runtime pages it touches (linked
// to the runtime's shared libraries, those alone were 27 MB resident; static, 20 MB). Every
// Swift module is compiled against the static runtime's modules, as `--static-swift-stdlib`
// does. FoundationNetworking's libcurl stays a shared library (`libcurl4-openssl-dev`).
let staticRuntime = [SwiftSetting.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
let staticLink = [LinkerSetting.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + staticRuntime
    if target.type == .executable { target.linkerSettings = (target.linkerSettings ?? []) + staticLink }
}
