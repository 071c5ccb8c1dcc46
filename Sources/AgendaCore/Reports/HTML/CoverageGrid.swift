import Foundation

/// A coverage grid (the quickscan): rows are places grouped under a heading (districts under
/// their municipality), columns are things to cover (goals), and each cell shows how many
/// provisions (funded actions) cover that thing in that place. Cells without any are marked
/// (tinted vermillion, dashed outline, a dash) because they are the point: where provision is
/// missing. Counts are shaded on a blue scale and written in the cell.
///
/// Data: `columns` (short label, full title for the tooltip), `groups` of rows (label, full title,
/// one count per column); a group with a single unlabelled row is a place without sub-places.
/// The column labels are turned 45°; the height grows with the number of rows.
struct CoverageGrid: SVGChart {
    struct Column {
        var label: String
        var title: String
    }

    struct Row {
        /// Empty for the only row of a group that has no sub-places.
        var label: String
        var counts: [Int]
    }

    struct Group {
        var label: String
        var rows: [Row]
    }

    var title: String
    var columns: [Column]
    var groups: [Group]
    /// The tooltip of a cell, from its place, column title and count.
    var cellTitle: (_ place: String, _ column: Column, _ count: Int) -> String
    /// Before the scale in the legend, e.g. "funded actions:".
    var legendTitle: String?
    /// The legend's label of an empty cell, e.g. "no provision".
    var emptyLabel: String
    var width: Double = 760

    static let rowHeight = 22.0
    static let columnLabelWidth = 150.0

    var hasContent: Bool { !columns.isEmpty && groups.contains { !$0.rows.isEmpty } }

    /// The counts of every cell.
    var counts: [Int] { groups.flatMap { $0.rows.flatMap(\.counts) } }

    func svg() -> String {
        // Groups with sub-places put their label beside the rows' labels; a group without them
        // (a single unlabelled row) may use both columns.
        let split = groups.filter { $0.rows.contains { !$0.label.isEmpty } }
        let whole = groups.filter { $0.rows.allSatisfy(\.label.isEmpty) }
        let groupWidth = min(width * 0.2, split.map { SVGCanvas.textWidth($0.label, bold: true) }.max() ?? 0)
        let rowWidth = min(width * 0.24, split.flatMap { $0.rows.map { SVGCanvas.textWidth($0.label) } }.max() ?? 0)
        let labelWidth = min(
            width * 0.4,
            max(
                split.isEmpty ? 0 : groupWidth + 12 + rowWidth,
                whole.map { SVGCanvas.textWidth($0.label, bold: true) }.max() ?? 0))
        let left = labelWidth + 12
        let labels = columns.map { SVGCanvas.truncated($0.label, width: Self.columnLabelWidth, size: 11) }
        let longest = labels.map { SVGCanvas.textWidth($0, size: 11) }.max() ?? 0
        let overhang = longest * 0.7071 + 6
        let count = Double(max(1, columns.count))
        let cellWidth = min(58, (width - left - overhang) / (count - 0.5))
        let top = overhang + 10
        let maximum = counts.max() ?? 0
        let rows = groups.reduce(0) { $0 + $1.rows.count }
        let bottom = top + Double(rows) * Self.rowHeight
        let legend = ChartLegend(
            items: scaleSteps(maximum).map { ChartLegend.Item(label: $0.label, swatch: .fill(fill($0.count, maximum))) }
                + [ChartLegend.Item(label: emptyLabel, swatch: .missing)], title: legendTitle)
        var canvas = SVGCanvas(
            width: width, height: bottom + 14 + legend.height(width: width) + 4, className: "chart coverage-grid")

        for (index, label) in labels.enumerated() {
            let x = left + (Double(index) + 0.5) * cellWidth
            canvas.text(
                label, x: x - 2, y: top - 6, size: 11, rotate: -45, class: "column-label",
                title: "\(columns[index].label): \(columns[index].title)")
        }

        var y = top
        for (groupIndex, group) in groups.enumerated() {
            if groupIndex > 0 {
                canvas.line(
                    x1: 0, y1: y, x2: left + count * cellWidth, y2: y, stroke: ChartPalette.axis, width: 1,
                    class: "separator")
            }
            for (rowIndex, row) in group.rows.enumerated() {
                let middle = y + Self.rowHeight / 2
                if rowIndex == 0 {
                    let text = SVGCanvas.truncated(
                        group.label, width: row.label.isEmpty ? labelWidth : groupWidth, bold: true)
                    canvas.text(
                        text, x: 0, y: middle + 4, bold: true, class: "group-label",
                        title: text == group.label ? nil : group.label)
                }
                if !row.label.isEmpty {
                    let text = SVGCanvas.truncated(row.label, width: rowWidth)
                    canvas.text(
                        text, x: groupWidth + 12, y: middle + 4, class: "row-label",
                        title: text == row.label ? nil : row.label)
                }
                let place = row.label.isEmpty ? group.label : "\(row.label) (\(group.label))"
                for (columnIndex, column) in columns.enumerated() {
                    let value = columnIndex < row.counts.count ? row.counts[columnIndex] : 0
                    let x = left + Double(columnIndex) * cellWidth
                    let tooltip = cellTitle(place, column, value)
                    if value > 0 {
                        let color = fill(value, maximum)
                        canvas.rect(
                            x: x + 1, y: y + 1, width: cellWidth - 2, height: Self.rowHeight - 2, fill: color,
                            class: "cell", title: tooltip)
                        canvas.text(
                            String(value), x: x + cellWidth / 2, y: middle + 4, anchor: .middle, size: 11,
                            fill: ChartPalette.text(on: color), class: "count")
                    } else {
                        canvas.rect(
                            x: x + 1.5, y: y + 1.5, width: cellWidth - 3, height: Self.rowHeight - 3,
                            fill: ChartPalette.missing,
                            stroke: ChartPalette.missingInk, strokeWidth: 0.8, dash: "2 1.5", class: "cell missing",
                            title: tooltip)
                        canvas.text(
                            "–", x: x + cellWidth / 2, y: middle + 4, anchor: .middle, size: 11,
                            fill: ChartPalette.missingInk, class: "count missing")
                    }
                }
                y += Self.rowHeight
            }
        }
        legend.draw(on: &canvas, x: 0, y: bottom + 12, width: width)
        return canvas.rendered(title: title)
    }

    /// The blue of a count: light for 1, full for the largest count.
    func fill(_ value: Int, _ maximum: Int) -> String {
        let share = maximum > 1 ? Double(value - 1) / Double(maximum - 1) : 1
        return ChartPalette.tint(ChartPalette.color(0), 0.2 + 0.8 * share)
    }

    /// The counts the legend shows: each one up to 6, else about five evenly spread.
    private func scaleSteps(_ maximum: Int) -> [(count: Int, label: String)] {
        guard maximum > 0 else { return [] }
        let steps =
            maximum <= 6
            ? Array(1...maximum)
            : Array(Set((0..<5).map { 1 + Int((Double($0) * Double(maximum - 1) / 4).rounded()) })).sorted()
        return steps.map { ($0, String($0)) }
    }
}
