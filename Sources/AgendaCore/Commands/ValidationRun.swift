import AgendaRules
import Foundation

/// `agenda validate`: loads each agenda and declarative module file named and reports its problems
/// like a compiler.
///
/// Exit status: 0 when every agenda is valid (warnings allowed), 1 when one is invalid, 2 when a
/// path does not exist or holds no agenda.
public struct ValidationRun: Sendable {
    public var loader: AgendaLoader

    public init(loader: AgendaLoader) {
        self.loader = loader
    }

    /// What the run prints and how it exits.
    public struct Report: Sendable {
        /// Diagnostics, one or more lines each, then a summary line per agenda.
        public var lines: [String]
        public var diagnostics: [Diagnostic]
        public var exitCode: Int32
    }

    public func run(paths: [String]) -> Report {
        let found = AgendaDiscovery().find(paths)
        var lines = found.problems
        var all: [Diagnostic] = []
        var invalid = false
        var seenFiles = Set<String>()
        for root in found.roots {
            let result = loader.load(path: root)
            seenFiles.formUnion(result.files)
            all.append(contentsOf: result.diagnostics)
            lines.append(contentsOf: result.diagnostics.map(\.rendered))
            let errors = result.diagnostics.count { $0.severity == .error }
            let warnings = result.diagnostics.count { $0.severity == .warning }
            invalid = invalid || errors > 0
            let name = result.agenda.map { "agenda '\($0.id)'" } ?? "the agenda"
            let files = result.files.count == 1 ? "1 file" : "\(result.files.count) files"
            if errors > 0 {
                lines.append("\(root): \(name) is invalid: \(Self.count(errors, "error")), \(Self.count(warnings, "warning")) (\(files))")
            } else {
                let size = result.agenda.map { " — \($0.actions.count) actions, \($0.funding.count) sources, \($0.region.municipalities.count) municipalities" } ?? ""
                lines.append("\(root): \(name) is valid\(warnings > 0 ? " with \(Self.count(warnings, "warning"))" : "")\(size) (\(files))")
            }
        }
        let moduleReader = DeclarativeModuleLoader(limits: loader.limits, base: loader.registry)
        for file in found.modules {
            seenFiles.insert(file)
            let result = moduleReader.load(url: URL(fileURLWithPath: file), displayPath: file)
            // An agenda that loads this file has already reported its problems.
            let fresh = result.diagnostics.filter { !all.contains($0) }
            all.append(contentsOf: fresh)
            lines.append(contentsOf: fresh.map(\.rendered))
            let errors = result.diagnostics.count { $0.severity == .error }
            let warnings = result.diagnostics.count { $0.severity == .warning }
            invalid = invalid || errors > 0
            if errors > 0 {
                lines.append("\(file): the module file is invalid: \(Self.count(errors, "error")), \(Self.count(warnings, "warning"))")
            } else {
                let names = result.modules.map { "module '\($0.id)' \($0.version)" }.joined(separator: ", ")
                let rules = result.modules.reduce(0) { $0 + $1.rules.count }
                let examples = result.modules.reduce(0) { $0 + $1.rules.reduce(0) { $0 + $1.ruleDescription.examples.count } }
                lines.append("\(file): \(names) is valid\(warnings > 0 ? " with \(Self.count(warnings, "warning"))" : "") — \(Self.count(rules, "rule")), \(Self.count(examples, "example")) pass")
            }
        }
        for file in found.candidates where !seenFiles.contains(file) {
            let diagnostic = Diagnostic.warning("orphan-file", "this YAML file is not an agenda and no agenda includes it",
                                                at: .file(file))
            all.append(diagnostic)
            lines.append(diagnostic.rendered)
        }
        let exitCode: Int32 = !found.problems.isEmpty ? 2 : invalid ? 1 : 0
        return Report(lines: lines, diagnostics: all, exitCode: exitCode)
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
