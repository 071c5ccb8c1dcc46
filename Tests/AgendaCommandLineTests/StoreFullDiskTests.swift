import Foundation
import TestSupport
import Testing

/// A store on a disk that fills up (a small tmpfs, mounted when this test runs as root and may
/// mount; skipped otherwise): recording says the disk is full, exits 1, and every run recorded
/// before is still there in a sound store.
@Suite(.serialized, .timeLimit(.minutes(5))) struct StoreFullDiskTests {
    /// Mounts a tmpfs of `kibibytes` at a new folder; nil when this process may not mount.
    static func smallDisk(kibibytes: Int) -> URL? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agenda-full-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil,
            (try? Subprocess.run(
                "/bin/mount", ["-t", "tmpfs", "-o", "size=\(kibibytes)k", "tmpfs", folder.path],
                in: FileManager.default.temporaryDirectory)) != nil
        else {
            try? FileManager.default.removeItem(at: folder)
            return nil
        }
        return folder
    }

    static func unmount(_ folder: URL) {
        _ = try? Subprocess.run("/bin/umount", [folder.path], in: FileManager.default.temporaryDirectory)
        try? FileManager.default.removeItem(at: folder)
    }

    static let canMount: Bool = {
        guard getuid() == 0, let disk = smallDisk(kibibytes: 64) else { return false }
        unmount(disk)
        return true
    }()

    @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
    func aFullDiskRecordsNothingAndKeepsTheStoreSound() throws {
        let disk = try #require(Self.smallDisk(kibibytes: 512))
        defer { Self.unmount(disk) }
        let (folder, agenda) = try StoreCrashTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = disk.appendingPathComponent("agenda.sqlite").path
        let text = try String(contentsOfFile: agenda, encoding: .utf8)
        var printed: Set<Int> = []
        var full: AgendaExecutable.Run?
        for attempt in 1...100 {
            // Each run's agenda differs (16 KB of comments), so each stores a file of its own.
            let padding = (0..<160).map { "# \(attempt) \($0) " + String(repeating: "x", count: 90) }
            try (text + "\n" + padding.joined(separator: "\n") + "\n").write(
                toFile: agenda, atomically: true, encoding: .utf8)
            let run = try AgendaExecutable.run(["plan", agenda, "--record", "--store", store])
            printed.formUnion(StoreCrashTests.recordedIDs(run.errors))
            if run.status != 0 {
                full = run
                break
            }
        }
        let failure = try #require(full, "the disk never filled up")
        #expect(failure.status == 1)
        #expect(failure.errors.contains("\(store): error: the disk is full; nothing was recorded"), "\(failure.errors)")
        #expect(!printed.isEmpty)
        let check = try AgendaExecutable.run(["store", "check", agenda, "--store", store])
        #expect(check.status == 0, "\(check.errors)")
        let listed = try AgendaExecutable.run(["runs", agenda, "--store", store, "--format", "json"])
        #expect(listed.status == 0, "\(listed.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any])
        let ids = Set(((json["runs"] as? [[String: Any]]) ?? []).compactMap { $0["run"] as? Int })
        #expect(ids == printed)
    }
}
