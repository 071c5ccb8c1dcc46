import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// `agenda validate`: exit status and what it prints.
@Suite struct ValidationRunTests {
    @Test func validAgendaExitsZero() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": Base.text])
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ])
        #expect(report.exitCode == 0)
        #expect(report.lines.count == 1)
        #expect(
            report.lines[0].hasSuffix(
                "agenda.yaml: agenda 'test-agenda' is valid — 2 actions, 1 source, 2 municipalities (1 file)"))
    }

    @Test func invalidAgendaExitsOne() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": Base.with("    lead: xtra", "    lead: xtr")])
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.appendingPathComponent("agenda.yaml").path
        ])
        #expect(report.exitCode == 1)
        #expect(report.lines.last?.hasSuffix("agenda 'test-agenda' is invalid: 1 error, 1 warning (1 file)") == true)
    }

    @Test func hostileInputExitsOne() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": ""])
        #expect(
            ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
                fixture.folder.appendingPathComponent("agenda.yaml").path
            ]).exitCode == 1)
    }

    @Test func missingPathExitsTwo() throws {
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            "/no/such/agenda.yaml"
        ])
        #expect(report.exitCode == 2)
        #expect(report.lines == ["/no/such/agenda.yaml: error: no such file or folder"])
    }

    @Test func folderWithoutAgendaExitsTwo() throws {
        let fixture = try AgendaFixture(files: ["notes.yaml": "x: 1\n"])
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ])
        #expect(report.exitCode == 2)
    }

    @Test func folderChecksIncludedFilesThroughTheirAgendaAndFlagsOrphans() throws {
        let fixture = try AgendaFixture(files: [
            "agenda.yaml": IncludeTests.root, "region.yaml": IncludeTests.region,
            "partners.yaml": IncludeTests.partners,
            "actions/a.yaml": IncludeTests.action("a"), "old/unused.yaml": "x: 1\n",
        ])
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ])
        #expect(report.exitCode == 0)
        #expect(
            report.lines.contains(
                "\(fixture.folder.path)/old/unused.yaml: warning: this YAML file is not an agenda and no agenda "
                    + "includes it"
            ))
    }

    @Test func sameInputSameOutput() throws {
        let fixture = try AgendaFixture(files: [
            "agenda.yaml": Base.with("    lead: xtra", "    lead: xtr\n    reach: -3")
        ])
        let first = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ]).lines
        let second = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ]).lines
        #expect(first == second)
    }
}
