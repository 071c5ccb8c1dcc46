import AgendaCore
import Foundation

/// Buffered writing to standard output, so large reports are not written line by line.
struct StandardStreams {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func writeLine(_ text: String) {
        write(text + "\n")
    }

    /// Messages for people (progress, summaries) go to standard error, keeping standard output clean.
    func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Why the planner could not finish: a located diagnostic as it is, anything else as an error.
    func failure(_ error: any Error) {
        if let limitation = error as? Planner.FloorLimitation {
            note(limitation.diagnostic.rendered)
        } else {
            note("error: \(error)")
        }
    }
}
