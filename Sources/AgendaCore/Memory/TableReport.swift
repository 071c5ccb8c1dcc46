/// A report made of a title, sentences and tables, written in every output format: the shape of
/// the store's reports (`runs`, `monitor`, `store check`). Each cell carries the words people read
/// and the value programs read (JSON and CSV).
public struct TableReport: Sendable {
    /// A cell: `text` as a person reads it (in the agenda's language), `value` as JSON holds it.
    public struct Cell: Sendable {
        public var text: String
        public var value: JSONValue

        public init(_ text: String, _ value: JSONValue) {
            self.text = text
            self.value = value
        }

        public static func text(_ text: String) -> Cell { Cell(text, .string(text)) }
        public static func optional(_ text: String?) -> Cell { Cell(text ?? "", text.map(JSONValue.string) ?? .null) }
    }

    public struct Column: Sendable {
        /// The heading people read.
        public var title: String
        /// The field name in JSON and the header in CSV.
        public var key: String
        public var alignRight: Bool

        public init(_ title: String, key: String, alignRight: Bool = false) {
            self.title = title
            self.key = key
            self.alignRight = alignRight
        }
    }

    public struct Table: Sendable {
        /// The JSON field that holds the rows, and the table's heading.
        public var key: String
        public var title: String
        public var columns: [Column]
        public var rows: [[Cell]]
        /// Said instead of an empty table.
        public var empty: String
        /// In text and Markdown, only this many rows (the first), and how many more there are;
        /// JSON, CSV and HTML hold them all.
        public var textLimit: Int?
        /// Says how many rows text and Markdown left out.
        public var more: @Sendable (Int) -> String = { "… \($0)" }

        public init(key: String, title: String, columns: [Column], rows: [[Cell]], empty: String) {
            self.key = key
            self.title = title
            self.columns = columns
            self.rows = rows
            self.empty = empty
        }
    }

    public var title: String
    public var language: ReportLanguage
    /// Sentences under the title.
    public var summary: [String]
    /// Fields added at the top of the JSON object, before the tables.
    public var fields: [(String, JSONValue)]
    public var tables: [Table]
    /// Extra HTML (a chart) placed after the summary.
    var figures: [String] = []

    public init(
        title: String, language: ReportLanguage, summary: [String], fields: [(String, JSONValue)], tables: [Table]
    ) {
        self.title = title
        self.language = language
        self.summary = summary
        self.fields = fields
        self.tables = tables
    }
}
