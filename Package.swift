// swift-tools-version:6.1
import PackageDescription

// A file travels DropFolder → ArticleParsing → RecordLog; NewsdropDaemon wires them on Dispatch
// queues and reports through SystemdSupport; `newsdrop` is the command line.
let package = Package(
    name: "newsdrop",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsdrop", targets: ["newsdrop"]),
        .library(name: "ArticleParsing", targets: ["ArticleParsing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // Linux calls that Glibc's Swift module hides behind _GNU_SOURCE (renameat2, leases, O_PATH, malloc_trim).
        .target(name: "CLinux"),
        // `Locked`, a pthread mutex around a value (ThreadSanitizer sees it; it cannot see `Synchronization.Mutex`).
        .target(name: "Locking"),
        // Pure: bytes in, Article out. No I/O, no Dispatch.
        .target(name: "ArticleParsing", plugins: ["HTMLEntityTable"]),
        // Writes the HTML5 entity table for ArticleParsing at build time (python3's html.entities).
        .plugin(name: "HTMLEntityTable", capability: .buildTool()),
        // The append-only JSON-lines log: records, the writer, recovery, verification.
        .target(
            name: "RecordLog",
            dependencies: [
                "ArticleParsing", "Locking", "CLinux",
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // inotify, scanning, safe reading of sources, and what happens to a file afterwards.
        .target(
            name: "DropFolder",
            dependencies: ["CLinux", "Locking", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // sd_notify and (later) the journal.
        .target(
            name: "SystemdSupport",
            dependencies: [
                "CSystemd",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Configuration, the pipeline on Dispatch queues, signals.
        .target(
            name: "NewsdropDaemon",
            dependencies: [
                "ArticleParsing", "RecordLog", "DropFolder", "SystemdSupport", "CLinux", "Locking",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "newsdrop",
            dependencies: [
                "NewsdropDaemon", "SystemdSupport", "RecordLog", "ArticleParsing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "ArticleParsingTests", dependencies: ["ArticleParsing"]),
        .testTarget(name: "LockingTests", dependencies: ["Locking"]),
        .testTarget(
            name: "RecordLogTests",
            dependencies: [
                "RecordLog", "ArticleParsing", "Locking", .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .testTarget(
            name: "DropFolderTests",
            dependencies: ["DropFolder", "Locking", .product(name: "SystemPackage", package: "swift-system")]
        ),
        .testTarget(
            name: "SystemdSupportTests",
            dependencies: ["SystemdSupport", "Locking", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "NewsdropDaemonTests",
            dependencies: ["NewsdropDaemon", "Locking", .product(name: "Logging", package: "swift-log")]
        ),
        // End-to-end: runs the built `newsdrop` binary in temporary trees.
        .testTarget(
            name: "newsdropTests",
            dependencies: ["newsdrop", "Locking", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where [.executable, .test, .regular].contains(target.type) {
    var settings = target.swiftSettings ?? []
    // Require `any` for existential types.
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    // An import is visible only in the file that writes it.
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    // A module's imports are internal unless marked `public import`.
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
