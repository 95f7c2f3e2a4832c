// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Byline's parsers and engines. Built only by `.ci/fuzz`, with
// `-sanitize=fuzzer,address -parse-as-library`: libFuzzer supplies `main`, so this
// executable does not build (or link) any other way, and is kept out of the main package.
let package = Package(
    name: "BylineFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Byline", path: "..")],
    targets: [
        .executableTarget(
            name: "byline-fuzz",
            dependencies: [
                .product(name: "BylineCore", package: "Byline"),
                .product(name: "BylineViewModel", package: "Byline"),
            ])
    ]
)
