/// The version of the rule API: this library's types and their meaning, as a module compiled
/// elsewhere and loaded at run time (`agenda plan --module libX.so`) sees them.
///
/// A module library reports the version it was compiled against through its exported C function
/// `agenda_module_rule_api_version` (see `ExportedModule`); `agenda` compares it with
/// `hostVersion` and refuses a library built against another version before any Swift value
/// crosses between the two, because a Swift type whose layout changed would crash rather than fail.
///
/// **Raise the version whenever the API changes incompatibly**: a protocol requirement added,
/// removed or changed (`DomainModule`, `ScoringRule`), a stored property added to or removed from a
/// public struct or class (`ActionFacts`, `RuleDescription`, `ExportedModule`, …), an enum case
/// added, a signature changed. Swift gives this library no stable ABI (it is built without library
/// evolution), so almost every change to a public type is incompatible; when in doubt, raise it.
/// Adding a new type, or a new function in an extension, is compatible.
public enum RuleAPI {
    /// The rule API version the code that reads it was compiled against.
    ///
    /// `@_alwaysEmitIntoClient` puts the number into the *caller's* binary: a module library that
    /// returns `RuleAPI.version` from `agenda_module_rule_api_version` carries the version of the
    /// sources it was built with, not the version of whatever `libAgendaRules.so` happens to be
    /// loaded next to it at run time. A plain `public static let` would be read from the host's
    /// library and so always agree with the host, which would make the check useless.
    @_alwaysEmitIntoClient
    public static var version: Int32 { 1 }

    /// The rule API version of the library loaded in this process: the one `agenda` was built with.
    ///
    /// Not inlinable, so it is read from this library at run time; the loader compares a module
    /// library's `version` against it.
    public static let hostVersion: Int32 = version
}
