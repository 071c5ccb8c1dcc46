import Foundation

/// Runs a rule's examples: each example's fragment is placed in a small agenda, loaded and checked
/// like any agenda, and the rule's value for its action is compared with the expected value.
///
/// The test suite runs every example of every installed module; a partner's module can be checked
/// the same way.
public struct RuleExampleRunner: Sendable {
    public let registry: ModuleRegistry

    public init(registry: ModuleRegistry) {
        self.registry = registry
    }

    /// What one example gave.
    public struct Outcome: Sendable {
        /// The rule's value, when the example's agenda loaded and the rule ran.
        public var value: Double?
        public var expected: Double
        /// Problems with the example's agenda, or the rule's failure.
        public var problems: [String]
        /// The agenda the example was placed in, for reading a failure.
        public var agendaText: String

        public var passed: Bool {
            guard let value, problems.isEmpty else { return false }
            return abs(value - expected) <= 1e-9 * max(1, abs(expected))
        }
    }

    /// Runs `example` of `rule` in `module` (the core module's examples run as welfare actions).
    public func run(_ example: RuleExample, of rule: any ScoringRule, in module: any DomainModule) -> Outcome {
        // The core rules' examples run on a welfare action, as their docs say.
        let domain =
            module.id == ModuleRegistry.coreID
            ? (registry.domainIDs.contains("welfare") ? "welfare" : registry.domainIDs.first ?? "welfare") : module.id
        let text = Self.agendaText(for: example, domain: domain)
        let result = AgendaLoader(registry: registry).load(text: text, displayPath: "example.yaml")
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.rendered)
        guard errors.isEmpty, let agenda = result.agenda, let action = agenda.action("example") else {
            return Outcome(
                value: nil, expected: example.expected,
                problems: errors.isEmpty ? ["the example's agenda has no action"] : errors,
                agendaText: text)
        }
        let facts = FactsBuilder(agenda: agenda).facts(for: action)
        switch ScoringEngine.evaluate(rule, on: facts) {
        case .success(let value):
            return Outcome(value: value.value, expected: example.expected, problems: [], agendaText: text)
        case .failure(let failure):
            return Outcome(
                value: nil, expected: example.expected, problems: ["the rule failed: \(failure.reason)"],
                agendaText: text)
        }
    }

    /// Every example of every rule of `module` that does not give its expected value, and every
    /// rule without examples, one message each (with the example's agenda, to read the failure).
    /// Empty when the module's examples all pass: what a module's test asserts.
    public func failures(of module: any DomainModule) -> [String] {
        var messages: [String] = []
        for rule in module.rules {
            let description = rule.ruleDescription
            let id = module.qualifiedID(of: rule)
            if description.examples.isEmpty { messages.append("\(id) has no examples") }
            for example in description.examples {
                let outcome = run(example, of: rule, in: module)
                guard !outcome.passed else { continue }
                let value = outcome.value.map { ValueReader.format($0) } ?? "nothing"
                let problems = outcome.problems.isEmpty ? "" : " (" + outcome.problems.joined(separator: "; ") + ")"
                messages.append(
                    "\(id), example '\(example.title)': expected \(ValueReader.format(example.expected)), got "
                        + "\(value)\(problems)\n\(outcome.agendaText)"
                )
            }
        }
        return messages
    }

    /// The small agenda an example runs in. Keys of the example's action replace the defaults.
    static func agendaText(for example: RuleExample, domain: String) -> String {
        let actionLines = example.action.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let given = Set(
            actionLines.compactMap { line -> String? in
                guard !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") else { return nil }
                return String(line[..<colon])
            })
        let defaults: [(String, String)] = [
            ("title", "Example action"), ("domain", domain), ("pillar", "content"), ("where", "[example-town]"),
            ("lead", "example-lead"), ("cost", "{2025: 10000, 2026: 10000}"),
        ]
        // The example's partners are a flow list; its items join the lead in one list.
        let inner = example.partners.trimmingCharacters(in: .whitespacesAndNewlines)
        let items = inner.hasPrefix("[") && inner.hasSuffix("]") ? String(inner.dropFirst().dropLast()) : inner
        let extraPartners = items.trimmingCharacters(in: .whitespaces).isEmpty ? "" : ", " + items
        var text = """
            agenda: {id: rule-example, title: Rule example, period: 2025-2026}
            indicators:

            """
        for definition in StandardIndicators.definitions {
            text +=
                "  \(definition.id): {label: \(definition.label), unit: \(definition.unit.rawValue), higher_is: "
                + "\(definition.higherIs.rawValue), source: illustrative}\n"
        }
        text += """
            region:
              id: example-region
              name: Example region
              municipalities:
                - id: example-town
                  name: Example town
                  indicators: \(example.place)
            partners: [{id: example-lead, name: Example lead, kind: welfare, domains: [\(domain)]}\(extraPartners)]
            goals: \(example.goals)
            funding:
              - {id: example-fund, funder: Example fund, budget: {2025: 1000000, 2026: 1000000}}
            actions:
              - id: example

            """
        for (key, value) in defaults where !given.contains(key) { text += "    \(key): \(value)\n" }
        for line in actionLines { text += "    \(line)\n" }
        if !example.sections.isEmpty { text += example.sections + (example.sections.hasSuffix("\n") ? "" : "\n") }
        return text
    }
}
