/// A plan as CSV for spreadsheets: one row per payment, one row per unfunded action.
///
/// Columns: `action, title, funded, year, source, amount, score, reason`. Fields are quoted as
/// RFC 4180 says (when they hold the separator, a quote or a line break; quotes doubled) and rows
/// end with CRLF. Text that a spreadsheet would take for a formula (starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return) gets a leading apostrophe; amounts, years and scores are
/// written as plain numbers and never changed.
public struct PlanCSV {
    public struct Options: Sendable, Equatable {
        /// Between fields: `,` by default, `;` for Dutch Excel.
        public var separator: Character
        /// Decimals with a comma (`4,75`), for Dutch Excel (use it with `separator: ";"`).
        public var decimalComma: Bool
        /// Starts the file with a UTF-8 byte order mark, so that Excel reads `€` and `ë` right
        /// when the file is opened with a double click.
        public var byteOrderMark: Bool

        public init(separator: Character = ",", decimalComma: Bool = false, byteOrderMark: Bool = false) {
            self.separator = separator
            self.decimalComma = decimalComma
            self.byteOrderMark = byteOrderMark
        }

        /// `;`, decimal comma and a byte order mark: opens in Dutch Excel with a double click.
        public static let dutchExcel = Options(separator: ";", decimalComma: true, byteOrderMark: true)
    }

    /// The header row's names, in order.
    public static let columns = ["action", "title", "funded", "year", "source", "amount", "score", "reason"]

    public static func rendered(plan: Plan, agenda: Agenda, options: Options = Options()) -> String {
        var rows: [[CSVTable.Cell]] = [columns.map(CSVTable.Cell.text)]
        for action in plan.actions {
            let title = agenda.action(action.id)?.title ?? ""
            let score = CSVTable.Cell.number(CSVTable.decimal(action.score.description, options))
            let lead: [CSVTable.Cell] = [.text(action.id), .text(title), .text(action.funded ? "true" : "false")]
            if action.funded && !action.payments.isEmpty {
                for payment in action.payments {
                    rows.append(
                        lead + [
                            .number(String(payment.year)), .text(payment.source), .number(String(payment.amount)),
                            score, .text(""),
                        ])
                }
            } else {
                rows.append(lead + [.text(""), .text(""), .text(""), score, .text(action.reason?.rawValue ?? "")])
            }
        }
        return CSVTable.rendered(rows, options: options)
    }
}
