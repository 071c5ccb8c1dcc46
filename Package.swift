// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "agenda-planner",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "agenda", targets: ["AgendaCLI"]),
        .library(name: "AgendaCore", targets: ["AgendaCore"]),
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
            name: "AgendaCLI",
            dependencies: [
                "AgendaCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode benchmarks: `swift run -c release agenda-benchmarks`.
        .executableTarget(
            name: "AgendaBenchmarks",
            dependencies: ["AgendaCore"]
        ),
        .testTarget(
            name: "AgendaCoreTests",
            dependencies: ["AgendaCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
