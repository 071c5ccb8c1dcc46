/// The installed modules and their rules, for `agenda rules` and for the generated pages in
/// `docs/rules/` (one per rule, plus an index).
public struct RuleCatalog: Sendable {
    public let registry: ModuleRegistry

    public init(registry: ModuleRegistry) {
        self.registry = registry
    }

    /// The catalogue as one document; `csv` sets the separator and decimals of the CSV.
    public func rendered(_ format: OutputFormat, csv: PlanCSV.Options = PlanCSV.Options()) -> String {
        switch format {
        case .json: return json().rendered()
        case .markdown:
            return index(linking: false)
                + registry.allModules.flatMap { module in
                    module.rules.map { "\n" + page(for: $0, in: module, level: 2) }
                }.joined()
        case .text: return text()
        case .csv: return csvTable(csv)
        case .html: return html()
        }
    }

    /// Columns of the catalogue's CSV: one row per rule.
    public static let columns = [
        "module", "module_version", "origin", "rule", "name", "summary", "scale", "default_weight",
        "parameters", "sources",
    ]

    private func csvTable(_ options: PlanCSV.Options) -> String {
        var rows: [[CSVTable.Cell]] = [Self.columns.map(CSVTable.Cell.text)]
        for module in registry.allModules {
            for rule in module.rules {
                let d = rule.ruleDescription
                let parameters = d.parameters.map { "\($0.id) = \(ValueReader.format($0.defaultValue))" }
                rows.append([
                    .text(module.id), .text(module.version), .text(origin(of: module).description),
                    .text(module.qualifiedID(of: rule)), .text(d.name), .text(d.summary), .text(d.normalization.label),
                    .decimal(d.defaultWeight, places: 4, options), .text(parameters.joined(separator: "; ")),
                    .text(d.sources.joined(separator: "; ")),
                ])
            }
        }
        return CSVTable.rendered(rows, options: options)
    }

    /// One page: each module with its origin and summary, and a table of its rules.
    private func html() -> String {
        var out = HTMLWriter()
        let title = "Scoring rules"
        out.heading(title, level: 1)
        for module in registry.allModules {
            out.heading("\(module.name) (\(module.id) \(module.version))", level: 2)
            out.paragraph(module.summary)
            out.paragraph("from: \(origin(of: module))", class: "footnote")
            let rows: [[HTMLTable.Cell]] = module.rules.map { rule in
                let d = rule.ruleDescription
                return [
                    .titled(module.qualifiedID(of: rule), d.name), HTMLTable.Cell(d.summary),
                    HTMLTable.Cell(d.normalization.label), HTMLTable.Cell(ValueReader.format(d.defaultWeight)),
                ]
            }
            out.table(
                HTMLTable(
                    columns: [.init("rule"), .init("summary"), .init("scale"), .init("default weight", .right)],
                    groups: rows.map { [$0] }))
        }
        return out.document(title: title, language: .en)
    }

    /// The pages of `docs/rules/`: file name and content, index first.
    public func documentationPages() -> [(name: String, content: String)] {
        var pages = [("README.md", index(linking: true))]
        for module in registry.allModules {
            for rule in module.rules {
                pages.append(("\(module.qualifiedID(of: rule)).md", page(for: rule, in: module, level: 1)))
            }
        }
        return pages
    }

    // MARK: Text

    private func text() -> String {
        var lines: [String] = []
        for module in registry.allModules {
            lines.append("\(module.id) \(module.version) — \(module.name)")
            lines.append("  from: \(origin(of: module))")
            lines.append("  \(module.summary)")
            if !module.actionFields.isEmpty {
                lines.append(
                    "  fields on actions: "
                        + module.actionFields.map { "\($0.name) (\($0.kind.label))" }.joined(separator: ", "))
            }
            if !module.districtFields.isEmpty {
                lines.append(
                    "  fields on districts: "
                        + module.districtFields.map { "\($0.name) (\($0.kind.label))" }.joined(separator: ", "))
            }
            for rule in module.rules {
                let d = rule.ruleDescription
                lines.append("")
                lines.append("  \(module.qualifiedID(of: rule)) — \(d.name)")
                lines.append("    \(d.summary)")
                lines.append("    why: " + d.rationale.replacingOccurrences(of: "\n", with: " "))
                for source in d.sources { lines.append("    source: \(source)") }
                for parameter in d.parameters {
                    lines.append(
                        "    parameter \(parameter.id) = \(ValueReader.format(parameter.defaultValue)): "
                            + "\(parameter.summary)"
                    )
                }
                lines.append(
                    "    scale: \(d.normalization.label); default weight \(ValueReader.format(d.defaultWeight))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: JSON

    private func json() -> JSONValue {
        .object([
            (
                "modules",
                .array(
                    registry.allModules.map { module in
                        .object([
                            ("id", .string(module.id)), ("name", .string(module.name)),
                            ("version", .string(module.version)),
                            ("origin", Self.originJSON(origin(of: module))),
                            ("summary", .string(module.summary)),
                            ("action_fields", .array(module.actionFields.map(Self.fieldJSON))),
                            ("district_fields", .array(module.districtFields.map(Self.fieldJSON))),
                            (
                                "rules",
                                .array(
                                    module.rules.map { rule in
                                        let d = rule.ruleDescription
                                        return .object([
                                            ("id", .string(module.qualifiedID(of: rule))),
                                            ("identifier", .string(d.identifier)),
                                            ("name", .string(d.name)), ("summary", .string(d.summary)),
                                            ("rationale", .string(d.rationale)),
                                            ("sources", .array(d.sources.map(JSONValue.string))),
                                            (
                                                "normalization",
                                                .string(d.normalization == .unit ? "unit" : "relative-to-maximum")
                                            ),
                                            ("default_weight", .double(d.defaultWeight)),
                                            (
                                                "parameters",
                                                .array(
                                                    d.parameters.map {
                                                        .object([
                                                            ("id", .string($0.id)),
                                                            ("default", .double($0.defaultValue)),
                                                            ("summary", .string($0.summary)),
                                                        ])
                                                    })
                                            ),
                                            (
                                                "examples",
                                                .array(
                                                    d.examples.map {
                                                        .object([
                                                            ("title", .string($0.title)),
                                                            ("action", .string($0.action)),
                                                            ("place", .string($0.place)),
                                                            ("goals", .string($0.goals)),
                                                            ("partners", .string($0.partners)),
                                                            ("sections", .string($0.sections)),
                                                            ("expected", .double($0.expected)),
                                                        ])
                                                    })
                                            ),
                                        ])
                                    })
                            ),
                        ])
                    })
            )
        ])
    }

    /// Where a module comes from; `builtIn` for the core rules.
    private func origin(of module: any DomainModule) -> ModuleOrigin {
        registry.origin(of: module.id) ?? .builtIn
    }

    static func originJSON(_ origin: ModuleOrigin) -> JSONValue {
        .object([
            ("kind", .string(origin.kind)), ("path", origin.path.map(JSONValue.string) ?? .null),
            ("summary", .string(origin.description)),
        ])
    }

    static func fieldJSON(_ field: ModuleField) -> JSONValue {
        .object([
            ("name", .string(field.name)), ("type", .string(field.kind.label)), ("required", .bool(field.required)),
            ("summary", .string(field.summary)),
        ])
    }

    // MARK: Markdown

    private func index(linking: Bool) -> String {
        var lines = [
            "# Scoring rules",
            "",
            "Generated by `agenda rules --write-docs docs/rules` from the rules' descriptions; do not edit by hand.",
            "",
            "An action's priority score is the sum of the contributions of the core rules and of the rules of its",
            "domain's module. Each rule's value is brought to a 0..1 scale and multiplied by",
            "`5 × pillar weight × group weight × rule weight / sum of the rule weights of the group`, where the group",
            "is the core rules (weight 1) or the domain's module (`planning.weights.domains`, default 1). So every",
            "group is worth at most 5 points times its weights, however many rules it has. See `docs/scoring.md`.",
        ]
        for module in registry.allModules {
            lines.append("")
            let from = origin(of: module)
            lines.append("## \(module.id) — \(module.name) (\(module.version)\(from == .builtIn ? "" : ", \(from)"))")
            lines.append("")
            lines.append(module.summary)
            if !module.actionFields.isEmpty || !module.districtFields.isEmpty {
                lines.append("")
                lines.append("| field | on | type | required | meaning |")
                lines.append("|---|---|---|---|---|")
                for (place, fields) in [("actions", module.actionFields), ("districts", module.districtFields)] {
                    for field in fields {
                        lines.append(
                            "| `\(field.name)` | \(place) | \(field.kind.label) | \(field.required ? "yes" : "no") | "
                                + "\(field.summary) |"
                        )
                    }
                }
            }
            lines.append("")
            lines.append("| rule | summary |")
            lines.append("|---|---|")
            for rule in module.rules {
                let id = module.qualifiedID(of: rule)
                lines.append("| \(linking ? "[`\(id)`](\(id).md)" : "`\(id)`") | \(rule.ruleDescription.summary) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func page(for rule: any ScoringRule, in module: any DomainModule, level: Int) -> String {
        let d = rule.ruleDescription
        let h = String(repeating: "#", count: level)
        var lines = [
            "\(h) \(d.name) (`\(module.qualifiedID(of: rule))`)",
            "",
            "Module: `\(module.id)` \(module.version) — \(module.name)",
            "",
            d.summary,
            "",
            "\(h)# Why",
            "",
            d.rationale,
            "",
            "\(h)# Sources",
            "",
        ]
        lines += d.sources.map { "- \($0)" }
        lines += [
            "", "\(h)# How it counts", "",
            "- Scale: \(d.normalization.label).",
            "- Default weight within its group: \(ValueReader.format(d.defaultWeight)); override with "
                + "`planning.weights.rules: {\(module.qualifiedID(of: rule)): 2}`.",
        ]
        if !d.parameters.isEmpty {
            lines += ["", "| parameter | default | meaning |", "|---|---|---|"]
            lines += d.parameters.map { "| `\($0.id)` | \(ValueReader.format($0.defaultValue)) | \($0.summary) |" }
        }
        lines += [
            "", "\(h)# Examples", "",
            "Each example runs in a small agenda: one municipality `example-town` with the indicators shown, one "
                + "action in",
            "the `\(module.id == ModuleRegistry.coreID ? "welfare" : module.id)` domain led by `example-lead`; the "
                + "test suite checks every value.",
        ]
        for example in d.examples {
            lines += [
                "", "**\(example.title)** → \(ValueReader.format((example.expected * 1e6).rounded() / 1e6))", "",
                "```yaml",
            ]
            if !example.action.isEmpty {
                lines.append("# the action")
                lines += example.action.split(separator: "\n").map(String.init)
            }
            if example.place != "{}" { lines.append("# indicators of example-town: \(example.place)") }
            if example.goals != "[]" { lines.append("goals: \(example.goals)") }
            if example.partners != "[]" { lines.append("partners: \(example.partners)") }
            if !example.sections.isEmpty {
                lines.append("# sections added to the agenda")
                lines += example.sections.split(separator: "\n").map(String.init)
            }
            if example.action.isEmpty && example.place == "{}" && example.goals == "[]" && example.partners == "[]"
                && example.sections.isEmpty
            {
                lines.append("# the default action, nothing added")
            }
            lines.append("```")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
