/// The stable identifiers of the kinds of problem (`Diagnostic.code`), for tests and tools.
///
/// Each code is named once, here or in an extension next to the checks that use it, so that a
/// test, a tool and the check that reports it cannot drift apart.
public enum DiagnosticCode {}
