import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// Every numeric option at its extremes (issue 14, classes 1 and 8): a value outside its range is
/// a one-line usage error with exit status 2 that names the option, never a trap, an allocation
/// that aborts or a run without end.
@Suite struct CommandOptionRangeTests {
    static let example = Repository.path("agendas/example.yaml")
    static let extremes = ["0", "-1", "1e16", "1e300", "9223372036854775807", "nan", "inf"]

    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    /// `--option=value`, so that a negative value is read as a value.
    @Test(arguments: [
        (["sweep", example, "--source", "social-support-fund"], "--from", ["0"]),
        (["sweep", example, "--source", "social-support-fund"], "--to", []),
        (["sweep", example, "--source", "social-support-fund"], "--steps", []),
        (["sensitivity", example], "--samples", []),
        (["sensitivity", example, "--samples", "2"], "--spread", ["0"]),
        (["plan", example], "--max-nodes", ["9223372036854775807"]),
    ])
    func optionExtremes(_ command: [String], _ option: String, _ accepted: [String]) {
        for value in Self.extremes {
            let result = Self.run(command + ["\(option)=\(value)"])
            if accepted.contains(value) {
                #expect(result.status == 0, "\(option)=\(value): \(result.errors)")
                continue
            }
            #expect(result.status == 2, "\(option)=\(value)")
            let lines = result.errors.split(separator: "\n")
            #expect(lines.first?.contains(option) == true, "\(option)=\(value): \(result.errors)")
            #expect(!result.errors.contains("Fatal error"))
        }
    }

    @Test(arguments: [
        ("--actions", "1000000000", "--actions must be from 1 to 50000, found 1000000000"),
        ("--districts", "100000000", "--districts must be from 0 to 50, found 100000000"),
        ("--municipalities", "0", "--municipalities must be from 1 to 2000, found 0"),
        ("--years", "100", "--years must be from 1 to 20, found 100"),
        ("--scenarios", "1", "--scenarios must be from 2 to 1000, found 1"),
        ("--first-year", "99999", "--first-year must be from 1000 to 9996, found 99999"),
    ])
    func generateHasCaps(_ option: String, _ value: String, _ message: String) {
        let result = Self.run(["generate", option, value])
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("Error: \(message)\n"), "\(result.errors)")
        #expect(result.output.isEmpty)
    }

    @Test func generateNeverWritesAFileValidateRefuses() {
        let result = Self.run([
            "generate", "--municipalities", "2000", "--actions", "50000", "--districts", "50", "--years", "20",
            "--scenarios", "1000",
        ])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(
            result.errors
                == "error: the agenda would be 33 MB, and agenda files may be at most 32 MB; use fewer actions, "
                + "municipalities or districts\n")
    }
}
