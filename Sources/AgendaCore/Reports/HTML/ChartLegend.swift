/// A legend: swatches with labels, laid out left to right and wrapped to the chart's width.
struct ChartLegend {
    /// How an item's swatch looks, matching how the chart draws the thing.
    enum Swatch {
        /// A filled square (a bar segment, a category).
        case fill(String)
        /// A light square with an outline (a budget, a capacity).
        case outline(String)
        /// A short line, dashed or not (a link, a series).
        case line(String, dashed: Bool)
        /// A dot (a point, a node).
        case dot(String)
        /// An open circle (a node that is there but not chosen).
        case ring(String)
        /// The mark of something missing (an empty cell).
        case missing
    }

    struct Item {
        var label: String
        var swatch: Swatch
    }

    var items: [Item]
    /// An optional lead-in, e.g. "colour: pillar".
    var title: String?

    static let rowHeight = 18.0

    /// The height the legend takes at this width.
    func height(width: Double) -> Double {
        Double(rows(width: width).count) * Self.rowHeight
    }

    /// Draws the legend with its top-left corner at `(x, y)`; returns the height used.
    @discardableResult
    func draw(on canvas: inout SVGCanvas, x: Double, y: Double, width: Double) -> Double {
        let rows = rows(width: width)
        for (rowIndex, row) in rows.enumerated() {
            let middle = y + Double(rowIndex) * Self.rowHeight + Self.rowHeight / 2
            for placed in row {
                let left = x + placed.x
                guard let item = placed.item else {
                    canvas.text(placed.text, x: left, y: middle + 4, fill: ChartPalette.muted, class: "legend")
                    continue
                }
                switch item.swatch {
                case .fill(let color):
                    canvas.rect(x: left, y: middle - 6, width: 12, height: 12, fill: color, radius: 2)
                case .outline(let color):
                    canvas.rect(
                        x: left + 0.75, y: middle - 5.25, width: 10.5, height: 10.5, fill: color,
                        stroke: color, strokeWidth: 1.5, fillOpacity: 0.25, radius: 2)
                case .line(let color, let dashed):
                    canvas.line(
                        x1: left, y1: middle, x2: left + 16, y2: middle, stroke: color, width: 2,
                        dash: dashed ? "4 3" : nil)
                case .dot(let color):
                    canvas.circle(cx: left + 6, cy: middle, r: 5, fill: color)
                case .ring(let color):
                    canvas.circle(cx: left + 6, cy: middle, r: 4.5, fill: "#ffffff", stroke: color, strokeWidth: 1.5)
                case .missing:
                    canvas.rect(
                        x: left + 0.5, y: middle - 5.5, width: 11, height: 11, fill: ChartPalette.missing,
                        stroke: ChartPalette.missingInk, strokeWidth: 1, dash: "2 1.5")
                }
                canvas.text(placed.text, x: left + Self.swatchWidth(item.swatch) + 5, y: middle + 4, class: "legend")
            }
        }
        return Double(rows.count) * Self.rowHeight
    }

    private static func swatchWidth(_ swatch: Swatch) -> Double {
        if case .line = swatch { return 16 }
        return 12
    }

    private struct Placed {
        var x: Double
        var text: String
        var item: Item?
    }

    /// Items placed on rows; the title (an item without swatch) comes first.
    private func rows(width: Double) -> [[Placed]] {
        var rows: [[Placed]] = []
        var current: [Placed] = []
        var x = 0.0
        let entries: [(text: String, item: Item?)] = (title.map { [($0, nil)] } ?? []) + items.map { ($0.label, $0) }
        for entry in entries {
            let swatch = entry.item.map { Self.swatchWidth($0.swatch) + 5 } ?? 0
            let text = SVGCanvas.truncated(entry.text, width: max(40, width - swatch))
            let itemWidth = swatch + SVGCanvas.textWidth(text)
            if x > 0, x + itemWidth > width {
                rows.append(current)
                current = []
                x = 0
            }
            current.append(Placed(x: x, text: text, item: entry.item))
            x += itemWidth + 18
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }
}
