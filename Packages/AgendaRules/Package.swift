// swift-tools-version: 6.1
import PackageDescription

// The rule API: what a domain module depends on, and nothing else of the planner.
//
// It is a package of its own, and its library is dynamic, so that a module compiled elsewhere and
// loaded at run time (`agenda plan --module libX.so`) shares this library, and so its types, with the
// `agenda` that loads it. A statically linked copy in each would give two unrelated `DomainModule`
// protocols. See docs/modules.md, "A module loaded at run time".
let package = Package(
    name: "AgendaRules",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "AgendaRules", type: .dynamic, targets: ["AgendaRules"])
    ],
    targets: [
        .target(name: "AgendaRules")
    ],
    swiftLanguageModes: [.v6]
)
