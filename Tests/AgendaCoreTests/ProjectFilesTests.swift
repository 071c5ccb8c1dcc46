import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The repository's own agendas, schema and docs stay true.
@Suite struct ProjectFilesTests {
    static let root = Repository.root

    @Test func exampleAgendasAreValidWithoutWarnings() throws {
        let report = ValidationRun(loader: AgendaLoader(registry: InstalledModules.registry)).run(paths: [
            Self.root.appendingPathComponent("agendas").path
        ])
        #expect(report.exitCode == 0)
        #expect(report.diagnostics.isEmpty, "\(report.lines.joined(separator: "\n"))")
    }

    @Test func haaglandenAgendaHasWhatTheIssueAsks() throws {
        let result = AgendaLoader(registry: InstalledModules.registry).load(
            path: Self.root.appendingPathComponent("agendas/haaglanden/agenda.yaml").path)
        let agenda = try #require(result.agenda)
        #expect(result.files.count >= 4)
        #expect(agenda.region.municipalities.count == 9)
        #expect(agenda.region.municipality("den-haag")?.districts.count == 8)
        #expect(agenda.partners.count >= 12)
        #expect(Set(agenda.goals.map(\.pillar)) == Set(Pillar.allCases))
        #expect(agenda.actions.count >= 30)
        #expect(Set(agenda.actions.map(\.domain.value)) == Set(InstalledModules.registry.domainIDs))
        #expect(agenda.funding.count >= 4)
        #expect(agenda.scenarios.count >= 2)
        #expect(agenda.indicators.allSatisfy { $0.source != nil && ($0.year != nil || $0.source == "illustrative") })
    }

    @Test func committedSchemaMatchesTheGenerator() throws {
        let committed = try String(
            contentsOf: Self.root.appendingPathComponent("docs/agenda.schema.json"), encoding: .utf8)
        #expect(
            committed == JSONSchemaGenerator.schema(registry: InstalledModules.registry).rendered(),
            "docs/agenda.schema.json is stale: run `swift run agenda schema > docs/agenda.schema.json`")
    }

    @Test func formatDocumentationNamesEveryKey() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        for spec in AgendaSchema.objects {
            for field in spec.fields {
                #expect(
                    doc.contains("`\(field.name)`"), "docs/format.md does not document `\(field.name)` of \(spec.name)")
            }
        }
    }

    @Test func schemaIsWellFormedJSON() throws {
        let data = Data(JSONSchemaGenerator.schema(registry: InstalledModules.registry).rendered().utf8)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((object?["$defs"] as? [String: Any])?["action"] != nil)
    }
}

/// `docs/rules/` is generated from the rules' descriptions and kept current.
@Suite struct RuleDocumentationTests {
    @Test func ruleDocsAreCurrent() throws {
        let folder = Repository.root.appendingPathComponent("docs/rules")
        let pages = RuleCatalog(registry: InstalledModules.registry).documentationPages()
        for page in pages {
            let committed = try? String(contentsOf: folder.appendingPathComponent(page.name), encoding: .utf8)
            #expect(
                committed == page.content,
                "docs/rules/\(page.name) is stale: run `swift run agenda rules --write-docs docs/rules`")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(Set(files) == Set(pages.map(\.name)), "docs/rules holds pages of rules that no longer exist")
    }

    @Test func thereIsAPagePerRule() {
        let pages = RuleCatalog(registry: InstalledModules.registry).documentationPages()
        let rules = InstalledModules.registry.allModules.reduce(0) { $0 + $1.rules.count }
        #expect(pages.count == rules + 1)
    }
}
