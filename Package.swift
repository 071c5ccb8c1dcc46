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
        // The modules that ship with the planner, for a partner's tests (`InstalledModules.registry`).
        .library(name: "AgendaModules", targets: ["AgendaModules"]),
        .plugin(name: "ValidateAgendas", targets: ["ValidateAgendas"]),
        .plugin(name: "NewDomainModule", targets: ["NewDomainModule"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The network's memory: runs, adoptions and actual spending (docs/store.md), on the system SQLite.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Files of actual spending, as spreadsheets write CSV.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
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

        // The funding solver: linear programming and the searches, on problems of numbers and indices.
        // It depends on nothing, and knows no agenda.
        .target(name: "AgendaSolver"),
        // The agenda model, YAML loading, validation, scoring and diagnostics.
        .target(
            name: "AgendaCore",
            dependencies: [
                rules, "AgendaSolver", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The store of record (docs/store.md): runs, adoptions and imported actual spending in SQLite.
        // It holds plain records and knows no agenda; the commands turn agendas into its records.
        .target(name: "AgendaStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // Synthetic agendas of any size, for `agenda generate`, the benchmarks and the tests.
        // It writes agendas for the built-in modules, so it names their domains through them.
        .target(
            name: "AgendaSynthetic",
            dependencies: ["AgendaCore", "PreventionModule", "PrimaryCareModule", "WelfareModule", "InformalCareModule"]
        ),
        // The commands of `agenda`: a thin layer over the libraries.
        .target(
            name: "AgendaCommandLine",
            dependencies: [
                rules,
                "AgendaCore",
                "AgendaModules",
                "AgendaStore",
                "AgendaSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `agenda` with the modules that ship with the planner; a partner's build adds its own.
        .executableTarget(name: "agenda", dependencies: ["AgendaCommandLine"]),
        // Release-mode benchmarks: `swift run -c release agenda-benchmarks`.
        .executableTarget(
            name: "agenda-benchmarks",
            dependencies: [
                "AgendaCommandLine", "AgendaCore", "AgendaModules", "AgendaStore", "AgendaSynthetic",
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Sources/AgendaBenchmarks",
            // `Scripts/highs.py` runs HiGHS for the benchmarks; it is not compiled.
            exclude: ["Scripts"]
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
        // What the test targets share: the repository's root, fixtures, and running programs.
        .target(name: "TestSupport", dependencies: ["AgendaCore", "AgendaModules"], path: "Tests/TestSupport"),
        // The solver on problems built in code: no YAML, no agenda.
        .testTarget(name: "AgendaSolverTests", dependencies: ["AgendaSolver"]),
        .testTarget(
            name: "AgendaCoreTests",
            dependencies: ["AgendaCore", "AgendaSolver", "AgendaModules", "AgendaSynthetic", "FixtureHousingModule", "TestSupport"]
        ),
        // The commands, in process through ArgumentParser and as the built `agenda` executable.
        // The store on its own: migrations, records, imports, and how it fails.
        .testTarget(name: "AgendaStoreTests", dependencies: ["AgendaStore"]),
        .testTarget(
            name: "AgendaCommandLineTests",
            dependencies: ["AgendaCommandLine", "AgendaCore", "AgendaModules", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
