/// Lines through x/y points, e.g. a value-for-money curve (score against money, one point per
/// budget level), with nice ticks on both axes, axis labels, optional point markers with
/// tooltips, and a legend when there is more than one series.
///
/// Data: `series` (label, points in drawing order, optional colour). Both axes include zero, so
/// slopes compare honestly, unless `includeZero` is false; the points are joined in the order given.
struct LineChart: SVGChart {
    struct Point {
        var x: Double
        var y: Double
        /// A tooltip for the point's marker (e.g. the scenario or budget level it stands for).
        var title: String?

        init(x: Double, y: Double, title: String? = nil) {
            self.x = x
            self.y = y
            self.title = title
        }
    }

    struct Series {
        var label: String
        var points: [Point]
        /// The line's colour; the palette's colour for its position when nil.
        var color: String?
        var dashed = false

        init(label: String, points: [Point], color: String? = nil, dashed: Bool = false) {
            self.label = label
            self.points = points
            self.color = color
            self.dashed = dashed
        }
    }

    var title: String
    var series: [Series]
    var xAxisLabel: String
    var yAxisLabel: String
    var xFormat: ChartFormat
    var yFormat: ChartFormat
    /// Draws a dot on every point.
    var markers = true
    /// Whether both axes start at zero (honest slopes); false zooms in on the points, for curves
    /// whose interest lies in a narrow band (a value-for-money curve).
    var includeZero = true
    var width: Double = 760
    var plotHeight: Double = 300

    var hasContent: Bool { series.contains { !$0.points.isEmpty } }

    func svg() -> String {
        let points = series.flatMap(\.points)
        let xScale = AxisScale(
            minimum: points.map(\.x).min() ?? 0, maximum: points.map(\.x).max() ?? 0, ticks: 6,
            includeZero: includeZero)
        let yScale = AxisScale(
            minimum: points.map(\.y).min() ?? 0, maximum: points.map(\.y).max() ?? 0, includeZero: includeZero)
        let tickWidth = yScale.ticks.map { SVGCanvas.textWidth(yFormat.axis($0), size: 11) }.max() ?? 0
        let left = 26 + tickWidth + 8
        let lastTick = SVGCanvas.textWidth(xFormat.axis(xScale.upper), size: 11)
        let right = width - max(10, lastTick / 2 + 4)
        let top = 12.0
        let bottom = top + plotHeight
        let legend = ChartLegend(
            items: series.count > 1
                ? series.enumerated().map {
                    ChartLegend.Item(label: $1.label, swatch: .line(color(of: $0), dashed: $1.dashed))
                }
                : [])
        let legendTop = bottom + 48
        var canvas = SVGCanvas(
            width: width, height: legendTop + legend.height(width: width - left) + 4,
            className: "chart line-chart")

        for tick in yScale.ticks {
            let y = yScale.position(tick, from: bottom, to: top)
            canvas.line(
                x1: left, y1: y, x2: right, y2: y, stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                class: tick == 0 ? "axis" : "grid")
            canvas.text(
                yFormat.axis(tick), x: left - 6, y: y + 4, anchor: .end, size: 11, fill: ChartPalette.muted,
                class: "tick")
        }
        for tick in xScale.ticks {
            let x = xScale.position(tick, from: left, to: right)
            canvas.line(
                x1: x, y1: top, x2: x, y2: bottom, stroke: tick == xScale.lower ? ChartPalette.axis : ChartPalette.grid,
                class: tick == xScale.lower ? "axis" : "grid")
            canvas.text(
                xFormat.axis(tick), x: x, y: bottom + 15, anchor: .middle, size: 11, fill: ChartPalette.muted,
                class: "tick")
        }
        canvas.text(
            xAxisLabel, x: (left + right) / 2, y: bottom + 36, anchor: .middle, fill: ChartPalette.muted,
            class: "axis-label")
        canvas.text(
            yAxisLabel, x: 14, y: (top + bottom) / 2, anchor: .middle, fill: ChartPalette.muted, rotate: -90,
            class: "axis-label")

        for (index, line) in series.enumerated() {
            let color = color(of: index)
            let placed = line.points.map {
                (x: xScale.position($0.x, from: left, to: right), y: yScale.position($0.y, from: bottom, to: top))
            }
            canvas.polyline(
                placed, stroke: color, width: 2.5, dash: line.dashed ? "6 4" : nil, class: "series", title: line.label)
            guard markers else { continue }
            for (point, position) in zip(line.points, placed) {
                let tooltip =
                    (point.title.map { "\($0): " } ?? "") + "\(xFormat.value(point.x)) → \(yFormat.value(point.y))"
                canvas.circle(
                    cx: position.x, cy: position.y, r: 3.5, fill: color, stroke: "#ffffff", strokeWidth: 1,
                    class: "point", title: tooltip)
            }
        }
        legend.draw(on: &canvas, x: left, y: legendTop, width: width - left)
        return canvas.rendered(title: title)
    }

    private func color(of index: Int) -> String { series[index].color ?? ChartPalette.color(index) }
}
