import TestSupport
import Testing

@testable import AgendaCore

/// Agendas split over files with `include:`.
@Suite struct IncludeTests {
    static let root = """
        agenda:
          id: split
          title: Split
          period: 2025-2026
          include: [region.yaml, partners.yaml, actions/*.yaml]
        goals:
          - {id: g, pillar: content, title: G}
        funding:
          - {id: s, funder: F, budget: {2025: 100000, 2026: 100000}}

        """
    static let region = "region:\n  id: r\n  name: R\n  municipalities:\n    - {id: delft, name: Delft}\n"
    static let partners = "partners:\n  - {id: p, name: P, kind: welfare}\n"
    static func action(_ id: String) -> String {
        "actions:\n  - {id: \(id), title: T, domain: welfare, pillar: content, goals: [g], where: [delft], lead: p, "
            + "cost: {2025: 10}}\n"
    }

    @Test func relativePathsAndGlobs() throws {
        let result = try AgendaFixture(files: [
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": Self.partners,
            "actions/b.yaml": Self.action("b"), "actions/a.yaml": Self.action("a"),
        ]).load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.files == ["agenda.yaml", "region.yaml", "partners.yaml", "actions/a.yaml", "actions/b.yaml"])
        #expect(result.agenda?.actions.map(\.id) == ["a", "b"])
    }

    @Test func diagnosticsNameTheIncludedFile() throws {
        let lines = try AgendaFixture(files: [
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": Self.partners,
            "actions/a.yaml": Self.action("a").replacingOccurrences(of: "lead: p", with: "lead: q"),
        ]).lines()
        let action = Self.action("a").replacingOccurrences(of: "lead: p", with: "lead: q")
        let at = position(of: "q, cost", in: action)
        #expect(lines.contains("actions/a.yaml:\(at): error: unknown partner 'q'; did you mean 'p'?"))
    }

    @Test func missingFileSuggestsTheClosestName() throws {
        let lines = try AgendaFixture(files: [
            "agenda.yaml": Self.root, "regio.yaml": Self.region, "partners.yaml": Self.partners,
            "actions/a.yaml": Self.action("a"),
        ]).lines()
        #expect(lines.contains("agenda.yaml:5:13: error: 'region.yaml' matches no file; did you mean 'regio.yaml'?"))
    }

    @Test func globMatchingNothing() throws {
        let lines = try AgendaFixture(files: [
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": Self.partners,
        ]).lines()
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "actions/*.yaml", in: Self.root)): error: 'actions/*.yaml' matches no file")
        )
    }

    @Test func includeOutsideTheFolder() throws {
        let root = Self.root.replacingOccurrences(of: "partners.yaml, ", with: "../partners.yaml, ")
        let lines = try AgendaFixture(files: ["agenda/agenda.yaml": root, "partners.yaml": Self.partners]).lines(
            "agenda/agenda.yaml")
        #expect(
            lines.contains(
                "agenda/agenda.yaml:5:26: error: '../partners.yaml' points outside the agenda's folder; an agenda "
                    + "may only include files in its own folder"
            ))
    }

    @Test func absoluteInclude() throws {
        let root = Self.root.replacingOccurrences(of: "partners.yaml, ", with: "/etc/passwd, ")
        let lines = try AgendaFixture.lines(["agenda.yaml": root, "region.yaml": Self.region])
        #expect(
            lines.contains(
                "agenda.yaml:5:26: error: include paths are relative to this file; '/etc/passwd' is absolute"))
    }

    @Test func includeCycle() throws {
        let lines = try AgendaFixture(files: [
            "agenda.yaml": Self.root, "region.yaml": Self.region,
            "partners.yaml": Self.partners + "include: [more.yaml]\n",
            "more.yaml": "include: [partners.yaml]\n",
            "actions/a.yaml": Self.action("a"),
        ]).lines()
        #expect(lines.contains("more.yaml:1:11: error: include cycle: partners.yaml → more.yaml → partners.yaml"))
    }

    @Test func fileIncludedTwice() throws {
        let root = Self.root.replacingOccurrences(of: "actions/*.yaml]", with: "actions/*.yaml, actions/a.yaml]")
        let lines = try AgendaFixture.lines([
            "agenda.yaml": root, "region.yaml": Self.region, "partners.yaml": Self.partners,
            "actions/a.yaml": Self.action("a"),
        ])
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "actions/a.yaml", in: root)): error: 'actions/a.yaml' is already part of "
                    + "this agenda; including it again would define everything in it twice"
            ))
        #expect(lines.contains("agenda.yaml:\(position(of: "actions/*.yaml", in: root)): note: first included here"))
    }

    @Test func agendaSectionOnlyInTheRoot() throws {
        let lines = try AgendaFixture.lines([
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": "agenda: {id: x}\n" + Self.partners,
            "actions/a.yaml": Self.action("a"),
        ])
        #expect(lines.contains("partners.yaml:1:1: error: 'agenda:' belongs only in the agenda's root file"))
    }

    @Test func regionGivenTwice() throws {
        let lines = try AgendaFixture.lines([
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": Self.partners + Self.region,
            "actions/a.yaml": Self.action("a"),
        ])
        #expect(lines.contains("partners.yaml:3:1: error: 'region' is already given in another file of this agenda"))
        #expect(lines.contains("region.yaml:1:1: note: first given here"))
    }

    @Test func duplicateIdsAcrossFiles() throws {
        let lines = try AgendaFixture.lines([
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": Self.partners,
            "actions/a.yaml": Self.action("a"), "actions/b.yaml": Self.action("a"),
        ])
        #expect(lines.contains("actions/b.yaml:2:10: error: duplicate action id 'a'"))
        #expect(lines.contains("actions/a.yaml:2:10: note: 'a' is first defined here"))
    }

    @Test func brokenIncludedFileDoesNotHideOthers() throws {
        let lines = try AgendaFixture.lines([
            "agenda.yaml": Self.root, "region.yaml": Self.region, "partners.yaml": "partners: [\n",
            "actions/a.yaml": Self.action("a"),
        ])
        #expect(lines.contains { $0.hasPrefix("partners.yaml:2:1: error: YAML syntax error") })
        #expect(
            lines.contains(
                "actions/a.yaml:\(position(of: "p, cost", in: Self.action("a"))): error: unknown partner 'p'"))
    }

    /// A chain of includes as long as the documented limit loads, however deep (issue 14, class 4:
    /// a chain of 800 files overflowed the stack); one file more is a located error.
    @Test(arguments: [1_000, 1_001])
    func includeChainUpToTheLimit(_ files: Int) throws {
        var chain: [String: String] = [
            "agenda.yaml": Base.with("  period: 2025-2026", "  period: 2025-2026\n  include: [c/1.yaml]")
        ]
        for index in 1..<files {
            chain["c/\(index).yaml"] = index + 1 < files ? "include: [\(index + 1).yaml]\n" : "themes: []\n"
        }
        let fixture = try AgendaFixture(files: chain)
        let result = fixture.load()
        if files <= InputLimits.default.maxFiles {
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map(\.rendered))")
            #expect(result.files.count == files)
        } else {
            #expect(
                result.diagnostics.map(\.rendered) == [
                    "c/999.yaml:1:11: error: an agenda may consist of at most 1000 files"
                ])
        }
    }
}
