// swift-tools-version:6.1
import PackageDescription

// The parse benchmark (`make bench-parse`): times ArticleParser.parse on article files in a release
// build. A separate package so benchmarking tools never add to the daemon's build or its tests.
let package = Package(
    name: "NewsdropParseBench",
    dependencies: [
        .package(name: "newsdrop", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "parse-bench",
            dependencies: [.product(name: "ArticleParsing", package: "newsdrop")]
        )
    ],
    swiftLanguageModes: [.v6]
)
