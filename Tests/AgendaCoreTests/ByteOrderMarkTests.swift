import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// A UTF-8 byte-order mark, which Excel and Windows editors write, is read as if it were absent, in
/// every role a file plays (issue 14, class 3); positions on the first line stay those an editor
/// shows.
@Suite struct ByteOrderMarkTests {
    static let mark = Data([0xEF, 0xBB, 0xBF])

    @Test func anAgendaWithAMarkLoads() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("agenda.yaml", Self.mark + Data(Base.text.utf8))
        let result = fixture.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.agenda?.id == "test-agenda")
    }

    @Test func aFragmentWithAMarkLoads() throws {
        let text = Base.with("  period: 2025-2026", "  period: 2025-2026\n  include: [themes.yaml]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        try fixture.write("themes.yaml", Self.mark + Data("themes:\n  - {id: thuis, title: Thuis}\n".utf8))
        let result = fixture.load()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.agenda?.themes.map(\.id) == ["thuis"])
    }

    @Test func aModuleWithAMarkLoads() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("vervoer.yaml", Self.mark + Data(DeclarativeModuleTests.module.utf8))
        let result = DeclarativeModuleLoader(base: InstalledModules.registry).load(
            url: fixture.folder.appendingPathComponent("vervoer.yaml"), displayPath: "vervoer.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.rendered))")
        #expect(result.modules.first?.id == "vervoer")
    }

    @Test func aFolderFindsAnAgendaWhoseRootHasAMark() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("agenda.yaml", Self.mark + Data(Base.text.utf8))
        let found = AgendaDiscovery().find([fixture.folder.path])
        #expect(found.roots.count == 1)
    }

    @Test func positionsOnTheFirstLineIgnoreTheMark() throws {
        let fixture = try AgendaFixture(files: [:])
        try fixture.write("agenda.yaml", Self.mark + Data("agenda: {id: x, titel: y}\n".utf8))
        #expect(
            fixture.lines().contains(
                "agenda.yaml:1:17: error: unknown key 'titel' in the 'agenda' section; did you mean 'title'?"))
    }
}
