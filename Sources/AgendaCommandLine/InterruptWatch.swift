import AgendaCore
import Dispatch
import Foundation

/// Ctrl-C while `plan` searches: the first asks the search to stop and write out the best plan
/// found so far, marked as interrupted; a second ends the program at once.
///
/// Only the command-line program watches: a command run in process (by a test) leaves the
/// process's signals alone.
final class InterruptWatch: @unchecked Sendable {
    private let source: DispatchSourceSignal?
    private let lock = NSLock()
    private var interrupts = 0

    /// Starts watching; the search `stop` is requested at the first Ctrl-C.
    init(stop: Planner.SearchStop) {
        guard StandardStreams.capture == nil else {
            source = nil
            return
        }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        self.source = source
        source.setEventHandler { [self] in
            let count = lock.withLock {
                interrupts += 1
                return interrupts
            }
            guard count == 1 else { _exit(130) }
            stop.request()
            StandardStreams().note(
                "interrupted: finishing with the best plan found so far (press Ctrl-C again to quit at once)")
        }
        source.resume()
    }

    /// Stops watching: Ctrl-C ends the program again.
    func end() {
        guard let source else { return }
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
