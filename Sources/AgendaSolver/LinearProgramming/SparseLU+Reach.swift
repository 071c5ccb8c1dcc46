extension SparseLU {
    /// The graphs a hypersparse solve searches: which entries a nonzero at a row makes nonzero.
    enum Graph { case lColumns, lRows, uColumns, uRows }

    /// Depth-first search from `seeds` along `graph`, leaving the reach in `work.postorder` (its
    /// reverse is a topological order). False, with nothing marked, when the reach passes a
    /// fifth of the dimension: a sweep is cheaper then.
    mutating func reach(from seeds: [Int], along graph: Graph) -> Bool {
        switch graph {
        case .lColumns: return reach(from: seeds, along: LColumns(eta: etaOfRow, start: lStart, entries: lEntries))
        case .lRows: return reach(from: seeds, along: LRows(start: lRowStart, entries: lRowEntries))
        case .uColumns: return reach(from: seeds, along: UColumns(positionOf: positionOf, lists: uColumns))
        case .uRows: return reach(from: seeds, along: URows(rowOf: rowOf, lists: uRows))
        }
    }

    /// The search for one kind of graph, specialised for it: the search visits every edge of the
    /// reach, and a switch or an array subscript that checks uniqueness per edge cost more than
    /// the search itself.
    private mutating func reach(from seeds: [Int], along graph: some Neighbours) -> Bool {
        let limit = dimension / 5
        // The work arrays, moved out of `work` while the search runs, so that it holds the only
        // reference to each.
        var visited: [Bool] = []
        var stack: [Int] = []
        var cursor: [Int] = []
        var postorder: [Int] = []
        swap(&visited, &work.visited)
        swap(&stack, &work.stack)
        swap(&cursor, &work.cursor)
        swap(&postorder, &work.postorder)
        postorder.removeAll(keepingCapacity: true)
        var tooFar = false
        visited.withUnsafeMutableBufferPointer { visited in
            search: for seed in seeds where !visited[seed] {
                visited[seed] = true
                stack.append(seed)
                cursor.append(graph.first(of: seed))
                while let node = stack.last {
                    let k = cursor[cursor.count - 1]
                    if k < graph.end(of: node) {
                        cursor[cursor.count - 1] = k + 1
                        let child = graph.target(k)
                        guard !visited[child] else { continue }
                        visited[child] = true
                        stack.append(child)
                        cursor.append(graph.first(of: child))
                    } else {
                        stack.removeLast()
                        cursor.removeLast()
                        postorder.append(node)
                        if postorder.count > limit {
                            tooFar = true
                            break search
                        }
                    }
                }
            }
            for node in postorder { visited[node] = false }
            for node in stack { visited[node] = false }
        }
        stack.removeAll(keepingCapacity: true)
        cursor.removeAll(keepingCapacity: true)
        swap(&visited, &work.visited)
        swap(&stack, &work.stack)
        swap(&cursor, &work.cursor)
        swap(&postorder, &work.postorder)
        return !tooFar
    }
}

/// A graph of a hypersparse solve: the edges out of a node are the positions
/// `first(of: node)..<end(of: node)` of an entry array, each leading to `target(position)`.
private protocol Neighbours {
    func first(of node: Int) -> Int
    func end(of node: Int) -> Int
    func target(_ position: Int) -> Int
}

/// `L`'s columns: a row with an eta leads to the rows of that eta's entries.
private struct LColumns: Neighbours {
    let eta: [Int]
    let start: [Int]
    let entries: [SparseLU.Entry]
    @inline(__always) func first(of node: Int) -> Int { eta[node] >= 0 ? start[eta[node]] : 0 }
    @inline(__always) func end(of node: Int) -> Int { eta[node] >= 0 ? start[eta[node] + 1] : 0 }
    @inline(__always) func target(_ position: Int) -> Int { entries[position].index }
}

/// `L` by row.
private struct LRows: Neighbours {
    let start: [Int]
    let entries: [SparseLU.Entry]
    @inline(__always) func first(of node: Int) -> Int { start[node] }
    @inline(__always) func end(of node: Int) -> Int { start[node + 1] }
    @inline(__always) func target(_ position: Int) -> Int { entries[position].index }
}

/// `U`'s columns: a pivot row leads to the rows of its position's column.
private struct UColumns: Neighbours {
    let positionOf: [Int]
    let lists: SparseLU.Lists
    @inline(__always) func first(of node: Int) -> Int { lists.start[positionOf[node]] }
    @inline(__always) func end(of node: Int) -> Int {
        lists.start[positionOf[node]] + lists.count[positionOf[node]]
    }
    @inline(__always) func target(_ position: Int) -> Int { lists.entries[position].index }
}

/// `U`'s rows: a pivot row leads to the pivot rows of the positions in its row.
private struct URows: Neighbours {
    let rowOf: [Int]
    let lists: SparseLU.Lists
    @inline(__always) func first(of node: Int) -> Int { lists.start[node] }
    @inline(__always) func end(of node: Int) -> Int { lists.start[node] + lists.count[node] }
    @inline(__always) func target(_ position: Int) -> Int { rowOf[lists.entries[position].index] }
}
