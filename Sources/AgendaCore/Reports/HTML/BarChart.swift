/// Horizontal bars, one per labelled value (e.g. money per municipality), with the value written
/// at the end of each bar, a value axis with nice ticks below, and gridlines.
///
/// Data: `bars` (label, value, optional colour and tooltip), and optionally a `reference` value
/// drawn as a dashed line across the bars (e.g. the regional average). The bars' lengths are
/// proportional to their values, measured from zero. The height grows with the number of bars.
struct BarChart: SVGChart {
    struct Bar {
        var label: String
        var value: Double
        /// The bar's colour; the chart's `color` when nil.
        var color: String?
        /// A tooltip; "label: value" when nil.
        var title: String?

        init(label: String, value: Double, color: String? = nil, title: String? = nil) {
            self.label = label
            self.value = value
            self.color = color
            self.title = title
        }
    }

    /// The accessible title of the drawing.
    var title: String
    var bars: [Bar]
    /// Under the value axis, e.g. "euros" or "€ per residents 75+".
    var axisLabel: String
    var format: ChartFormat
    var color: String = ChartPalette.color(0)
    /// A value marked with a dashed line and its label above the bars, e.g. an average.
    var reference: (label: String, value: Double)?
    var width: Double = 760

    static let rowHeight = 24.0
    static let barHeight = 15.0

    var hasContent: Bool { bars.contains { $0.value != 0 } }

    func svg() -> String {
        let values = bars.map(\.value) + (reference.map { [$0.value] } ?? [])
        let scale = AxisScale(minimum: values.min() ?? 0, maximum: values.max() ?? 0)
        let labelWidth = min(width * 0.3, bars.map { SVGCanvas.textWidth($0.label) }.max() ?? 0)
        let valueWidth = bars.map { SVGCanvas.textWidth(format.value($0.value)) }.max() ?? 0
        let left = labelWidth + 12
        // Room for the value written after the longest bar and for the last tick's label.
        let right = width - max(valueWidth + 10, SVGCanvas.textWidth(format.axis(scale.upper)) / 2 + 4)
        let top = reference == nil ? 8.0 : 26.0
        let plotBottom = top + Double(bars.count) * Self.rowHeight
        var canvas = SVGCanvas(width: width, height: plotBottom + 44, className: "chart bar-chart")

        for tick in scale.ticks {
            let x = scale.position(tick, from: left, to: right)
            canvas.line(
                x1: x, y1: top, x2: x, y2: plotBottom, stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid,
                class: tick == 0 ? "axis" : "grid")
            canvas.text(
                format.axis(tick), x: x, y: plotBottom + 15, anchor: .middle, size: 11, fill: ChartPalette.muted,
                class: "tick")
        }
        canvas.text(
            axisLabel, x: (left + right) / 2, y: plotBottom + 36, anchor: .middle, fill: ChartPalette.muted,
            class: "axis-label")

        let zero = scale.position(0, from: left, to: right)
        let labels = SVGCanvas.distinctTruncations(bars.map(\.label), width: labelWidth)
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            let label = labels[index]
            canvas.text(
                label, x: left - 8, y: middle + 4, anchor: .end, class: "label",
                title: label == bar.label ? nil : bar.label)
            let end = scale.position(bar.value, from: left, to: right)
            let value = format.value(bar.value)
            canvas.rect(
                x: min(zero, end), y: middle - Self.barHeight / 2, width: abs(end - zero), height: Self.barHeight,
                fill: bar.color ?? color, class: "bar", title: bar.title ?? "\(bar.label): \(value)")
            canvas.text(value, x: max(zero, end) + 5, y: middle + 4, size: 11, class: "value")
        }
        if let reference {
            let x = scale.position(reference.value, from: left, to: right)
            let text = "\(reference.label) \(format.value(reference.value))"
            let half = SVGCanvas.textWidth(text, size: 11) / 2
            canvas.line(
                x1: x, y1: top - 6, x2: x, y2: plotBottom, stroke: ChartPalette.ink, width: 1.25, dash: "5 3",
                class: "reference", title: text)
            canvas.text(
                text, x: min(max(x, left + half), width - half), y: top - 10, anchor: .middle, size: 11,
                class: "reference-label")
        }
        return canvas.rendered(title: title)
    }
}
