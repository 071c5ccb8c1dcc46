/// Where everything of a network map goes: per band a heading, then a row of cards (a dot, the
/// partner's name on up to three lines, where it works on up to two), with narrow slots between
/// them where lines pass through; the band is as tall as its tallest card. The width is that of
/// the widest band packed tight, so the map scales to its content and no further.
struct NetworkMapGeometry {
    /// The height of a band's heading.
    static let heading = 15.0
    static let card = 116.0
    static let slot = 8.0
    static let margin = 8.0
    static let gap = 46.0
    static let radius = 6.0
    static let nameSize = 11.0
    static let nameLine = 13.0
    static let placeSize = 9.5
    static let placeLine = 11.5
    static let padding = 6.0

    /// Per vertex of the layout: its centre's x.
    var x: [Double]
    /// Per partner: the dot's centre y, and where its card ends.
    var dotY: [Double]
    var cardBottom: [Double]
    /// Per layer: its top and bottom.
    var top: [Double]
    var bottom: [Double]
    var width: Double
    var height: Double
    /// Per bend where a tie within a band dips and turns back: how far from the band's edge it
    /// turns, so that neighbouring dips do not run along the same line.
    var dipLevel: [Int: Int] = [:]

    /// The geometry of `layout`, with each partner's lines of name and places.
    init(layout: LayeredLayout, names: [[String]], places: [[String]]) {
        let partners = names.count
        func cardHeight(_ index: Int) -> Double {
            Self.radius * 2 + 5 + Double(names[index].count) * Self.nameLine + Double(places[index].count)
                * Self.placeLine
        }
        var neighbours = Array(repeating: [Int](), count: layout.vertices.count)
        for edge in layout.edges {
            neighbours[edge.upper].append(edge.lower)
            neighbours[edge.lower].append(edge.upper)
        }
        let placement = HorizontalPlacement(
            widths: layout.vertices.indices.map { $0 < partners ? Self.card : Self.slot }, neighbours: neighbours)
        let centres = placement.centres(layout.order).map { $0 + Self.margin }
        x = centres
        let right = layout.order.flatMap { $0 }.map { centres[$0] + ($0 < partners ? Self.card : Self.slot) / 2 }.max()
        width = max(right ?? 0, Self.card * 4) + Self.margin
        dotY = Array(repeating: 0, count: partners)
        cardBottom = Array(repeating: 0, count: partners)
        top = []
        bottom = []
        dipLevel = Self.dipLevels(layout, neighbours: neighbours, partners: partners)
        var y = Self.margin
        for vertices in layout.order {
            let tallest = vertices.filter { $0 < partners }.map(cardHeight).max() ?? Self.radius * 2
            top.append(y)
            for vertex in vertices where vertex < partners {
                dotY[vertex] = y + Self.heading + Self.padding + Self.radius
                cardBottom[vertex] = y + Self.heading + Self.padding + cardHeight(vertex)
            }
            bottom.append(y + Self.heading + Self.padding * 2 + tallest)
            y += Self.heading + Self.padding * 2 + tallest + Self.gap
        }
        height = y - Self.gap + Self.margin
    }

    /// The bends where a tie within a band turns back, numbered in turn across each layer.
    private static func dipLevels(_ layout: LayeredLayout, neighbours: [[Int]], partners: Int) -> [Int: Int] {
        var levels: [Int: Int] = [:]
        for layer in layout.order {
            let dips = layer.filter { vertex in
                vertex >= partners && neighbours[vertex].count == 2
                    && layout.layerOf[neighbours[vertex][0]] == layout.layerOf[neighbours[vertex][1]]
            }
            for (index, vertex) in dips.enumerated() { levels[vertex] = index % 4 }
        }
        return levels
    }

    /// Where a line leaves or enters a vertex: at the bottom of a partner's card or the top of its
    /// dot; a bend passes its layer from top to bottom.
    func exit(_ vertex: Int, layer: Int, partners: Int) -> Double {
        vertex < partners ? cardBottom[vertex] + 2 : bottom[layer]
    }

    func entry(_ vertex: Int, layer: Int, partners: Int) -> Double {
        vertex < partners ? dotY[vertex] - Self.radius - 1 : top[layer]
    }

    /// The SVG path of a tie through its vertices: cubic curves between layers (upright at both
    /// ends), straight through the layers it passes, and a rounded turn where it dips into a layer
    /// and comes back.
    func path(_ vertices: [Int], layerOf: [Int], partners: Int) -> String {
        guard let first = vertices.first, vertices.count > 1 else { return "" }
        func point(_ px: Double, _ py: Double) -> String { "\(SVGCanvas.number(px)) \(SVGCanvas.number(py))" }
        let down = layerOf[vertices[1]] > layerOf[first]
        var current = (
            x: x[first],
            y: down
                ? exit(first, layer: layerOf[first], partners: partners)
                : entry(first, layer: layerOf[first], partners: partners)
        )
        var d = "M" + point(current.x, current.y)
        for index in 1..<vertices.count {
            let vertex = vertices[index]
            let layer = layerOf[vertex]
            let goingDown = layer > layerOf[vertices[index - 1]]
            let arrive =
                goingDown
                ? entry(vertex, layer: layer, partners: partners)
                : exit(vertex, layer: layer, partners: partners)
            let next = index + 1 < vertices.count ? vertices[index + 1] : nil
            let turns = next.map { (layerOf[$0] > layer) != goingDown } ?? false
            if turns, let next {
                let back =
                    goingDown
                    ? exit(next, layer: layerOf[next], partners: partners)
                    : entry(next, layer: layerOf[next], partners: partners)
                return d + dip(from: current.x, through: vertex, layer: layer, down: goingDown, to: (x[next], back))
            }
            let middle = (current.y + arrive) / 2
            d += " C" + point(current.x, middle) + " " + point(x[vertex], middle) + " " + point(x[vertex], arrive)
            current = (x[vertex], arrive)
            if vertex >= partners, next != nil {
                // Straight through the layer the tie passes.
                let through = goingDown ? bottom[layer] : top[layer]
                d += " L" + point(x[vertex], through)
                current.y = through
            }
        }
        return d
    }

    /// The turn of a tie within a band: level where it turns, at the bend between its two ends.
    private func dip(from: Double, through vertex: Int, layer: Int, down: Bool, to end: (x: Double, y: Double))
        -> String
    {
        func point(_ px: Double, _ py: Double) -> String { "\(SVGCanvas.number(px)) \(SVGCanvas.number(py))" }
        let inset = 2 + 3.5 * Double(dipLevel[vertex] ?? 0)
        let turnY = down ? top[layer] + inset : bottom[layer] - inset
        let middle = x[vertex]
        return " C" + point(from, turnY) + " " + point((from + middle) / 2, turnY) + " " + point(middle, turnY)
            + " C" + point((middle + end.x) / 2, turnY) + " " + point(end.x, turnY) + " " + point(end.x, end.y)
    }
}
