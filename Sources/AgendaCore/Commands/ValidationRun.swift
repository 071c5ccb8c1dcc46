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
        /// One entry of the report: a problem (a diagnostic, its notes on further lines) or the
        /// summary of one agenda or module file.
        public struct Entry: Sendable, Equatable {
            public enum Kind: Sendable, Equatable {
                case problem
                case summaryOfValidFile
                case summaryOfInvalidFile
            }

            public var kind: Kind
            public var text: String
        }

        /// Diagnostics, then a summary per agenda, in the order they are printed.
        public var entries: [Entry]
        public var diagnostics: [Diagnostic]
        public var exitCode: Int32

        /// Every line, as printed.
        public var lines: [String] { entries.map(\.text) }

        /// The lines without the summaries of valid files: what `validate --quiet` prints.
        public var problemLines: [String] { entries.filter { $0.kind != .summaryOfValidFile }.map(\.text) }
    }

    public func run(paths: [String]) -> Report {
        let found = AgendaDiscovery().find(paths)
        var report = Report(
            entries: found.problems.map { Report.Entry(kind: .problem, text: $0) }, diagnostics: [],
            exitCode: 0)
        var invalid = false
        var seenFiles = Set<String>()
        for root in found.roots {
            let result = loader.load(path: root)
            seenFiles.formUnion(result.files)
            invalid = add(result.diagnostics, summary: agendaSummary(root, result), to: &report) || invalid
        }
        let moduleReader = DeclarativeModuleLoader(limits: loader.limits, base: loader.registry)
        for file in found.modules {
            seenFiles.insert(file)
            let result = moduleReader.load(url: URL(fileURLWithPath: file), displayPath: file)
            // An agenda that loads this file has already reported its problems.
            let fresh = result.diagnostics.filter { !report.diagnostics.contains($0) }
            invalid =
                add(fresh, counting: result.diagnostics, summary: moduleSummary(file, result), to: &report) || invalid
        }
        for (file, kind) in found.refused {
            let diagnostic = Diagnostic.error(DiagnosticCode.notAFile, kind.refusal ?? "is not a file", at: .file(file))
            report.diagnostics.append(diagnostic)
            report.entries.append(Report.Entry(kind: .problem, text: diagnostic.rendered))
        }
        for file in found.candidates where !seenFiles.contains(file) {
            let diagnostic = Diagnostic.warning(
                DiagnosticCode.orphanFile, "this YAML file is not an agenda and no agenda includes it",
                at: .file(file))
            report.diagnostics.append(diagnostic)
            report.entries.append(Report.Entry(kind: .problem, text: diagnostic.rendered))
        }
        report.exitCode = !found.problems.isEmpty ? 2 : invalid || !found.refused.isEmpty ? 1 : 0
        return report
    }

    /// Adds the diagnostics and the file's summary; true when `counting` holds an error.
    private func add(
        _ diagnostics: [Diagnostic], counting: [Diagnostic]? = nil,
        summary: (Int, Int) -> String, to report: inout Report
    ) -> Bool {
        report.diagnostics.append(contentsOf: diagnostics)
        report.entries.append(contentsOf: diagnostics.map { Report.Entry(kind: .problem, text: $0.rendered) })
        let counted = counting ?? diagnostics
        let errors = counted.count { $0.severity == .error }
        let warnings = counted.count { $0.severity == .warning }
        report.entries.append(
            Report.Entry(
                kind: errors > 0 ? .summaryOfInvalidFile : .summaryOfValidFile,
                text: summary(errors, warnings)))
        return errors > 0
    }

    /// `root: agenda 'x' is valid — …` or `… is invalid: 2 errors, 0 warnings (10 files)`.
    private func agendaSummary(_ root: String, _ result: AgendaLoader.Result) -> (Int, Int) -> String {
        { errors, warnings in
            let name = result.agenda.map { "agenda '\($0.id)'" } ?? "the agenda"
            let files = result.files.count == 1 ? "1 file" : "\(result.files.count) files"
            if errors > 0 {
                return
                    "\(root): \(name) is invalid: \(Self.count(errors, "error")), \(Self.count(warnings, "warning")) "
                    + "(\(files))"
            }
            let size =
                result.agenda.map {
                    " — \(Self.count($0.actions.count, "action")), \(Self.count($0.funding.count, "source")), "
                        + ($0.region.municipalities.count == 1
                            ? "1 municipality" : "\($0.region.municipalities.count) municipalities")
                } ?? ""
            return
                "\(root): \(name) is valid\(warnings > 0 ? " with \(Self.count(warnings, "warning"))" : "")\(size) "
                + "(\(files))"
        }
    }

    /// `file: module 'x' 0.1.0 is valid — 4 rules, 11 examples pass`, or why it is invalid.
    private func moduleSummary(_ file: String, _ result: DeclarativeModuleLoader.Result) -> (Int, Int) -> String {
        { errors, warnings in
            if errors > 0 {
                return
                    "\(file): the module file is invalid: \(Self.count(errors, "error")), "
                    + "\(Self.count(warnings, "warning"))"
            }
            let names = result.modules.map { "module '\($0.id)' \($0.version)" }.joined(separator: ", ")
            let rules = result.modules.reduce(0) { $0 + $1.rules.count }
            let examples = result.modules.reduce(0) {
                $0 + $1.rules.reduce(0) { $0 + $1.ruleDescription.examples.count }
            }
            return "\(file): \(names) is valid\(warnings > 0 ? " with \(Self.count(warnings, "warning"))" : "")"
                + " — \(Self.count(rules, "rule")), \(Self.count(examples, "example")) pass"
        }
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
