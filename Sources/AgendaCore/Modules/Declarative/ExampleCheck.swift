import AgendaRules

/// Runs every example of a decoded module when its file loads: a module whose examples do not give
/// the values they promise is refused, with an error at the example.
struct ExampleCheck {
    let displayPath: String
    /// The modules of the run so far. An example runs with the core rules, the built-in modules
    /// and its own module: the modules that ship with the build are the ones a module may clash
    /// with on its own, whoever else the run names.
    let base: ModuleRegistry

    /// The errors of failing examples (and of a module that cannot be installed next to the built-in
    /// ones); empty when every example passes.
    func problems(of decoded: ModuleFileDecoder.Decoded) -> [Diagnostic] {
        let module = decoded.module
        let registry: ModuleRegistry
        do {
            let builtIn = base.entries.filter { $0.origin == .builtIn }
            registry = try ModuleRegistry(
                core: base.core, modules: builtIn + [(module, .declarative(file: displayPath))])
        } catch {
            // The assembly reports clashes too; here it only means the examples cannot run.
            return [
                .error(
                    DiagnosticCode.moduleClash, "module '\(module.id)' cannot be installed: \(error.description)",
                    at: decoded.idLocation)
            ]
        }
        let runner = RuleExampleRunner(registry: registry)
        var problems: [Diagnostic] = []
        for (rule, examples) in decoded.examples {
            let qualified = "\(module.id).\(rule.ruleDescription.identifier)"
            for (example, location) in examples {
                let outcome = runner.run(example, of: rule, in: module)
                guard !outcome.passed else { continue }
                let what = "example '\(example.title)' of rule '\(qualified)'"
                if let value = outcome.value, outcome.problems.isEmpty {
                    problems.append(
                        .error(
                            DiagnosticCode.exampleFailed,
                            "\(what) expects \(ValueReader.format(outcome.expected)) but the rule gives "
                                + "\(ValueReader.format(value)); the module is refused",
                            at: location))
                } else {
                    let reasons = outcome.problems.map(Self.withoutLocation)
                    problems.append(
                        .error(
                            DiagnosticCode.exampleFailed,
                            "\(what) cannot run: \(reasons.first ?? "unknown problem"); the module is refused",
                            at: location,
                            notes: reasons.dropFirst().map { .init($0) }
                                + [
                                    .init(
                                        "the example runs as action 'example' in a small agenda; see "
                                            + "docs/modules-yaml.md"
                                    )
                                ]))
                }
            }
        }
        return problems
    }

    /// `example.yaml:12:5: error: unknown key …` → `unknown key …`: the example's agenda is not a
    /// file the partner can open, so its positions would only confuse.
    static func withoutLocation(_ rendered: String) -> String {
        let first = rendered.split(separator: "\n").first.map(String.init) ?? rendered
        for marker in [": error: ", ": warning: "] {
            if let range = first.range(of: marker) { return String(first[range.upperBound...]) }
        }
        return first
    }
}
