import Foundation
import PackagePlugin

/// `swift package validate-agendas [PATH...]`: checks agendas with the `agenda` tool, so a
/// repository that holds only agendas can check them in its own CI.
///
/// Without paths it checks the package's `agendas/` folder and, when there is one, its `modules/`
/// folder of declarative modules; options such as `--modules` and `--module` are passed on. The
/// exit status is the tool's: 0 valid, 1 invalid, 2 a path that does not exist or holds no agenda.
@main
struct ValidateAgendasPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "agenda")
        // By default the package's `agendas/` folder, and its `modules/` folder of declarative
        // modules when it has one; otherwise the paths and options given (e.g. `--module lib.so`).
        let defaults = ["agendas", "modules"]
            .map { context.package.directoryURL.appendingPathComponent($0).path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        let paths = Self.namesPaths(arguments) ? arguments : defaults + arguments
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["validate"] + paths
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("agenda validate exited with status \(process.terminationStatus)")
            throw ValidationFailed(status: process.terminationStatus)
        }
    }
}

extension ValidateAgendasPlugin {
    /// Whether the arguments name a path to check, rather than only options and their values.
    static func namesPaths(_ arguments: [String]) -> Bool {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--modules" || argument == "--module" {
                index += 2
                continue
            }
            if !argument.hasPrefix("-") { return true }
            index += 1
        }
        return false
    }
}

/// Makes `swift package` exit non-zero when the agendas are not valid.
struct ValidationFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "agendas are not valid (exit status \(status))" }
}
