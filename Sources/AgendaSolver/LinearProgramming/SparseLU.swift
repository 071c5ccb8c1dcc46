/// A sparse LU factorisation of a simplex basis `B` (m columns, some of them unit columns of
/// logicals), kept up to date by Forrest–Tomlin updates as columns are replaced.
///
/// `B = L · R⁻¹ · U` up to permutations: `L` is a product of column etas from Gaussian elimination,
/// `R` a product of row etas from the updates, and `U` is triangular in the pivot order `order`.
/// Each basis position `j` has a pivot row `rowOf[j]`; `U` is stored by row and by column with
/// those indices, so no permutation has to be applied to it. Vectors live in *row space* (indexed
/// by rows of `B`) or *position space* (indexed by basis positions): `ftran` maps a right-hand side
/// in row space to a solution in position space, `btran` the other way round.
struct SparseLU: Sendable {
    /// One off-diagonal entry of a factor: a row or position index and its value.
    struct Entry: Sendable {
        var index: Int
        var value: Double
    }

    /// What `replace` did.
    enum UpdateResult: Equatable, Sendable {
        /// Updated; the factors may be used further.
        case updated
        /// Updated, but the factors should be computed afresh: too many updates, or the update was
        /// numerically doubtful (its new diagonal disagrees with the pivot, or is tiny).
        case refactor
    }

    let dimension: Int
    /// The pivot row of each position, and the position pivoted in each row.
    var rowOf: [Int]
    var positionOf: [Int]
    /// The diagonal of `U` at each position.
    var diagonal: [Double]
    /// Positions in pivot order; a slot holds −1 once an update moved its position to the end.
    var order: [Int]
    /// The slot of each position in `order`.
    var slotOf: [Int]
    /// Off-diagonal `U` by row (entries index positions) and by position (entries index rows).
    var uRows: Lists
    var uColumns: Lists
    /// `L` etas in order: eta `k` subtracts `value · x[lPivot[k]]` from `x[index]` for its entries.
    var lPivot: [Int] = []
    var lStart: [Int] = [0]
    var lEntries: [Entry] = []
    /// The eta whose pivot is each row, or −1.
    var etaOfRow: [Int]
    /// `L` transposed: per row, the etas containing it, as (pivot row, multiplier), for hypersparse BTRAN.
    var lRowStart: [Int]
    var lRowEntries: [Entry] = []
    /// `R` etas from updates: eta `k` subtracts `Σ value · x[index]` from `x[rRow[k]]`.
    var rRow: [Int] = []
    var rStart: [Int] = [0]
    var rEntries: [Entry] = []
    /// Updates since the factorisation.
    var updates = 0
    /// Whether solves may search the reach of sparse right-hand sides (off: always sweep; for tests).
    var allowHypersparse = true
    /// Work space of the solves and updates (not part of the factors).
    var work: Workspace

    /// Replacing more columns than this asks for a fresh factorisation.
    static let updateLimit = 100
    /// Pivots smaller than this in absolute value count as zero.
    static let zeroTolerance = 1e-11
    /// Threshold partial pivoting: a pivot at least this fraction of the largest in its column.
    static let threshold = 0.1

    /// The identity: every position holds the logical of its own row.
    init(dimension: Int) {
        self.dimension = dimension
        rowOf = Array(0..<dimension)
        positionOf = Array(0..<dimension)
        diagonal = Array(repeating: 1, count: dimension)
        order = Array(0..<dimension)
        slotOf = Array(0..<dimension)
        uRows = Lists(lists: dimension)
        uColumns = Lists(lists: dimension)
        etaOfRow = Array(repeating: -1, count: dimension)
        lRowStart = Array(repeating: 0, count: dimension + 1)
        work = Workspace(dimension: dimension)
    }

    /// The memory the factors hold (not counting the work space).
    var bytes: Int {
        let entries =
            lEntries.count + lRowEntries.count + rEntries.count + uRows.entries.count + uColumns.entries.count
        let integers = 13 * dimension + order.count + lPivot.count + lStart.count + rRow.count + rStart.count
        return entries * MemoryLayout<Entry>.stride + integers * 8
    }

    /// Arrays the solves reuse, so that no solve allocates.
    struct Workspace: Sendable {
        /// The right-hand side being transformed in an update's elimination, and the kept spike.
        var row: SparseVector
        var spike: SparseVector
        /// Depth-first search state.
        var visited: [Bool]
        var stack: [Int] = []
        var cursor: [Int] = []
        var postorder: [Int] = []
        /// A heap of slots for the update's elimination.
        var heap: [Int] = []
        /// Scratch for permuting a sparse vector.
        var scratch: [Entry] = []

        init(dimension: Int) {
            row = SparseVector(dimension: dimension)
            spike = SparseVector(dimension: dimension)
            visited = Array(repeating: false, count: dimension)
        }
    }
}
