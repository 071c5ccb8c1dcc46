// swift-tools-version: 6.1
import PackageDescription

// A libFuzzer target for the agenda loader, in a package of its own so the planner's build is
// unchanged. Build and run it with `.ci/fuzz` (see README.md here): the sanitizer flags are given on
// the command line, so that the planner's targets and Yams's libyaml are instrumented too.
let package = Package(
    name: "agenda-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "agenda-planner", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "LoaderFuzzer",
            dependencies: [
                .product(name: "AgendaCore", package: "agenda-planner"),
                .product(name: "AgendaModules", package: "agenda-planner"),
            ],
            // libFuzzer supplies `main`, so this target has no top-level code, however many files it has.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
