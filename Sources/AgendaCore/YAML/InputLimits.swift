/// Bounds that keep hostile or broken input from exhausting time or memory.
///
/// A real agenda of ten thousand actions is a few megabytes; the limits are far above that and far
/// below what would hurt a laptop.
public struct InputLimits: Sendable, Equatable {
    /// The largest file read, in bytes. Larger files are refused before they are read.
    public var maxFileBytes: Int
    /// How many files one agenda may consist of, includes counted.
    public var maxFiles: Int
    /// How many values a document may hold once its aliases are expanded, beyond twice its size in
    /// bytes. A document without aliases can never reach this; an alias bomb does at once.
    public var extraExpandedValues: Int

    public init(maxFileBytes: Int = 32 << 20, maxFiles: Int = 1_000, extraExpandedValues: Int = 100_000) {
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
        self.extraExpandedValues = extraExpandedValues
    }

    public static let `default` = InputLimits()

    func expandedValueBudget(forBytes count: Int) -> Int {
        extraExpandedValues + 2 * count
    }
}
