import Foundation

/// Writes generated pages into a folder: each file is replaced atomically, unchanged files are left
/// alone, and generated pages that no longer exist are removed.
public enum DocumentationWriter {
    /// Writes `pages` into `folder`; returns the names of the files written or removed.
    public static func write(_ pages: [(name: String, content: String)], to folder: URL) throws -> [String] {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        var changed: [String] = []
        let names = Set(pages.map(\.name))
        for page in pages {
            let url = folder.appendingPathComponent(page.name)
            let data = Data(page.content.utf8)
            if (try? Data(contentsOf: url)) == data { continue }
            try data.write(to: url, options: .atomic)
            changed.append(page.name)
        }
        // Pages of rules that were removed or renamed: generated names look like `module.rule.md`.
        for name in try manager.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".md") && name.dropLast(3).contains(".") && !names.contains(name) {
            try manager.removeItem(at: folder.appendingPathComponent(name))
            changed.append("removed \(name)")
        }
        return changed
    }
}
