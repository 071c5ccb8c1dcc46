import Foundation

@testable import AgendaStore

/// A folder of its own for one test, removed with everything in it by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "agenda-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// The names in the folder, sorted.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs, adoptions and imports to record.
enum Sample {
    /// `count` bytes that are not all alike, including NULs and bytes that are not UTF-8.
    static func bytes(_ count: Int, seed: UInt8 = 0) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) &+ seed })
    }

    static func run(
        agendaID: String = "zorg-laak",
        files: [StoredFile] = Sample.files,
        recordedAt: String = "2025-03-01T09:00:00Z",
        scenario: String? = nil,
        revision: StoredRevision? = nil,
        scoreTenThousandths: Int = 125_000
    ) -> NewRun {
        NewRun(
            agendaID: agendaID, root: "agenda.yaml", files: files, contentHash: "0123456789abcdef",
            revision: revision, scenario: scenario, plannerVersion: "1.4.0", recordedAt: recordedAt,
            status: "optimal", scoreTenThousandths: scoreTenThousandths, fundedActions: 3,
            planJSON: Data(#"{"plan":{"funded":["a","b","c"]}}"#.utf8),
            scoresJSON: Data(#"{"scores":[{"action":"a","score":4.5}]}"#.utf8),
            payments: [
                PlannedPayment(action: "a", source: "gemeente", year: 2025, euros: 120_000),
                PlannedPayment(action: "b", source: "zorgkantoor", year: 2026, euros: 9_007_199_254_740_993),
            ],
            budgets: [
                StoredBudget(source: "gemeente", year: 2025, euros: 500_000, carryOver: true),
                StoredBudget(source: "zorgkantoor", year: 2026, euros: 250_000, carryOver: false),
            ])
    }

    /// An agenda's files, not in alphabetical order, two of them with the same bytes.
    static let files = [
        StoredFile(path: "agenda.yaml", content: Data("agenda:\n  id: zorg-laak\n".utf8)),
        StoredFile(path: "modules/welzijn.yaml", content: bytes(3_000)),
        StoredFile(path: "acties/b.yaml", content: Data("actie: b\n".utf8)),
        StoredFile(path: "acties/a.yaml", content: Data("actie: b\n".utf8)),
    ]

    static func adoption(of runID: Int64, note: String? = "regiegroep 12 maart") -> NewAdoption {
        NewAdoption(
            runID: runID, adoptedBy: "regiegroep", adoptedOn: "2025-03-12", note: note,
            recordedAt: "2025-03-12T15:00:00Z")
    }

    static func actuals(_ fileName: String, _ rows: [ActualRow], importedAt: String = "2025-06-01T08:00:00Z")
        -> ActualsImport
    {
        let text = rows.map { "\($0.action);\($0.source);\($0.year);\($0.cents)" }.joined(separator: "\n")
        return ActualsImport(
            fileName: fileName, content: Data((fileName + "\n" + text).utf8), rows: rows, importedAt: importedAt)
    }
}

/// The file's bytes, or nil when there is no file.
func contents(_ path: String) -> Data? {
    FileManager.default.contents(atPath: path)
}

/// The size of the file at `path` in bytes, 0 when there is none.
func fileSize(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.size] as? NSNumber)?.intValue ?? 0
}

/// The `sqlite3` command-line tool, for changing a store behind the library's back.
enum SQLiteTool {
    static let path = "/usr/bin/sqlite3"

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `sql` on the database at `database`, returning what sqlite3 printed.
    @discardableResult
    static func run(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [database, sql]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "sqlite3 \(database) \(sql): \(String(decoding: complaints, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
