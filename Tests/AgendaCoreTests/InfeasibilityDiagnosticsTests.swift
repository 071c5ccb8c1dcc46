import AgendaModules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// An agenda whose commitments, budgets and floors leave no plan: each kind of cause is an error
/// at its own place in the YAML (the action's cost, the action, the allocation key), with notes at
/// the sources and municipalities involved, in the agenda's language.
@Suite struct InfeasibilityDiagnosticsTests {
    /// The diagnostics of planning `text`, rendered, one line each (notes on their own lines).
    static func lines(_ text: String, limits: Planner.Limits = Planner.Limits()) throws -> [String] {
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        let result = fixture.load()
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
        let agenda = try #require(result.agenda)
        let plan = try Planner(registry: InstalledModules.registry, limits: limits).plan(agenda).plan
        #expect(plan.status == .infeasible)
        return plan.diagnostics.flatMap { $0.rendered.split(separator: "\n").map(String.init) }
    }

    static let committed = "    partners: [ggd]\n"

    /// `ontmoeting-laak` (€50,000 a year in Den Haag) committed.
    static func withCommitment(_ text: String) -> String {
        text.replacingOccurrences(of: committed, with: committed + "    status: committed\n")
    }

    @Test func aCommitmentTheMoneyCannotPay() throws {
        let text = Self.withCommitment(
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 30000, 2026: 100000}"))
        #expect(
            try Self.lines(text) == [
                "agenda.yaml:\(position(of: "2025: 50000", in: text)): error: 'ontmoeting-laak' must be funded, but "
                    + "in 2025 it needs €50,000 and the sources that may pay it have at most €30,000 left for it "
                    + "after the other commitments",
                "agenda.yaml:\(position(of: "2025: 30000", in: text)): note: 'wmo' has €30,000 of its €30,000 "
                    + "left in 2025",
            ])
    }

    /// The plan's JSON carries each diagnostic's notes, each at its own place.
    @Test func theJSONCarriesTheNotes() throws {
        let text = Self.withCommitment(
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 30000, 2026: 100000}"))
        let agenda = try #require(AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        let result = try Planner(registry: InstalledModules.registry).plan(agenda)
        let json = PlanRendering(
            agenda: agenda, problem: result.problem, plan: result.plan, scores: result.scores,
            registry: InstalledModules.registry
        ).rendered(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == DiagnosticCode.infeasibleUnpayable)
        let note = try #require((diagnostic["notes"] as? [[String: Any]])?.first)
        #expect(note["message"] as? String == "'wmo' has €30,000 of its €30,000 left in 2025")
        #expect("\(note["line"] as? Int ?? 0):\(note["column"] as? Int ?? 0)" == position(of: "2025: 30000", in: text))
    }

    @Test func aCommitmentNoSourceMayPayInFull() throws {
        let text = Self.withCommitment(
            Base.with("    funder: Gemeente\n", "    funder: Gemeente\n    max-share: 0.5\n"))
        #expect(
            try Self.lines(text) == [
                "agenda.yaml:\(position(of: "2025: 50000", in: text)): error: 'ontmoeting-laak' must be funded, but "
                    + "in 2025 the sources allowed to pay it may pay at most €25,000 of its €50,000 together, "
                    + "whatever their budgets",
                "agenda.yaml:\(position(of: "id: wmo", in: text, plus: 4)): note: 'wmo' may pay €25,000 of it "
                    + "(max-share 0.5)",
            ])
    }

    /// A commitment that requires an action the money cannot pay as well.
    @Test func aCommitmentAndWhatItRequires() throws {
        let text = Self.withCommitment(
            Base.with("    partners: [ggd]\n", "    partners: [ggd]\n    requires: [valpreventie]\n")
        )
        .replacingOccurrences(
            of: "cost: {per-year: 20000, years: 2025-2026}", with: "cost: {per-year: 60000, years: 2025-2026}")
        #expect(
            try Self.lines(text) == [
                "agenda.yaml:\(position(of: "id: ontmoeting-laak", in: text, plus: 4)): error: 'ontmoeting-laak' "
                    + "must be funded, but its costs cannot be paid together with the other commitments and the "
                    + "actions they require"
            ])
    }

    /// Delft's floor of the allocation key needs its one action, which the commitment in Den Haag
    /// leaves no money for.
    static let floorText =
        Self.withCommitment(Base.with("cost: {2025: 50000, 2026: 50000}", "cost: {2025: 90000, 2026: 90000}"))
        + "planning:\n  allocation-key: {indicator: residents-75plus, min-share: 1}\n"

    @Test func aFloorOutOfReach() throws {
        let text = Self.floorText
        let lines = try Self.lines(text)
        let key = position(of: "{indicator", in: text)
        #expect(
            lines.first?.hasPrefix(
                "agenda.yaml:\(key): error: no plan meets the allocation key's floor for 'delft' in 20") == true,
            "\(lines)")
        #expect(
            lines.first?.hasSuffix(
                "of key-shared money): the commitments, budgets and rules leave too little key-shared money for that "
                    + "municipality's actions"
            ) == true)
        #expect(
            lines.dropFirst().allSatisfy {
                $0.hasPrefix(
                    "agenda.yaml:\(position(of: "id: delft", in: text, plus: 4)): note: the floor of 'delft' in 20")
            })
        #expect(lines.count == 2, "one floor is enough to rule every plan out: \(lines)")
    }

    @Test func aFloorOutOfReachInDutch() throws {
        let text = Self.floorText.replacingOccurrences(
            of: "  period: 2025-2026\n", with: "  period: 2025-2026\n  language: nl\n")
        let lines = try Self.lines(text)
        #expect(
            lines.first?.contains(": error: geen plan haalt de ondergrens van de verdeelsleutel voor 'delft' in 20")
                == true, "\(lines)")
        #expect(lines.last?.contains(": note: de ondergrens van 'delft' in 20") == true, "\(lines)")
        #expect(lines.last?.contains("min-share 1 van haar aandeel 0,2195") == true, "\(lines)")
    }

    /// Each floor can be met alone, by its municipality's one action, but the money pays only one
    /// of the two: the floors are named together, at the allocation key.
    @Test func floorsThatCannotBeMetTogether() throws {
        let text =
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: 60000, 2026: 60000}")
            + "planning:\n  allocation-key: {indicator: residents-75plus, min-share: 1}\n"
        let lines = try Self.lines(text)
        #expect(
            lines.first?.hasPrefix(
                "agenda.yaml:\(position(of: "{indicator", in: text)): error: no plan meets these "
                    + "allocation-key floors together: 'den-haag' in 20") == true, "\(lines)")
        #expect(lines.first?.contains("'delft' in 20") == true, "\(lines)")
        #expect(
            lines.first?.hasSuffix(
                "each can be met alone, but the actions that would meet them cannot all be funded "
                    + "(budgets, commitments, requires or excludes)") == true, "\(lines)")
        #expect(
            lines.dropFirst().contains {
                $0.hasPrefix("agenda.yaml:\(position(of: "id: den-haag", in: text, plus: 4)): note:")
            })
        #expect(
            lines.dropFirst().contains {
                $0.hasPrefix("agenda.yaml:\(position(of: "id: delft", in: text, plus: 4)): note:")
            })
    }

    /// Delft's two actions exclude each other, and neither alone reaches its floor. Planned as a
    /// whole, the floor is named; split into parts, the part says its own actions cannot reach it.
    static let excludingText = Base.plus(
        """
          - id: valpreventie-extra
            title: Valpreventie extra
            domain: prevention
            pillar: content
            goals: [ontmoeting]
            where: [delft]
            lead: ggd
            excludes: [valpreventie]
            cost: {per-year: 20000, years: 2025-2026}
        planning:
          allocation-key: {indicator: residents-75plus, min-share: 1}

        """)

    @Test func floorsOutOfReachOfAPartsOwnActions() throws {
        let text = Self.excludingText
        let whole = try Self.lines(text)
        #expect(
            whole.first?.contains("error: no plan meets the allocation key's floor for 'delft'") == true, "\(whole)")
        let split = try Self.lines(text, limits: Planner.Limits(linearProgramRows: 10, exactRows: 10))
        #expect(
            Array(split.dropFirst())
                == [2025, 2026].map { year in
                    "agenda.yaml:\(position(of: "id: delft", in: text, plus: 4)): note: the floor of 'delft' in "
                        + "\(year) is €21,951: min-share 1 of its key share 0.2195 of the key-shared budget"
                }, "\(split)")
        let key: String = position(of: "{indicator", in: text)
        let message: String =
            "no plan meets the allocation key's floors of 'delft' in 2025 (€21,951), 2026 (€21,951): even with every "
            + "action open to all municipalities funded, its own actions would have to add money they cannot add "
            + "together (their budgets, commitments, requires or excludes stand in the way)"
        #expect(split.first == "agenda.yaml:\(key): error: \(message)", "\(split)")
    }

    /// A welfare fund shares money out by the key, but Delft's one action is prevention, and the
    /// municipal fund has no money in 2026: Delft's floor that year is beyond anything its
    /// actions could receive. The error says so before any search, with the most they could
    /// receive, and notes the floor's origin and the key-shared source without money.
    @Test func aFloorBeyondItsActions() throws {
        let text =
            Base.with(
                "budget: {2025: 100000, 2026: 100000}",
                "budget: {2025: 100000, 2026: 0}\n  - id: welzijn\n    funder: Gemeente\n"
                    + "    budget: {2025: 100000, 2026: 100000}\n    eligible: {domains: [welfare]}")
            + "planning:\n  allocation-key: {indicator: residents-75plus, min-share: 0.5}\n"
        #expect(
            try Self.lines(text) == [
                "agenda.yaml:\(position(of: "{indicator", in: text)): error: no plan meets the allocation key's "
                    + "floor for 'delft' in 2026 (€10,975 of key-shared money): its actions could receive at most "
                    + "€0 of it, even all funded and paid from the key-shared sources as far as their max-share and "
                    + "that year's money allow",
                "agenda.yaml:\(position(of: "id: delft", in: text, plus: 4)): note: the floor of 'delft' in 2026 is "
                    + "€10,975: min-share 0.5 of its key share 0.2195 of the key-shared budget",
                "agenda.yaml:\(position(of: "id: wmo", in: text, plus: 4)): note: the key-shared source 'wmo' has "
                    + "no money in 2026",
            ])
    }

    /// The Lagrangian search meets floors by a heuristic; when it gives up, the error says that this
    /// is the planner's limit, at the allocation key, with the floor it could not meet.
    @Test func theFloorHeuristicsLimitIsLocated() throws {
        let text = Self.excludingText.replacingOccurrences(
            of: "    budget: {2025: 100000, 2026: 100000}\n",
            with:
                "    budget: {2025: 100000, 2026: 100000}\n  - id: tie\n    funder: Regio\n    budget: {2025: 1000, "
                + "2026: 1000}\n    eligible: {municipalities: [den-haag, delft]}\n"
        )
        let agenda = try #require(AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        let planner = Planner(
            registry: InstalledModules.registry, limits: Planner.Limits(linearProgramRows: 10, exactRows: 10))
        do {
            let plan = try planner.plan(agenda).plan
            Issue.record("expected the planner's floor limit, got \(plan.status)")
        } catch let limitation as Planner.FloorLimitation {
            #expect(limitation.diagnostic.location.description == "agenda.yaml:\(position(of: "{indicator", in: text))")
            #expect(limitation.diagnostic.code == DiagnosticCode.plannerFloorLimit)
            #expect(
                limitation.diagnostic.message.hasPrefix(
                    "the planner could not find payments that meet the allocation key's floors"))
            let note = try #require(limitation.diagnostic.notes.first)
            #expect(note.message.hasPrefix("the floor for '"), "\(note.message)")
            #expect(note.message.contains("of key-shared money (min-share 1 of its key share 0."), "\(note.message)")
            #expect(note.location?.line ?? 0 > 0, "the note is at the municipality")
        }
    }
}
