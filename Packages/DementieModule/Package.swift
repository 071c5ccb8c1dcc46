// swift-tools-version: 6.1
import PackageDescription

// A domain module loaded at run time: dementia-friendly care (`domain: dementie`).
//
// It is built separately, not as part of the planner's own build, the way a partner organisation
// builds its module in its own repository:
//
//     swift build -c release --package-path Packages/DementieModule
//     agenda plan AGENDA --module Packages/DementieModule/.build/release/libDementieModule.so
//
// It depends on the rule API package by path, so its library links the same `libAgendaRules.so`
// (same soname) that `agenda` has already loaded, and its `DomainModule` is `agenda`'s. It must be
// built with the same Swift toolchain as `agenda`. See docs/modules-runtime.md.
let package = Package(
    name: "DementieModule",
    platforms: [.macOS(.v14)],
    products: [
        // Dynamic: the shared library `agenda --module` opens.
        .library(name: "DementieModule", type: .dynamic, targets: ["DementieModule"])
    ],
    dependencies: [
        .package(path: "../AgendaRules")
    ],
    targets: [
        .target(name: "DementieModule", dependencies: [.product(name: "AgendaRules", package: "AgendaRules")])
    ],
    swiftLanguageModes: [.v6]
)
