/// Why a plan leaves an action unfunded, as far as the problem tells.
public enum UnfundedCause: Sendable, Equatable {
    /// The problem fixes it as never funded.
    case fixedOut
    /// No combination of the sources allowed to pay it may pay all of its cost in some year.
    case ineligible
    /// An action it excludes (or that excludes it) is funded.
    case excluded
    /// An action it requires is not funded.
    case requirementUnfunded
    /// The money alone would allow it, but not with the allocation key's floors.
    case floors
    /// The money went to the funded actions.
    case budget
}

extension FundingSolver {
    /// For each action a plan leaves unfunded, why (nil for funded actions). The payments are
    /// rebuilt as a flow, which ignores the allocation key, to ask whether the money alone would
    /// allow an action.
    public static func unfundedCauses(in problem: PlanningProblem, funded: [Bool]) -> [UnfundedCause?] {
        let helper = PlanSearch(problem: problem)
        let excludedBy = helper.exclusions()
        var state = PaymentState(problem: problem)
        let flowHolds = state.fund(problem.actions.indices.filter { funded[$0] }) != nil
        var causes: [UnfundedCause?] = Array(repeating: nil, count: problem.actions.count)
        for (index, action) in problem.actions.enumerated() where !funded[index] {
            if action.fixed == .never {
                causes[index] = .fixedOut
                continue
            }
            if !helper.isPayable(index) {
                causes[index] = .ineligible
                continue
            }
            if excludedBy[index].contains(where: { funded[$0] }) {
                causes[index] = .excluded
                continue
            }
            if action.requires.contains(where: { !funded[$0] }) {
                causes[index] = .requirementUnfunded
                continue
            }
            // Would the money allow it, ignoring the allocation key? Then the key's floors keep it out.
            if flowHolds, problem.fairness != nil, let change = state.fund([index]) {
                state.undo(change)
                causes[index] = .floors
            } else {
                causes[index] = .budget
            }
        }
        return causes
    }
}
