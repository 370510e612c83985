// swift-tools-version:6.1
import PackageDescription

// libFuzzer target for ArticleParser.parse (`make fuzz`). A separate package so the sanitizer flags
// it needs (-sanitize=fuzzer,address -parse-as-library) never touch the daemon's own build.
let package = Package(
    name: "NewsdropFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "newsdrop", path: "..")
    ],
    targets: [
        // SwiftPM links executables to `ParserFuzzer_main`; this C target defines it as libFuzzer's driver.
        .target(name: "FuzzerEntry"),
        .executableTarget(
            name: "ParserFuzzer",
            dependencies: ["FuzzerEntry", .product(name: "ArticleParsing", package: "newsdrop")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
