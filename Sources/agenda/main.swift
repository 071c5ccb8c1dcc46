import AgendaCommandLine

// The planner's own build of `agenda`: the modules that ship with it, and no others linked in.
// A partner's build is this file with `adding: [TheirModule()]` (docs/modules.md).
AgendaCommandLine.main()
