/// The stable identifiers of the kinds of problem (`Diagnostic.code`), for tests and tools.
///
/// Each code is named once: here the codes of the rule API's own checks (reading values and
/// module fields), and in an extension of the planner's core the codes of its checks. A test, a
/// tool and the check that reports a problem cannot drift apart.
public enum DiagnosticCode {
    /// An id is not a slug, or a rule id is not `module.rule-id`.
    public static let invalidId = "invalid-id"
    /// A value is not one of the values a key allows.
    public static let invalidValue = "invalid-value"
    /// A key that should be a year is not one.
    public static let invalidYear = "invalid-year"
    /// A required key is missing.
    public static let missingField = "missing-field"
    /// A list is written empty where an empty list would make its entry meaningless.
    public static let emptyList = "empty-list"
    /// A number that cannot be negative is.
    public static let negativeValue = "negative-value"
    /// A number lies outside its range (`NumberRange`).
    public static let outOfRange = "out-of-range"
    /// A text is longer than its kind allows (`TextLength`).
    public static let tooLong = "too-long"
    /// A period ends before it starts.
    public static let reversedPeriod = "reversed-period"
    /// A share is above 1.
    public static let shareAboveOne = "share-above-one"
    /// A number is written with a thousands separator that YAML reads as a decimal point.
    public static let thousandsSeparator = "thousands-separator"
    /// A key the format does not know.
    public static let unknownKey = "unknown-key"
    /// A value of the wrong type (a list where a mapping is expected, say).
    public static let wrongType = "wrong-type"
}
