/// Checks a plan against the rules of "What a plan is" (`agenda-format.md`): every action listed
/// once, funded actions paid in full by eligible sources within their budgets, `requires`,
/// `excludes` and commitments kept, the allocation key's fairness floors met, and the objective
/// and bound true to the scores.
///
/// Every rule is derived again from the agenda itself (with its scenario already applied), never
/// from the optimiser's compiled problem, so that a fault in that compilation shows up here. What
/// depends only on the agenda (eligibility sets, costs and budgets per year, fairness floors) is
/// worked out once in `init`; `verify` then takes one pass over the plan's actions, payments and
/// sources, so that it stays cheap on a national agenda checked after every run.
///
/// ```swift
/// let violations = PlanVerifier(agenda: applied, scores: report).verify(plan)
/// ```
///
/// The violation codes, by rule:
/// - every action once: `agenda-id`, `scenario`, `action-missing`, `action-unknown`,
///   `action-duplicate`, `action-order`;
/// - paid in full: `partial-payment`, `non-positive-payment`, `payment-without-cost`,
///   `payment-outside-period`, `unfunded-payment`, `duplicate-payment`;
/// - who may pay: `unknown-source`, `ineligible-source`, `not-in-funding-from`, `over-max-share`;
/// - budgets and the plan's sources: `over-budget`, `source-missing`, `source-unknown`,
///   `source-duplicate`, `source-order`, `source-spent`, `source-budget`, `shadow-price`;
/// - decisions: `requires`, `excludes`, `committed-unfunded`, `stopped-funded`, `dropped-funded`,
///   `reason-missing`, `reason-on-funded`, `reason-mismatch`;
/// - fairness: `fairness`;
/// - scores: `score`, `objective`, `bound`.
///
/// A dropped action is left out of planning altogether: it is never funded, even when committed.
public struct PlanVerifier: Sendable {
    let agendaID: String
    let scenario: String?
    let period: YearRange
    /// The years of the period, in order; every per-year array below is indexed by offset into it.
    let years: [Int]
    let actions: [ActionFacts]
    let actionIndex: [String: Int]
    let sources: [SourceFacts]
    let sourceIndex: [String: Int]
    let municipalityIDs: [String]
    /// Present when the agenda has an allocation key and a region total to share by.
    let fairness: FairnessFacts?

    public init(agenda: Agenda, scores: ScoreReport) {
        agendaID = agenda.id
        scenario = agenda.appliedScenarios.isEmpty ? nil : agenda.appliedScenarios.joined(separator: "+")
        period = agenda.period
        years = Array(agenda.period.years)
        let years = self.years

        let municipalities = agenda.region.municipalities
        municipalityIDs = municipalities.map(\.id)
        var municipalityIndex: [String: Int] = [:]
        for (index, municipality) in municipalities.enumerated() where municipalityIndex[municipality.id] == nil {
            municipalityIndex[municipality.id] = index
        }

        var sourceIndex: [String: Int] = [:]
        let sources = agenda.plannedFunding.enumerated().map { index, source in
            if sourceIndex[source.id] == nil { sourceIndex[source.id] = index }
            return SourceFacts(
                source, years: years, municipalityIndex: municipalityIndex, minPayment: agenda.planning.minPayment)
        }
        self.sources = sources
        self.sourceIndex = sourceIndex

        // Actions and scores are read in place, through buffer pointers: copying a whole `Action`
        // or `ActionScore` per element (as the array's getter may) costs more than all the rest of
        // this on a national agenda.
        var actionIndex: [String: Int] = [:]
        var scoreByID: [String: Points] = [:]
        scores.actions.withUnsafeBufferPointer { scores in
            scoreByID.reserveCapacity(scores.count)
            for index in scores.indices where scoreByID[scores[index].id] == nil {
                scoreByID[scores[index].id] = scores[index].score
            }
        }
        let everywhere = Array(municipalities.indices)
        let actions = agenda.actions.withUnsafeBufferPointer { actions in
            actionIndex.reserveCapacity(actions.count)
            for index in actions.indices where actionIndex[actions[index].id] == nil {
                actionIndex[actions[index].id] = index
            }
            return actions.indices.map { index in
                let action = actions.baseAddress! + index
                return ActionFacts(
                    id: action.pointee.id, status: action.pointee.status, domain: action.pointee.domain.value,
                    pillar: action.pointee.pillar, places: action.pointee.places, cost: action.pointee.cost,
                    people: Set([action.pointee.lead.value] + action.pointee.partners.map(\.value)),
                    requires: action.pointee.requires, excludes: action.pointee.excludes,
                    fundingFrom: action.pointee.fundingFrom, period: agenda.period, years: years.count,
                    dropped: agenda.droppedActions, everywhere: everywhere, municipalityIndex: municipalityIndex,
                    actionIndex: actionIndex, sourceIndex: sourceIndex, scores: scoreByID)
            }
        }
        self.actionIndex = actionIndex
        self.actions = actions

        if let key = agenda.planning.allocationKey {
            let values = municipalities.map { max(0, $0.indicator(key.indicator.value) ?? 0) }
            let total = values.reduce(0, +)
            fairness =
                total > 0
                ? FairnessFacts(
                    key: key, keyValues: values, total: total, everywhere: everywhere,
                    actions: actions, sources: sources, years: years) : nil
        } else {
            fairness = nil
        }
    }

    /// Every broken rule, one violation each, in a fixed order: the listing of actions, payments,
    /// statuses and reasons, sources and budgets, fairness, then scores. For an infeasible plan only
    /// the listing is checked, since such a plan claims nothing about the rest.
    public func verify(_ plan: Plan) -> [Violation] {
        var violations: [Violation] = []
        let listed = checkListing(plan, into: &violations)
        guard plan.status != .infeasible else { return violations }

        var spent = Array(repeating: 0, count: sources.count * years.count)
        var received = Array(repeating: 0.0, count: fairness == nil ? 0 : municipalityIDs.count * years.count)
        checkPayments(plan, listed, spent: &spent, received: &received, into: &violations)
        checkDecisions(plan, listed, into: &violations)
        checkSources(plan.sources, spent: spent, into: &violations)
        fairness?.check(received: received, municipalities: municipalityIDs, years: years, into: &violations)
        checkScores(plan, listed, into: &violations)
        return violations
    }
}

/// One broken rule of a plan: a stable code and a message naming the action, source, year and
/// amounts involved.
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    /// What kind of rule is broken, e.g. `over-budget` (`PlanVerifier` lists them all).
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}

// MARK: - What the agenda says, worked out once

extension PlanVerifier {
    /// One action as the rules see it. A class, so that the checks' passes over 10,000 actions
    /// do not copy every field of every action.
    final class ActionFacts: Sendable {
        let id: String
        let status: ActionStatus
        let dropped: Bool
        let domain: String
        let pillar: Pillar
        /// Indices of the municipalities it works in (every one for `where: [all]`).
        let municipalities: [Int]
        /// Cost per year of the period.
        let cost: [Int]
        let requires: [Int]
        let excludes: [Int]
        /// `funding-from` as written, for messages.
        let fundingFrom: [String]?
        /// `funding-from` as source indices.
        let allowed: Set<Int>?
        let score: Points?
        /// Its lead and partners: whose committed euros may pay it.
        let people: Set<String>

        init(
            id: String, status: ActionStatus, domain: String, pillar: Pillar, places: [Place], cost: YearlyEuros,
            people: Set<String>,
            requires: [Located<String>], excludes: [Located<String>], fundingFrom: [Located<String>]?,
            period: YearRange, years: Int, dropped: Set<String>, everywhere: [Int], municipalityIndex: [String: Int],
            actionIndex: [String: Int], sourceIndex: [String: Int], scores: [String: Points]
        ) {
            self.id = id
            self.status = status
            self.dropped = dropped.contains(id)
            self.domain = domain
            self.pillar = pillar
            var municipalities: [Int] = []
            for place in places {
                switch place.kind {
                case .everywhere:
                    municipalities = everywhere
                case .municipality(let id), .district(let id, _):
                    if let index = municipalityIndex[id], !municipalities.contains(index) {
                        municipalities.append(index)
                    }
                }
            }
            self.municipalities = municipalities
            var yearly = Array(repeating: 0, count: years)
            for amount in cost.entries where amount.year >= period.from && amount.year - period.from < years {
                yearly[amount.year - period.from] += amount.euros
            }
            self.cost = yearly
            self.requires = requires.compactMap { actionIndex[$0.value] }
            self.excludes = excludes.compactMap { actionIndex[$0.value] }
            self.fundingFrom = fundingFrom.map { $0.map(\.value) }
            allowed = fundingFrom.map { Set($0.compactMap { sourceIndex[$0.value] }) }
            score = scores[id]
            self.people = people
        }

        /// Left out of planning: never funded, and no claim on anything.
        var leftOut: Bool { status == .stopped || dropped }
    }

    /// One funding source as the rules see it.
    struct SourceFacts: Sendable {
        let id: String
        let maxShare: Double
        let carryOver: Bool
        /// The least one payment may be (its own `min-payment`, else the planning's).
        let minPayment: Int
        /// Budget per year of the period, after the scenario, without carried-over money.
        let budget: [Int]
        let domains: Set<String>?
        let pillars: Set<Pillar>?
        /// Indices of the municipalities it may pay for; nil for every municipality.
        let municipalities: Set<Int>?
        /// For a partner's committed euros: the partner, whose actions alone it pays.
        let partner: String?
        /// Whether every municipality may draw on it: the money the allocation key shares.
        var keyShared: Bool { municipalities == nil && partner == nil }

        init(_ source: FundingSource, years: [Int], municipalityIndex: [String: Int], minPayment: Int) {
            id = source.id
            maxShare = source.maxShare
            carryOver = source.carryOver
            self.minPayment = source.minPayment ?? minPayment
            budget = years.map { source.budget[$0] }
            domains = source.eligibility.domains.map { Set($0.map(\.value)) }
            pillars = source.eligibility.pillars.map(Set.init)
            municipalities = source.eligibility.municipalities.map {
                Set($0.compactMap { municipalityIndex[$0.value] })
            }
            partner = source.eligibility.partner
        }

        /// The most this source may pay of a yearly cost: `floor(max-share × cost)`, with a little room
        /// so that 0.7 × 50000 is 35000 and not 34999.
        func cap(of cost: Int) -> Int {
            maxShare >= 1 ? cost : Int((maxShare * Double(cost) + 1e-9).rounded(.down))
        }

        /// Why the source may not pay for `action`, or nil when it may (`funding-from` aside).
        func ineligibility(for action: ActionFacts, municipalityIDs: [String]) -> String? {
            if let partner {
                return action.people.contains(partner) ? nil : "'\(partner)' neither leads nor joins the action"
            }
            if let domains, !domains.contains(action.domain) { return "it does not pay for domain '\(action.domain)'" }
            if let pillars, !pillars.contains(action.pillar) {
                return "it does not pay for pillar '\(action.pillar.rawValue)'"
            }
            if let municipalities, let missing = action.municipalities.first(where: { !municipalities.contains($0) }) {
                return "it does not pay for municipality '\(municipalityIDs[missing])'"
            }
            return nil
        }
    }
}

// MARK: - Text

extension PlanVerifier {
    /// Whole euros or points, as messages print them.
    static func amount(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "\(value)" }
        let cents = Int((value * 100).rounded())
        let sign = cents < 0 ? "-" : ""
        let magnitude = abs(cents)
        if magnitude % 100 == 0 { return "\(sign)\(magnitude / 100)" }
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A share with four decimals at most: 0.2195, 0.5.
    static func share(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "\(value)" }
        let tenThousandths = Int((value * 10_000).rounded())
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = abs(tenThousandths)
        var digits = String(magnitude % 10_000)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(magnitude / 10_000)" + (digits.isEmpty ? "" : "." + digits)
    }
}
