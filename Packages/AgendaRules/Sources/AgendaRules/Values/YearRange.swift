/// An inclusive range of years, written `2025-2028` or `{from: 2025, to: 2028}`.
public struct YearRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var from: Int
    public var to: Int

    public init(from: Int, to: Int) {
        self.from = from
        self.to = to
    }

    public var years: ClosedRange<Int> { from...max(from, to) }
    public func contains(_ year: Int) -> Bool { year >= from && year <= to }
    public var description: String { from == to ? "\(from)" : "\(from)-\(to)" }
}

/// An amount of whole euros in one year, with where it was written.
public struct YearAmount: Hashable, Sendable {
    public var year: Int
    public var euros: Int
    public var location: SourceLocation

    public init(year: Int, euros: Int, location: SourceLocation) {
        self.year = year
        self.euros = euros
        self.location = location
    }
}

/// Whole euros per year, in year order.
public struct YearlyEuros: Hashable, Sendable {
    public var entries: [YearAmount]

    public init(_ entries: [YearAmount] = []) {
        self.entries = entries.sorted { $0.year < $1.year }
    }

    public subscript(year: Int) -> Int { entries.first { $0.year == year }?.euros ?? 0 }
    public var years: [Int] { entries.map(\.year) }
    public var total: Int { entries.reduce(0) { $0 + $1.euros } }
    public var isEmpty: Bool { entries.isEmpty }
}
