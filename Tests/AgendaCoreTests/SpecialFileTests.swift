import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Only regular files are read (issue 14, class 2): a FIFO, device or socket named `*.yaml` is a
/// located error wherever it is met, never a read that waits for ever. Modules stay inside the
/// agenda's folder, and standard input is refused with a clear message.
///
/// The time limit catches a read that waits for ever. It counts from when a test starts, also
/// while the test waits for a thread the suite's long tests (plans in a debug build) hold on a
/// two-core machine: one minute was too short there, ten is still far from for ever.
@Suite(.timeLimit(.minutes(10))) struct SpecialFileTests {
    /// The base agenda with extra lines under `agenda:`.
    static func agenda(_ lines: String) -> String {
        Base.with("  period: 2025-2026", "  period: 2025-2026\n" + lines)
    }

    static func fifo(_ fixture: AgendaFixture, _ name: String) throws {
        let url = fixture.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(url.path, 0o644) == 0)
    }

    static let refusal = "is a FIFO (named pipe), not a file; agendas and modules are read only from regular files"

    @Test func aFIFOAsAnIncludeIsAnErrorAtTheEntry() throws {
        let text = Self.agenda("  include: [pipe.yaml]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        try Self.fifo(fixture, "pipe.yaml")
        #expect(
            fixture.lines().contains(
                "agenda.yaml:\(position(of: "pipe.yaml", in: text)): error: 'pipe.yaml' \(Self.refusal)"))
    }

    @Test func aFIFOMatchedByAPatternIsAnErrorAtTheEntry() throws {
        let text = Self.agenda("  include: [parts/*.yaml]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text, "parts/a.yaml": "themes: []\n"])
        try Self.fifo(fixture, "parts/b.yaml")
        #expect(
            fixture.lines().contains(
                "agenda.yaml:\(position(of: "parts/*.yaml", in: text)): error: 'parts/b.yaml' \(Self.refusal)"))
    }

    @Test func aFIFOAsAModuleIsAnErrorAtTheEntry() throws {
        let text = Self.agenda("  modules: [modules/pipe.yaml]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        try Self.fifo(fixture, "modules/pipe.yaml")
        #expect(
            fixture.lines().contains(
                "agenda.yaml:\(position(of: "modules/pipe.yaml", in: text)): error: 'modules/pipe.yaml' "
                    + Self.refusal))
    }

    @Test func aFIFOInAModuleFolderIsRefused() throws {
        let text = Self.agenda("  modules: [modules]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        try Self.fifo(fixture, "modules/pipe.yaml")
        let lines = fixture.lines()
        #expect(lines.contains("modules/pipe.yaml: error: \(Self.refusal)"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("agenda.yaml:\(position(of: "[modules]", in: text, plus: 1)): error:") })
    }

    @Test func aFIFOInAValidatedFolderIsAnErrorAndNeverOpened() throws {
        let fixture = try AgendaFixture(files: ["agenda.yaml": Base.text])
        try Self.fifo(fixture, "pipe.yaml")
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            fixture.folder.path
        ])
        #expect(report.exitCode == 1)
        #expect(report.lines.contains { $0.hasSuffix("pipe.yaml: error: \(Self.refusal)") }, "\(report.lines)")
    }

    @Test func aFIFOAsTheAgendaItselfIsRefused() throws {
        let fixture = try AgendaFixture(files: [:])
        try Self.fifo(fixture, "agenda.yaml")
        #expect(fixture.lines() == ["agenda.yaml: error: \(Self.refusal)"])
    }

    @Test func aDeviceIsRefused() {
        let result = AgendaLoader(registry: InstalledModules.registry).load(path: "/dev/null")
        #expect(
            result.diagnostics.map(\.rendered) == [
                "/dev/null: error: is a character device, not a file; agendas and modules are read only from regular "
                    + "files"
            ])
    }

    @Test(arguments: ["-", "/dev/stdin"])
    func standardInputIsRefusedClearly(_ path: String) {
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [path])
        #expect(report.exitCode == 2)
        #expect(
            report.lines == [
                "\(path): error: agendas are read from files, not from standard input; save the text to a file and "
                    + "name it"
            ])
    }

    @Test func includingAFolderSaysHowToIncludeItsFiles() throws {
        let text = Self.agenda("  include: [parts/]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text, "parts/a.yaml": "themes: []\n"])
        let at = position(of: "parts/]", in: text)
        #expect(fixture.lines().contains("agenda.yaml:\(at): error: 'parts' is a folder, not a YAML file"))
        #expect(fixture.lines().contains("agenda.yaml:\(at): note: to include its YAML files, write 'parts/*.yaml'"))
    }

    @Test func aModuleOutsideTheAgendasFolderIsRefused() throws {
        let text = Self.agenda("  modules: [../../../../etc/shadow]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        let lines = fixture.lines()
        let at = position(of: "../../../../etc/shadow", in: text)
        #expect(lines.contains { $0.hasPrefix("agenda.yaml:\(at): error: '../../../../etc/shadow' points outside") })
        #expect(lines.contains { $0.contains("note: give a module from elsewhere with --modules") }, "\(lines)")
    }

    @Test func aLinkOutOfTheFolderIsOutside() throws {
        let outside = try AgendaFixture(files: ["m.yaml": DeclarativeModuleTests.module])
        let text = Self.agenda("  modules: [modules/m.yaml]")
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        try FileManager.default.createDirectory(
            at: fixture.folder.appendingPathComponent("modules"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: fixture.folder.appendingPathComponent("modules/m.yaml").path,
            withDestinationPath: outside.folder.appendingPathComponent("m.yaml").path)
        let lines = fixture.lines()
        #expect(
            lines.contains { $0.hasPrefix("agenda.yaml:\(position(of: "modules/m.yaml", in: text)): error:") }
                && lines.contains { $0.contains("points outside") }, "\(lines)")
    }
}
