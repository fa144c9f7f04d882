// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "dpia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dpia", targets: ["dpia"]),
        .library(name: "DPIAKit", targets: ["DPIAKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // SHA-256 and Ed25519 for verifiable reports: Linux has no CryptoKit and Foundation no
        // digest API. 3.12.3 rather than 4.x: a third less build time (toolchain-notes §1).
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        // The local web interface (`dpia serve`, issue 15): an HTTP server on loopback with an
        // in-process test client; about three minutes more on a clean build, once (toolchain-notes §8).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // Hummingbird's own logger and header types, named so `dpia serve` can keep the logger quiet
        // and set its security headers (both already in Hummingbird's graph: no build time added).
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // MARK: Core library: model, loading, evaluation, reporting. Never imports ArgumentParser.
        .target(
            name: "DPIAKit",
            dependencies: ["Yams", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),

        // MARK: The questionnaires built into the binary: their files and their layers, loaded and
        // checked by the build (the plugin's tool links DPIAKit, so DPIAKit cannot use the plugin).
        .target(
            name: "BundledQuestionnaires",
            dependencies: ["DPIAKit"],
            swiftSettings: strictSettings,
            plugins: ["EmbedQuestionnaires"]
        ),

        // MARK: The web interface of `dpia serve`: routes, token, pages as typed HTML. No file is
        // written here except through the saver the executable hands in.
        .target(
            name: "DPIAWeb",
            dependencies: [
                "DPIAKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: The thin command-line front end.
        .executableTarget(
            name: "dpia",
            dependencies: [
                "DPIAKit",
                "BundledQuestionnaires",
                "DPIAWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Build-time embedding of the top-level questionnaires/ folder.
        // A plugin rather than `.copy` resources: a moved binary must not depend on a
        // resource bundle next to it (toolchain-notes §3).
        // The embedder checks the bundled files first (QuestionnaireChecks, then everything `dpia
        // lint` checks, through DPIAKit), so a broken bundled layer fails the build with its
        // location, and embeds the layers already loaded, so the binary parses no YAML for them.
        .target(name: "QuestionnaireChecks", dependencies: ["Yams"], swiftSettings: strictSettings),
        .executableTarget(name: "QuestionnaireEmbedder", dependencies: ["DPIAKit", "QuestionnaireChecks"]),
        .plugin(
            name: "EmbedQuestionnaires",
            capability: .buildTool(),
            dependencies: ["QuestionnaireEmbedder"]
        ),

        // MARK: Tests
        .testTarget(
            name: "DPIAKitTests",
            dependencies: ["DPIAKit", "BundledQuestionnaires", "QuestionnaireChecks"],
            // Answers files kept as written (read through #filePath, not as resources).
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DPIAWebTests",
            dependencies: [
                "DPIAWeb", "DPIAKit", "BundledQuestionnaires", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "dpiaTests",
            dependencies: ["DPIAKit", "BundledQuestionnaires"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
