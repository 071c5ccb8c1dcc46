import AgendaRules

/// Keep or drop on a pilot's result: after a negative pilot the network lets go of what did not
/// work, so the action keeps only `keptShare` of the points its rules give it.
///
/// The core rule `pilot-result` already gives a negative pilot 0 of its points, but that is one
/// rule of many: a well-scored action with a failed pilot still ranked 7th of 42 in Haaglanden.
/// The seeds decide keep-or-drop on pilot results ("de slechte, niet werkende elementen
/// loslaten"), so the result has to decide, not nudge: with a quarter of its points, such an action
/// ranks below every action without a failed pilot unless it scored four times as much.
enum NegativePilot {
    /// The share of its points an action keeps after a negative pilot.
    static let keptShare = 0.25
    /// The rule id the contribution carries in `explain` and the score JSON (`core.negative-pilot`).
    static let rule = "negative-pilot"

    /// The contribution that takes `1 − keptShare` of the other contributions' points away, so that
    /// the points `explain` prints still add up to the score; nil when the pilot was not negative.
    static func contribution(_ pilot: Pilot?, others: [Contribution], module: any DomainModule) -> Contribution? {
        guard pilot?.result == .negative else { return nil }
        let before = others.reduce(Points.zero) { $0 + $1.points }
        let kept = Points(rounding: before.value * keptShare)
        return Contribution(
            module: module.id, moduleVersion: module.version, rule: rule, ruleName: "Negative pilot",
            raw: keptShare, normalised: keptShare,
            weight: WeightParts(scale: 0, pillar: 1, group: 1, rule: 1, groupTotal: 1), points: kept - before,
            inputs: [
                RuleInput("pilot", "negative"), RuleInput("points before", before.value),
                RuleInput("share kept", keptShare),
            ],
            failure: nil)
    }
}
