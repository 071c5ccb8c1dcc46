import Foundation

/// A request, from outside a running search, to stop early and return the best plan found so far
/// with its bound (`Solution.interrupted`). A command sets it on Ctrl-C; the search looks at it
/// between nodes and between steps of its bound.
public final class SearchStop: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    public init() {}

    /// Asks the search to stop at its next node or step.
    public func request() {
        lock.withLock { requested = true }
    }

    /// Whether a stop was requested.
    public var isRequested: Bool { lock.withLock { requested } }
}

extension Optional where Wrapped == SearchStop {
    /// Whether a stop was requested (false without a `SearchStop`).
    var isRequested: Bool { self?.isRequested ?? false }
}
