import Foundation
import Testing

@testable import AgendaStore

/// Results gathered from several threads.
private final class Gathered<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []

    func add(_ value: Value) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }

    var all: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

/// Two store objects (as two commands would) write to one file at once.
@Suite struct ConcurrencyTests {
    @Test func twoStoresRecordAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("store.sqlite")
        let stores = [try SQLiteStore(path: path, access: .write), try SQLiteStore(path: path, access: .write)]
        let ids = Gathered<Int64>()
        let failures = Gathered<String>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for number in 0..<20 {
                do {
                    ids.add(try stores[index].record(Sample.run(agendaID: "store-\(index)-run-\(number)")))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all == [])
        #expect(ids.all.count == 40)
        #expect(Set(ids.all).count == 40)
        let runs = try stores[0].runs()
        #expect(runs.count == 40)
        #expect(Set(runs.map(\.id)) == Set(ids.all))
        #expect(try stores[1].runs() == runs)
        #expect(try stores[1].check().isEmpty)
    }

    /// Two commands that record at once on a store that does not exist yet both create it or
    /// open it. The moment that goes wrong is short, so this is tried on fifty new files.
    @Test func twoStoresCreateOneNewFileAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let paths = (0..<50).map { folder.path("nieuw-\($0)/store.sqlite") }
        let failures = Gathered<String>()
        for path in paths {
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    let store = try SQLiteStore(path: path, access: .write)
                    _ = try store.record(Sample.run(agendaID: "store-\(index)"))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all == [])
        let counts = try paths.map { try SQLiteStore(path: $0, access: .read).runs().count }
        #expect(counts == Array(repeating: 2, count: paths.count))
        #expect(try SQLiteStore(path: paths[0], access: .read).check().isEmpty)
    }
}
