import Foundation
import TestSupport
import Testing

@testable import AgendaCommandLine

/// `agenda kickoff`: the page for one district worked out by hand, the municipality's page as
/// self-contained HTML, refusals with a suggestion, the same bytes on every run, and `-o`.
@Suite struct KickoffCommandTests {
    static func run(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        AgendaCommandLine.run(arguments)
    }

    /// One municipality, Stad, with the districts Noord and Zuid.
    ///
    /// The plan, by hand: fonds has €65,000 in 2025 (nothing in 2026) and every cost falls in 2025.
    /// The three committed actions must be funded: buurthuis-zuid €40,000 + samen-eten €15,000 +
    /// huisbezoek-noord €5,000 = €60,000. That leaves €5,000, and dagbesteding-zuid (proposed, the
    /// only other action) costs €30,000: it is not funded, €25,000 short. So the plan funds exactly
    /// the three committed actions, each paid its whole cost by fonds.
    ///
    /// In Zuid work buurthuis-zuid (€40,000), samen-eten (€15,000, also in Noord: "*") and the
    /// unfunded dagbesteding-zuid: 2 of 3 funded, together €55,000.
    ///
    /// The target: Zuid has 1 meeting place for 2,000 residents 75+, 0.5 per 1,000 against at least
    /// 1: short by 0.5 per 1,000, that is 1 meeting place. buurthuis-zuid adds 1 location: 2 for
    /// 2,000 = 1 per 1,000 after the plan, reached.
    ///
    /// The assessment of Zuid: samenwerking went from afwezig (2024-03-01) to basis (2025-03-01),
    /// 1 level below op orde (50%); eigen-kracht stayed afwezig, 2 levels (100%). The funded
    /// buurthuis-zuid addresses samenwerking; no action addresses eigen-kracht: that is the open gap.
    ///
    /// The scenario meer-geld adds €30,000 to fonds in 2025: €35,000 left, enough for
    /// dagbesteding-zuid, so Zuid then has 3 funded actions, €85,000.
    static let agendaText = """
        agenda:
          id: kickoff-cli
          title: Kick-off CLI
          period: 2025-2026
          language: en
          horizon: Every older resident of Stad has a place to meet within walking distance.
        indicators:
          residents-75plus: {label: Residents 75+, unit: persons, source: CBS, year: 2024}
          meeting-places: {label: Meeting places, unit: count, source: Gemeente, year: 2025}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: stad
              name: Stad
              indicators: {residents-75plus: 5000, meeting-places: 3}
              districts:
                - {id: noord, name: Noord, indicators: {residents-75plus: 3000, meeting-places: 2}}
                - id: zuid
                  name: Zuid
                  indicators: {residents-75plus: 2000, meeting-places: 1}
                  locations:
                    - {id: de-schakel, name: De Schakel, type: buurthuis, partners: [welzijn, zorg]}
        partners:
          - id: welzijn
            name: Welzijn Stad
            kind: welfare
            contact: {name: Anna de Vries, email: anna@welzijn.example}
          - {id: zorg, name: Zorg Stad, kind: care}
        goals:
          - id: ontmoeting
            pillar: content
            title: Ontmoeting
            target: {indicator: meeting-places, at-least: 1, per: residents-75plus, per-amount: 1000}
        frameworks:
          - id: kader
            title: Kader wijkteams
            levels: [{label: afwezig}, {label: basis}, {label: op orde}]
            themes:
              - id: werkwijze
                title: Werkwijze
                criteria:
                  - {id: samenwerking, title: Samenwerking zorg en welzijn, target: op orde}
                  - {id: eigen-kracht, title: Eigen kracht, target: op orde}
        assessments:
          - framework: kader
            area: stad/zuid
            date: 2024-03-01
            scores: {samenwerking: {level: afwezig}, eigen-kracht: {level: afwezig}}
          - framework: kader
            area: stad/zuid
            date: 2025-03-01
            assessors: [Public Result]
            scores: {samenwerking: {level: basis}, eigen-kracht: {level: afwezig}}
        funding:
          - {id: fonds, funder: Gemeente Stad, budget: {2025: 65000, 2026: 0}}
        actions:
          - {id: buurthuis-zuid, title: Buurthuis Zuid, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [stad/zuid], lead: welzijn, partners: [zorg], cost: {2025: 40000}, status: committed,
             addresses: [kader.samenwerking], welfare: {locations: 1}}
          - {id: samen-eten, title: Samen eten, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [stad/noord, stad/zuid], lead: zorg, cost: {2025: 15000}, status: committed}
          - {id: huisbezoek-noord, title: Huisbezoek Noord, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [stad/noord], lead: zorg, cost: {2025: 5000}, status: committed}
          - {id: dagbesteding-zuid, title: Dagbesteding Zuid, domain: welfare, pillar: content, goals: [ontmoeting],
             where: [stad/zuid], lead: welzijn, cost: {2025: 30000}}
        scenarios:
          - id: meer-geld
            title: Meer geld
            budget:
              - {source: fonds, add: {2025: 30000}}

        """

    static func agenda() throws -> String {
        try AgendaFixture(files: ["agenda.yaml": agendaText]).folder.appendingPathComponent("agenda.yaml").path
    }

    /// The text from the heading `start` up to the next heading of level 2 (or the end).
    static func section(_ start: String, of page: String) -> String {
        guard let range = page.range(of: start) else { return "" }
        let rest = page[range.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theDistrictPageAsWorkedOutByHand() throws {
        let result = Self.run(["kickoff", try Self.agenda(), "--district", "stad/zuid"])
        #expect(result.status == 0, "\(result.errors)")
        let page = result.output
        #expect(page.hasPrefix("# Kick-off Zuid (Stad) — Kick-off CLI\n"))
        #expect(page.contains("here it funds 2 of the 3 actions that work in Zuid (Stad)."))
        #expect(
            Self.section("## Point on the horizon", of: page).contains(
                "Every older resident of Stad has a place to meet within walking distance."))

        // The target: 0.5 per 1,000 now, 1 meeting place short, +1 by buurthuis-zuid, 1 after.
        #expect(
            page.contains(
                "| ontmoeting | 0.5 | ≥ 1 meeting-places per 1,000 residents-75plus | ✗ short | 0.5 = 1 meeting-places "
                    + "| +1 | 1 ✓ |"))
        #expect(page.contains("| Residents 75+ (residents-75plus) | 2,000 | CBS, 2024 |"))
        #expect(page.contains("| De Schakel (de-schakel) | buurthuis | welzijn, zorg | – | yes |"))

        // The assessment: the latest levels, the gap and the change since 2024-03-01.
        let assessment = Self.section("## Assessment against the framework", of: page)
        #expect(assessment.contains("### Zuid (Stad) against Kader wijkteams"))
        #expect(assessment.contains("Assessed on 2025-03-01 by Public Result; previous assessment 2024-03-01"))
        #expect(
            assessment.contains(
                "| Samenwerking zorg en welzijn (samenwerking) | basis | op orde | 1 level (50%) "
                    + "| ↑ up from afwezig (2024-03-01) |"))
        #expect(
            assessment.contains(
                "| Eigen kracht (eigen-kracht) | afwezig | op orde | 2 levels (100%) | → unchanged since 2024-03-01 |"))

        // The plan: exactly the two funded actions in Zuid, samen-eten marked, and their sum.
        let plan = Self.section("## The plan here: actions and money", of: page)
        let rows = plan.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("(") }
        #expect(
            rows == [
                "| Buurthuis Zuid (buurthuis-zuid) | Welzijn Stad | stad/zuid | €40,000 | fonds: €40,000 |",
                "| Samen eten (samen-eten) * | Zorg Stad | stad/noord, stad/zuid | €15,000 | fonds: €15,000 |",
            ])
        #expect(!plan.contains("huisbezoek-noord") && !plan.contains("dagbesteding-zuid"))
        #expect(plan.contains("Together €55,000 for the 2 actions funded here."))
        #expect(
            plan.contains(
                "Amounts are what the plan pays for the whole action; an action marked * also works outside Zuid (Stad)."
            ))

        // The partners, with the one contact given.
        let partners = Self.section("## Partners and contacts", of: page)
        #expect(
            partners.contains(
                "| Welzijn Stad (welzijn) | welfare | leads buurthuis-zuid, dagbesteding-zuid; runs de-schakel "
                    + "| Anna de Vries · anna@welzijn.example |"))
        #expect(
            partners.contains(
                "| Zorg Stad (zorg) | care | leads samen-eten; joins buurthuis-zuid; runs de-schakel | no contact given |"
            ))

        // The open questions: the unfunded action with its reason, and the gap nothing addresses.
        let open = Self.section("## Open questions", of: page)
        #expect(
            open.contains(
                "- Dagbesteding Zuid (dagbesteding-zuid): beside the plan's other payments, the money falls short: "
                    + "in 2025 'fonds' has €25,000 too little for it"))
        #expect(open.contains("- No action addresses 'Eigen kracht' (target op orde) in Zuid (Stad) (afwezig)."))
        // The funded buurthuis-zuid addresses samenwerking: not an open question.
        #expect(!open.contains("Samenwerking"))
    }

    @Test func theMunicipalityPageInHTML() throws {
        let result = Self.run(["kickoff", try Self.agenda(), "--municipality", "stad", "--format", "html"])
        #expect(result.status == 0, "\(result.errors)")
        let page = result.output
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(!page.contains("<script") && !page.contains("http"))
        #expect(page.contains("<h1>Kick-off Stad — Kick-off CLI</h1>"))
        #expect(page.contains("<h3>Stad as a whole (stad)</h3>"))
        #expect(page.contains("<h3>Noord (stad/noord)</h3>"))
        #expect(page.contains("<h3>Zuid (stad/zuid)</h3>"))
        #expect(page.contains("<h3>Zuid (Stad) against Kader wijkteams</h3>"))
        // In Stad every funded action works: €40,000 + €15,000 + €5,000; none works elsewhere.
        #expect(page.contains("Huisbezoek Noord (huisbezoek-noord)"))
        #expect(page.contains("<p>Together €60,000 for the 3 actions funded here.</p>"))
        #expect(!page.contains("marked *"))
        #expect(page.contains("Anna de Vries · anna@welzijn.example"))
    }

    @Test func theAreaMustBeNamedOnce() throws {
        let path = try Self.agenda()
        for arguments in [
            ["kickoff", path], ["kickoff", path, "--municipality", "stad", "--district", "stad/zuid"],
        ] {
            let result = Self.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.output.isEmpty)
            #expect(
                result.errors.contains("--municipality") && result.errors.contains("--district"),
                "\(arguments): \(result.errors)")
        }
    }

    @Test func anUnknownDistrictMunicipalityOrScenarioIsRefusedWithASuggestion() throws {
        let path = try Self.agenda()
        let district = Self.run(["kickoff", path, "--district", "stad/zud"])
        #expect(district.status == 2 && district.output.isEmpty)
        #expect(
            district.errors.contains("unknown district 'stad/zud'; did you mean 'stad/zuid'?"), "\(district.errors)")
        let municipality = Self.run(["kickoff", path, "--municipality", "stadd"])
        #expect(municipality.status == 2 && municipality.output.isEmpty)
        #expect(municipality.errors.contains("unknown municipality 'stadd'; did you mean 'stad'?"))
        let scenario = Self.run(["kickoff", path, "--district", "stad/zuid", "--scenario", "meer-gel"])
        #expect(scenario.status == 2 && scenario.output.isEmpty)
        #expect(
            scenario.errors.contains("unknown scenario 'meer-gel'; did you mean 'meer-geld'?"), "\(scenario.errors)")
    }

    /// With meer-geld the plan funds dagbesteding-zuid too, and a district's id alone is enough.
    @Test func theScenarioIsApplied() throws {
        let result = Self.run(["kickoff", try Self.agenda(), "--district", "zuid", "--scenario", "meer-geld"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("scenario: meer-geld"))
        #expect(
            result.output.contains(
                "| Dagbesteding Zuid (dagbesteding-zuid) | Welzijn Stad | stad/zuid | €30,000 | fonds: €30,000 |"))
        #expect(result.output.contains("Together €85,000 for the 3 actions funded here."))
        #expect(!result.output.contains("Actions here that the plan does not fund"))
    }

    @Test func sameBytesOnEveryRun() throws {
        let path = try Self.agenda()
        for arguments in [["--district", "stad/zuid"], ["--municipality", "stad", "--format", "html"]] {
            let first = Self.run(["kickoff", path] + arguments)
            let second = Self.run(["kickoff", path] + arguments)
            #expect(first.status == 0 && !first.output.isEmpty, "\(arguments): \(first.errors)")
            #expect(first.output == second.output, "\(arguments)")
        }
    }

    @Test func writesTheFileButNeverOverTheAgenda() throws {
        let path = try Self.agenda()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let report = folder.appendingPathComponent("kickoff-zuid.md").path
        let written = Self.run(["kickoff", path, "--district", "stad/zuid", "-o", report])
        #expect(written.status == 0 && written.output.isEmpty, "\(written.errors)")
        let printed = Self.run(["kickoff", path, "--district", "stad/zuid"])
        #expect(try String(contentsOfFile: report, encoding: .utf8) == printed.output)

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let refused = Self.run(["kickoff", path, "--district", "stad/zuid", "-o", path])
        #expect(refused.status == 2)
        #expect(
            refused.errors.contains("\(path): error: is one of the files this command reads"), "\(refused.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
