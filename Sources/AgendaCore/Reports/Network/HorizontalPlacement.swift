/// Where the vertices of an ordered layered graph stand across the page: each as close as it can
/// be to the mean of its neighbours' places (so ties run straight and nodes sit over what they are
/// tied to), keeping every layer's order and the room each item needs.
///
/// Each layer's places are the least-squares fit to those means under the order and spacing, within
/// the width of the widest layer packed tight (so the map grows no wider than it must), found
/// exactly by pooling adjacent violators and clamping; a few passes down and up let layers settle.
struct HorizontalPlacement {
    /// Per vertex, how wide it is.
    var widths: [Double]
    /// Per vertex, its neighbours in the layers above and below.
    var neighbours: [[Int]]
    var passes = 8

    /// The centres of the vertices, between 0 and the widest layer's width.
    func centres(_ order: [[Int]]) -> [Double] {
        var x = Array(repeating: 0.0, count: widths.count)
        let packed = order.map { layer in layer.reduce(0.0) { $0 + widths[$1] } }
        let widest = packed.max() ?? 0
        for (index, layer) in order.enumerated() {
            var left = (widest - packed[index]) / 2
            for vertex in layer {
                x[vertex] = left + widths[vertex] / 2
                left += widths[vertex]
            }
        }
        for pass in 0..<passes {
            let layers = pass % 2 == 0 ? Array(order.indices) : order.indices.reversed()
            for layer in layers { place(order[layer], within: widest, in: &x) }
        }
        return x
    }

    /// Places one layer: the nearest places to its vertices' targets that keep order and spacing.
    private func place(_ layer: [Int], within width: Double, in x: inout [Double]) {
        guard let first = layer.first, let last = layer.last else { return }
        var offsets = [0.0]
        for (a, b) in zip(layer, layer.dropFirst()) {
            offsets.append((offsets.last ?? 0) + (widths[a] + widths[b]) / 2)
        }
        let targets = layer.enumerated().map { index, vertex in
            let around = neighbours[vertex].map { x[$0] }
            let wanted = around.isEmpty ? x[vertex] : around.reduce(0, +) / Double(around.count)
            return wanted - offsets[index]
        }
        // With the order kept, the first vertex's place fixes the others' least places: the fit
        // clamped to where the layer stays within the width is the best fit that does.
        let lowest = widths[first] / 2
        let highest = max(lowest, width - (offsets.last ?? 0) - widths[last] / 2)
        let fitted = Self.nondecreasingFit(targets).map { min(max($0, lowest), highest) }
        for (index, vertex) in layer.enumerated() { x[vertex] = fitted[index] + offsets[index] }
    }

    /// The nondecreasing sequence nearest to `values` in least squares (pool adjacent violators).
    static func nondecreasingFit(_ values: [Double]) -> [Double] {
        var blocks: [(sum: Double, count: Int)] = []
        for value in values {
            blocks.append((value, 1))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1]
                let previous = blocks[blocks.count - 2]
                guard previous.sum / Double(previous.count) > last.sum / Double(last.count) else { break }
                blocks.removeLast(2)
                blocks.append((previous.sum + last.sum, previous.count + last.count))
            }
        }
        return blocks.flatMap { Array(repeating: $0.sum / Double($0.count), count: $0.count) }
    }
}
