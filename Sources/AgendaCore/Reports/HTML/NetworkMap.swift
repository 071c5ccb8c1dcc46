/// A two-column network map (netwerkkaart): nodes on the left (e.g. partners, coloured by kind)
/// joined to nodes on the right (e.g. actions) by curves, solid for a primary link (leads) and
/// dashed for a secondary one (joins). Right nodes that are not highlighted (unfunded actions)
/// and their links are greyed out.
///
/// Data: `left` and `right` nodes (label, full title for the tooltip, category, highlighted) and
/// `links` between their indices. The layout is deterministic: the left column keeps its order;
/// the right column is ordered by the first left node that leads it (then by its own order), so
/// the solid links do not cross; each left node sits level with the middle of what it leads where
/// the spacing allows. The height grows with the number of rows.
struct NetworkMap: SVGChart {
    struct Node {
        var label: String
        /// The tooltip: the full name and what the node is.
        var title: String
        /// Index into `categories` (the colour), or nil for a neutral node.
        var category: Int?
        var highlighted = true
    }

    enum LinkKind {
        /// Drawn solid (a partner leads the action).
        case primary
        /// Drawn dashed (a partner joins the action).
        case secondary
    }

    struct Link {
        var left: Int
        var right: Int
        var kind: LinkKind
    }

    struct Category {
        var label: String
        var color: String
    }

    var title: String
    var left: [Node]
    var right: [Node]
    var links: [Link]
    var categories: [Category]
    var leftHeading: String
    var rightHeading: String
    /// Legend items after the categories: what solid, dashed, highlighted and grey mean.
    var legendExtras: [ChartLegend.Item] = []
    var width: Double = 760

    static let rowHeight = 20.0

    var hasContent: Bool { !left.isEmpty && !right.isEmpty && !links.isEmpty }

    /// The right nodes' indices in drawing order.
    var rightOrder: [Int] {
        func key(_ index: Int) -> Int {
            let own = links.filter { $0.right == index && left.indices.contains($0.left) }
            return own.filter { $0.kind == .primary }.map(\.left).min() ?? own.map(\.left).min() ?? Int.max
        }
        return right.indices.map { (index: $0, key: key($0)) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            .map(\.index)
    }

    func svg() -> String {
        let leftLabelWidth = (width * 0.3).rounded()
        let leftX = leftLabelWidth + 10
        let rightX = (width * 0.57).rounded()
        let top = 34.0
        let links = links.filter { left.indices.contains($0.left) && right.indices.contains($0.right) }

        // Rows of the right column, then the left nodes level with the middle of what they lead.
        var rightY = Array(repeating: 0.0, count: right.count)
        for (row, index) in rightOrder.enumerated() { rightY[index] = top + (Double(row) + 0.5) * Self.rowHeight }
        var leftY: [Double] = []
        for index in left.indices {
            // Only primary links place a node: they are monotone in the right column's order, so
            // following them never pushes later nodes far down; other nodes take the next row.
            let targets = links.filter { $0.left == index && $0.kind == .primary }.map { rightY[$0.right] }
            let lowest = leftY.last.map { $0 + Self.rowHeight } ?? top + Self.rowHeight / 2
            let desired = targets.isEmpty ? lowest : targets.reduce(0, +) / Double(targets.count)
            leftY.append(max(lowest, desired))
        }
        let bottom = max(leftY.last ?? top, rightY.max() ?? top) + Self.rowHeight / 2
        let legend = ChartLegend(
            items: categories.map { ChartLegend.Item(label: $0.label, swatch: .dot($0.color)) } + legendExtras)
        var canvas = SVGCanvas(
            width: width, height: bottom + 14 + legend.height(width: width) + 4, className: "chart network-map")

        canvas.text(leftHeading, x: leftLabelWidth, y: top - 14, anchor: .end, bold: true, class: "heading")
        canvas.text(rightHeading, x: rightX + 10, y: top - 14, bold: true, class: "heading")

        // Links under the nodes; greyed ones first, so highlighted ones stay on top.
        let ordered = links.filter { !right[$0.right].highlighted } + links.filter { right[$0.right].highlighted }
        for link in ordered {
            let (y1, y2) = (leftY[link.left], rightY[link.right])
            let middle = (leftX + rightX) / 2
            let d =
                "M\(SVGCanvas.number(leftX + 5)) \(SVGCanvas.number(y1)) C\(SVGCanvas.number(middle)) "
                + "\(SVGCanvas.number(y1))"
                + " \(SVGCanvas.number(middle)) \(SVGCanvas.number(y2)) \(SVGCanvas.number(rightX - 5)) "
                + "\(SVGCanvas.number(y2))"
            let highlighted = right[link.right].highlighted
            let color = highlighted ? color(of: left[link.left]) : ChartPalette.dimmed
            let primary = link.kind == .primary
            canvas.path(
                d, stroke: color, width: primary ? 1.8 : 1.2, dash: primary ? nil : "4 3",
                opacity: highlighted ? (primary ? 0.9 : 0.6) : 0.6,
                class: primary ? "link lead" : "link join",
                title: "\(left[link.left].label) → \(right[link.right].label)")
        }

        for (index, node) in left.enumerated() {
            let label = SVGCanvas.truncated(node.label, width: leftLabelWidth)
            canvas.text(label, x: leftLabelWidth, y: leftY[index] + 4, anchor: .end, class: "label", title: node.title)
            canvas.circle(cx: leftX, cy: leftY[index], r: 5, fill: color(of: node), class: "node", title: node.title)
        }
        for (index, node) in right.enumerated() {
            let label = SVGCanvas.truncated(node.label, width: width - rightX - 12)
            canvas.circle(
                cx: rightX, cy: rightY[index], r: 4.5, fill: node.highlighted ? ChartPalette.ink : "#ffffff",
                stroke: node.highlighted ? nil : ChartPalette.dimmed, strokeWidth: node.highlighted ? nil : 1.5,
                class: node.highlighted ? "node" : "node dimmed", title: node.title)
            canvas.text(
                label, x: rightX + 10, y: rightY[index] + 4, fill: node.highlighted ? ChartPalette.ink : "#8a8f95",
                class: node.highlighted ? "label" : "label dimmed", title: node.title)
        }
        legend.draw(on: &canvas, x: 0, y: bottom + 12, width: width)
        return canvas.rendered(title: title)
    }

    private func color(of node: Node) -> String {
        node.category.flatMap { categories.indices.contains($0) ? categories[$0].color : nil } ?? ChartPalette.muted
    }
}
