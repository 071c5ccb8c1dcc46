/// Hands every module block of an agenda (`welfare: {locations: 1}` on actions, districts and
/// municipalities) to its module's field specs, and keeps the values it read.
struct ModuleFieldReader {
    let registry: ModuleRegistry

    func read(into agenda: inout Agenda, diagnostics: inout DiagnosticBag) {
        for index in agenda.actions.indices {
            let action = agenda.actions[index]
            guard let module = registry.module(action.domain.value), module.id != ModuleRegistry.coreID else {
                continue
            }
            if var block = action.module {
                block.values = ModuleFieldValues.read(
                    block.value, fields: module.actionFields, module: module.id, into: &diagnostics)
                agenda.actions[index].module = block
            } else {
                let required = module.actionFields.filter(\.required).map { "'\($0.name)'" }
                if !required.isEmpty {
                    diagnostics.error(
                        DiagnosticCode.missingField,
                        "an action of domain '\(module.id)' needs its '\(module.id)' fields: "
                            + "\(required.joined(separator: ", "))",
                        at: action.domain.location)
                }
            }
        }
        for m in agenda.region.municipalities.indices {
            agenda.region.municipalities[m].modules = readBlocks(agenda.region.municipalities[m].modules, &diagnostics)
            for d in agenda.region.municipalities[m].districts.indices {
                agenda.region.municipalities[m].districts[d].modules =
                    readBlocks(agenda.region.municipalities[m].districts[d].modules, &diagnostics)
            }
        }
    }

    private func readBlocks(_ blocks: [ModuleFields], _ diagnostics: inout DiagnosticBag) -> [ModuleFields] {
        blocks.map { block in
            guard let module = registry.module(block.domain) else { return block }
            var read = block
            read.values = ModuleFieldValues.read(
                block.value, fields: module.districtFields, module: module.id, into: &diagnostics)
            return read
        }
    }
}
