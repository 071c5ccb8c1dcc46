import AgendaCore
import ArgumentParser

/// `agenda schema`: print the JSON Schema of the agenda format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the agenda format, for editors.",
        discussion: """
            With the YAML language server (e.g. the VS Code YAML extension), put this line at the \
            top of an agenda file to get completion and checks while typing:
              # yaml-language-server: $schema=../docs/agenda.schema.json

            With --modules or --module the schema also knows a partner's modules: their domain \
            ids and the fields of their blocks on actions and districts.

            Examples:
              agenda schema > docs/agenda.schema.json
              agenda schema --modules agendas/partners/modules/mobiliteit.yaml > agendas/partners/agenda.schema.json
            """
    )

    @OptionGroup(title: "Partner modules")
    var modules: ModuleOptions

    func run() throws {
        let output = StandardStreams()
        try output.write(JSONSchemaGenerator.schema(registry: try modules.registry()).rendered())
    }
}
