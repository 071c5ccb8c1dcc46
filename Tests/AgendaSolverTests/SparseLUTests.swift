import Testing

@testable import AgendaSolver

/// `SparseLU` on its own, against dense Gaussian elimination written here.
///
/// What the properties mean:
/// - **Solves**: on random sparse bases of 5 to 300 rows, most columns logicals (unit columns), the
///   rest random sparse columns, `ftran` solves `B x = a` and `btran` solves `yᵀB = eᵀ` for random
///   sparse right-hand sides: the residuals, computed here from the basis itself, are tiny.
/// - **Forrest–Tomlin updates**: after 50 to 200 replacements of random positions by random sparse
///   columns (the pivot checked so the basis stays well conditioned), the updated factors still
///   solve the new basis, as dense elimination on it does.
/// - **Singular bases**: a basis with `k` columns that repeat or combine others reports exactly as
///   many positions as dense elimination finds rank missing, and the factors returned are those of
///   the basis with the reported logicals put in.
/// - **Hypersparse solves**: searching the reach of a sparse right-hand side gives what sweeping
///   every pivot gives.
@Suite struct SparseLUTests {
    typealias Column = [(row: Int, value: Double)]

    /// A random basis of `m` rows: columns below `columnCount` are structural, from `columnCount`
    /// on logicals. About `logicalShare` of the positions hold logicals; each structural column has a
    /// large entry on a row no logical takes, and a few small ones elsewhere.
    static func randomBasis(
        m: Int, logicalShare: Double, _ random: inout SplitMix
    ) -> (basic: [Int], columns: [Column], columnCount: Int) {
        var rows = Array(0..<m)
        for i in stride(from: m - 1, to: 0, by: -1) { rows.swapAt(i, random.int(0...i)) }
        var basic: [Int] = []
        var columns: [Column] = []
        let columnCount = 10 * m
        for i in rows {
            if random.uniform(0, 1) < logicalShare {
                basic.append(columnCount + i)
            } else {
                columns.append(randomColumn(m: m, main: i, random: &random))
                basic.append(columns.count - 1)
            }
        }
        return (basic, columns, columnCount)
    }

    /// A sparse column with entry `2…4` (either sign) at `main` and up to three in `[−1, 1]` elsewhere.
    static func randomColumn(m: Int, main: Int, random: inout SplitMix) -> Column {
        var column: Column = [(main, random.uniform(2, 4) * (random.bool() ? 1 : -1))]
        for _ in 0..<random.int(0...3) {
            let row = random.int(0...(m - 1))
            if !column.contains(where: { $0.row == row }) { column.append((row, random.uniform(-1, 1))) }
        }
        return column
    }

    /// The basis as a dense row-major matrix.
    static func dense(_ basic: [Int], _ columns: [Column], columnCount: Int) -> [[Double]] {
        let m = basic.count
        var matrix = Array(repeating: Array(repeating: 0.0, count: m), count: m)
        for (j, column) in basic.enumerated() {
            if column >= columnCount {
                matrix[column - columnCount][j] = 1
            } else {
                for entry in columns[column] { matrix[entry.row][j] += entry.value }
            }
        }
        return matrix
    }

    /// The rank of a dense matrix by Gaussian elimination with partial pivoting.
    static func rank(_ matrix: [[Double]], tolerance: Double = 1e-9) -> Int {
        var a = matrix
        let m = a.count
        var rank = 0
        for col in 0..<m {
            guard rank < m else { break }
            var best = rank
            for row in rank..<m where abs(a[row][col]) > abs(a[best][col]) { best = row }
            guard abs(a[best][col]) > tolerance else { continue }
            a.swapAt(best, rank)
            for row in (rank + 1)..<m where a[row][col] != 0 {
                let f = a[row][col] / a[rank][col]
                for k in col..<m { a[row][k] -= f * a[rank][k] }
            }
            rank += 1
        }
        return rank
    }

    /// `B x = b` by dense Gaussian elimination with partial pivoting.
    static func denseSolve(_ matrix: [[Double]], _ b: [Double]) -> [Double] {
        var a = matrix
        var x = b
        let m = a.count
        for col in 0..<m {
            var best = col
            for row in col..<m where abs(a[row][col]) > abs(a[best][col]) { best = row }
            a.swapAt(best, col)
            x.swapAt(best, col)
            for row in (col + 1)..<m where a[row][col] != 0 {
                let f = a[row][col] / a[col][col]
                for k in col..<m { a[row][k] -= f * a[col][k] }
                x[row] -= f * x[col]
            }
        }
        for col in stride(from: m - 1, through: 0, by: -1) {
            for k in (col + 1)..<m { x[col] -= a[col][k] * x[k] }
            x[col] /= a[col][col]
        }
        return x
    }

    static func transpose(_ matrix: [[Double]]) -> [[Double]] {
        let m = matrix.count
        return (0..<m).map { j in (0..<m).map { matrix[$0][j] } }
    }

    /// A random right-hand side with about `nonzeros` entries.
    static func randomVector(m: Int, nonzeros: Int, _ random: inout SplitMix) -> SparseVector {
        var vector = SparseVector(dimension: m)
        for _ in 0..<nonzeros { vector.set(random.int(0...(m - 1)), random.uniform(-5, 5)) }
        return vector
    }

    /// The largest difference between `B x` and `a` (ftran), or between `yᵀB` and `eᵀ` (btran),
    /// solving by `lu`; also compared with the dense solution.
    static func solveErrors(_ lu: inout SparseLU, _ matrix: [[Double]], _ random: inout SplitMix) -> Double {
        let m = matrix.count
        var worst = 0.0
        for transposed in [false, true] {
            let rhs = randomVector(m: m, nonzeros: random.int(1...max(1, m / 4)), &random)
            var x = rhs
            if transposed { lu.btran(&x) } else { lu.ftran(&x) }
            let reference = denseSolve(transposed ? transpose(matrix) : matrix, rhs.values)
            for i in 0..<m {
                var product = 0.0
                for k in 0..<m { product += (transposed ? matrix[k][i] : matrix[i][k]) * x.values[k] }
                worst = max(worst, abs(product - rhs.values[i]), abs(x.values[i] - reference[i]) / 1e3)
            }
            for i in 0..<m where x.values[i] != 0 {
                #expect(x.indices.contains(i), "nonzero entry \(i) is listed")
            }
        }
        return worst
    }

    @Test func solvesMatchDenseElimination() {
        var tested = 0
        for seed in UInt64(1)...60 {
            var random = SplitMix(seed: seed &* 31 &+ 5)
            let m = [5, 12, 40, 100, 300][Int(seed % 5)]
            let (basic, columns, columnCount) = Self.randomBasis(
                m: m, logicalShare: random.uniform(0, 0.9), &random)
            let matrix = Self.dense(basic, columns, columnCount: columnCount)
            guard Self.rank(matrix) == m else { continue }
            var lu = SparseLU(dimension: m)
            let deficient = lu.factorize(basic: basic, columnCount: columnCount, flat: columns)
            #expect(deficient.isEmpty, "seed \(seed): a nonsingular basis is fully pivoted")
            let error = Self.solveErrors(&lu, matrix, &random)
            #expect(error < 1e-8, "seed \(seed), m \(m): error \(error)")
            tested += 1
        }
        #expect(tested >= 40, "most random bases are nonsingular")
    }

    @Test func forrestTomlinUpdatesKeepSolving() {
        var tested = 0
        for seed in UInt64(1)...12 {
            var random = SplitMix(seed: seed &* 977 &+ 3)
            let m = [20, 60, 150, 200][Int(seed % 4)]
            var (basic, columns, columnCount) = Self.randomBasis(m: m, logicalShare: 0.6, &random)
            guard Self.rank(Self.dense(basic, columns, columnCount: columnCount)) == m else { continue }
            var lu = SparseLU(dimension: m)
            _ = lu.factorize(basic: basic, columnCount: columnCount, flat: columns)
            let updates = random.int(50...200)
            var done = 0
            var refactors = 0
            while done < updates {
                let column =
                    random.int(0...4) == 0
                    ? [(row: random.int(0...(m - 1)), value: 1.0)]
                    : Self.randomColumn(m: m, main: random.int(0...(m - 1)), random: &random)
                var x = SparseVector(dimension: m)
                for entry in column { x.add(entry.row, entry.value) }
                lu.ftran(&x, keepSpike: true)
                // Replace a position where the pivot is large, so that the basis stays well conditioned.
                guard let r = x.indices.first(where: { abs(x.values[$0]) > 0.5 }) else { continue }
                columns.append(column)
                basic[r] = columns.count - 1
                if lu.replace(position: r, pivot: x.values[r]) == .refactor, lu.updates < SparseLU.updateLimit {
                    refactors += 1
                }
                done += 1
                if done % 25 == 0 || done == updates {
                    let matrix = Self.dense(basic, columns, columnCount: columnCount)
                    let error = Self.solveErrors(&lu, matrix, &random)
                    #expect(error < 1e-7, "seed \(seed), m \(m), after \(done) updates: error \(error)")
                }
            }
            #expect(refactors <= 2, "seed \(seed): \(refactors) updates were judged unstable")
            tested += 1
        }
        #expect(tested >= 8)
    }

    @Test func singularBasesReportTheirDeficiency() {
        var singular = 0
        for seed in UInt64(1)...40 {
            var random = SplitMix(seed: seed &* 7919 &+ 11)
            let m = [8, 30, 90][Int(seed % 3)]
            var (basic, columns, columnCount) = Self.randomBasis(m: m, logicalShare: 0.5, &random)
            guard Self.rank(Self.dense(basic, columns, columnCount: columnCount)) == m else { continue }
            // Make k positions copies or combinations of other columns.
            let structural = (0..<m).filter { basic[$0] < columnCount }
            guard structural.count >= 4 else { continue }
            let k = random.int(1...min(3, structural.count / 2))
            for position in structural.suffix(k) {
                let a = columns[basic[structural[random.int(0...(structural.count - k - 1))]]]
                let b = columns[basic[structural[random.int(0...(structural.count - k - 1))]]]
                let factor = random.uniform(-2, 2)
                var combined = a.map { (row: $0.row, value: $0.value) }
                for entry in b { combined.append((entry.row, factor * entry.value)) }
                var merged: Column = []
                for entry in combined.sorted(by: { $0.row < $1.row }) {
                    if let last = merged.last, last.row == entry.row {
                        merged[merged.count - 1].value += entry.value
                    } else {
                        merged.append(entry)
                    }
                }
                columns.append(merged)
                basic[position] = columns.count - 1
            }
            let expected = m - Self.rank(Self.dense(basic, columns, columnCount: columnCount))
            var lu = SparseLU(dimension: m)
            let deficient = lu.factorize(basic: basic, columnCount: columnCount, flat: columns)
            #expect(deficient.count == expected, "seed \(seed): \(deficient.count) deficient, rank says \(expected)")
            if expected > 0 { singular += 1 }
            for (position, row) in deficient { basic[position] = columnCount + row }
            let error = Self.solveErrors(&lu, Self.dense(basic, columns, columnCount: columnCount), &random)
            #expect(error < 1e-7, "seed \(seed): the repaired basis solves, error \(error)")
        }
        #expect(singular >= 20)
    }

    @Test func hypersparseSolvesMatchSweeps() {
        var tested = 0
        for seed in UInt64(1)...20 {
            var random = SplitMix(seed: seed &* 104_729 &+ 17)
            let m = 300
            var (basic, columns, columnCount) = Self.randomBasis(m: m, logicalShare: 0.8, &random)
            guard Self.rank(Self.dense(basic, columns, columnCount: columnCount)) == m else { continue }
            var lu = SparseLU(dimension: m)
            _ = lu.factorize(basic: basic, columnCount: columnCount, flat: columns)
            // A few updates, so that the R etas and moved pivots take part.
            for _ in 0..<10 {
                let column = Self.randomColumn(m: m, main: random.int(0...(m - 1)), random: &random)
                var x = SparseVector(dimension: m)
                for entry in column { x.add(entry.row, entry.value) }
                lu.ftran(&x, keepSpike: true)
                guard let r = x.indices.first(where: { abs(x.values[$0]) > 0.5 }) else { continue }
                columns.append(column)
                basic[r] = columns.count - 1
                _ = lu.replace(position: r, pivot: x.values[r])
            }
            var sweeping = lu
            sweeping.allowHypersparse = false
            for transposed in [false, true] {
                for _ in 0..<10 {
                    let rhs = Self.randomVector(m: m, nonzeros: random.int(1...3), &random)
                    var fast = rhs
                    var slow = rhs
                    if transposed {
                        lu.btran(&fast)
                        sweeping.btran(&slow)
                    } else {
                        lu.ftran(&fast)
                        sweeping.ftran(&slow)
                    }
                    let difference = (0..<m).map { abs(fast.values[$0] - slow.values[$0]) }.max() ?? 0
                    #expect(difference < 1e-10, "seed \(seed), transposed \(transposed): \(difference)")
                }
            }
            tested += 1
        }
        #expect(tested >= 10)
    }
}

extension SparseLU {
    /// `factorize` on columns given one array each, as the tests build them.
    fileprivate mutating func factorize(
        basic: [Int], columnCount: Int, flat columns: [[(row: Int, value: Double)]]
    ) -> [(position: Int, row: Int)] {
        let (start, entries) = Self.flatten(columns)
        return factorize(basic: basic, columnCount: columnCount, columnStart: start, columnEntries: entries)
    }
}
