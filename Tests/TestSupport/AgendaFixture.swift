import AgendaCore
import AgendaModules
import Foundation

/// Writes agenda files into a fresh temporary folder and loads them, so tests see exactly what a
/// user running `agenda validate agenda.yaml` in that folder would see.
public struct AgendaFixture {
    public let folder: URL

    public init(files: [String: String]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("agenda-tests-\(UUID().uuidString)", isDirectory: true)
        for (name, text) in files {
            try write(name, Data(text.utf8))
        }
    }

    public func write(_ name: String, _ data: Data) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Loads `root` and returns the result; diagnostics name files relative to the folder.
    public func load(
        _ root: String = "agenda.yaml", limits: InputLimits = .default,
        registry: ModuleRegistry = InstalledModules.registry
    ) -> AgendaLoader.Result {
        AgendaLoader(limits: limits, registry: registry).load(
            url: folder.appendingPathComponent(root), displayPath: root)
    }

    /// Every rendered diagnostic line (notes on their own lines).
    public func lines(
        _ root: String = "agenda.yaml", limits: InputLimits = .default,
        registry: ModuleRegistry = InstalledModules.registry
    ) -> [String] {
        load(root, limits: limits, registry: registry).diagnostics.flatMap {
            $0.rendered.split(separator: "\n").map(String.init)
        }
    }

    public static func lines(_ text: String) throws -> [String] {
        try AgendaFixture(files: ["agenda.yaml": text]).lines()
    }

    public static func lines(_ files: [String: String]) throws -> [String] {
        try AgendaFixture(files: files).lines()
    }
}

/// A small valid agenda whose line numbers the tests rely on. Change it only with the tests.
public enum Base {
    public static let text = """
        agenda:
          id: test-agenda
          title: Test agenda
          period: 2025-2026
        indicators:
          residents-75plus: {label: Inwoners 75+, unit: persons, source: CBS, year: 2024}
          lonely: {label: Eenzaam, unit: share, higher_is: worse, source: GGD, year: 2022}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              indicators: {residents-75plus: 32000, lonely: 0.5}
              districts:
                - {id: laak, name: Laak}
            - id: delft
              name: Delft
              indicators: {residents-75plus: 9000}
        partners:
          - {id: xtra, name: Xtra, kind: welfare}
          - {id: ggd, name: GGD, kind: public-health}
        goals:
          - {id: ontmoeting, pillar: content, title: Ontmoeting}
        funding:
          - id: wmo
            funder: Gemeente
            budget: {2025: 100000, 2026: 100000}
        actions:
          - id: ontmoeting-laak
            title: Ontmoeting in Laak
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [den-haag/laak]
            lead: xtra
            partners: [ggd]
            cost: {2025: 50000, 2026: 50000}
          - id: valpreventie
            title: Valpreventie
            domain: prevention
            pillar: content
            goals: [ontmoeting]
            where: [delft]
            lead: ggd
            cost: {per-year: 20000, years: 2025-2026}

        """

    /// The base text with `old` replaced by `new` (which must occur exactly once).
    public static func with(_ old: String, _ new: String) -> String {
        precondition(text.components(separatedBy: old).count == 2, "'\(old)' must occur once in the base agenda")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The base text with lines appended.
    public static func plus(_ extra: String) -> String {
        text + extra
    }
}

/// `line:column` of the first character of `needle` in `text` (1-based, columns in Unicode
/// scalars), `columns` further right, so a test can say "the error points at this value" without
/// counting by hand.
public func position(of needle: String, in text: String, occurrence: Int = 1, plus columns: Int = 0) -> String {
    var searchRange = text.startIndex..<text.endIndex
    var found: Range<String.Index>?
    for _ in 0..<occurrence {
        guard let range = text.range(of: needle, range: searchRange) else {
            preconditionFailure("'\(needle)' does not occur \(occurrence) times")
        }
        found = range
        searchRange = range.upperBound..<text.endIndex
    }
    let prefix = text[..<found!.lowerBound]
    let line = prefix.count(where: { $0 == "\n" }) + 1
    let lineStart = prefix.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let column = text[lineStart..<found!.lowerBound].unicodeScalars.count + 1
    return "\(line):\(column + columns)"
}
