import AgendaRules

// The two C functions `agenda --module` looks up by name (see `ExportedModule` in AgendaRules).
// Both must be public, or they are not visible outside the library.

/// The rule API version this library was compiled against; `agenda` refuses the library when it
/// differs from its own, before anything else is called.
@_cdecl("agenda_module_rule_api_version")
public func agendaModuleRuleAPIVersion() -> Int32 { RuleAPI.version }

/// The module, as a retained pointer that `agenda` takes over.
@_cdecl("agenda_module_create")
public func agendaModuleCreate() -> UnsafeMutableRawPointer { ExportedModule.export(DementieModule()) }
