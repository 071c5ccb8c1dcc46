import Foundation

/// The heat map of an assessment: rows are areas, columns are criteria grouped under their themes,
/// and each cell shows the level reached with an arrow for the change, coloured by the gap from
/// green (at target) through yellow to deep red (the lowest level). A criterion that was not
/// assessed is grey and hatched, with a dash. The colour never stands alone: the label and arrow
/// are printed, and the tooltip holds the evidence and the change.
struct AssessmentHeatMap: SVGChart {
    struct Theme {
        var title: String
        /// How many of the columns, in order, belong to the theme.
        var columns: Int
    }

    struct Column {
        var label: String
        /// The tooltip of the column's label.
        var title: String
    }

    struct Cell {
        /// The level's label; empty when not assessed.
        var label: String
        var arrow: String
        /// `Criterion.gapShare`; nil when not assessed.
        var share: Double?
        var tooltip: String
    }

    struct Row {
        var label: String
        var cells: [Cell]
    }

    /// The words of the legend.
    struct Legend {
        var title: String
        var atTarget: String
        var lowest: String
        var notAssessed: String
    }

    var title: String
    var themes: [Theme]
    var columns: [Column]
    var rows: [Row]
    var legend: Legend

    static let rowHeight = 30.0
    static let bandHeight = 22.0
    static let columnLabelWidth = 150.0
    static let hatch = "#8A9096"
    static let unassessed = "#ECEEF0"

    var hasContent: Bool { !columns.isEmpty && !rows.isEmpty }

    /// The width of a cell: room for the longest label and its arrow, within bounds.
    var cellWidth: Double {
        let widest = rows.flatMap { $0.cells.map { SVGCanvas.textWidth($0.label + " ↑", size: 11) } }.max() ?? 0
        return min(124, max(60, widest + 12))
    }

    func svg() -> String {
        let labelWidth = min(240, rows.map { SVGCanvas.textWidth($0.label, bold: true) }.max() ?? 0)
        let left = labelWidth + 14
        let labels = columns.map { SVGCanvas.truncated($0.label, width: Self.columnLabelWidth, size: 11) }
        let overhang = (labels.map { SVGCanvas.textWidth($0, size: 11) }.max() ?? 0) * 0.7071 + 6
        let cell = cellWidth
        let width = max(760, left + Double(columns.count) * cell + overhang)
        let top = Self.bandHeight + overhang + 8
        let bottom = top + Double(rows.count) * Self.rowHeight
        let key = chartLegend
        let legendHeight = key.height(width: width) + ChartLegend.rowHeight
        var canvas = SVGCanvas(
            width: width, height: bottom + 14 + legendHeight + 4, className: "chart assessment-heat-map")
        drawThemes(on: &canvas, left: left, cell: cell)
        for (index, label) in labels.enumerated() {
            let x = left + (Double(index) + 0.5) * cell
            canvas.text(
                label, x: x - 2, y: top - 6, size: 11, rotate: -45, class: "column-label",
                title: columns[index].title)
        }
        for (index, row) in rows.enumerated() {
            drawRow(row, on: &canvas, y: top + Double(index) * Self.rowHeight, left: left, labelWidth: labelWidth)
        }
        let used = key.draw(on: &canvas, x: 0, y: bottom + 12, width: width)
        drawUnassessedKey(on: &canvas, y: bottom + 12 + used)
        return canvas.rendered(title: title)
    }

    /// Each theme's title centred over its columns, above a rule that spans them.
    private func drawThemes(on canvas: inout SVGCanvas, left: Double, cell: Double) {
        var first = 0
        for theme in themes {
            let x0 = left + Double(first) * cell
            let x1 = x0 + Double(theme.columns) * cell
            let text = SVGCanvas.truncated(theme.title, width: max(20, x1 - x0 - 4), bold: true)
            canvas.text(
                text, x: (x0 + x1) / 2, y: Self.bandHeight - 8, anchor: .middle, bold: true, class: "theme-label",
                title: text == theme.title ? nil : theme.title)
            canvas.line(
                x1: x0 + 2, y1: Self.bandHeight - 2, x2: x1 - 2, y2: Self.bandHeight - 2, stroke: ChartPalette.axis,
                width: 1.5, class: "theme-rule")
            first += theme.columns
        }
    }

    private func drawRow(_ row: Row, on canvas: inout SVGCanvas, y: Double, left: Double, labelWidth: Double) {
        let middle = y + Self.rowHeight / 2
        let name = SVGCanvas.truncated(row.label, width: labelWidth, bold: true)
        canvas.text(
            name, x: 0, y: middle + 4, bold: true, class: "row-label", title: name == row.label ? nil : row.label)
        let width = cellWidth
        for (index, cell) in row.cells.enumerated() {
            let x = left + Double(index) * width
            guard let share = cell.share else {
                drawUnassessed(on: &canvas, x: x + 1.5, y: y + 1.5, width: width - 3, height: Self.rowHeight - 3)
                canvas.text(
                    "–", x: x + width / 2, y: middle + 4, anchor: .middle, size: 11, fill: ChartPalette.muted,
                    class: "level missing", title: cell.tooltip)
                continue
            }
            let fill = Self.color(share: share)
            canvas.rect(
                x: x + 1, y: y + 1, width: width - 2, height: Self.rowHeight - 2, fill: fill, class: "cell",
                title: cell.tooltip)
            let room = width - 8 - (cell.arrow.isEmpty ? 0 : SVGCanvas.textWidth(" " + cell.arrow, size: 11))
            let text =
                SVGCanvas.truncated(cell.label, width: room, size: 11) + (cell.arrow.isEmpty ? "" : " \(cell.arrow)")
            canvas.text(
                text, x: x + width / 2, y: middle + 4, anchor: .middle, size: 11, fill: ChartPalette.text(on: fill),
                class: "level", title: cell.tooltip)
        }
    }

    /// A grey cell with diagonal hatching, drawn as clipped lines (the canvas has no patterns).
    private func drawUnassessed(on canvas: inout SVGCanvas, x: Double, y: Double, width: Double, height: Double) {
        canvas.rect(
            x: x, y: y, width: width, height: height, fill: Self.unassessed, stroke: Self.hatch, strokeWidth: 0.8,
            class: "cell missing")
        // Lines of slope -1: from (x + k + t, y + height - t) for t where the point lies in the cell.
        for k in stride(from: -height, to: width, by: 6.0) {
            let low = max(0, -k)
            let high = min(height, width - k)
            guard low < high else { continue }
            canvas.line(
                x1: x + k + low, y1: y + height - low, x2: x + k + high, y2: y + height - high, stroke: Self.hatch,
                width: 0.8, class: "hatch")
        }
    }

    /// The gap's colours: at target, a quarter, half and three quarters of the way, the lowest level.
    private var chartLegend: ChartLegend {
        let steps: [(Double, String)] = [
            (0, legend.atTarget), (0.25, "25%"), (0.5, "50%"), (0.75, "75%"), (1, legend.lowest),
        ]
        return ChartLegend(
            items: steps.map { ChartLegend.Item(label: $1, swatch: .fill(Self.color(share: $0))) }, title: legend.title)
    }

    /// The hatched swatch of a criterion that was not assessed, on a legend row of its own.
    private func drawUnassessedKey(on canvas: inout SVGCanvas, y: Double) {
        let middle = y + ChartLegend.rowHeight / 2
        drawUnassessed(on: &canvas, x: 0.5, y: middle - 5.5, width: 11, height: 11)
        canvas.text(legend.notAssessed, x: 17, y: middle + 4, class: "legend")
    }

    /// Green at 0, yellow at 0.5, deep red at 1 (ColorBrewer's RdYlGn), blended in between.
    static func color(share: Double) -> String {
        let stops: [(Double, (Double, Double, Double))] = [
            (0, (26, 152, 80)), (0.25, (145, 207, 96)), (0.5, (254, 224, 139)), (0.75, (252, 141, 89)),
            (1, (165, 0, 38)),
        ]
        let value = min(max(share.isFinite ? share : 1, 0), 1)
        var lower = stops[0]
        var upper = stops[stops.count - 1]
        for (a, b) in zip(stops, stops.dropFirst()) where value >= a.0 && value <= b.0 {
            (lower, upper) = (a, b)
            break
        }
        let span = upper.0 - lower.0
        let f = span > 0 ? (value - lower.0) / span : 0
        let mix = { (a: Double, b: Double) in Int((a + (b - a) * f).rounded()) }
        return String(
            format: "#%02X%02X%02X", mix(lower.1.0, upper.1.0), mix(lower.1.1, upper.1.1), mix(lower.1.2, upper.1.2))
    }
}
