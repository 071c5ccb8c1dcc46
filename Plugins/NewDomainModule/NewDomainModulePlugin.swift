import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-domain-module --name housing`
/// `[--rule adapted-homes] [--target HousingModule]`: scaffolds a domain module, its first rule (with a full
/// description and two examples) and a test that runs every example, in the package it runs in.
///
/// In a partner's package the files go under `Sources/<Target>/` and `Tests/<Target>Tests/`, and
/// the plugin prints the lines to add to its Package.swift and to its `agenda` main.swift. In the
/// planner's own repository (the package with the `AgendaModules` target) they go under
/// `Sources/Modules/<Name>/` and `Tests/AgendaCoreTests/`, and it prints the target line and the
/// registration line. It never edits a manifest and never overwrites a file.
@main
struct NewDomainModulePlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        do {
            let request = try ScaffoldRequest.parse(arguments)
            let package = context.package
            let isPlanner = package.targets.contains { $0.name == "AgendaModules" }
            let layout = ScaffoldLayout(
                request: request, isPlannerRepository: isPlanner,
                agendaExecutable: isPlanner ? nil : Self.agendaExecutable(in: package))
            let root = package.directoryURL
            try layout.checkFree(root: root, targetNames: package.targets.map(\.name))
            for file in layout.files {
                let url = root.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // `withoutOverwriting`: a file that appeared since the check is still not replaced.
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
            }
            let manifest =
                (try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
            let references = PackageReferences(package: package, manifest: manifest)
            print(layout.report(references: references))
        } catch ScaffoldError.help {
            print(ScaffoldRequest.usage)
        } catch let error as ScaffoldError {
            Diagnostics.error("new-domain-module: \(error)")
            throw ScaffoldFailed()
        }
    }
}

extension NewDomainModulePlugin {
    /// The partner's build of `agenda`: an executable target that depends on `AgendaCommandLine`
    /// (the first, by name, so the output does not depend on the manifest's order).
    static func agendaExecutable(in package: Package) -> ScaffoldLayout.AgendaExecutable? {
        let executables = package.targets.compactMap { $0 as? SwiftSourceModuleTarget }.filter { target in
            target.kind == .executable
                && target.dependencies.contains { dependency in
                    if case .product(let product) = dependency { return product.name == "AgendaCommandLine" }
                    return false
                }
        }
        guard let target = executables.sorted(by: { $0.name < $1.name }).first else { return nil }
        let main = target.directoryURL.appendingPathComponent("main.swift")
        let text = (try? String(contentsOf: main, encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first { $0.contains("AgendaCommandLine.main(") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let root = package.directoryURL.standardizedFileURL.path
        var path = main.standardizedFileURL.path
        if path.hasPrefix(root + "/") { path.removeFirst(root.count + 1) }
        return ScaffoldLayout.AgendaExecutable(name: target.name, mainPath: path, mainLine: line)
    }
}

/// Makes `swift package` exit non-zero after the diagnostic has said why.
struct ScaffoldFailed: Error, CustomStringConvertible {
    var description: String { "new-domain-module wrote nothing" }
}

/// How the partner's manifest names the packages the new targets depend on.
///
/// `.product(name:package:)` takes the name the manifest declared the dependency with (its
/// identity, or the `name:` of a path dependency), so the printed lines reuse a reference the
/// manifest already makes, and otherwise fall back to the dependency's identity.
struct PackageReferences {
    /// The planner package (the one with `AgendaCommandLine`), if a direct dependency.
    var planner: String?
    /// The rule API package (the one with `AgendaRules`), if a direct dependency.
    var rules: String?

    init(planner: String?, rules: String?) {
        self.planner = planner
        self.rules = rules
    }

    init(package: Package, manifest: String) {
        func reference(forProduct product: String, alternatives: [String]) -> String? {
            for name in [product] + alternatives {
                if let written = Self.packageArgument(ofProduct: name, in: manifest) { return written }
            }
            guard
                let dependency = package.dependencies.first(where: {
                    $0.package.products.contains { $0.name == product }
                })?.package
            else { return nil }
            // `.package(name: "agenda-planner", path: "…")`: the name is what products refer to.
            // Otherwise the identity, spelled as the package spells its name when they agree ("AgendaRules").
            let identity = dependency.displayName.lowercased() == dependency.id ? dependency.displayName : dependency.id
            return Self.declaredName(ofPathTo: dependency.directoryURL, in: manifest, relativeTo: package.directoryURL)
                ?? identity
        }
        planner = reference(forProduct: "AgendaCommandLine", alternatives: ["AgendaCore"])
        rules = reference(forProduct: "AgendaRules", alternatives: [])
    }

    /// The `name:` of a `.package(name: "…", path: "…")` whose path is `directory`.
    static func declaredName(ofPathTo directory: URL, in manifest: String, relativeTo root: URL) -> String? {
        var rest = Substring(manifest)
        while let start = rest.range(of: ".package(name: \"") {
            rest = rest[start.upperBound...]
            guard let nameEnd = rest.firstIndex(of: "\"") else { return nil }
            let name = String(rest[..<nameEnd])
            rest = rest[nameEnd...]
            guard rest.hasPrefix("\", path: \""), let pathEnd = rest.dropFirst(10).firstIndex(of: "\"") else {
                continue
            }
            let path = String(rest[rest.index(rest.startIndex, offsetBy: 10)..<pathEnd])
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
            if url.standardizedFileURL.resolvingSymlinksInPath().path
                == directory.standardizedFileURL.resolvingSymlinksInPath().path
            {
                return name
            }
        }
        return nil
    }

    /// The `package:` argument of `.product(name: "<product>", package: "…")` in `manifest`.
    static func packageArgument(ofProduct product: String, in manifest: String) -> String? {
        guard let start = manifest.range(of: ".product(name: \"\(product)\", package: \"") else { return nil }
        let rest = manifest[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }
}
