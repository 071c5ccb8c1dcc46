extension SparseLU {
    /// Sparse columns (each as (row, value)) in one flat array: column `c`'s entries are
    /// `entries[start[c]..<start[c + 1]]`, rows in `index`. The form `factorize` reads, and the
    /// simplex's loops over many columns, which would retain and release an array per column.
    static func flatten(_ columns: [[(row: Int, value: Double)]]) -> (start: [Int], entries: [Entry]) {
        var start = [0]
        start.reserveCapacity(columns.count + 1)
        var entries: [Entry] = []
        for column in columns {
            for entry in column { entries.append(Entry(index: entry.row, value: entry.value)) }
            start.append(entries.count)
        }
        return (start, entries)
    }

    /// Factorises the basis whose position `j` holds column `basic[j]`: below `columnCount` the
    /// sparse column `columnEntries[columnStart[c]..<columnStart[c + 1]]` with `c = basic[j]` (as
    /// (row, value), see `flatten`), from `columnCount` on the unit column of row
    /// `basic[j] − columnCount` (a logical).
    ///
    /// Logicals are pivoted first (a unit column is a column singleton), then the nucleus of
    /// structural columns by Markowitz pivoting (`MarkowitzNucleus`), which takes singletons first.
    /// Returns the positions that could not be pivoted (the basis is singular), each with the
    /// unpivoted row whose unit column now stands in for it: the factors are those of the basis
    /// with those logicals in those positions.
    mutating func factorize(
        basic: [Int], columnCount: Int, columnStart: [Int], columnEntries: [Entry]
    ) -> [(position: Int, row: Int)] {
        precondition(basic.count == dimension)
        reset()
        var structural: [Int] = []
        for (j, column) in basic.enumerated() {
            if column >= columnCount {
                appendPivot(row: column - columnCount, position: j, value: 1)
            } else {
                structural.append(j)
            }
        }
        var nucleus = MarkowitzNucleus(dimension: dimension)
        var rows: [[Entry]] = Array(repeating: [], count: dimension)
        for j in structural {
            for k in columnStart[basic[j]]..<columnStart[basic[j] + 1] where columnEntries[k].value != 0 {
                let entry = columnEntries[k]
                if positionOf[entry.index] >= 0 {
                    Self.append(Entry(index: j, value: entry.value), to: &rows[entry.index])
                } else {
                    nucleus.add(row: entry.index, position: j, value: entry.value)
                }
            }
        }
        var unpivotedRows: [Int] = []
        for i in 0..<dimension where positionOf[i] < 0 { unpivotedRows.append(i) }
        let deficient = nucleus.eliminate(rows: unpivotedRows, positions: structural, into: &self, uRows: &rows)
        finish(deficient: deficient, uRows: &rows)
        var replaced: [(position: Int, row: Int)] = []
        for j in deficient { replaced.append((j, rowOf[j])) }
        return replaced
    }

    /// Back to empty factors before a factorisation.
    private mutating func reset() {
        for i in 0..<dimension {
            rowOf[i] = -1
            positionOf[i] = -1
            diagonal[i] = 0
            etaOfRow[i] = -1
        }
        order.removeAll(keepingCapacity: true)
        lPivot.removeAll()
        lStart = [0]
        lEntries.removeAll()
        lRowEntries.removeAll()
        rRow.removeAll()
        rStart = [0]
        rEntries.removeAll()
        updates = 0
    }

    /// Adds `entry` to a list built column by column, merging a repeated index (a row listed twice).
    private static func append(_ entry: Entry, to list: inout [Entry]) {
        if let last = list.last, last.index == entry.index {
            list[list.count - 1].value += entry.value
        } else {
            list.append(entry)
        }
    }

    /// Records pivot `(row, position)` as the next in the order.
    mutating func appendPivot(row: Int, position: Int, value: Double) {
        rowOf[position] = row
        positionOf[row] = position
        diagonal[position] = value
        slotOf[position] = order.count
        order.append(position)
    }

    /// Records the `L` eta of pivot row `row` with its multipliers.
    mutating func appendEta(row: Int, entries: [Entry]) {
        guard !entries.isEmpty else { return }
        etaOfRow[row] = lPivot.count
        lPivot.append(row)
        lEntries.append(contentsOf: entries)
        lStart.append(lEntries.count)
    }

    /// Pivots the deficient positions on the unit columns of the rows left over, removes what `U`
    /// held for their old columns, and builds `U` by column and `L` by row.
    private mutating func finish(deficient: [Int], uRows rows: inout [[Entry]]) {
        if !deficient.isEmpty {
            var isDeficient = Array(repeating: false, count: dimension)
            for j in deficient { isDeficient[j] = true }
            for i in 0..<dimension where !rows[i].isEmpty {
                rows[i].removeAll { isDeficient[$0.index] }
            }
            var leftRows: [Int] = []
            for i in 0..<dimension where positionOf[i] < 0 { leftRows.append(i) }
            precondition(leftRows.count == deficient.count, "one row left over per deficient position")
            for (j, i) in zip(deficient, leftRows) { appendPivot(row: i, position: j, value: 1) }
        }
        var columns: [[Entry]] = Array(repeating: [], count: dimension)
        for i in 0..<dimension {
            for entry in rows[i] { columns[entry.index].append(Entry(index: i, value: entry.value)) }
        }
        uRows = Lists(rows)
        uColumns = Lists(columns)
        buildLRows()
    }

    /// `L` by row: for each row, the etas it appears in, as (pivot row, multiplier).
    private mutating func buildLRows() {
        for i in 0...dimension { lRowStart[i] = 0 }
        for entry in lEntries { lRowStart[entry.index + 1] += 1 }
        for i in 0..<dimension { lRowStart[i + 1] += lRowStart[i] }
        lRowEntries = Array(repeating: Entry(index: 0, value: 0), count: lEntries.count)
        var next = Array(lRowStart[0..<dimension])
        for k in 0..<lPivot.count {
            for e in lStart[k]..<lStart[k + 1] {
                let entry = lEntries[e]
                lRowEntries[next[entry.index]] = Entry(index: lPivot[k], value: entry.value)
                next[entry.index] += 1
            }
        }
    }
}
