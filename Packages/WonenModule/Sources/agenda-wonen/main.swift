import AgendaCommandLine
import WonenModule

// This package's build of `agenda`: the planner's built-in modules plus the ones linked in here.
AgendaCommandLine.main(adding: [WonenModule()])
