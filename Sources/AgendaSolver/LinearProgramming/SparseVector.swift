/// A vector of `dimension` doubles with the list of entries that may be nonzero, so that loops over
/// a mostly zero vector touch only those entries.
///
/// An index is listed at most once (`listed` marks it); a listed entry may have become zero by
/// cancellation, an unlisted one is always zero.
struct SparseVector: Sendable {
    /// All entries, zero where not listed.
    var values: [Double]
    /// The entries that may be nonzero, each once.
    var indices: [Int] = []
    /// Whether each entry is in `indices`.
    private(set) var listed: [Bool]

    init(dimension: Int) {
        values = Array(repeating: 0, count: dimension)
        listed = Array(repeating: false, count: dimension)
        indices.reserveCapacity(dimension)
    }

    var dimension: Int { values.count }

    /// Sets every entry to zero, in time proportional to the listed entries.
    mutating func clear() {
        // Through buffers: an array's subscript in the loop would check its uniqueness every time.
        values.withUnsafeMutableBufferPointer { values in
            listed.withUnsafeMutableBufferPointer { listed in
                for i in indices {
                    values[i] = 0
                    listed[i] = false
                }
            }
        }
        indices.removeAll(keepingCapacity: true)
    }

    /// Adds `value` to entry `i`, listing it.
    @inline(__always)
    mutating func add(_ i: Int, _ value: Double) {
        if !listed[i] {
            listed[i] = true
            indices.append(i)
        }
        values[i] += value
    }

    /// Sets entry `i`, listing it.
    @inline(__always)
    mutating func set(_ i: Int, _ value: Double) {
        if !listed[i] {
            listed[i] = true
            indices.append(i)
        }
        values[i] = value
    }

    /// Sets each entry `e.index` to `e.value`, listing it, in the order given.
    mutating func set(_ entries: [SparseLU.Entry]) {
        values.withUnsafeMutableBufferPointer { values in
            listed.withUnsafeMutableBufferPointer { listed in
                for entry in entries {
                    if !listed[entry.index] {
                        listed[entry.index] = true
                        indices.append(entry.index)
                    }
                    values[entry.index] = entry.value
                }
            }
        }
    }

    /// Adds `scale × e.value` at `e.index` for each entry `e` of a nonbasic column (negative
    /// `position`), listing new indices: the inner loop of a pivot row, with the checks of array
    /// access and uniqueness hoisted out of it. The same sums, in the same order, as `add`.
    @inline(__always)
    mutating func addNonbasic(
        _ entries: UnsafeBufferPointer<SparseLU.Entry>, times scale: Double, position: UnsafeBufferPointer<Int>
    ) {
        values.withUnsafeMutableBufferPointer { values in
            listed.withUnsafeMutableBufferPointer { listed in
                for entry in entries where position[entry.index] < 0 {
                    let j = entry.index
                    if !listed[j] {
                        listed[j] = true
                        indices.append(j)
                    }
                    values[j] += scale * entry.value
                }
            }
        }
    }

    /// Writes the entries of a cleared vector densely through `body`, then lists the nonzero ones.
    mutating func fill(_ body: (UnsafeMutableBufferPointer<Double>) -> Void) {
        values.withUnsafeMutableBufferPointer { body($0) }
        relist()
    }

    /// Lists exactly the nonzero entries again, after `values` was written directly (a dense sweep).
    mutating func relist() {
        listed.withUnsafeMutableBufferPointer { listed in
            for i in indices { listed[i] = false }
            indices.removeAll(keepingCapacity: true)
            for i in 0..<values.count where values[i] != 0 {
                listed[i] = true
                indices.append(i)
            }
        }
    }

    /// Makes this vector equal to `other` (of the same dimension).
    mutating func copy(_ other: SparseVector) {
        clear()
        for i in other.indices where other.values[i] != 0 { set(i, other.values[i]) }
    }
}
