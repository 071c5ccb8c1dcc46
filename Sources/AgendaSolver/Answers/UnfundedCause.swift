import Foundation

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
    /// allow an action; those questions are independent, so they are asked on every core.
    /// `progress` hears `.explaining` as they are answered.
    public static func unfundedCauses(in problem: PlanningProblem, funded: [Bool], progress: Progress? = nil)
        -> [UnfundedCause?]
    {
        let helper = PlanSearch(problem: problem)
        let excludedBy = helper.exclusions()
        var causes: [UnfundedCause?] = Array(repeating: nil, count: problem.actions.count)
        var open: [Int] = []
        for (index, action) in problem.actions.enumerated() where !funded[index] {
            if action.fixed == .never {
                causes[index] = .fixedOut
            } else if !helper.isPayable(index) {
                causes[index] = .ineligible
            } else if excludedBy[index].contains(where: { funded[$0] }) {
                causes[index] = .excluded
            } else if action.requires.contains(where: { !funded[$0] }) {
                causes[index] = .requirementUnfunded
            } else {
                open.append(index)
            }
        }
        // Would the money allow it, ignoring the allocation key? Then the key's floors keep it out.
        let allowed =
            problem.fairness == nil ? nil : moneyAllows(open, problem: problem, funded: funded, progress: progress)
        for (position, index) in open.enumerated() { causes[index] = allowed?[position] == true ? .floors : .budget }
        return causes
    }

    /// For each action of `open`, whether the money would pay it on top of the funded ones (their
    /// payments may be rerouted); nil when the funded ones cannot be paid as a flow at all.
    private static func moneyAllows(_ open: [Int], problem: PlanningProblem, funded: [Bool], progress: Progress?)
        -> [Bool]?
    {
        guard let base = PaymentState.funding(problem.actions.indices.filter { funded[$0] }, in: problem) else {
            return nil
        }
        // Every trial is undone, so what free money reaches is the same for each: an action it
        // cannot reach is refused at once, without a search through the payments.
        let reachable = base.reachableByMoney()
        let start = base
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, open.count))
        let answers = ConcurrentResults<[Bool]>(count: chunks)
        let answered = ConcurrentResults<Bool>(count: open.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var state = start
            var mine: [Bool] = []
            for position in stride(from: chunk, to: open.count, by: chunks) {
                let action = open[position]
                let allows = state.couldFund(action, reachable: reachable)
                mine.append(allows)
                let done = answered.set(position, allows)
                if done % 100 == 0 || done == open.count { progress?(.explaining(done, of: open.count)) }
            }
            answers.set(chunk, mine)
        }
        var allowed = Array(repeating: false, count: open.count)
        for chunk in 0..<chunks {
            for (offset, allows) in (answers.get(chunk) ?? []).enumerated() {
                allowed[chunk + offset * chunks] = allows
            }
        }
        return allowed
    }
}
