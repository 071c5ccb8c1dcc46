/// A timeline: one row per item (e.g. a funded action), one column per period (e.g. a year), a bar
/// in every column where the item has a value, coloured by the item's category, with the amount
/// written in the bar where it fits.
///
/// Data: `columns` (the period labels), `rows` (label, full title for the tooltip, category index,
/// one value per column; 0 draws nothing), `categories` (label and colour, for the legend). Long
/// labels are shortened with an ellipsis; the height grows with the number of rows.
struct TimelineChart: SVGChart {
    struct Row {
        var label: String
        /// The full text, shown as the label's tooltip (and in the bars' tooltips).
        var title: String
        var category: Int
        var values: [Double]
    }

    struct Category {
        var label: String
        var color: String
    }

    var title: String
    var columns: [String]
    var rows: [Row]
    var categories: [Category]
    /// Before the legend's items, e.g. "colour: pillar".
    var legendTitle: String?
    var format: ChartFormat
    var width: Double = 760

    static let rowHeight = 22.0
    static let barHeight = 15.0

    var hasContent: Bool { !rows.isEmpty && !columns.isEmpty }

    func svg() -> String {
        let labelWidth = (width * 0.42).rounded()
        let left = labelWidth + 10
        let right = width - 4
        let top = 26.0
        let columnWidth = (right - left) / Double(max(1, columns.count))
        let bottom = top + Double(rows.count) * Self.rowHeight
        let legend = ChartLegend(
            items: categories.map { ChartLegend.Item(label: $0.label, swatch: .fill($0.color)) },
            title: legendTitle)
        var canvas = SVGCanvas(
            width: width, height: bottom + 14 + legend.height(width: width) + 4,
            className: "chart timeline-chart")

        for index in rows.indices where index % 2 == 1 {
            canvas.rect(
                x: 0, y: top + Double(index) * Self.rowHeight, width: width, height: Self.rowHeight,
                fill: "#f4f5f7", class: "band")
        }
        for (index, column) in columns.enumerated() {
            let x = left + Double(index) * columnWidth
            canvas.text(
                SVGCanvas.truncated(column, width: columnWidth - 4, bold: true), x: x + columnWidth / 2, y: top - 9,
                anchor: .middle, bold: true, class: "column-label")
            canvas.line(x1: x, y1: top - 4, x2: x, y2: bottom, stroke: ChartPalette.grid, class: "grid")
        }
        canvas.line(x1: right, y1: top - 4, x2: right, y2: bottom, stroke: ChartPalette.grid, class: "grid")

        let labels = SVGCanvas.distinctTruncations(rows.map(\.label), width: labelWidth)
        for (rowIndex, row) in rows.enumerated() {
            let middle = top + (Double(rowIndex) + 0.5) * Self.rowHeight
            let label = labels[rowIndex]
            canvas.text(
                label, x: labelWidth, y: middle + 4, anchor: .end, class: "label",
                title: label == row.title ? nil : row.title)
            let color = categories.indices.contains(row.category) ? categories[row.category].color : ChartPalette.dimmed
            for (columnIndex, value) in row.values.enumerated() where value > 0 && columnIndex < columns.count {
                let x = left + Double(columnIndex) * columnWidth + 2
                let barWidth = columnWidth - 4
                canvas.rect(
                    x: x, y: middle - Self.barHeight / 2, width: barWidth, height: Self.barHeight, fill: color,
                    radius: 2, class: "bar", title: "\(row.title) · \(columns[columnIndex]): \(format.value(value))")
                let full = format.value(value)
                let short = format.axis(value)
                let text =
                    SVGCanvas.textWidth(full, size: 10.5) <= barWidth - 6
                    ? full
                    : SVGCanvas.textWidth(short, size: 10.5) <= barWidth - 6 ? short : nil
                if let text {
                    canvas.text(
                        text, x: x + barWidth / 2, y: middle + 3.8, anchor: .middle, size: 10.5,
                        fill: ChartPalette.text(on: color), class: "value")
                }
            }
        }
        legend.draw(on: &canvas, x: 0, y: bottom + 12, width: width)
        return canvas.rendered(title: title)
    }
}
