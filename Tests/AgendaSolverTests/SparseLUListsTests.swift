import Testing

@testable import AgendaSolver

/// `SparseLU.Lists`, the flat segments `U` is kept in: appends and removals in any interleaving
/// keep every list equal to a plain array of its entries (removal swaps in the last entry), and a
/// list that outgrows its segment moves with room to spare, so appending seldom moves it again.
@Suite struct SparseLUListsTests {
    @Test func interleavedAppendsAndRemovalsMatchPlainArrays() {
        var random = SplitMix(seed: 7)
        var lists = SparseLU.Lists([[SparseLU.Entry(index: 0, value: 1)], [], [SparseLU.Entry(index: 2, value: 3)]])
        var plain: [[SparseLU.Entry]] = [
            [SparseLU.Entry(index: 0, value: 1)], [], [SparseLU.Entry(index: 2, value: 3)],
        ]
        for step in 0..<3_000 {
            let l = random.int(0...2)
            if random.int(0...3) == 0, !plain[l].isEmpty {
                let victim = random.int(0...(plain[l].count - 1))
                lists.remove(index: plain[l][victim].index, from: l)
                plain[l].swapAt(victim, plain[l].count - 1)
                plain[l].removeLast()
            } else {
                let entry = SparseLU.Entry(index: step + 3, value: Double(step))
                lists.append(entry, to: l)
                plain[l].append(entry)
            }
            for list in 0..<3 {
                let kept = lists.range(list).map { lists.entries[$0] }
                #expect(kept.map(\.index) == plain[list].map(\.index), "step \(step), list \(list)")
                #expect(kept.map(\.value) == plain[list].map(\.value), "step \(step), list \(list)")
            }
        }
        // About 2,250 appends over three lists that each double their room when they move: far
        // fewer entries than moving a list for every append to one that is not last would leave.
        #expect(lists.entries.count < 20_000)
    }
}
