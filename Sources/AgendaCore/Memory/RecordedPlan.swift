import Foundation

/// A recorded plan read back from its JSON (`docs/plan-output.md`): the funded actions and their
/// payments, the objective and bound, and the sources' years. Enough to compare it with another
/// plan (`agenda diff`, `agenda replan`) without planning the recorded agenda again.
public enum RecordedPlan {
    /// The JSON is not a plan this version wrote.
    public struct Unreadable: Error, Sendable, CustomStringConvertible {
        public var detail: String
        public var description: String { "the recorded plan cannot be read: \(detail)" }
    }

    /// The plan of `json` as a variant of `agenda` (which must be the agenda it was made for).
    public static func variant(json: Data, agenda: Agenda, registry: ModuleRegistry) throws -> PlannedVariant {
        guard let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any],
            let status = (object["status"] as? String).flatMap(Plan.Status.init(rawValue:)),
            let objective = points(object["objective"]), let bound = points(object["bound"]),
            let actions = (object["actions"] as? [[String: Any]])?.map(action),
            let sources = (object["sources"] as? [[String: Any]])?.map(source)
        else { throw Unreadable(detail: "it lacks the status, objective, bound, actions or sources") }
        let outcomes = try actions.map { try $0 ?? { throw Unreadable(detail: "an action is incomplete") }() }
        let years = try sources.map { try $0 ?? { throw Unreadable(detail: "a source's year is incomplete") }() }
        let plan = Plan(
            agenda: agenda.id, scenario: object["scenario"] as? String, status: status, objective: objective,
            bound: bound, actions: outcomes, sources: years)
        // The problem's scores do not matter for comparing plans; its places and eligibility do.
        let scores = ScoreReport(actions: [], diagnostics: [], scenarios: agenda.appliedScenarios)
        let result = Planner.Result(
            plan: plan, problem: ProblemCompiler.compile(agenda, scores: scores), scores: scores)
        return PlannedVariant(agenda: agenda, result: result, registry: registry)
    }

    private static func action(_ object: [String: Any]) -> ActionOutcome? {
        guard let id = object["id"] as? String, let funded = object["funded"] as? Bool,
            let score = points(object["score"]), let payments = object["payments"] as? [[String: Any]]
        else { return nil }
        let paid = payments.compactMap { payment -> Payment? in
            guard let year = integer(payment["year"]), let source = payment["source"] as? String,
                let amount = integer(payment["amount"])
            else { return nil }
            return Payment(year: year, source: source, amount: amount)
        }
        guard paid.count == payments.count else { return nil }
        let reason = (object["reason"] as? String).flatMap(Plan.Reason.init(rawValue:))
        return ActionOutcome(id: id, funded: funded, score: score, reason: reason, payments: paid)
    }

    private static func source(_ object: [String: Any]) -> SourceYear? {
        guard let id = object["id"] as? String, let year = integer(object["year"]),
            let budget = integer(object["budget"]), let spent = integer(object["spent"]),
            let price = object["shadow_price"] as? Double, price.isFinite
        else { return nil }
        return SourceYear(id: id, year: year, budget: budget, spent: spent, shadowPrice: price)
    }

    /// A whole number of JSON, within what the planner writes (euros and years).
    private static func integer(_ value: Any?) -> Int? {
        if let int = value as? Int { return int }
        guard let double = value as? Double, double.isFinite, abs(double) < 1e15 else { return nil }
        return Int(exactly: double)
    }

    /// Points of JSON, within what a plan can score.
    private static func points(_ value: Any?) -> Points? {
        guard let double = (value as? Double) ?? (value as? Int).map(Double.init), double.isFinite,
            abs(double) < 1e12
        else { return nil }
        return Points(rounding: double)
    }
}
