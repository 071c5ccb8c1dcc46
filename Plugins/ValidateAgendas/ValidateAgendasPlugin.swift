import Foundation
import PackagePlugin

/// `swift package validate-agendas [PATH...]`: checks agendas with the `agenda` tool, so a
/// repository that holds only agendas can check them in its own CI.
///
/// Without arguments it checks the package's `agendas/` folder. The exit status is the tool's:
/// 0 valid, 1 invalid, 2 a path that does not exist or holds no agenda.
@main
struct ValidateAgendasPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "agenda")
        let paths = arguments.isEmpty
            ? [context.package.directoryURL.appendingPathComponent("agendas").path]
            : arguments
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

/// Makes `swift package` exit non-zero when the agendas are not valid.
struct ValidationFailed: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "agendas are not valid (exit status \(status))" }
}
