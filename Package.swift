// swift-tools-version: 6.1
import PackageDescription

/// The rule API library, from its own package.
let rules: Target.Dependency = .product(name: "AgendaRules", package: "AgendaRules")

let package = Package(
    name: "agenda-planner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agenda", targets: ["agenda"]),
        // The commands of `agenda`, for a partner's build of it that adds modules (docs/modules.md).
        .library(name: "AgendaCommandLine", targets: ["AgendaCommandLine"]),
        .executable(name: "agenda-benchmarks", targets: ["agenda-benchmarks"]),
        .library(name: "AgendaCore", targets: ["AgendaCore"]),
        .plugin(name: "ValidateAgendas", targets: ["ValidateAgendas"]),
        .plugin(name: "NewDomainModule", targets: ["NewDomainModule"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The rule API, a package of its own with a dynamic library (see its manifest for why).
        .package(path: "Packages/AgendaRules"),
    ],
    targets: [
        // The domain modules that ship with the planner; each depends only on the rule API.
        .target(name: "PreventionModule", dependencies: [rules], path: "Sources/Modules/Prevention"),
        .target(name: "PrimaryCareModule", dependencies: [rules], path: "Sources/Modules/PrimaryCare"),
        .target(name: "WelfareModule", dependencies: [rules], path: "Sources/Modules/Welfare"),
        .target(name: "InformalCareModule", dependencies: [rules], path: "Sources/Modules/InformalCare"),
        // The core rules and the list of installed modules: adding a module is one line there.
        .target(
            name: "AgendaModules",
            dependencies: [rules, "PreventionModule", "PrimaryCareModule", "WelfareModule", "InformalCareModule"],
            path: "Sources/Modules/Installed"
        ),

        // The agenda model, YAML loading, validation, scoring and diagnostics.
        .target(
            name: "AgendaCore",
            dependencies: [rules, "AgendaModules", .product(name: "Yams", package: "Yams")]
        ),
        // The commands of `agenda`: a thin layer over the libraries.
        .target(
            name: "AgendaCommandLine",
            dependencies: [
                rules,
                "AgendaCore",
                "AgendaModules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `agenda` with the modules that ship with the planner; a partner's build adds its own.
        .executableTarget(name: "agenda", dependencies: ["AgendaCommandLine"]),
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
        // `swift package new-domain-module --name housing`: scaffolds a module, its first rule and a test.
        .plugin(
            name: "NewDomainModule",
            capability: .command(
                intent: .custom(verb: "new-domain-module", description: "Scaffold a domain module with a first rule, its examples and a test."),
                permissions: [.writeToPackageDirectory(reason: "The new module's sources and test are written into this package.")]
            ),
            path: "Plugins/NewDomainModule"
        ),

        // A fifth domain module that exists only for the tests: one target, one registration line.
        .target(name: "FixtureHousingModule", dependencies: [rules], path: "Tests/Fixtures/HousingModule"),
        .testTarget(
            name: "AgendaCoreTests",
            dependencies: ["AgendaCore", "AgendaModules", "FixtureHousingModule"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
