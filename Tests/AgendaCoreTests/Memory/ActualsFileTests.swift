import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Files of actual spending (`agenda actuals import`) read against agendas/example.yaml: period
/// 2025–2028; actions meeting-place-south, falls-prevention, frailty-check, carers-support,
/// network-map, joint-budget-deal; sources social-support-fund, prevention-grant and the partner's
/// commitment:riverside-welfare.
@Suite struct ActualsFileTests {
    static func example() throws -> Agenda {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(
            path: Repository.path("agendas/example.yaml"))
        return try #require(loaded.agenda)
    }

    /// Reads `text` as the file `uitgaven.csv`.
    static func read(_ text: String) throws -> ActualsFile {
        ActualsFile.read(Data(text.utf8), path: "uitgaven.csv", agenda: try example())
    }

    /// Every diagnostic as the command prints it.
    static func lines(_ text: String) throws -> [String] {
        try read(text).diagnostics.map(\.rendered)
    }

    /// The line of the plain header, then `rows`, each ended by a line feed.
    static func plain(_ rows: [String], header: String = "action,source,year,amount") -> String {
        ([header] + rows).map { $0 + "\n" }.joined()
    }

    // MARK: What the plan's CSV writes

    @Test func dutchExcelCSVAsThePlanWritesIt() throws {
        // `agenda plan agendas/example.yaml --format csv --dutch-excel`: a byte order mark, `;`,
        // CRLF, the decimal comma in the score; 12500,50 is €12,500.50 = 1,250,050 cents and
        // 12.500 (a Dutch thousands point) is €12,500 = 1,250,000 cents. The frailty check is not
        // funded: its row has no year, source or amount, and is no spending (line 4 is skipped).
        let lines = [
            "action;title;funded;year;source;amount;score;reason",
            "meeting-place-south;New meeting place in Riverton South;true;2025;social-support-fund;12500,50;5,3583;",
            "falls-prevention;Falls-prevention courses in both towns;true;2025;prevention-grant;12.500;5,9404;",
            "frailty-check;Yearly frailty check for residents aged 75+ at the GP;false;;;;3,5660;budget",
            "carers-support;Carers' consultant and respite days;true;2026;social-support-fund;70000;4,5429;",
        ]
        let text = "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined()
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let file = try Self.read(text)
        #expect(file.diagnostics.isEmpty)
        #expect(!file.hasErrors)
        #expect(
            file.rows == [
                ActualsFile.Row(
                    line: 2, action: "meeting-place-south", source: "social-support-fund", year: 2025,
                    cents: 1_250_050),
                ActualsFile.Row(
                    line: 3, action: "falls-prevention", source: "prevention-grant", year: 2025, cents: 1_250_000),
                // €70,000 = 7,000,000 cents.
                ActualsFile.Row(
                    line: 5, action: "carers-support", source: "social-support-fund", year: 2026, cents: 7_000_000),
            ])
    }

    @Test func plainCSVWithADecimalPoint() throws {
        // `,` and a decimal point: 12500.5 is €12,500.50 = 1,250,050 cents; 7 is 700 cents; a
        // partner's committed euros are a source too; a blank line is skipped but counted.
        let text = Self.plain([
            "meeting-place-south,social-support-fund,2025,12500.5",
            "",
            "network-map,commitment:riverside-welfare,2028,7",
        ])
        let file = try Self.read(text)
        #expect(file.diagnostics.isEmpty)
        #expect(
            file.rows == [
                ActualsFile.Row(
                    line: 2, action: "meeting-place-south", source: "social-support-fund", year: 2025,
                    cents: 1_250_050),
                ActualsFile.Row(
                    line: 4, action: "network-map", source: "commitment:riverside-welfare", year: 2028, cents: 700),
            ])
    }

    @Test func theLargestAmountIsATrillionEuros() throws {
        // 1,000,000,000,000 euros = 10^14 cents, the most there may be; with a decimal comma and
        // thousands points in a `;` file it is the same amount.
        let file = try Self.read(
            "action;source;year;amount\n"
                + "network-map;social-support-fund;2025;1000000000000\n"
                + "network-map;social-support-fund;2026;1.000.000.000.000,00\n")
        #expect(file.diagnostics.isEmpty)
        #expect(file.rows.map(\.cents) == [100_000_000_000_000, 100_000_000_000_000])
    }

    @Test func haaglandensActualsOf2025() throws {
        // agendas/haaglanden/actuals: Dutch Excel files (byte order mark, `;`, CRLF) with a note
        // column. uitgaven-2025.csv has 30 rows on lines 2–31, together €2,153,099.50; line 11
        // is valpreventie-westland's 47499,50 from gala = 4,749,950 cents.
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(
            path: Repository.path("agendas/haaglanden/agenda.yaml"))
        let agenda = try #require(loaded.agenda)
        let path = "agendas/haaglanden/actuals/uitgaven-2025.csv"
        let data = try Data(contentsOf: URL(fileURLWithPath: Repository.path(path)))
        let file = ActualsFile.read(data, path: "uitgaven-2025.csv", agenda: agenda)
        #expect(file.diagnostics.isEmpty)
        #expect(file.rows.map(\.line) == Array(2...31))
        #expect(file.rows.reduce(Int64(0)) { $0 + $1.cents } == 215_309_950)
        #expect(
            file.rows.first { $0.line == 11 }
                == ActualsFile.Row(
                    line: 11, action: "valpreventie-westland", source: "gala", year: 2025, cents: 4_749_950))
        // The correction: one row, respijtkaart-stadsdelen €6,250 = 625,000 cents.
        let correction = try Data(
            contentsOf: URL(fileURLWithPath: Repository.path("agendas/haaglanden/actuals/uitgaven-2025-correctie.csv")))
        let corrected = ActualsFile.read(correction, path: "uitgaven-2025-correctie.csv", agenda: agenda)
        #expect(corrected.diagnostics.isEmpty)
        #expect(
            corrected.rows == [
                ActualsFile.Row(
                    line: 2, action: "respijtkaart-stadsdelen", source: "wmo-den-haag", year: 2025, cents: 625_000)
            ])
    }

    // MARK: Errors

    static let amountHint = "is not an amount of money; write euros from 0 to 1,000,000,000,000 like 12500 or 12500.50"

    @Test func everyErrorOfARowIsLocatedAtItsField() throws {
        // "falls-prevention," and "prevention-grant," are 17 characters each: the source starts
        // at column 18, the year at 35 and the amount (after "2025,") at 40.
        let text = Self.plain([
            "falls-prevenion,prevention-grant,2025,100",  // 2: a typo in the action
            "falls-prevention,prevention-grnt,2025,100",  // 3: a typo in the source
            "falls-prevention,prevention-grant,2029,100",  // 4: after the period 2025–2028
            "falls-prevention,prevention-grant,twenty,100",  // 5: not a year
            "falls-prevention,prevention-grant,2025,-5",  // 6: negative
            "falls-prevention,prevention-grant,2025,1.2.3",  // 7: two points
            "falls-prevention,prevention-grant,2025,\"12,345\"",  // 8: a comma in a `,` file
            "falls-prevention,prevention-grant,2025,1000000000000.01",  // 9: a cent over a trillion
            "falls-prevention,prevention-grant,2025,100.123",  // 10: three decimals
            "falls-prevention,prevention-grant,2024,100",  // 11: before the period
            "falls-prevention,prevention-grant,2025,250",  // 12: right: €250 = 25,000 cents
        ])
        let file = try Self.read(text)
        #expect(
            file.diagnostics.map(\.rendered) == [
                "uitgaven.csv:2:1: error: unknown action 'falls-prevenion'; did you mean 'falls-prevention'?",
                "uitgaven.csv:3:18: error: unknown source 'prevention-grnt'; did you mean 'prevention-grant'?",
                "uitgaven.csv:4:35: error: 2029 is outside the agenda's period 2025–2028",
                "uitgaven.csv:5:35: error: 'twenty' is not a year",
                "uitgaven.csv:6:40: error: '-5' \(Self.amountHint)",
                "uitgaven.csv:7:40: error: '1.2.3' \(Self.amountHint)",
                "uitgaven.csv:8:40: error: '12,345' \(Self.amountHint)",
                "uitgaven.csv:9:40: error: '1000000000000.01' \(Self.amountHint)",
                "uitgaven.csv:10:40: error: '100.123' \(Self.amountHint)",
                "uitgaven.csv:11:35: error: 2024 is outside the agenda's period 2025–2028",
            ])
        #expect(
            file.diagnostics.map(\.code) == ["actuals-action", "actuals-source"]
                + Array(repeating: "actuals-year", count: 2) + Array(repeating: "actuals-amount", count: 5) + [
                    "actuals-year"
                ])
        #expect(file.hasErrors)
        // The rows that are right are still read; the command stores none of them.
        #expect(file.rows.map(\.line) == [12])
        #expect(file.rows.map(\.cents) == [25_000])
    }

    @Test func amountsWithADecimalCommaInASemicolonFile() throws {
        // With `;` the comma is the decimal separator and `.` groups thousands: 12,345 has three
        // decimals, 12.50 is a group of two digits, 1.2.3 groups of one, 1234.567 a first group
        // of four; 1.000.000.000.001 is a euro over a trillion. The amount starts at column 40
        // ("falls-prevention;" is 17 characters, "prevention-grant;" 17, "2025;" 5).
        let text = [
            "action;source;year;amount",
            "falls-prevention;prevention-grant;2025;12,345",
            "falls-prevention;prevention-grant;2025;12.50",
            "falls-prevention;prevention-grant;2025;1.2.3",
            "falls-prevention;prevention-grant;2025;1234.567",
            "falls-prevention;prevention-grant;2025;1.000.000.000.001",
            "falls-prevention;prevention-grant;2025;-5",
            "falls-prevention;prevention-grant;2025;",
            "falls-prevention;prevention-grant;2025;1.234,5",
        ].map { $0 + "\n" }.joined()
        let hint = "is not an amount of money; write euros from 0 to 1,000,000,000,000 like 12500 or 12500,50"
        let file = try Self.read(text)
        #expect(
            file.diagnostics.map(\.rendered) == [
                "uitgaven.csv:2:40: error: '12,345' \(hint)",
                "uitgaven.csv:3:40: error: '12.50' \(hint)",
                "uitgaven.csv:4:40: error: '1.2.3' \(hint)",
                "uitgaven.csv:5:40: error: '1234.567' \(hint)",
                "uitgaven.csv:6:40: error: '1.000.000.000.001' \(hint)",
                "uitgaven.csv:7:40: error: '-5' \(hint)",
                "uitgaven.csv:8:40: error: '' \(hint)",
            ])
        // 1.234,5 is €1,234.50 = 123,450 cents.
        #expect(file.rows.map(\.line) == [9])
        #expect(file.rows.map(\.cents) == [123_450])
    }

    @Test func anUnquotedDecimalCommaInACommaFileIsNotReadAsLessMoney() throws {
        // `12,345` unquoted in a `,` file is two fields: "12" in the amount column and "345" in a
        // fifth column the header does not have. The row is wrong (a spreadsheet that wrote a
        // decimal comma into a comma file); it must not be stored as €12 = 1,200 cents.
        let file = try Self.read(Self.plain(["falls-prevention,prevention-grant,2025,12,345"]))
        #expect(file.hasErrors)
        #expect(file.rows.isEmpty)
    }

    @Test func anUnknownColumnSuggestsTheClosest() throws {
        // "action," 7 + "source," 7 + "year," 5: the fourth column starts at column 20. Without an
        // amount column the header also lacks it, said at the start of the header.
        #expect(
            try Self.lines(
                Self.plain(["falls-prevention,prevention-grant,2025,100"], header: "action,source,year,ammount"))
                == [
                    "uitgaven.csv:1:1: error: the header lacks the column amount",
                    "uitgaven.csv:1:20: error: unknown column 'ammount'; did you mean 'amount'? (the columns are "
                        + "action, source, year, amount and, ignored, title, funded, score, reason, note)",
                ])
    }

    @Test func missingColumns() throws {
        #expect(
            try Self.lines(Self.plain(["falls-prevention,prevention-grant,2025"], header: "action,source,year"))
                == ["uitgaven.csv:1:1: error: the header lacks the column amount"])
        #expect(
            try Self.lines(Self.plain(["falls-prevention,2025"], header: "Action, Year"))
                == ["uitgaven.csv:1:1: error: the header lacks the columns source, amount"])
    }

    @Test func anEmptyFile() throws {
        #expect(try Self.lines("") == ["uitgaven.csv: error: the file is empty; it needs a header row"])
        // A byte order mark alone is as empty.
        #expect(try Self.lines("\u{FEFF}") == ["uitgaven.csv: error: the file is empty; it needs a header row"])
    }

    @Test func aHeaderWithoutRows() throws {
        #expect(
            try Self.lines("action,source,year,amount\n") == ["uitgaven.csv: error: the file has no rows of spending"])
        // Only an unfunded action's row (no year, source or amount): still no spending.
        #expect(
            try Self.lines(
                "action;title;funded;year;source;amount;score;reason\r\nfrailty-check;Frailty check;false;;;;3,5660;budget\r\n"
            )
                == ["uitgaven.csv: error: the file has no rows of spending"])
    }

    @Test func allErrorsSortedByLocation() throws {
        // One row wrong in every field: checked year, amount, action, source, and reported from
        // left to right (action 1, source 17, year 33, amount 38); then a wrong year on line 3.
        let text = Self.plain([
            "falls-prevenion,prevention-grnt,20x5,-5",
            "network-map,social-support-fund,1999,10",
        ])
        #expect(
            try Self.lines(text) == [
                "uitgaven.csv:2:1: error: unknown action 'falls-prevenion'; did you mean 'falls-prevention'?",
                "uitgaven.csv:2:17: error: unknown source 'prevention-grnt'; did you mean 'prevention-grant'?",
                "uitgaven.csv:2:33: error: '20x5' is not a year",
                "uitgaven.csv:2:38: error: '-5' \(Self.amountHint)",
                "uitgaven.csv:3:33: error: 1999 is outside the agenda's period 2025–2028",
            ])
    }

    @Test func missingActionOrSource() throws {
        // An empty action or source is missing, not unknown: the action of ",social-support-fund,…"
        // is at column 1, the source of "network-map,,…" at column 13 ("network-map," is 12).
        #expect(
            try Self.lines(Self.plain([",social-support-fund,2025,10", "network-map,,2025,10"])) == [
                "uitgaven.csv:2:1: error: the action is missing",
                "uitgaven.csv:3:13: error: the source is missing",
            ])
    }

    // MARK: Columns

    @Test func aQuotedSeparatorDoesNotShiftTheColumn() throws {
        // The title "Courses; both towns" holds the separator. "falls-prevention;" is 17
        // characters, "\"Courses; both towns\";" 22, "true;" 5, "2025;" 5: the source starts at
        // column 50 and the amount ("prevention-grnt;" is 16) at column 66.
        let text = [
            "action;title;funded;year;source;amount;score;reason",
            "falls-prevention;\"Courses; both towns\";true;2025;prevention-grnt;1.2.3;5,9404;",
        ].map { $0 + "\n" }.joined()
        let hint = "is not an amount of money; write euros from 0 to 1,000,000,000,000 like 12500 or 12500,50"
        #expect(
            try Self.lines(text) == [
                "uitgaven.csv:2:50: error: unknown source 'prevention-grnt'; did you mean 'prevention-grant'?",
                "uitgaven.csv:2:66: error: '1.2.3' \(hint)",
            ])
    }

    @Test func columnsInADutchExcelFileWithCRLF() throws {
        // The same row as Dutch Excel writes it (byte order mark, CRLF): the columns are the same
        // as with line feeds, 50 and 66 on line 3 (line 2 is right).
        let lines = [
            "action;title;funded;year;source;amount;score;reason",
            "network-map;Map;true;2025;social-support-fund;10;4,0833;",
            "falls-prevention;\"Courses; both towns\";true;2025;prevention-grnt;1.2.3;5,9404;",
        ]
        let text = "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined()
        let hint = "is not an amount of money; write euros from 0 to 1,000,000,000,000 like 12500 or 12500,50"
        let diagnostics = try Self.lines(text)
        #expect(
            diagnostics == [
                "uitgaven.csv:3:50: error: unknown source 'prevention-grnt'; did you mean 'prevention-grant'?",
                "uitgaven.csv:3:66: error: '1.2.3' \(hint)",
            ])
    }
}
