/// The agenda's money added up: all budgets, and all costs, each within
/// `NumberRange.maxTotalEuros`. Every value is within `NumberRange.maxEuros` already; with these
/// totals bounded too, no sum the planner makes of them can overflow.
struct TotalChecks {
    let agenda: Agenda

    func check() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let budgets = Self.total(agenda.plannedFunding.flatMap(\.budget.entries))
        if budgets > NumberRange.maxTotalEuros, let first = agenda.funding.first {
            found.append(tooMuch("the budgets of all sources and years", budgets, at: first.location))
        }
        let costs = Self.total(agenda.actions.flatMap(\.cost.entries))
        if costs > NumberRange.maxTotalEuros, let first = agenda.actions.first {
            found.append(tooMuch("the costs of all actions and years", costs, at: first.location))
        }
        return found
    }

    /// The sum, or `Int.max` when it overflows.
    static func total(_ entries: [YearAmount]) -> Int {
        var total = 0
        for entry in entries {
            let (sum, overflow) = total.addingReportingOverflow(entry.euros)
            if overflow { return Int.max }
            total = sum
        }
        return total
    }

    private func tooMuch(_ what: String, _ total: Int, at location: SourceLocation) -> Diagnostic {
        .error(
            DiagnosticCode.outOfRange,
            "\(what) add up to €\(ValueReader.grouped(Double(total))); an agenda may hold at most "
                + "€\(ValueReader.grouped(Double(NumberRange.maxTotalEuros))) of each",
            at: location)
    }
}
