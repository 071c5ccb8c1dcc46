/// Amounts of money as people write them in a spreadsheet: `12500`, `12500.50`, or with a decimal
/// comma `12500,50` and `12.500,50`.
enum MoneyText {
    /// The most an amount may be: a trillion euros, in cents.
    static let maximumCents: Int64 = 100_000_000_000_000

    /// The amount in cents, or nil when `text` is not such an amount (negative, more than two
    /// decimals, stray characters, or more than `maximumCents`).
    static func cents(_ text: String, decimalComma: Bool) -> Int64? {
        let point: Character = decimalComma ? "," : "."
        let parts = text.split(separator: point, omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, let euros = euros(String(whole), grouped: decimalComma)
        else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(decimals)
            else { return nil }
            cents = decimals.count == 1 ? value * 10 : value
        }
        let (scaled, overflow) = euros.multipliedReportingOverflow(by: 100)
        guard !overflow, scaled <= maximumCents - cents else { return nil }
        return scaled + cents
    }

    /// Whole euros: digits, or with `grouped` digits in groups of three joined by `.` (12.500).
    private static func euros(_ text: String, grouped: Bool) -> Int64? {
        let groups = grouped ? text.split(separator: ".", omittingEmptySubsequences: false) : [Substring(text)]
        guard let first = groups.first, !first.isEmpty, first.count <= 15,
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        guard groups.count == 1 || first.count <= 3 else { return nil }
        let digits = groups.joined()
        guard digits.count <= 15 else { return nil }
        return Int64(digits)
    }
}
