/// A position in an agenda file: the file as the user named it, and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret lines up with what an editor shows.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as the user wrote it (relative paths stay relative).
    public var file: String
    /// 1-based line; 0 means "the whole file".
    public var line: Int
    /// 1-based column; 0 means "the whole line".
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location that stands for a whole file (used for file-level problems such as an empty file).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    /// `path:line:column`, or just `path` for a whole-file location.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A value together with the place in the agenda it was read from.
///
/// References (a partner id, a goal id, …) are kept as `Located` so that a later check can point
/// at the exact value when it fails.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
