/// Mends what rounding payments to whole euros broke: a budget overspent or a floor missed by a
/// few euros, by moving euros between the sources of one split action-year.
enum PaymentMending {
    /// Moves euros until every budget and floor holds, or no move helps.
    static func mend(_ ledger: inout PaymentLedger) {
        for _ in 0..<(2 * ledger.cells.count + 1) {
            if let over = ledger.firstOverspending {
                guard relieve(&ledger, source: over.source, year: over.year, euros: over.excess) else { return }
            } else if let short = ledger.firstShortFloor {
                guard lift(&ledger, municipality: short.municipality, year: short.year, euros: short.short) else {
                    return
                }
            } else {
                return
            }
        }
    }

    /// Moves up to `euros` of `source`'s payments in a split action-year of that year (with
    /// carry-over, of that year or before) to a co-payer; true when a move was made.
    private static func relieve(_ ledger: inout PaymentLedger, source: Int, year: Int, euros: Int) -> Bool {
        let carries = ledger.problem.sources[source].carryOver
        let least = max(1, ledger.problem.sources[source].minPayment)
        for index in ledger.cells.indices {
            let cell = ledger.cells[index]
            guard cell.year == year || (carries && cell.year < year), let paid = cell.amounts[source],
                paid > least
            else { continue }
            for other in cell.amounts.keys.sorted() where other != source {
                if shift(&ledger, cell: index, from: source, to: other, euros: min(euros, paid - least)) { return true }
            }
        }
        return false
    }

    /// Moves euros in a split action-year of the municipality from a source the allocation key
    /// does not share to one it does, enough to add `euros` to what it receives; true when a move
    /// was made.
    private static func lift(_ ledger: inout PaymentLedger, municipality: Int, year: Int, euros: Int) -> Bool {
        let sources = ledger.problem.sources
        for index in ledger.cells.indices where ledger.cells[index].year == year {
            let cell = ledger.cells[index]
            guard
                let weight = ledger.problem.actions[cell.action].municipalities.first(where: {
                    $0.index == municipality
                })?.weight, weight > 0
            else { continue }
            let needed = Int(saturating: (Double(euros) / weight).rounded(.up))
            for own in cell.amounts.keys.sorted() where !sources[own].sharedByKey {
                let movable = (cell.amounts[own] ?? 0) - max(1, sources[own].minPayment)
                for shared in cell.amounts.keys.sorted() where sources[shared].sharedByKey {
                    if shift(&ledger, cell: index, from: own, to: shared, euros: min(needed, movable)) { return true }
                }
            }
        }
        return false
    }

    /// Moves up to `euros` of one cell's payment from `source` to `other`, as far as `other`'s
    /// cap leaves room; true when the ledger allowed the move and it was made.
    private static func shift(
        _ ledger: inout PaymentLedger, cell index: Int, from source: Int, to other: Int, euros: Int
    )
        -> Bool
    {
        let cell = ledger.cells[index]
        let room = ledger.problem.sources[other].cap(of: cell.cost) - (cell.amounts[other] ?? 0)
        let moved = min(euros, room)
        guard moved > 0, let paid = cell.amounts[source] else { return false }
        var changed = cell.amounts
        changed[source] = paid - moved
        changed[other, default: 0] += moved
        guard ledger.allows(index, changed) else { return false }
        ledger.set(index, to: changed)
        return true
    }
}
