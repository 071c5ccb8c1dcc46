/// Path arithmetic on text. Foundation's `NSString.deletingLastPathComponent` traps on Linux for
/// some short paths (`"a"`, `"ab"`), and a path is input, so the planner does its own.
public enum PathText {
    /// The folder part of `path`, as `deletingLastPathComponent` would give it: `""` for `a.yaml`,
    /// `dir` for `dir/a.yaml` and `dir/a/`, `/` for `/a`.
    public static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        var folder = trimmed[..<slash]
        while folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }
}
