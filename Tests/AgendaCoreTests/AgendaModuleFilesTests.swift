import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// `agenda.modules`: an agenda names the declarative modules its actions use.
@Suite struct AgendaModuleFilesTests {
    /// The base agenda, loading `modules/vervoer.yaml`, with its welfare action turned into a
    /// `vervoer` action in Den Haag (32,000 residents 75+).
    static let agenda = Base.with("  period: 2025-2026", "  period: 2025-2026\n  modules: [modules/vervoer.yaml]")
        .replacingOccurrences(of: "    domain: welfare", with: "    domain: vervoer\n    vervoer: {ritten: 64000}")
        .replacingOccurrences(of: "    where: [den-haag/laak]", with: "    where: [den-haag]")

    static func fixture(agenda: String = agenda, module: String = DeclarativeModuleTests.module) throws -> AgendaFixture
    {
        try AgendaFixture(files: ["agenda.yaml": agenda, "modules/vervoer.yaml": module])
    }

    @Test func agendaLoadsTheModuleItNames() throws {
        let result = try Self.fixture().load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.registry.origin(of: "vervoer") == .declarative(file: "modules/vervoer.yaml"))
        let agenda = try #require(result.agenda)
        let scores = ScoringEngine(registry: result.registry).score(agenda)
        let contribution = try #require(
            scores.action("ontmoeting-laak")?.contributions.first { $0.qualifiedRule == "vervoer.ritten" })
        // 64,000 rides for 32,000 residents 75+ is 2 per resident: half of the full value at 4.
        #expect(contribution.raw == 0.5)
        #expect(contribution.moduleOrigin == .declarative(file: "modules/vervoer.yaml"))
    }

    @Test func withoutTheModuleTheDomainIsUnknown() throws {
        let text = Self.agenda.replacingOccurrences(of: "\n  modules: [modules/vervoer.yaml]", with: "")
        let lines = try Self.fixture(agenda: text).lines()
        #expect(lines.contains { $0.contains("error: unknown domain 'vervoer'") }, "\(lines)")
    }

    @Test func missingAndAbsoluteModulePathsAreLocated() throws {
        let missing = Self.agenda.replacingOccurrences(of: "[modules/vervoer.yaml]", with: "[modules/vervoor.yaml]")
        let lines = try Self.fixture(agenda: missing).lines()
        #expect(
            lines.contains(
                "agenda.yaml:\(position(of: "modules/vervoor.yaml", in: missing)): error: module file or folder "
                    + "'modules/vervoor.yaml' does not exist (looked for modules/vervoor.yaml)"
            ), "\(lines)")

        let absolute = Self.agenda.replacingOccurrences(of: "[modules/vervoer.yaml]", with: "[/etc/vervoer.yaml]")
        let absoluteLines = try Self.fixture(agenda: absolute).lines()
        #expect(
            absoluteLines.contains(
                "agenda.yaml:\(position(of: "/etc/vervoer.yaml", in: absolute)): error: module paths are relative to "
                    + "this file; '/etc/vervoer.yaml' is absolute"
            ), "\(absoluteLines)")
    }

    @Test func aModuleWhoseExampleFailsRefusesTheAgenda() throws {
        let broken = DeclarativeModuleTests.module("expected: 0.5", "expected: 0.75")
        let result = try Self.fixture(module: broken).load()
        #expect(result.hasErrors)
        let lines = result.diagnostics.map(\.rendered)
        #expect(lines.contains { $0.hasPrefix("modules/vervoer.yaml:") && $0.contains("expects 0.75") }, "\(lines)")
        #expect(
            lines.contains {
                $0.hasPrefix("agenda.yaml:")
                    && $0.contains(
                        "the modules of 'modules/vervoer.yaml' are refused because of the errors reported in "
                            + "modules/vervoer.yaml"
                    )
            }, "\(lines)")
        // The agenda is not decoded further: its actions of the refused domain would only repeat the problem.
        #expect(result.agenda == nil)
        #expect(!lines.contains { $0.contains("unknown domain") }, "\(lines)")
    }

    @Test func theSameFileFromTheCommandLineIsNotAClash() throws {
        let fixture = try Self.fixture()
        let path = fixture.folder.appendingPathComponent("modules/vervoer.yaml").path
        let base = try #require(ModuleAssembly(moduleFiles: [path]).assemble(on: InstalledModules.registry).registry)
        let result = AgendaLoader(registry: base).load(
            url: fixture.folder.appendingPathComponent("agenda.yaml"),
            displayPath: fixture.folder.appendingPathComponent("agenda.yaml").path)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
    }

    @Test func anotherModuleClaimingTheDomainIsAClashNamingBoth() throws {
        let fixture = try AgendaFixture(files: [
            "agenda.yaml": Self.agenda.replacingOccurrences(
                of: "[modules/vervoer.yaml]", with: "[modules/vervoer.yaml, modules/copy.yaml]"),
            "modules/vervoer.yaml": DeclarativeModuleTests.module,
            "modules/copy.yaml": DeclarativeModuleTests.module,
        ])
        let lines = fixture.lines()
        #expect(
            lines.contains {
                $0.contains(
                    "error: two modules claim the domain 'vervoer': one YAML modules/vervoer.yaml, one YAML "
                        + "modules/copy.yaml"
                )
            }, "\(lines)")
    }

    @Test func validateChecksModuleFilesInAFolder() throws {
        let fixture = try Self.fixture()
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ])
        #expect(report.exitCode == 0, "\(report.lines)")
        #expect(
            report.lines.contains {
                $0.hasSuffix("modules/vervoer.yaml: module 'vervoer' 1.0.0 is valid — 1 rule, 1 example pass")
            }, "\(report.lines)")

        let broken = try Self.fixture(module: DeclarativeModuleTests.module("expected: 0.5", "expected: 0.75"))
        let brokenReport = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            broken.folder.appendingPathComponent("modules/vervoer.yaml").path
        ])
        #expect(brokenReport.exitCode == 1)
    }

    /// A `district-field` term reads the module's fields on the places an action works in.
    @Test func districtFieldTermReadsThePlacesOfTheAction() throws {
        let module = DeclarativeModuleTests.module
            .replacingOccurrences(
                of: "rules:\n",
                with: """
                    district-fields:
                      haltes:
                        kind: count
                        summary: Opstapplekken in de wijk.
                    rules:
                      - id: haltes
                        name: Haltes
                        summary: Opstapplekken waar de actie werkt; vol bij 10.
                        rationale: Test.
                        sources: [illustratief]
                        value:
                          - district-field: haltes
                            full-at: 10
                        examples:
                          - {title: Geen cijfer, expected: 0}

                    """)
        let agenda = Self.agenda
            .replacingOccurrences(of: "    where: [den-haag]", with: "    where: [den-haag/laak, delft]")
            .replacingOccurrences(
                of: "        - {id: laak, name: Laak}", with: "        - {id: laak, name: Laak, vervoer: {haltes: 4}}"
            )
            .replacingOccurrences(
                of: "      indicators: {residents-75plus: 9000}",
                with: "      indicators: {residents-75plus: 9000}\n      vervoer: {haltes: 2}")
        let result = try Self.fixture(agenda: agenda, module: module).load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let loaded = try #require(result.agenda)
        let scores = ScoringEngine(registry: result.registry).score(loaded)
        let haltes = try #require(
            scores.action("ontmoeting-laak")?.contributions.first { $0.qualifiedRule == "vervoer.haltes" })
        // 4 in Laak and 2 in Delft, added up: 6 of the 10 for the full value.
        #expect(haltes.raw == 0.6)

        let undeclared = module.replacingOccurrences(of: "- district-field: haltes", with: "- district-field: halte")
        let lines = try DeclarativeModuleTests.lines(undeclared)
        #expect(
            lines.contains {
                $0.contains("error: field 'halte' is not a district field of this module; did you mean 'haltes'?")
            }, "\(lines)")
    }
}
