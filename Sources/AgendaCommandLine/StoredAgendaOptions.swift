import AgendaCore
import AgendaStore
import ArgumentParser
import Foundation

/// The agenda whose memory a command reads or writes, and where that memory is.
struct StoredAgendaOptions: ParsableArguments {
    @Argument(
        help: "The agenda's root file, or a folder holding one agenda.", completion: .file(extensions: ["yaml", "yml"]))
    var agenda: String

    @OptionGroup(title: "Store") var store: StoreOptions

    /// The agenda's root file; a path that holds no agenda, or several, exits 2.
    func root() throws -> String {
        try AgendaOptions.root(of: agenda)
    }

    func open(_ access: SQLiteStore.Access) throws -> (root: String, store: SQLiteStore) {
        let root = try root()
        return (root, try store.open(forRoot: root, access: access))
    }

    /// The agenda's language and title for a report about its memory: from today's files when
    /// they load, else English and the path (the store is still readable when the files are not).
    func header(root: String) -> (language: ReportLanguage, title: String) {
        guard let agenda = AgendaLoader(registry: ModuleOptions.builtIn).load(path: root).agenda else {
            return (.en, self.agenda)
        }
        return (agenda.header.language, agenda.header.title)
    }
}
