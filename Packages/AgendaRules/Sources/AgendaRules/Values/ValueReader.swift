import Foundation

/// Reads typed values out of `YAMLValue`s, reporting every mismatch as a located diagnostic.
///
/// Each method returns `nil` after reporting a problem, so a caller can go on and find the next
/// one: a file's problems are all reported in one run. The agenda loader and domain modules use
/// the same reader, so a module's fields get the same messages as the core's.
public struct ValueReader: Sendable {
    public var diagnostics = DiagnosticBag()
    /// Domain ids that may key a module block (`welfare: {...}`).
    public let domains: [String]

    public init(domains: [String] = []) {
        self.domains = domains
    }

    // MARK: Scalars

    public mutating func text(_ value: YAMLValue?, what: String, maxLength: Int = TextLength.maxText) -> String? {
        guard let value else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.error(
                DiagnosticCode.wrongType, "expected text for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        if scalar.isPlain, case .null = TypedScalar(scalar) {
            diagnostics.error(DiagnosticCode.wrongType, "expected text for \(what), found nothing", at: value.location)
            return nil
        }
        let length = scalar.text.count
        guard length <= maxLength else {
            diagnostics.error(
                DiagnosticCode.tooLong,
                "\(what) is \(Self.grouped(Double(length))) characters long; it may be at most "
                    + "\(Self.grouped(Double(maxLength)))",
                at: value.location)
            return nil
        }
        return scalar.text
    }

    /// A title, name, label or funder: text of at most `TextLength.maxName` characters.
    public mutating func name(_ value: YAMLValue?, what: String) -> String? {
        text(value, what: what, maxLength: TextLength.maxName)
    }

    /// An id: `[a-z0-9][a-z0-9-]*`.
    public mutating func slug(_ value: YAMLValue?, what: String) -> String? {
        guard let value, let text = text(value, what: what, maxLength: TextLength.maxID) else { return nil }
        guard Self.isSlug(text) else {
            let suggestion = Self.slugify(text)
            diagnostics.error(
                DiagnosticCode.invalidId,
                "'\(text)' is not a valid \(what); ids use lower-case letters, digits and "
                    + "'-'\(suggestion.isEmpty ? "" : "; did you mean '\(suggestion)'?")",
                at: value.location)
            return nil
        }
        return text
    }

    /// A reference to something else (checked against what exists later).
    public mutating func reference(_ value: YAMLValue?, what: String) -> Located<String>? {
        guard let value, let text = text(value, what: what) else { return nil }
        return Located(text, at: value.location)
    }

    /// A list of references; one reference may be written without brackets.
    public mutating func references(_ value: YAMLValue?, what: String) -> [Located<String>]? {
        list(value, what: what) { reader, item in reader.reference(item, what: what) }
    }

    public mutating func list<T>(
        _ value: YAMLValue?, what: String,
        _ element: (inout ValueReader, YAMLValue) -> T?
    ) -> [T]? {
        guard let value else { return nil }
        switch value.kind {
        case .sequence(let items):
            return items.compactMap { element(&self, $0) }
        case .scalar(let scalar):
            if scalar.isPlain, case .null = TypedScalar(scalar) { return [] }
            return element(&self, value).map { [$0] }
        case .mapping:
            diagnostics.error(
                DiagnosticCode.wrongType, "expected a list of \(what), found a mapping", at: value.location,
                notes: [.init("write a list as [a, b] or as lines starting with '- '")])
            return nil
        }
    }

    /// Whether `value` is a list written empty (`[]`, or a key with nothing after it) where an
    /// empty list would make the entry meaningless; if so, reports it. `meaning` says what the
    /// empty list would do, `instead` what to write.
    public mutating func isEmptyList(_ value: YAMLValue?, what: String, meaning: String, instead: String) -> Bool {
        guard let value else { return false }
        let empty: Bool
        switch value.kind {
        case .sequence(let items): empty = items.isEmpty
        case .scalar(let scalar): empty = scalar.isPlain && TypedScalar(scalar) == .null
        case .mapping: empty = false
        }
        if empty {
            diagnostics.error(
                DiagnosticCode.emptyList, "\(what) is an empty list, which \(meaning)", at: value.location,
                notes: [.init(instead)])
        }
        return empty
    }

    /// `all` (returned as `nil` inside `.some`), or a list.
    public mutating func allOrList<T>(
        _ value: YAMLValue?, what: String,
        _ element: (inout ValueReader, YAMLValue) -> T?
    ) -> [T]?? {
        guard let value else { return .some(nil) }
        if let scalar = value.scalar, scalar.text == "all" { return .some(nil) }
        if let items = value.sequence, items.count == 1, items[0].scalar?.text == "all" { return .some(nil) }
        guard let items = list(value, what: what, element) else { return nil }
        return .some(items)
    }

    public mutating func bool(_ value: YAMLValue?, what: String) -> Bool? {
        guard let value else { return nil }
        if let scalar = value.scalar, case .bool(let flag) = TypedScalar(scalar) { return flag }
        let text = value.scalar?.text.lowercased() ?? ""
        let guess =
            ["yes", "ja", "y", "on", "1"].contains(text)
            ? "true"
            : ["no", "nee", "n", "off", "0"].contains(text) ? "false" : nil
        diagnostics.error(
            DiagnosticCode.wrongType,
            "expected true or false for \(what), found "
                + "\(value.kindDescription)\(guess.map { "; did you mean \($0)?" } ?? "")",
            at: value.location)
        return nil
    }

    /// One of the raw values of `E`, with a suggestion for a near miss.
    public mutating func word<E: RawRepresentable & CaseIterable>(_ value: YAMLValue?, _ type: E.Type, what: String)
        -> E?
    where E.RawValue == String {
        guard let value, let text = text(value, what: what) else { return nil }
        if let result = E(rawValue: text) { return result }
        let options = E.allCases.map(\.rawValue)
        var notes: [Diagnostic.Note] = []
        if Suggestions.closest(to: text, in: options) == nil {
            notes.append(.init("\(what) is one of: \(options.joined(separator: ", "))"))
        }
        diagnostics.error(
            DiagnosticCode.invalidValue, "'\(text)' is not a valid \(what)\(Suggestions.didYouMean(text, in: options))",
            at: value.location, notes: notes)
        return nil
    }

    // MARK: Numbers

    /// A number (integer or decimal), finite and within `NumberRange.maxMagnitude`.
    public mutating func number(_ value: YAMLValue?, what: String) -> Double? {
        guard let value, let number = anyNumber(value, what: what) else { return nil }
        return inRange(number, value, what: what)
    }

    /// A number (integer or decimal), finite, in any range.
    private mutating func anyNumber(_ value: YAMLValue?, what: String) -> Double? {
        guard let value else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.error(
                DiagnosticCode.wrongType, "expected a number for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        switch TypedScalar(scalar) {
        case .int(let number):
            return Double(number)
        case .double(let number):
            guard number.isFinite else {
                diagnostics.error(
                    DiagnosticCode.invalidValue, "\(what) must be a finite number, found \(scalar.text)",
                    at: value.location)
                return nil
            }
            warnThousandsSeparator(scalar, at: value.location, what: what)
            return number
        default:
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected a number for \(what), found \(value.kindDescription)\(Self.numberHint(scalar.text))",
                at: value.location)
            return nil
        }
    }

    /// `number` when its size is within `NumberRange.maxMagnitude`; else a located error.
    private mutating func inRange(_ number: Double, _ value: YAMLValue, what: String) -> Double? {
        guard abs(number) <= NumberRange.maxMagnitude else {
            diagnostics.error(
                DiagnosticCode.outOfRange,
                "\(what) must lie between -\(Self.grouped(NumberRange.maxMagnitude)) and "
                    + "\(Self.grouped(NumberRange.maxMagnitude)), found \(value.scalar?.text ?? "")",
                at: value.location)
            return nil
        }
        return number
    }

    /// A number at most `maximum` and not negative: a weight (up to `NumberRange.maxWeight`) or a
    /// factor (up to `NumberRange.maxFactor`).
    public mutating func bounded(_ value: YAMLValue?, maximum: Double, what: String) -> Double? {
        guard let value, let number = anyNumber(value, what: what) else { return nil }
        guard (0...maximum).contains(number) else {
            diagnostics.error(
                DiagnosticCode.outOfRange,
                "\(what) runs from 0 to \(Self.format(maximum)), found \(value.scalar?.text ?? "")",
                at: value.location)
            return nil
        }
        return number
    }

    /// A weight, from 0 to `NumberRange.maxWeight`.
    public mutating func weight(_ value: YAMLValue?, what: String) -> Double? {
        bounded(value, maximum: NumberRange.maxWeight, what: what)
    }

    /// A number that must not be negative.
    public mutating func nonNegative(_ value: YAMLValue?, what: String) -> Double? {
        guard let value, let number = number(value, what: what) else { return nil }
        guard number >= 0 else {
            diagnostics.error(
                DiagnosticCode.negativeValue, "\(what) cannot be negative, found \(value.scalar?.text ?? "")",
                at: value.location)
            return nil
        }
        return number
    }

    /// A share from 0 to 1. A whole percentage such as `43` gets "did you mean 0.43?".
    public mutating func share(_ value: YAMLValue?, what: String) -> Double? {
        guard let value, let number = nonNegative(value, what: what) else { return nil }
        guard number <= 1 else {
            let percentage = number.rounded() == number && number <= 100
            let hint = percentage ? "; did you mean \(Self.format(number / 100))?" : ""
            diagnostics.error(
                DiagnosticCode.shareAboveOne,
                "\(what) is a share from 0 to 1, found \(value.scalar?.text ?? "")\(hint)",
                at: value.location)
            return nil
        }
        return number
    }

    /// A whole number, at least `minimum` and at most `maximum`.
    public mutating func integer(
        _ value: YAMLValue?, minimum: Int = 0, maximum: Int = NumberRange.maxCount, what: String, unit: String = ""
    ) -> Int? {
        guard let value else { return nil }
        guard let scalar = value.scalar else {
            diagnostics.error(
                DiagnosticCode.wrongType, "expected a whole number for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        let result: Int
        switch TypedScalar(scalar) {
        case .int(let number):
            result = number
        case .double(let number) where number.isFinite && number.rounded() == number && abs(number) < 9e15:
            // `100.000` is 100.0 to YAML: a whole number, but almost surely meant as 100000.
            warnThousandsSeparator(scalar, at: value.location, what: what)
            result = Int(number)
        case .double:
            diagnostics.error(
                DiagnosticCode.wrongType, "\(what) must be a whole number\(unit), found \(scalar.text)",
                at: value.location)
            return nil
        default:
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected a whole number\(unit) for \(what), found "
                    + "\(value.kindDescription)\(Self.numberHint(scalar.text))",
                at: value.location)
            return nil
        }
        guard result >= minimum else {
            diagnostics.error(
                result < 0 ? DiagnosticCode.negativeValue : DiagnosticCode.invalidValue,
                result < 0
                    ? "\(what) cannot be negative, found \(result)"
                    : "\(what) must be at least \(minimum), found \(result)",
                at: value.location)
            return nil
        }
        guard result <= maximum else {
            diagnostics.error(
                DiagnosticCode.outOfRange,
                "\(what) must be at most "
                    + (unit == " of euros"
                        ? "€\(Self.grouped(Double(maximum)))" : "\(Self.grouped(Double(maximum)))\(unit)")
                    + ", found \(scalar.text)",
                at: value.location)
            return nil
        }
        return result
    }

    /// Whole euros, from 0 to `NumberRange.maxEuros`.
    public mutating func euros(_ value: YAMLValue?, what: String) -> Int? {
        integer(value, minimum: 0, maximum: NumberRange.maxEuros, what: what, unit: " of euros")
    }

    /// A four-digit year.
    public mutating func year(_ value: YAMLValue?, what: String) -> Int? {
        guard let value else { return nil }
        guard let scalar = value.scalar, case .int(let year) = TypedScalar(scalar), (1000...9999).contains(year) else {
            diagnostics.error(
                DiagnosticCode.wrongType, "expected a four-digit year for \(what), found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        return year
    }

    /// `{year: amount}` in whole euros; the years are the keys.
    public mutating func yearlyEuros(_ value: YAMLValue?, what: String) -> YearlyEuros? {
        guard let value else { return nil }
        guard let pairs = value.mapping else {
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected \(what) as a mapping of years to euros, e.g. {2025: 60000}, found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        var entries: [YearAmount] = []
        for pair in pairs {
            guard let year = Int(pair.key), (1000...9999).contains(year) else {
                diagnostics.error(
                    DiagnosticCode.invalidYear, "'\(pair.key)' is not a year; \(what) is keyed by four-digit years",
                    at: pair.keyLocation)
                continue
            }
            if let euros = euros(pair.value, what: "\(what) of \(year)") {
                entries.append(YearAmount(year: year, euros: euros, location: pair.keyLocation))
            }
        }
        return YearlyEuros(entries)
    }

    /// `2025-2028`, `2025`, or `{from: 2025, to: 2028}`.
    public mutating func period(_ value: YAMLValue?, what: String) -> YearRange? {
        guard let value else { return nil }
        if let pairs = value.mapping {
            for pair in pairs where pair.key != "from" && pair.key != "to" {
                diagnostics.error(
                    DiagnosticCode.unknownKey,
                    "unknown key '\(pair.key)' in \(what)\(Suggestions.didYouMean(pair.key, in: ["from", "to"]))",
                    at: pair.keyLocation)
            }
            let missing = ["from", "to"].filter { key in !pairs.contains { $0.key == key } }
            if !missing.isEmpty {
                diagnostics.error(
                    DiagnosticCode.missingField,
                    "\(what) is missing required \(missing.count == 1 ? "key" : "keys") "
                        + "\(missing.map { "'\($0)'" }.joined(separator: ", "))",
                    at: value.location)
                return nil
            }
            guard let from = year(value["from"], what: "'from'"), let to = year(value["to"], what: "'to'") else {
                return nil
            }
            return checkedRange(from, to, at: value.location, what: what)
        }
        guard let scalar = value.scalar else {
            diagnostics.error(
                DiagnosticCode.wrongType,
                "expected \(what) as 2025-2028 or {from: 2025, to: 2028}, found \(value.kindDescription)",
                at: value.location)
            return nil
        }
        if case .int(let single) = TypedScalar(scalar), (1000...9999).contains(single) {
            return YearRange(from: single, to: single)
        }
        let parts = scalar.text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "—" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let from = Int(parts[0]), let to = Int(parts[1]),
            parts[0].count == 4, parts[1].count == 4
        {
            return checkedRange(from, to, at: value.location, what: what)
        }
        diagnostics.error(
            DiagnosticCode.invalidValue,
            "expected \(what) as 2025-2028 or {from: 2025, to: 2028}, found '\(scalar.text)'",
            at: value.location)
        return nil
    }

    private mutating func checkedRange(_ from: Int, _ to: Int, at location: SourceLocation, what: String) -> YearRange?
    {
        guard from <= to else {
            diagnostics.error(
                DiagnosticCode.reversedPeriod,
                "\(what) runs backwards: \(from) is after \(to); did you mean \(to)-\(from)?",
                at: location)
            return nil
        }
        return YearRange(from: from, to: to)
    }

    // MARK: Traps

    /// YAML reads `100.000` as the decimal number 100.0. In Dutch `.` separates thousands, so the
    /// writer almost certainly meant 100000.
    private mutating func warnThousandsSeparator(_ scalar: YAMLValue.Scalar, at location: SourceLocation, what: String)
    {
        guard Self.isDutchThousands(scalar.text) else { return }
        let meant = scalar.text.replacingOccurrences(of: ".", with: "")
        diagnostics.warning(
            DiagnosticCode.thousandsSeparator,
            "YAML reads '\(scalar.text)' as \(Self.format(Double(scalar.text) ?? 0)) (a decimal point), not "
                + "\(meant); did you mean \(meant)?",
            at: location,
            notes: [
                .init(
                    "write numbers without thousands separators; \(what) is read as "
                        + "\(Self.format(Double(scalar.text) ?? 0))"
                )
            ])
    }

    public static func isDutchThousands(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let first = groups.first, (1...3).contains(first.count), !first.hasPrefix("0"),
            first.allSatisfy(\.isASCIINumber)
        else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIINumber) }
    }

    /// A hint for text that was meant as a number: `1.500.000`, `60,000`, `0,43`, `€ 500`.
    public static func numberHint(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if isDutchThousands(trimmed) {
            return "; did you mean \(trimmed.replacingOccurrences(of: ".", with: ""))? (leave out thousands separators)"
        }
        let withoutSymbols = trimmed.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: " ", with: "")
        let parts = withoutSymbols.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIINumber) }) {
            if parts[1].count == 3 { return "; did you mean \(parts[0])\(parts[1])? (leave out thousands separators)" }
            return "; did you mean \(parts[0]).\(parts[1])? (use a decimal point)"
        }
        if withoutSymbols != trimmed, Int(withoutSymbols) != nil {
            return "; did you mean \(withoutSymbols)? "
                + (trimmed.contains("€") ? "(leave out '€')" : "(leave out the spaces)")
        }
        return ""
    }

    // MARK: Helpers

    public static func isSlug(_ text: String) -> Bool {
        guard let first = text.utf8.first, isSlugHead(first) else { return false }
        return text.utf8.allSatisfy { isSlugHead($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isSlugHead(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// `Den Haag` → `den-haag`; the suggestion for an invalid id.
    public static func slugify(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for character in folded {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }

    /// A whole number with thousands separators, for messages: `1,000,000,000,000`.
    public static func grouped(_ number: Double) -> String {
        guard number.isFinite, abs(number) < 1e18 else { return format(number) }
        return (number < 0 ? "-" : "") + grouped(Int(abs(number).rounded()).magnitude, separator: ",")
    }

    /// The digits of `magnitude` in groups of three, joined by `separator` (`1.000.000` in Dutch
    /// reports, `1,000,000` in English ones and in messages).
    public static func grouped(_ magnitude: UInt, separator: String) -> String {
        let digits = String(magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return groups.joined(separator: separator)
    }

    public static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        var text = printed(number) ?? String(format: "%.6f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension ValueReader {
    /// `number` with six decimals by C's `vsnprintf`, the digits `String(format: "%.6f")` gives,
    /// at a fraction of its cost (scoring formats every rule's inputs, a thousand times over in a
    /// sensitivity analysis); nil when it does not fit 40 characters.
    fileprivate static func printed(_ number: Double) -> String? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 40) { buffer -> String? in
            guard let start = buffer.baseAddress else { return nil }
            let written = withVaList([number]) { vsnprintf(start, buffer.count, "%.6f", $0) }
            guard written > 0, written < buffer.count else { return nil }
            return String(cString: start)
        }
    }
}

extension Character {
    fileprivate var isASCIINumber: Bool { isASCII && isNumber }
}
