/// Vertical stacked bars in groups: per group (e.g. a year) one or more bars side by side (e.g.
/// spent and budget), each stacked by series (e.g. funding sources). A bar is drawn solid or light
/// (tinted with an outline), so a reader compares what is used against what there is.
///
/// Data: `series` (label and colour, in stacking order from the bottom), `groups` with their bars,
/// each bar holding one value per series. Totals are written above the bars, the group label and
/// an optional note (e.g. "83% used") below. A single bar per group gives an ordinary stacked chart;
/// a single series gives grouped bars.
struct StackedBarChart: SVGChart {
    struct Series {
        var label: String
        var color: String
    }

    enum Style {
        /// Filled: what happened (spent).
        case solid
        /// Tinted with an outline: what could have happened (a budget).
        case light
    }

    struct Bar {
        /// Below the bar, e.g. "spent".
        var label: String
        /// One value per series (missing ones count as 0).
        var values: [Double]
        var style: Style = .solid
    }

    struct Group {
        var label: String
        var bars: [Bar]
        /// A short line below the group's label.
        var note: String?
    }

    var title: String
    var series: [Series]
    var groups: [Group]
    /// Along the value axis, e.g. "euros".
    var axisLabel: String
    var format: ChartFormat
    /// Extra legend items after the series, e.g. what solid and light bars mean.
    var legendExtras: [ChartLegend.Item] = []
    var width: Double = 760
    var plotHeight: Double = 280

    var hasContent: Bool { groups.contains { $0.bars.contains { $0.values.contains { $0 > 0 } } } }

    func svg() -> String {
        let totals = groups.flatMap { $0.bars.map { $0.values.reduce(0) { $0 + max(0, $1) } } }
        let scale = AxisScale(maximum: totals.max() ?? 0)
        let tickWidth = scale.ticks.map { SVGCanvas.textWidth(format.axis($0), size: 11) }.max() ?? 0
        let left = 26 + tickWidth + 8
        let right = width - 8
        let top = 18.0
        let bottom = top + plotHeight
        let hasNotes = groups.contains { $0.note != nil }
        let legend = ChartLegend(
            items: series.map { ChartLegend.Item(label: $0.label, swatch: .fill($0.color)) } + legendExtras)
        let legendTop = bottom + (hasNotes ? 64 : 48)
        var canvas = SVGCanvas(
            width: width, height: legendTop + legend.height(width: width - left) + 6,
            className: "chart stacked-bar-chart")

        for tick in scale.ticks {
            let y = scale.position(tick, from: bottom, to: top)
            canvas.line(
                x1: left, y1: y, x2: right, y2: y, stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                class: tick == 0 ? "axis" : "grid")
            canvas.text(
                format.axis(tick), x: left - 6, y: y + 4, anchor: .end, size: 11, fill: ChartPalette.muted,
                class: "tick")
        }
        canvas.text(
            axisLabel, x: 14, y: (top + bottom) / 2, anchor: .middle, fill: ChartPalette.muted, rotate: -90,
            class: "axis-label")

        let groupWidth = (right - left) / Double(max(1, groups.count))
        for (groupIndex, group) in groups.enumerated() {
            let center = left + groupWidth * (Double(groupIndex) + 0.5)
            let gap = 6.0
            let count = Double(max(1, group.bars.count))
            let barWidth = min(64, (groupWidth * 0.78 - gap * (count - 1)) / count)
            let start = center - (barWidth * count + gap * (count - 1)) / 2
            for (barIndex, bar) in group.bars.enumerated() {
                let x = start + Double(barIndex) * (barWidth + gap)
                var base = 0.0
                for (seriesIndex, series) in series.enumerated() {
                    let value = seriesIndex < bar.values.count ? max(0, bar.values[seriesIndex]) : 0
                    guard value > 0 else { continue }
                    let y0 = scale.position(base, from: bottom, to: top)
                    let y1 = scale.position(base + value, from: bottom, to: top)
                    let tooltip = "\(group.label) · \(bar.label) · \(series.label): \(format.value(value))"
                    switch bar.style {
                    case .solid:
                        canvas.rect(
                            x: x, y: y1, width: barWidth, height: y0 - y1, fill: series.color,
                            stroke: "#ffffff", strokeWidth: 0.75, class: "segment", title: tooltip)
                    case .light:
                        canvas.rect(
                            x: x + 0.5, y: y1 + 0.5, width: barWidth - 1, height: max(0, y0 - y1 - 1),
                            fill: series.color, stroke: series.color, strokeWidth: 1, fillOpacity: 0.22,
                            class: "segment light", title: tooltip)
                    }
                    base += value
                }
                let total = format.axis(base)
                canvas.text(
                    total, x: x + barWidth / 2, y: scale.position(base, from: bottom, to: top) - 5, anchor: .middle,
                    size: SVGCanvas.textWidth(total, size: 10) > barWidth + gap ? 9 : 10,
                    fill: ChartPalette.muted, class: "total")
                canvas.text(
                    SVGCanvas.truncated(bar.label, width: barWidth + gap, size: 10.5), x: x + barWidth / 2,
                    y: bottom + 14, anchor: .middle, size: 10.5, fill: ChartPalette.muted, class: "bar-label")
            }
            canvas.text(
                SVGCanvas.truncated(group.label, width: groupWidth - 4, bold: true), x: center, y: bottom + 32,
                anchor: .middle, bold: true, class: "group-label")
            if let note = group.note {
                canvas.text(
                    SVGCanvas.truncated(note, width: groupWidth - 4, size: 11), x: center, y: bottom + 48,
                    anchor: .middle, size: 11, fill: ChartPalette.muted, class: "note")
            }
        }
        legend.draw(on: &canvas, x: left, y: legendTop, width: width - left)
        return canvas.rendered(title: title)
    }
}
