import Foundation

/// Shows what the search is doing on standard error, once it has run for more than a second: at
/// most one line every two seconds, so a long search says where it is without flooding the screen.
final class ProgressReporter: @unchecked Sendable {
    private let started: ContinuousClock.Instant
    private let lock = NSLock()
    private var last: ContinuousClock.Instant?

    init(started: ContinuousClock.Instant) {
        self.started = started
    }

    func report(_ message: String) {
        let now = ContinuousClock.now
        lock.lock()
        defer { lock.unlock() }
        guard now - started > .seconds(1), last.map({ now - $0 > .seconds(2) }) ?? true else { return }
        last = now
        StandardStreams().note("planning… \(message)")
    }
}
