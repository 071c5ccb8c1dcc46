import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// What changed between two versions of an agenda, field by field.
@Suite struct AgendaDifferenceTests {
    typealias Change = AgendaDifference.Change

    /// The old version: Base with a second source, a planning weight, and the two actions.
    static let old = Base.with(
        "    budget: {2025: 100000, 2026: 100000}\n",
        "    budget: {2025: 100000, 2026: 100000}\n  - {id: provincie, funder: Provincie, budget: {2025: 20000}}\n"
    ).replacingOccurrences(
        of: "\nactions:\n", with: "\nplanning:\n  weights:\n    pillars: {organisation: 1.2}\nactions:\n")

    /// The new version: another title, no provincie, organisation weighed 1.5, ontmoeting-laak
    /// costs €60,000 in 2026, valpreventie listed first, and a third action.
    static let new = """
        agenda:
          id: test-agenda
          title: Test agenda, revised
          period: 2025-2026
        indicators:
          residents-75plus: {label: Inwoners 75+, unit: persons, source: CBS, year: 2024}
          lonely: {label: Eenzaam, unit: share, higher_is: worse, source: GGD, year: 2022}
        region:
          id: regio
          name: Regio
          municipalities:
            - id: den-haag
              name: Den Haag
              indicators: {residents-75plus: 32000, lonely: 0.5}
              districts:
                - {id: laak, name: Laak}
            - id: delft
              name: Delft
              indicators: {residents-75plus: 9000}
        partners:
          - {id: xtra, name: Xtra, kind: welfare}
          - {id: ggd, name: GGD, kind: public-health}
        goals:
          - {id: ontmoeting, pillar: content, title: Ontmoeting}
        funding:
          - id: wmo
            funder: Gemeente
            budget: {2025: 100000, 2026: 100000}
        planning:
          weights:
            pillars: {organisation: 1.5}
        actions:
          - id: valpreventie
            title: Valpreventie
            domain: prevention
            pillar: content
            goals: [ontmoeting]
            where: [delft]
            lead: ggd
            cost: {per-year: 20000, years: 2025-2026}
          - id: ontmoeting-laak
            title: Ontmoeting in Laak
            domain: welfare
            pillar: content
            goals: [ontmoeting]
            where: [den-haag/laak]
            lead: xtra
            partners: [ggd]
            cost: {2025: 50000, 2026: 60000}
          - {id: buurtkamer, title: Buurtkamer Delft, domain: welfare, pillar: content, goals: [ontmoeting], where: [delft], lead: xtra, cost: {2026: 5000}}

        """

    /// The loaded tree of an agenda that must load without errors.
    static func tree(_ files: [String: String], root: String = "agenda.yaml") throws -> YAMLValue {
        let result = try AgendaFixture(files: files).load(root)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        return try #require(result.tree)
    }

    static func tree(_ text: String) throws -> YAMLValue {
        try tree(["agenda.yaml": text])
    }

    @Test func theVersionsLoad() throws {
        let old = try #require(try AgendaFixture(files: ["agenda.yaml": Self.old]).load().agenda)
        #expect(old.funding.map(\.id) == ["wmo", "provincie"])
        #expect(old.actions.map(\.id) == ["ontmoeting-laak", "valpreventie"])
        let new = try #require(try AgendaFixture(files: ["agenda.yaml": Self.new]).load().agenda)
        #expect(new.funding.map(\.id) == ["wmo"])
        #expect(new.actions.map(\.id) == ["valpreventie", "ontmoeting-laak", "buurtkamer"])
    }

    @Test func fieldByField() throws {
        let changes = AgendaDifference(from: try Self.tree(Self.old), to: try Self.tree(Self.new)).changes
        // In the order of the old tree (agenda, indicators, region, planning, partners, …,
        // funding, actions), additions after the items compared. valpreventie moved: no change.
        #expect(
            changes == [
                Change(
                    section: "agenda", item: "", field: "title", kind: .changed, before: "Test agenda",
                    after: "Test agenda, revised"),
                Change(
                    section: "planning", item: "", field: "weights.pillars.organisation", kind: .changed,
                    before: "1.2", after: "1.5"),
                // A removed item without a title or name is named by its text, in flow style.
                Change(
                    section: "funding", item: "provincie", field: "", kind: .removed,
                    before: "{id: provincie, funder: Provincie, budget: {2025: 20000}}", after: nil),
                Change(
                    section: "actions", item: "ontmoeting-laak", field: "cost.2026", kind: .changed, before: "50000",
                    after: "60000"),
                // An added action is named by its title.
                Change(
                    section: "actions", item: "buurtkamer", field: "", kind: .added, before: nil,
                    after: "Buurtkamer Delft"),
            ])
    }

    @Test func theOtherWayRound() throws {
        let changes = AgendaDifference(from: try Self.tree(Self.new), to: try Self.tree(Self.old)).changes
        #expect(
            changes == [
                Change(
                    section: "agenda", item: "", field: "title", kind: .changed, before: "Test agenda, revised",
                    after: "Test agenda"),
                Change(
                    section: "planning", item: "", field: "weights.pillars.organisation", kind: .changed,
                    before: "1.5", after: "1.2"),
                Change(
                    section: "funding", item: "provincie", field: "", kind: .added, before: nil,
                    after: "{id: provincie, funder: Provincie, budget: {2025: 20000}}"),
                Change(
                    section: "actions", item: "ontmoeting-laak", field: "cost.2026", kind: .changed, before: "60000",
                    after: "50000"),
                Change(
                    section: "actions", item: "buurtkamer", field: "", kind: .removed, before: "Buurtkamer Delft",
                    after: nil),
            ])
    }

    @Test func onlyAMoveIsNoChange() throws {
        // The two actions of Base in the other order: valpreventie's lines before ontmoeting-laak's.
        let halves = Base.text.components(separatedBy: "\nactions:\n")
        #expect(halves.count == 2)
        let actions = try #require(halves.last).components(separatedBy: "  - id: valpreventie\n")
        #expect(actions.count == 2)
        let swapped = halves[0] + "\nactions:\n  - id: valpreventie\n" + actions[1] + actions[0]
        let result = try AgendaFixture(files: ["agenda.yaml": swapped]).load()
        #expect(result.agenda?.actions.map(\.id) == ["valpreventie", "ontmoeting-laak"])
        #expect(AgendaDifference(from: try Self.tree(Base.text), to: try Self.tree(swapped)).changes == [])
    }

    @Test func identicalAgendasHaveNoChanges() throws {
        #expect(AgendaDifference(from: try Self.tree(Base.text), to: try Self.tree(Base.text)).changes == [])
        #expect(AgendaDifference(from: try Self.tree(Self.new), to: try Self.tree(Self.new)).changes == [])
        let example = try #require(
            AgendaLoader(registry: InstalledModules.registry).load(path: Repository.path("agendas/example.yaml")).tree)
        #expect(AgendaDifference(from: example, to: example).changes == [])
    }

    @Test func aSplitAgendaEqualsTheSameInOneFile() throws {
        // IncludeTests' agenda: the root includes the region, the partners and two actions.
        let split = try Self.tree([
            "agenda.yaml": IncludeTests.root, "region.yaml": IncludeTests.region,
            "partners.yaml": IncludeTests.partners, "actions/a.yaml": IncludeTests.action("a"),
            "actions/b.yaml": IncludeTests.action("b"),
        ])
        // The same content in one file, without the include line.
        let one =
            IncludeTests.root.replacingOccurrences(
                of: "  include: [region.yaml, partners.yaml, actions/*.yaml]\n", with: "")
            + IncludeTests.region + IncludeTests.partners
            + "actions:\n"
            + [IncludeTests.action("a"), IncludeTests.action("b")].map {
                $0.replacingOccurrences(of: "actions:\n", with: "")
            }.joined()
        #expect(!one.contains("include"))
        let single = try Self.tree(one)
        let forward = AgendaDifference(from: single, to: split).changes
        #expect(forward == [])
        let backward = AgendaDifference(from: split, to: single).changes
        #expect(backward == [])
    }

    @Test func anItemMovedToAnotherIncludedFileIsNoChange() throws {
        // The same includes; actions a and b in one file, then each in its own.
        let together = try Self.tree([
            "agenda.yaml": IncludeTests.root, "region.yaml": IncludeTests.region,
            "partners.yaml": IncludeTests.partners,
            "actions/all.yaml": IncludeTests.action("b")
                + IncludeTests.action("a").replacingOccurrences(of: "actions:\n", with: ""),
        ])
        let apart = try Self.tree([
            "agenda.yaml": IncludeTests.root, "region.yaml": IncludeTests.region,
            "partners.yaml": IncludeTests.partners, "actions/a.yaml": IncludeTests.action("a"),
            "actions/b.yaml": IncludeTests.action("b"),
        ])
        #expect(AgendaDifference(from: together, to: apart).changes == [])
    }

    @Test func flowText() throws {
        // Values in YAML's flow style, as the changes show them.
        let tree = try Self.tree(Base.text)
        #expect(
            AgendaDifference.text(try #require(tree["funding"]))
                == "[{id: wmo, funder: Gemeente, budget: {2025: 100000, 2026: 100000}}]")
    }
}
