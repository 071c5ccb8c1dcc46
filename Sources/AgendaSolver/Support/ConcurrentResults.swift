import Foundation

/// Results written by concurrent workers, each to its own slot.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private var values: [Value?]
    private var filled = 0
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    /// Stores the value of slot `index`; returns how many slots hold a value now.
    @discardableResult
    func set(_ index: Int, _ value: Value) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if values[index] == nil { filled += 1 }
        values[index] = value
        return filled
    }

    func get(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }
}
