// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "agenda-planner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agenda", targets: ["agenda"]),
        .executable(name: "agenda-benchmarks", targets: ["agenda-benchmarks"]),
        .library(name: "AgendaCore", targets: ["AgendaCore"]),
        // What a partner's domain module depends on, and nothing else of the project.
        .library(name: "AgendaRules", targets: ["AgendaRules"]),
        .plugin(name: "ValidateAgendas", targets: ["ValidateAgendas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The rule API: module and rule protocols, rule descriptions, facts, diagnostics.
        .target(name: "AgendaRules"),

        // The domain modules that ship with the planner; each depends only on the rule API.
        .target(name: "PreventionModule", dependencies: ["AgendaRules"], path: "Sources/Modules/Prevention"),
        .target(name: "PrimaryCareModule", dependencies: ["AgendaRules"], path: "Sources/Modules/PrimaryCare"),
        .target(name: "WelfareModule", dependencies: ["AgendaRules"], path: "Sources/Modules/Welfare"),
        .target(name: "InformalCareModule", dependencies: ["AgendaRules"], path: "Sources/Modules/InformalCare"),
        // The core rules and the list of installed modules: adding a module is one line there.
        .target(
            name: "AgendaModules",
            dependencies: ["AgendaRules", "PreventionModule", "PrimaryCareModule", "WelfareModule", "InformalCareModule"],
            path: "Sources/Modules/Installed"
        ),

        // The agenda model, YAML loading, validation, scoring and diagnostics.
        .target(
            name: "AgendaCore",
            dependencies: ["AgendaRules", "AgendaModules", .product(name: "Yams", package: "Yams")]
        ),
        // `agenda`: a thin command-line layer over the libraries.
        .executableTarget(
            name: "agenda",
            dependencies: [
                "AgendaCore",
                "AgendaModules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/AgendaCLI"
        ),
        // Release-mode benchmarks: `swift run -c release agenda-benchmarks`.
        .executableTarget(
            name: "agenda-benchmarks",
            dependencies: ["AgendaCore"],
            path: "Sources/AgendaBenchmarks"
        ),
        // `swift package validate-agendas [PATH...]`: runs `agenda validate` for partner repositories.
        .plugin(
            name: "ValidateAgendas",
            capability: .command(
                intent: .custom(verb: "validate-agendas", description: "Check agenda YAML files with `agenda validate`.")
            ),
            dependencies: ["agenda"],
            path: "Plugins/ValidateAgendas"
        ),

        // A fifth domain module that exists only for the tests: one target, one registration line.
        .target(name: "FixtureHousingModule", dependencies: ["AgendaRules"], path: "Tests/Fixtures/HousingModule"),
        .testTarget(
            name: "AgendaCoreTests",
            dependencies: ["AgendaCore", "AgendaModules", "FixtureHousingModule"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
