import Foundation

/// Where the scaffolded files go and what the user must add by hand, for the two places the
/// plugin runs in: a partner's package, or the planner's own repository.
struct ScaffoldLayout {
    struct File {
        /// Relative to the package's directory.
        var path: String
        var contents: String
    }

    /// A partner's executable that already runs `AgendaCommandLine.main`, if there is one.
    struct AgendaExecutable {
        var name: String
        /// Relative to the package, e.g. `Sources/agenda-wonen/main.swift`.
        var mainPath: String
        /// The line of main.swift that calls `AgendaCommandLine.main`, trimmed.
        var mainLine: String?
    }

    var request: ScaffoldRequest
    var isPlannerRepository: Bool
    var agendaExecutable: AgendaExecutable? = nil

    /// The module's source folder, relative to the package.
    var sourceFolder: String {
        isPlannerRepository ? "Sources/Modules/\(request.typeStem)" : "Sources/\(request.targetName)"
    }

    var files: [File] {
        let r = request
        let test =
            isPlannerRepository
            ? File(
                path: "Tests/AgendaCoreTests/\(r.moduleType)Tests.swift", contents: ScaffoldTemplates.repositoryTest(r))
            : File(
                path: "Tests/\(r.testTargetName)/\(r.testTargetName).swift", contents: ScaffoldTemplates.partnerTest(r))
        return [
            File(path: "\(sourceFolder)/\(r.moduleType).swift", contents: ScaffoldTemplates.module(r)),
            File(path: "\(sourceFolder)/\(r.ruleType).swift", contents: ScaffoldTemplates.rule(r)),
            test,
        ]
    }

    /// Refuses, listing all of them, when any file or target to be made already exists.
    func checkFree(root: URL, targetNames: [String]) throws(ScaffoldError) {
        var taken = files.map(\.path).filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
        var targets = [request.targetName]
        if !isPlannerRepository { targets.append(request.testTargetName) }
        taken += targets.filter(targetNames.contains).map { "a target named '\($0)' in Package.swift" }
        if !taken.isEmpty { throw .exists(taken) }
    }

    /// What was written and the lines to add, in a fixed order so the output is the same every run.
    func report(references: PackageReferences) -> String {
        let r = request
        var lines = ["Created the '\(r.slug)' domain module (\(r.moduleType), first rule '\(r.rule)'):"]
        lines += files.map { "  \($0.path)" }
        lines.append("")
        if isPlannerRepository {
            lines += [
                "1. Add the target to Package.swift, next to the other modules:",
                "",
                "        .target(name: \"\(r.targetName)\", dependencies: [rules], path: \"\(sourceFolder)\"),",
                "",
                "   and \"\(r.targetName)\" to the dependencies of the AgendaModules target.",
                "",
                "2. Install it in Sources/Modules/Installed/InstalledModules.swift: `import \(r.targetName)` and, in "
                    + "`modules`,",
                "",
                "        \(r.moduleType)(),",
                "",
                "3. Fill in every 'TO FILL IN' (summary, rationale, sources). The repository's tests also ask for at",
                "   least four documented rules per built-in module (RuleExampleTests); add three more before "
                    + "committing.",
                "",
                "Check it: swift test --filter \(r.moduleType)Tests, then swift run agenda rules.",
            ]
        } else {
            let planner = references.planner ?? "agenda-planner"
            let rules = references.rules ?? "AgendaRules"
            lines += [
                "1. Add to the targets in Package.swift:",
                "",
                "        .target(name: \"\(r.targetName)\", dependencies: [.product(name: \"AgendaRules\", package: "
                    + "\"\(rules)\")]),",
                "        .testTarget(name: \"\(r.testTargetName)\", dependencies: [\"\(r.targetName)\", "
                    + ".product(name: \"AgendaCore\", package: \"\(planner)\"), .product(name: \"AgendaModules\", "
                    + "package: \"\(planner)\")]),",
                "",
            ]
            if references.rules == nil {
                lines += [
                    "   The module depends only on the rule API: add the package next to the planner in "
                        + "`dependencies`,",
                    "",
                    "        .package(path: \"<the planner's checkout>/Packages/AgendaRules\"),",
                    "",
                ]
            }
            if let executable = agendaExecutable {
                let current = executable.mainLine ?? "AgendaCommandLine.main(adding: [/* your modules */])"
                lines += [
                    "2. Add \"\(r.targetName)\" to the dependencies of the `\(executable.name)` executable target, "
                        + "and in its",
                    "   \(executable.mainPath): `import \(r.targetName)` and the module in the list:",
                    "",
                    "        \(Self.adding(r.moduleType, to: current))",
                    "",
                ]
            } else {
                lines += [
                    "2. Build `agenda` with the module linked in: add this executable target (not named `agenda`,",
                    "   which the planner's own build already is; names are unique in the package graph)",
                    "",
                    "        .executableTarget(name: \"agenda-\(r.slug)\", dependencies: [\"\(r.targetName)\", "
                        + ".product(name: \"AgendaCommandLine\", package: \"\(planner)\")]),",
                    "",
                    "   and its one file, Sources/agenda-\(r.slug)/main.swift:",
                    "",
                    "        import AgendaCommandLine",
                    "        import \(r.targetName)",
                    "",
                    "        AgendaCommandLine.main(adding: [\(r.moduleType)()])",
                    "",
                ]
            }
            lines += [
                "3. Fill in every 'TO FILL IN' (summary, rationale, sources), then add rules and examples.",
                "",
                "Check it: swift test, then swift run \(agendaExecutable?.name ?? "agenda-\(r.slug)") rules.",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// `AgendaCommandLine.main(adding: [WonenModule()])` with `HousingModule()` added to the list.
    static func adding(_ moduleType: String, to line: String) -> String {
        let call = "\(moduleType)()"
        if line.contains("AgendaCommandLine.main()") {
            return line.replacingOccurrences(
                of: "AgendaCommandLine.main()", with: "AgendaCommandLine.main(adding: [\(call)])")
        }
        guard let close = line.range(of: "])", options: .backwards) else {
            return "AgendaCommandLine.main(adding: [\(call)])"
        }
        let before = line[..<close.lowerBound]
        let empty = before.hasSuffix("[")
        return before + (empty ? "" : ", ") + call + line[close.lowerBound...]
    }
}
