import AgendaCore
import AgendaSynthetic
import ArgumentParser
import Foundation

/// `agenda generate`: a synthetic agenda of a given size, for benchmarks and tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic agenda of a given size and seed, for benchmarks and tests.",
        discussion: """
            The agenda is valid and deterministic: the same options give byte-identical text. Each \
            municipality has its own funding source, plus regional and national sources with \
            eligibility, max-share and carry-over; actions have requires, excludes, commitments and \
            pilots. All figures are illustrative.

            Examples:
              agenda generate --municipalities 342 --actions 10000 --years 4 -o national.yaml
              agenda generate --seed 7 > small.yaml
            """
    )

    @Option(help: "Municipalities in the region.")
    var municipalities = 9

    @Option(help: "Actions.")
    var actions = 40

    @Option(help: "Years in the period.")
    var years = 4

    @Option(help: "The first year of the period.")
    var firstYear = 2025

    @Option(help: "Districts per municipality.")
    var districts = 3

    @Option(help: "Scenarios (at least 2): budget cuts, grants and weight changes, for compare.")
    var scenarios = 2

    @Option(help: "Seed of the pseudo-random choices.")
    var seed: UInt64 = 1

    @OptionGroup var output: OutputFileOption

    func validate() throws {
        guard municipalities >= 1, actions >= 1, years >= 1, districts >= 0 else {
            throw ValidationError("municipalities, actions and years must be at least 1, districts at least 0")
        }
        guard (1000...9999).contains(firstYear), firstYear + years - 1 <= 9999 else {
            throw ValidationError("the period must lie within four-digit years")
        }
        guard (2...1000).contains(scenarios) else { throw ValidationError("--scenarios must be between 2 and 1000") }
    }

    func run() throws {
        let text = SyntheticAgenda.yaml(
            .init(
                municipalities: municipalities, actions: actions, years: years,
                firstYear: firstYear, seed: seed, districtsPerMunicipality: districts,
                scenarios: scenarios))
        try output.emit(text)
    }
}
