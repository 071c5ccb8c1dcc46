import AgendaRules
import Foundation

/// Installs the declarative modules an agenda names under `agenda.modules`, before the rest of the
/// agenda is decoded: their ids are domains its actions may use, and they check their fields.
///
/// Paths are relative to the agenda's root file. Unlike `include:`, they may leave the agenda's
/// folder, so several agendas of a partner repository can share one `modules/` folder: a module
/// file is data, read with the same limits and checks as an agenda. Compiled modules (shared
/// libraries) are code, and an agenda never loads code; they come only from `--module`.
struct AgendaModuleFiles {
    let limits: InputLimits
    let rootURL: URL
    let rootDisplayPath: String
    /// The agenda is held in memory, so there is no folder to resolve paths against.
    let inMemory: Bool

    struct Result {
        var registry: ModuleRegistry
        var diagnostics: [Diagnostic]
    }

    func install(_ value: YAMLValue?, on base: ModuleRegistry) -> Result {
        var result = Result(registry: base, diagnostics: [])
        guard let value else { return result }
        guard let entries = value.sequence ?? (value.scalar != nil ? [value] : nil) else {
            result.diagnostics.append(
                .error(
                    DiagnosticCode.wrongType, "expected a list of module files, found \(value.kindDescription)",
                    at: value.location))
            return result
        }
        let reader = DeclarativeModuleLoader(limits: limits, base: base)
        for entry in entries {
            guard let path = entry.scalar?.text, !path.isEmpty else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.wrongType,
                        "expected the path of a module file or folder, found \(entry.kindDescription)",
                        at: entry.location))
                continue
            }
            guard !inMemory else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.modulesInMemory, "an agenda given as text cannot load module files",
                        at: entry.location))
                continue
            }
            guard !path.hasPrefix("/") else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.modulePath, "module paths are relative to this file; '\(path)' is absolute",
                        at: entry.location))
                continue
            }
            let url = rootURL.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
            let display = Self.displayPath(path, besides: rootDisplayPath)
            let kind = FileKind.of(url.path)
            guard kind != .missing else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.moduleMissing,
                        "module file or folder '\(path)' does not exist (looked for \(display))", at: entry.location))
                continue
            }
            // Like includes, an agenda's modules stay in its folder (symbolic links resolved); a module
            // from elsewhere is given on the command line with --modules.
            let folder = rootURL.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
            guard url.resolvingSymlinksInPath().standardizedFileURL.path.hasPrefix(folder + "/") else {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.modulePath,
                        "'\(path)' points outside the agenda's folder; an agenda names only modules in its own "
                            + "folder",
                        at: entry.location, notes: [.init("give a module from elsewhere with --modules \(display)")]))
                continue
            }
            guard kind == .regular || kind == .directory else {
                result.diagnostics.append(
                    .error(DiagnosticCode.notAFile, "'\(path)' \(kind.refusal ?? "is not a file")", at: entry.location))
                continue
            }
            let loaded = reader.load(url: url, displayPath: display)
            result.diagnostics.append(contentsOf: loaded.diagnostics)
            if loaded.hasErrors {
                result.diagnostics.append(
                    .error(
                        DiagnosticCode.moduleRefused,
                        "the modules of '\(path)' are refused because of the errors reported in \(display)",
                        at: entry.location))
                continue
            }
            for module in loaded.modules {
                let origin = ModuleOrigin.declarative(file: ModuleAssembly.file(of: module, default: display))
                // The same file named again (here and with --modules) is the same module, not a clash.
                if let existing = result.registry.origin(of: module.id), Self.sameFile(existing, origin) { continue }
                result.registry.install(module, origin: origin, at: entry.location, diagnostics: &result.diagnostics)
            }
        }
        return result
    }

    /// `path` as seen from where the user named the agenda: `agendas/partners/./modules/x.yaml`
    /// becomes `agendas/partners/modules/x.yaml`.
    static func displayPath(_ path: String, besides rootDisplayPath: String) -> String {
        let folder = PathText.folder(of: rootDisplayPath)
        let joined = folder.isEmpty ? path : folder + "/" + path
        // Resolved by hand: Foundation leaves `..` in relative paths as it is.
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    static func sameFile(_ a: ModuleOrigin, _ b: ModuleOrigin) -> Bool {
        guard case .declarative(let first) = a, case .declarative(let second) = b else { return false }
        return URL(fileURLWithPath: first).standardizedFileURL.path
            == URL(fileURLWithPath: second).standardizedFileURL.path
    }
}
