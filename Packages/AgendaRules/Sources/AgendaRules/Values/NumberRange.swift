/// The ranges of the format's numbers (docs/format.md, "Numbers"): far wider than any real agenda
/// needs, and narrow enough that the planner's arithmetic on them cannot overflow or trap.
///
/// Every reader of a number checks its range and reports a value outside it as a located error.
/// Sums stay safe because the agenda's totals are bounded too (`maxTotalEuros`).
public enum NumberRange {
    /// Whole euros in one value (a budget or cost of a year, a scenario's `set` or `add`, a
    /// commitment): at most €1,000,000,000,000 — also after every scenario.
    public static let maxEuros = 1_000_000_000_000
    /// The agenda's budgets over all sources and years, and its costs over all actions and years,
    /// each at most €1,000,000,000,000,000 — also after every scenario.
    public static let maxTotalEuros = 1_000_000_000_000_000
    /// A weight (of a goal, pillar, domain, rule or term): from 0 to 100.
    public static let maxWeight = 100.0
    /// A scenario's `scale` and the factors of `sweep`: from 0 to 100.
    public static let maxFactor = 100.0
    /// A whole count (people reached, hours, a module's count field): at most 1,000,000,000.
    public static let maxCount = 1_000_000_000
    /// Any other number (an indicator value, a target, a module's number or parameter): from
    /// −1,000,000,000,000 to 1,000,000,000,000.
    public static let maxMagnitude = 1e12
}

/// The lengths of the format's texts, in characters: a title is a line in a table or a chart, a
/// text (a description, a note) a paragraph or a few.
public enum TextLength {
    /// An id: at most 100 characters.
    public static let maxID = 100
    /// A title, name, label or funder: at most 200 characters.
    public static let maxName = 200
    /// Any other text: at most 20,000 characters.
    public static let maxText = 20_000
}
