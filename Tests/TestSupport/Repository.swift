import Foundation

/// The checkout the tests run in, for the files they read (agendas, docs, packages) and the
/// folders they build in.
public enum Repository {
    /// The repository's root folder: two folders above this file (`Tests/TestSupport/`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path inside the repository, as an absolute path.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}
