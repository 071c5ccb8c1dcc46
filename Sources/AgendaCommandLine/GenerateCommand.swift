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

    private var parameters: SyntheticAgenda.Parameters {
        .init(
            municipalities: municipalities, actions: actions, years: years, firstYear: firstYear, seed: seed,
            districtsPerMunicipality: districts, scenarios: scenarios)
    }

    func validate() throws {
        if let problem = SyntheticAgenda.problems(parameters).first { throw ValidationError(problem) }
    }

    func run() throws {
        let text = SyntheticAgenda.yaml(parameters)
        // Never a file that `agenda validate` would refuse for its size.
        let limit = InputLimits.default.maxFileBytes
        guard text.utf8.count <= limit else {
            StandardStreams().note(
                "error: the agenda would be \(text.utf8.count >> 20) MB, and agenda files may be at most "
                    + "\(limit >> 20) MB; use fewer actions, municipalities or districts")
            throw ExitCode(2)
        }
        try output.emit(text)
    }
}
