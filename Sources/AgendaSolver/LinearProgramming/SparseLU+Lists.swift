extension SparseLU {
    /// Many short lists of entries in one flat array, each list a segment of it: what `U` is
    /// kept in by row and by column. Solves read segments without touching per-list arrays (whose
    /// reference counting would cost more than the arithmetic). A list that outgrows its segment
    /// moves to the end with room for as many entries again, so that the updates, which append to
    /// many rows each, seldom move one; the space it leaves is reclaimed at the next factorisation.
    struct Lists: Sendable {
        var entries: [Entry] = []
        var start: [Int]
        var count: [Int]
        /// The entries each list's segment has room for.
        var capacity: [Int]

        /// `lists` empty lists.
        init(lists: Int) {
            start = Array(repeating: 0, count: lists)
            count = Array(repeating: 0, count: lists)
            capacity = Array(repeating: 0, count: lists)
        }

        /// The lists given, packed one after another.
        init(_ lists: [[Entry]]) {
            self.init(lists: lists.count)
            entries.reserveCapacity(lists.reduce(0) { $0 + $1.count })
            for (l, list) in lists.enumerated() {
                start[l] = entries.count
                count[l] = list.count
                capacity[l] = list.count
                entries.append(contentsOf: list)
            }
        }

        /// The positions in `entries` of list `l`.
        @inline(__always)
        func range(_ l: Int) -> Range<Int> { start[l]..<(start[l] + count[l]) }

        mutating func append(_ entry: Entry, to l: Int) {
            if count[l] == capacity[l] {
                let room = 2 * count[l] + 2
                if start[l] + capacity[l] != entries.count {
                    // Not the last segment: copied to the end first.
                    let old = range(l)
                    start[l] = entries.count
                    for k in old { entries.append(entries[k]) }
                }
                entries.append(contentsOf: repeatElement(Entry(index: -1, value: 0), count: room - count[l]))
                capacity[l] = room
            }
            entries[start[l] + count[l]] = entry
            count[l] += 1
        }

        /// Removes the entry with `index` from list `l`, if there.
        mutating func remove(index: Int, from l: Int) {
            for k in range(l) where entries[k].index == index {
                let last = start[l] + count[l] - 1
                entries.swapAt(k, last)
                count[l] -= 1
                return
            }
        }

        mutating func clear(_ l: Int) { count[l] = 0 }
    }
}
