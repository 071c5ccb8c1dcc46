import AgendaCore
import ArgumentParser

extension PlanFocus {
    /// The place `--municipality` or `--district` names, or nil when neither is given. An unknown
    /// one is a usage error: its message, with the closest id, on standard error, and exit 2.
    static func chosen(municipality: String?, district: String?, in region: Region) throws -> PlanFocus? {
        do {
            if let municipality { return try PlanFocus.municipality(municipality, in: region) }
            if let district { return try PlanFocus.district(district, in: region) }
            return nil
        } catch {
            StandardStreams().note("error: \(error)")
            throw ExitCode(2)
        }
    }
}

extension SearchOptions {
    /// The plan `agenda plan` makes of `agenda`, with progress and the scoring's diagnostics on
    /// standard error; a search that cannot finish exits 3.
    func plan(_ agenda: Agenda, with registry: ModuleRegistry) throws -> Planner.Result {
        let streams = StandardStreams()
        let reporter = ProgressReporter(started: ContinuousClock.now)
        do {
            let result = try planner(registry).plan(agenda, progress: { reporter.report($0) })
            result.scores.diagnostics.map(\.rendered).forEach(streams.note)
            return result
        } catch {
            streams.failure(error)
            throw ExitCode(3)
        }
    }

    /// After a report on `plan` is written: when the commitments cannot be met, why, and exit 1.
    static func failIfInfeasible(_ plan: Plan) throws {
        guard plan.status == .infeasible else { return }
        plan.diagnostics.map(\.rendered).forEach(StandardStreams().note)
        throw ExitCode(1)
    }
}
