// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "agenda-planner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agenda", targets: ["agenda"]),
        .library(name: "AgendaCore", targets: ["AgendaCore"]),
        .executable(name: "agenda-benchmarks", targets: ["agenda-benchmarks"]),
        .plugin(name: "ValidateAgendas", targets: ["ValidateAgendas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The agenda model, YAML loading, validation and diagnostics.
        .target(
            name: "AgendaCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // `agenda`: a thin command-line layer over the libraries.
        .executableTarget(
            name: "agenda",
            dependencies: [
                "AgendaCore",
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
        .testTarget(
            name: "AgendaCoreTests",
            dependencies: ["AgendaCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
