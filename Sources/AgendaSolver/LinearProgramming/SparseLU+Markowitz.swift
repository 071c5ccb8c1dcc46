/// The part of a basis left after its logicals are pivoted, eliminated by Markowitz pivoting with
/// threshold partial pivoting: singletons first (a column singleton costs no elimination, a row
/// singleton no fill), otherwise among a few columns of the fewest entries the entry with the
/// smallest `(r − 1)(c − 1)` whose size is at least `SparseLU.threshold` of its column's largest.
///
/// Rows hold the values; columns only the pattern. Columns and rows are kept in doubly linked
/// lists by their entry count.
struct MarkowitzNucleus {
    typealias Entry = SparseLU.Entry
    private var rows: [[Entry]]
    private var columns: [[Int]]
    private var columnHead: [Int]
    private var columnNext: [Int]
    private var columnPrevious: [Int]
    private var rowHead: [Int]
    private var rowNext: [Int]
    private var rowPrevious: [Int]
    /// Where each position sits in the row being updated (index + 1), 0 when absent.
    private var slot: [Int]
    /// No column has more entries than this.
    private var highest = 0

    init(dimension: Int) {
        rows = Array(repeating: [], count: dimension)
        columns = Array(repeating: [], count: dimension)
        columnHead = Array(repeating: -1, count: dimension + 2)
        columnNext = Array(repeating: -1, count: dimension)
        columnPrevious = Array(repeating: -1, count: dimension)
        rowHead = columnHead
        rowNext = columnNext
        rowPrevious = columnPrevious
        slot = Array(repeating: 0, count: dimension)
    }

    /// Adds entry (row, position); entries of one column arrive together, a repeated row is summed.
    mutating func add(row: Int, position: Int, value: Double) {
        if let last = rows[row].last, last.index == position {
            rows[row][rows[row].count - 1].value += value
            return
        }
        rows[row].append(Entry(index: position, value: value))
        columns[position].append(row)
    }

    /// Eliminates the nucleus of `rows` × `positions` into `lu` (its rows of `U` into `uRows`), returning the positions that could
    /// not be pivoted, in the order they were found.
    mutating func eliminate(
        rows activeRows: [Int], positions: [Int], into lu: inout SparseLU, uRows: inout [[Entry]]
    ) -> [Int] {
        for j in positions { link(column: j) }
        for i in activeRows { link(row: i) }
        var remaining = positions.count
        var deficient: [Int] = []
        while remaining > 0 {
            remaining -= 1
            if let (row, column, value) = choosePivot(deficient: &deficient) {
                pivot(row: row, column: column, value: value, into: &lu, uRows: &uRows)
            }
        }
        return deficient
    }

    // MARK: Choosing a pivot

    /// The next pivot, or nil when a column proved deficient (it is then removed and recorded).
    private mutating func choosePivot(deficient: inout [Int]) -> (Int, Int, Double)? {
        if columnHead[0] >= 0 {
            let j = columnHead[0]
            unlink(column: j)
            deficient.append(j)
            return nil
        }
        var best: (row: Int, column: Int, value: Double)?
        var bestCost = Int.max
        var examined = 0
        for c in 1..<(highest + 1) {
            var j = columnHead[c]
            while j >= 0 {
                let next = columnNext[j]
                let largest = columnLargest(j)
                if largest < SparseLU.zeroTolerance {
                    drop(column: j)
                    deficient.append(j)
                    return nil
                }
                for i in columns[j] {
                    let a = value(row: i, column: j)
                    guard abs(a) >= SparseLU.threshold * largest else { continue }
                    let cost = (rows[i].count - 1) * (c - 1)
                    if cost < bestCost || (cost == bestCost && abs(a) > abs(best?.value ?? 0)) {
                        bestCost = cost
                        best = (i, j, a)
                    }
                }
                examined += 1
                if let best, bestCost <= (c - 1) * (c - 1) || examined >= 4 { return best }
                j = next
            }
            if c == 1, let row = rowSingleton() { return row }
        }
        return best
    }

    /// A row singleton whose entry passes the threshold in its column, if any (the first few tried).
    private func rowSingleton() -> (Int, Int, Double)? {
        var i = rowHead[1]
        var tried = 0
        while i >= 0, tried < 8 {
            let entry = rows[i][0]
            let largest = columnLargest(entry.index)
            if abs(entry.value) >= max(SparseLU.threshold * largest, SparseLU.zeroTolerance) {
                return (i, entry.index, entry.value)
            }
            tried += 1
            i = rowNext[i]
        }
        return nil
    }

    private func columnLargest(_ j: Int) -> Double {
        var largest = 0.0
        for i in columns[j] { largest = max(largest, abs(value(row: i, column: j))) }
        return largest
    }

    private func value(row i: Int, column j: Int) -> Double {
        for entry in rows[i] where entry.index == j { return entry.value }
        return 0
    }

    // MARK: Eliminating

    /// Pivots on (row, column): the row's other entries become a row of `U`, the column's other
    /// entries the multipliers of an `L` eta, and every other row of the column is updated.
    private mutating func pivot(
        row p: Int, column q: Int, value: Double, into lu: inout SparseLU, uRows: inout [[Entry]]
    ) {
        unlink(row: p)
        unlink(column: q)
        lu.appendPivot(row: p, position: q, value: value)
        var pivotRow: [Entry] = []
        for entry in rows[p] where entry.index != q {
            pivotRow.append(entry)
            removeFromColumn(entry.index, row: p)
        }
        uRows[p] = pivotRow
        rows[p] = []
        var multipliers: [Entry] = []
        for i in columns[q] where i != p {
            unlink(row: i)
            let multiplier = removeFromRow(i, column: q) / value
            multipliers.append(Entry(index: i, value: multiplier))
            update(row: i, by: multiplier, pivotRow: pivotRow)
            link(row: i)
        }
        columns[q] = []
        lu.appendEta(row: p, entries: multipliers)
    }

    /// Row `i` minus `multiplier` times the pivot row, with fill added to the columns' patterns.
    private mutating func update(row i: Int, by multiplier: Double, pivotRow: [Entry]) {
        for (k, entry) in rows[i].enumerated() { slot[entry.index] = k + 1 }
        for entry in pivotRow {
            let k = slot[entry.index]
            if k > 0 {
                rows[i][k - 1].value -= multiplier * entry.value
            } else {
                rows[i].append(Entry(index: entry.index, value: -multiplier * entry.value))
                unlink(column: entry.index)
                columns[entry.index].append(i)
                link(column: entry.index)
            }
        }
        for entry in rows[i] { slot[entry.index] = 0 }
    }

    /// Removes a deficient column from its rows.
    private mutating func drop(column j: Int) {
        unlink(column: j)
        for i in columns[j] {
            unlink(row: i)
            _ = removeFromRow(i, column: j)
            link(row: i)
        }
        columns[j] = []
    }

    private mutating func removeFromRow(_ i: Int, column j: Int) -> Double {
        guard let k = rows[i].firstIndex(where: { $0.index == j }) else { return 0 }
        let value = rows[i][k].value
        rows[i].swapAt(k, rows[i].count - 1)
        rows[i].removeLast()
        return value
    }

    private mutating func removeFromColumn(_ j: Int, row i: Int) {
        guard let k = columns[j].firstIndex(of: i) else { return }
        unlink(column: j)
        columns[j].swapAt(k, columns[j].count - 1)
        columns[j].removeLast()
        link(column: j)
    }

    // MARK: Count lists

    private mutating func link(column j: Int) {
        let c = columns[j].count
        highest = max(highest, c)
        columnPrevious[j] = -1
        columnNext[j] = columnHead[c]
        if columnHead[c] >= 0 { columnPrevious[columnHead[c]] = j }
        columnHead[c] = j
    }

    private mutating func unlink(column j: Int) {
        let c = columns[j].count
        if columnPrevious[j] >= 0 {
            columnNext[columnPrevious[j]] = columnNext[j]
        } else {
            columnHead[c] = columnNext[j]
        }
        if columnNext[j] >= 0 { columnPrevious[columnNext[j]] = columnPrevious[j] }
    }

    private mutating func link(row i: Int) {
        let c = rows[i].count
        rowPrevious[i] = -1
        rowNext[i] = rowHead[c]
        if rowHead[c] >= 0 { rowPrevious[rowHead[c]] = i }
        rowHead[c] = i
    }

    private mutating func unlink(row i: Int) {
        let c = rows[i].count
        if rowPrevious[i] >= 0 {
            rowNext[rowPrevious[i]] = rowNext[i]
        } else {
            rowHead[c] = rowNext[i]
        }
        if rowNext[i] >= 0 { rowPrevious[rowNext[i]] = rowPrevious[i] }
    }
}
