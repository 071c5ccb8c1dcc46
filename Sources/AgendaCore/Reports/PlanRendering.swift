import AgendaSolver
import Foundation

/// `agenda plan` as JSON (the contract in `docs/plan-output.md`), text or Markdown.
///
/// The text and Markdown reports use the agenda's language (`agenda.language`) for their words and
/// numbers; the JSON is the same in every language.
public struct PlanRendering: Sendable {
    public let agenda: Agenda
    public let problem: PlanningProblem
    public let plan: Plan
    public let scores: ScoreReport
    /// The figures every format shows, computed once.
    public let summaries: PlanSummaries

    /// With the modules whose fields say what funded actions add to indicators (for goal targets);
    /// with `focus`, the report shows the part of the plan that touches that place.
    public init(
        agenda: Agenda, problem: PlanningProblem, plan: Plan, scores: ScoreReport, registry: ModuleRegistry,
        focus: PlanFocus? = nil
    ) {
        self.agenda = agenda
        self.problem = problem
        self.plan = focus.map { plan.focused(on: $0, agenda: agenda) } ?? plan
        self.scores = scores
        self.summaries = PlanSummaries(
            agenda: agenda, problem: problem, plan: self.plan, registry: registry, regional: focus == nil ? nil : plan)
    }

    /// The plan in `format`; `csv` sets the separator and decimals of the CSV.
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .json: return json().rendered()
        case .text: return report(markdown: false)
        case .markdown: return report(markdown: true)
        case .csv: return PlanCSV.rendered(plan: plan, agenda: agenda, options: csv)
        case .html: return html()
        }
    }

    /// `{method, nodes}`, and `interrupted: true` when the search was stopped before it proved
    /// its plan best (left out otherwise, so that plans of an undisturbed search stay as they were).
    var searchJSON: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("method", .string(plan.search.method)), ("nodes", .int(plan.search.nodes)),
        ]
        if plan.search.interrupted { pairs.append(("interrupted", .bool(true))) }
        return .object(pairs)
    }

    /// The plan's diagnostics, then the scoring's (rules that failed change the scores the plan
    /// maximised), each once.
    var diagnostics: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return (plan.diagnostics + scores.diagnostics).filter { seen.insert($0).inserted }
    }

    /// A diagnostic with its place; its notes, each with its own place, only when it has any.
    static func diagnosticJSON(_ diagnostic: Diagnostic) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .string(diagnostic.location.file)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
            ("code", .string(diagnostic.code)),
        ]
        if !diagnostic.notes.isEmpty {
            fields.append(
                (
                    "notes",
                    .array(
                        diagnostic.notes.map { note in
                            let location = note.location ?? diagnostic.location
                            return .object([
                                ("message", .string(note.message)), ("file", .string(location.file)),
                                ("line", .int(location.line)), ("column", .int(location.column)),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    func title(of id: String) -> String {
        scores.action(id)?.title ?? agenda.action(id)?.title ?? ""
    }

    // MARK: JSON

    /// The plan as the JSON contract: the contract's fields in its order, then the extras.
    public func json() -> JSONValue {
        let s = summaries
        let contract: [(String, JSONValue)] = [
            ("agenda", .string(plan.agenda)),
            ("scenario", plan.scenario.map(JSONValue.string) ?? .null),
            ("status", .string(plan.status.rawValue)),
            ("objective", .double(plan.objective.value)),
            ("bound", .double(plan.bound.value)),
            ("actions", .array(plan.actions.map(actionJSON))),
            ("sources", .array(plan.sources.map(Self.sourceJSON))),
        ]
        let extras: [(String, JSONValue)] = [
            ("gap", .double((plan.gap * 1e6).rounded() / 1e6)),
            ("diagnostics", .array(diagnostics.map(Self.diagnosticJSON))),
            ("municipalities", .array(s.municipalities.map(Self.municipalityJSON))),
            ("goals", .array(s.goals.map(Self.goalJSON))),
            ("pillars", .array(s.pillars.map(Self.pillarJSON))),
            ("marginal_values", .array(s.marginalValues.map(Self.marginalJSON))),
            ("key_indicator", s.keyIndicator.map(JSONValue.string) ?? .null),
            ("search", searchJSON),
            ("payments_summary", plan.paymentsSummary.map(Self.paymentsSummaryJSON) ?? .null),
            ("horizon", agenda.header.horizon.map(JSONValue.string) ?? .null),
            ("partner_commitments", .array(s.commitments.map(Self.commitmentJSON))),
            ("version", VersionLine(agenda: agenda).json),
        ]
        let focus: [(String, JSONValue)] =
            plan.focus.map { [("focus", Self.focusJSON($0, shown: plan.actions.count))] } ?? []
        return .object(contract + extras + focus)
    }

    /// `{partner, name, hours_per_year, euros_per_year, from, to, source, spent}`.
    static func commitmentJSON(_ commitment: PartnerCommitment) -> JSONValue {
        .object([
            ("partner", .string(commitment.partner)), ("name", .string(commitment.name)),
            ("hours_per_year", commitment.hoursPerYear.map(JSONValue.int) ?? .null),
            ("euros_per_year", commitment.eurosPerYear.map(JSONValue.int) ?? .null),
            ("from", commitment.from.map(JSONValue.int) ?? .null), ("to", commitment.to.map(JSONValue.int) ?? .null),
            ("source", commitment.source.map(JSONValue.string) ?? .null), ("spent", .int(commitment.spent)),
        ])
    }

    /// `{municipality, district, name, actions_shown, actions_in_plan}`.
    static func focusJSON(_ focus: PlanFocus, shown: Int) -> JSONValue {
        .object([
            ("municipality", .string(focus.municipality)), ("district", focus.district.map(JSONValue.string) ?? .null),
            ("name", .string(focus.name)), ("actions_shown", .int(shown)),
            ("actions_in_plan", .int(focus.regionalActions)),
        ])
    }

    /// `{payments, action_years, split_action_years, funder_changes, payments_under_1000,
    /// payments_lower_bound, fewest_proven}`.
    static func paymentsSummaryJSON(_ summary: PaymentsSummary) -> JSONValue {
        .object([
            ("payments", .int(summary.payments)), ("action_years", .int(summary.actionYears)),
            ("split_action_years", .int(summary.splitActionYears)), ("funder_changes", .int(summary.funderChanges)),
            ("payments_under_1000", .int(summary.paymentsUnder1000)),
            ("payments_lower_bound", summary.lowerBound.map(JSONValue.int) ?? .null),
            ("fewest_proven", .bool(summary.fewestProven)),
        ])
    }

    private func actionJSON(_ action: ActionOutcome) -> JSONValue {
        let payments = action.payments.map { payment -> JSONValue in
            .object([
                ("year", .int(payment.year)), ("source", .string(payment.source)), ("amount", .int(payment.amount)),
            ])
        }
        return .object(
            [
                ("id", .string(action.id)),
                ("funded", .bool(action.funded)),
                ("score", .double(action.score.value)),
                ("reason", action.reason.map { .string($0.rawValue) } ?? .null),
                ("payments", .array(payments)),
                ("title", .string(title(of: action.id))),
                ("reason_detail", action.reason.map { reasonDetailJSON(action, $0) } ?? .null),
            ] + (action.whatItTakes.map { [("what_it_takes", whatItTakesJSON(action, $0))] } ?? []))
    }

    /// `{points_lost_if_forced | points_lost_if_dropped, points_lost_at_least, would_leave,
    /// would_enter, score_to_enter, exact, impossible, text, nodes}`.
    private func whatItTakesJSON(_ action: ActionOutcome, _ takes: WhatItTakes) -> JSONValue {
        let lost = takes.change == .forced ? "points_lost_if_forced" : "points_lost_if_dropped"
        var fields: [(String, JSONValue)] = [
            (lost, takes.pointsLost.map { .double($0.value) } ?? .null),
            ("points_lost_at_least", takes.pointsLostAtLeast.map { .double($0.value) } ?? .null),
            ("would_leave", .array(takes.wouldLeave.map(JSONValue.string))),
            ("would_enter", .array(takes.wouldEnter.map(JSONValue.string))),
        ]
        if takes.change == .forced {
            fields.append(("score_to_enter", takes.scoreToEnter.map { .double($0.value) } ?? .null))
        }
        return .object(
            fields + [
                ("exact", .bool(takes.exact)), ("impossible", takes.impossible.map { .string($0.rawValue) } ?? .null),
                ("text", .string(whatItTakesText(action))), ("nodes", .int(takes.nodes)),
            ])
    }

    /// `{kind, text, shortfalls: [{year, sources, euros}], other_actions}`.
    private func reasonDetailJSON(_ action: ActionOutcome, _ reason: Plan.Reason) -> JSONValue {
        let detail = action.cause ?? UnfundedDetail()
        let shortfalls = detail.shortfalls.map { shortfall -> JSONValue in
            .object([
                ("year", .int(shortfall.year)), ("sources", .array(shortfall.sources.map(JSONValue.string))),
                ("euros", .int(shortfall.euros)),
            ])
        }
        return .object([
            ("kind", .string(Self.kind(of: reason))), ("text", .string(reasonText(action))),
            ("shortfalls", .array(shortfalls)), ("other_actions", .array(detail.otherActions.map(JSONValue.string))),
        ])
    }

    private static func sourceJSON(_ source: SourceYear) -> JSONValue {
        .object([
            ("id", .string(source.id)),
            ("year", .int(source.year)),
            ("budget", .int(source.budget)),
            ("spent", .int(source.spent)),
            ("shadow_price", .double(source.shadowPrice.isFinite ? source.shadowPrice : 0)),
            ("left", .int(source.left)),
        ])
    }

    private static func municipalityJSON(_ municipality: PlanSummaries.MunicipalityMoney) -> JSONValue {
        .object([
            ("id", .string(municipality.id)),
            ("name", .string(municipality.name)),
            ("money", .int(municipality.money)),
            ("key_value", municipality.keyValue.map(JSONValue.double) ?? .null),
            ("money_per_key_unit", municipality.moneyPerKeyUnit.map(JSONValue.double) ?? .null),
        ])
    }

    private static func goalJSON(_ goal: PlanSummaries.GoalFigures) -> JSONValue {
        .object([
            ("id", .string(goal.id)),
            ("pillar", .string(goal.pillar.rawValue)),
            ("funded_actions", .int(goal.fundedActions)),
            ("money", .int(goal.money)),
            ("target_reached", goal.targetReached.map(JSONValue.bool) ?? .null),
            ("target_value", goal.target?.value.map { .double(($0 * 1e6).rounded() / 1e6) } ?? .null),
        ])
    }

    private static func pillarJSON(_ pillar: PlanSummaries.PillarFigures) -> JSONValue {
        .object([
            ("pillar", .string(pillar.pillar.rawValue)),
            ("funded_actions", .int(pillar.fundedActions)),
            ("money", .int(pillar.money)),
        ])
    }

    private static func marginalJSON(_ value: PlanSummaries.MarginalValue) -> JSONValue {
        .object([
            ("source", .string(value.source)),
            ("year", .int(value.year)),
            ("points_per_10000_euros", .double(value.pointsPer10000Euros)),
        ])
    }
}
