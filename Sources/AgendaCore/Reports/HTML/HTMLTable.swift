/// A semantic HTML table: column headers (`<th scope="col">`), row headers (`<th scope="row">`,
/// or `scope="rowgroup"` when a header spans the rows of its group), numbers right-aligned.
///
/// Rows come in groups, each written as its own `<tbody>`, so that a group (an action and its
/// payments) is not split over two printed pages; an optional footer row holds totals.
struct HTMLTable {
    enum Alignment {
        case left, right
    }

    struct Column {
        var title: String
        var alignment: Alignment = .left

        init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// One cell: text (escaped), a header cell for its row, spanning rows of its group.
    struct Cell {
        var text: String
        /// A second, smaller line under the text (e.g. an action's id under its title).
        var detail: String?
        var isHeader = false
        var rowSpan = 1
        /// Extra class, e.g. `muted`.
        var className: String?

        /// A row header naming something by its title, with its id below (the id alone without a title).
        static func titled(_ id: String, _ title: String, rowSpan: Int = 1) -> Cell {
            title.isEmpty
                ? Cell(id, header: true, rowSpan: rowSpan, class: "id")
                : Cell(title, detail: id, header: true, rowSpan: rowSpan)
        }

        init(
            _ text: String, detail: String? = nil, header: Bool = false, rowSpan: Int = 1,
            class className: String? = nil
        ) {
            self.text = text
            self.detail = detail
            self.isHeader = header
            self.rowSpan = rowSpan
            self.className = className
        }
    }

    var caption: String?
    var columns: [Column]
    /// Groups of rows; a row holds one cell per column not covered by a row span above it.
    var groups: [[[Cell]]]
    var footer: [[Cell]] = []
    var className: String?

    /// A table whose first column holds each row's header, one group per row.
    init(caption: String? = nil, columns: [Column], rows: [[String]], class className: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.groups = rows.map { row in [row.enumerated().map { Cell($1, header: $0 == 0) }] }
        self.className = className
    }

    /// The columns of a text table, numbers right-aligned as there.
    static func columns(of table: PlanTable) -> [Column] {
        zip(table.headers, table.right).map { Column($0, $1 ? .right : .left) }
    }

    init(
        caption: String? = nil, columns: [Column], groups: [[[Cell]]], footer: [[Cell]] = [],
        class className: String? = nil
    ) {
        self.caption = caption
        self.columns = columns
        self.groups = groups
        self.footer = footer
        self.className = className
    }

    func html() -> String {
        var out = "<table\(HTMLWriter.attributes([("class", className)]))>\n"
        if let caption { out += "<caption>\(HTMLWriter.escaped(caption))</caption>\n" }
        out += "<thead><tr>"
        for column in columns {
            out +=
                "<th scope=\"col\"\(column.alignment == .right ? " class=\"num\"" : "")>"
                + "\(HTMLWriter.escaped(column.title))</th>"
        }
        out += "</tr></thead>\n"
        for group in groups {
            out += "<tbody>\n" + rows(group) + "</tbody>\n"
        }
        if !footer.isEmpty { out += "<tfoot>\n" + rows(footer) + "</tfoot>\n" }
        return out + "</table>\n"
    }

    /// The rows of one group; a cell's column is the first one not covered by a span from above.
    private func rows(_ rows: [[Cell]]) -> String {
        var out = ""
        var covered = Array(repeating: 0, count: columns.count)  // rows still covered per column
        for row in rows {
            out += "<tr>"
            var column = 0
            for cell in row {
                while column < columns.count, covered[column] > 0 { column += 1 }
                let alignment = column < columns.count ? columns[column].alignment : .left
                let classes = [alignment == .right ? "num" : nil, cell.className].compactMap { $0 }
                let scope = cell.isHeader ? (cell.rowSpan > 1 ? "rowgroup" : "row") : nil
                let tag = cell.isHeader ? "th" : "td"
                out +=
                    "<\(tag)"
                    + HTMLWriter.attributes([
                        ("scope", scope),
                        ("rowspan", cell.rowSpan > 1 ? String(cell.rowSpan) : nil),
                        ("class", classes.isEmpty ? nil : classes.joined(separator: " ")),
                    ]) + ">\(HTMLWriter.escaped(cell.text))"
                    + (cell.detail.map { "<span class=\"detail\">\(HTMLWriter.escaped($0))</span>" } ?? "")
                    + "</\(tag)>"
                if column < columns.count, cell.rowSpan > 1 { covered[column] = cell.rowSpan }
                column += 1
            }
            out += "</tr>\n"
            // A span set in this row covers the rows below it, not this one.
            for index in covered.indices where covered[index] > 0 { covered[index] -= 1 }
        }
        return out
    }
}
