import AgendaRules

/// The entry point of `agenda`, for the planner's own build and for a partner's build that links
/// its domain modules in.
///
/// A partner package adds its modules to `agenda` without forking the planner: an executable
/// target (named e.g. `agenda-wonen`, because product names are unique in a package graph and the
/// planner's is `agenda`) holds one file,
///
/// ```swift
/// import AgendaCommandLine
/// import WonenModule
///
/// AgendaCommandLine.main(adding: [WonenModule()])
/// ```
///
/// and `swift run agenda-wonen plan …` in that package plans with the built-in modules and these.
/// Their origin is "linked into this build" in `agenda rules` and `explain`.
public enum AgendaCommandLine {
    /// Parses the command line, runs the command and exits: 0 on success, 1 for an invalid agenda,
    /// 2 for a usage error, 3 when no plan could be made (see `agenda --help`).
    public static func main(adding modules: [any DomainModule] = []) -> Never {
        ModuleOptions.$linked.withValue(modules) {
            AgendaCommand.runMain()
        }
    }

    /// Runs `agenda` with `arguments` in this process, as `main` would, and returns its exit status
    /// and both of its outputs instead of printing them: for tests, and for tools that embed the
    /// planner's commands.
    public static func run(_ arguments: [String], adding modules: [any DomainModule] = [])
        -> (status: Int32, output: String, errors: String)
    {
        let capture = StandardStreams.Capture()
        let status = StandardStreams.$capture.withValue(capture) {
            ModuleOptions.$linked.withValue(modules) { AgendaCommand.execute(arguments) }
        }
        return (status, capture.output, capture.errors)
    }
}
