import AgendaModules
import Testing

@testable import AgendaCore

/// Folders of paths, without Foundation's `deletingLastPathComponent`, which traps on Linux for
/// short paths such as `a`.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("a", ""), ("ab", ""), ("a.yaml", ""), ("dir/a.yaml", "dir"), ("dir/a/", "dir"), ("/a", "/"), ("/", "/"),
        ("/x/y/z.yaml", "/x/y"), ("x//y", "x"), ("./a", "."), ("", ""),
    ])
    func folderOfAPath(_ path: String, _ folder: String) {
        #expect(PathText.folder(of: path) == folder)
    }

    @Test func anAgendaNamedWithOneLetterLoads() {
        let result = AgendaLoader(registry: InstalledModules.registry).load(text: "agenda: {}\n", displayPath: "a")
        // It used to trap while finding the agenda's folder; now it reports what the file lacks.
        #expect(result.diagnostics.contains { $0.message.contains("missing required keys 'id', 'title', 'period'") })
    }
}
