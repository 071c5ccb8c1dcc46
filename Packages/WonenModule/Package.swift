// swift-tools-version: 6.1
import PackageDescription

// A partner's package: the housing (wonen) domain module, and a build of `agenda` that includes it.
//
// It is also the sample for docs/modules-swift.md, and the planner's tests build a copy of it
// (Tests/AgendaCommandLineTests/PartnerPackageTests.swift). A partner outside this repository writes the
// same manifest with the paths of their checkout of the planner.
let package = Package(
    name: "WonenModule",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "WonenModule", targets: ["WonenModule"]),
        .executable(name: "agenda-wonen", targets: ["agenda-wonen"]),
    ],
    dependencies: [
        // The planner, for its commands (`AgendaCommandLine`) and, in tests, its loader and runner.
        // The `name:` keeps the product references below independent of the folder the planner is
        // checked out in (a path dependency's identity is its last path component).
        .package(name: "agenda-planner", path: "../.."),
        // The rule API: all a domain module depends on.
        .package(path: "../AgendaRules"),
    ],
    targets: [
        // The module itself: depends only on the rule API, like the planner's own modules.
        .target(name: "WonenModule", dependencies: [.product(name: "AgendaRules", package: "AgendaRules")]),
        // `agenda` with the built-in modules and this one: one file, Sources/agenda-wonen/main.swift.
        // Not named `agenda`: target and product names must be unique in the package graph, and
        // the planner's own build is already called that.
        .executableTarget(
            name: "agenda-wonen",
            dependencies: [
                "WonenModule",
                .product(name: "AgendaCommandLine", package: "agenda-planner"),
            ]
        ),
        .testTarget(
            name: "WonenModuleTests",
            dependencies: [
                "WonenModule",
                .product(name: "AgendaCore", package: "agenda-planner"),
                .product(name: "AgendaModules", package: "agenda-planner"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
