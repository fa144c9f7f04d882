// swift-tools-version: 6.1
// libFuzzer targets for dpia's parsers. A separate package: SwiftPM's --sanitize=fuzzer applies to
// every target of a build, plugin tools included, and libFuzzer's own `main` would clash with theirs.
// So fuzz/run.sh copies Sources/DPIAKit and Sources/BundledQuestionnaires into .generated/, the
// latter with the questionnaires already embedded, and this package builds those copies. Never build this package directly; see docs/fuzzing.md.
import PackageDescription

let fuzzerSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "dpia-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .target(
            name: "DPIAKit",
            dependencies: ["Yams", .product(name: "Crypto", package: "swift-crypto")],
            path: ".generated/DPIAKit"),
        .target(name: "BundledQuestionnaires", dependencies: ["DPIAKit"], path: ".generated/BundledQuestionnaires"),
        .executableTarget(
            name: "FuzzQuestionnaire", dependencies: ["DPIAKit"], swiftSettings: fuzzerSettings),
        .executableTarget(
            name: "FuzzCondition", dependencies: ["DPIAKit"], swiftSettings: fuzzerSettings),
        .executableTarget(
            name: "FuzzAnswers", dependencies: ["DPIAKit", "BundledQuestionnaires"], swiftSettings: fuzzerSettings),
        .executableTarget(
            name: "FuzzLayer", dependencies: ["DPIAKit", "BundledQuestionnaires"], swiftSettings: fuzzerSettings),
    ],
    swiftLanguageModes: [.v6]
)
