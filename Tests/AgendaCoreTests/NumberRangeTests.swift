import AgendaModules
import AgendaRules
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// Every number of the format at its extremes (issue 14, class 1): a value outside its documented
/// range is a located error at the value; a value inside it validates, scores and plans without an
/// arithmetic trap.
@Suite struct NumberRangeTests {
    /// One numeric field: how to write `@` into the base agenda.
    struct Slot: CustomStringConvertible, Sendable {
        var name: String
        /// Text of the base agenda to replace, and its replacement with `@` where the value goes.
        var old: String
        var new: String
        /// Scenario to plan with, when the field belongs to one.
        var scenario: String?

        var description: String { name }
    }

    static let scenarioHead = "scenarios:\n  - id: s\n    title: S\n"

    static let slots: [Slot] =
        [
            Slot(name: "budget", old: "budget: {2025: 100000,", new: "budget: {2025: @,"),
            Slot(name: "cost", old: "cost: {2025: 50000,", new: "cost: {2025: @,"),
            Slot(name: "cost per year", old: "per-year: 20000", new: "per-year: @"),
            Slot(name: "indicator value", old: "residents-75plus: 32000", new: "residents-75plus: @"),
            Slot(name: "share indicator", old: "lonely: 0.5", new: "lonely: @"),
            Slot(name: "reach", old: "    lead: ggd\n", new: "    lead: ggd\n    reach: @\n"),
            Slot(name: "goal weight", old: "title: Ontmoeting}", new: "title: Ontmoeting, weight: @}"),
            Slot(name: "max-share", old: "    funder: Gemeente\n", new: "    funder: Gemeente\n    max-share: @\n"),
            Slot(
                name: "min-payment", old: "    funder: Gemeente\n", new: "    funder: Gemeente\n    min-payment: @\n"),
            Slot(
                name: "commitment hours", old: "{id: ggd, name: GGD, kind: public-health}",
                new: "{id: ggd, name: GGD, kind: public-health, commitment: {hours-per-year: @}}"),
            Slot(
                name: "commitment euros", old: "{id: ggd, name: GGD, kind: public-health}",
                new: "{id: ggd, name: GGD, kind: public-health, commitment: {euro-per-year: @}}"),
            Slot(
                name: "target", old: "title: Ontmoeting}",
                new: "title: Ontmoeting, target: {indicator: residents-75plus, at-least: @}}"),
            Slot(
                name: "target per-amount", old: "title: Ontmoeting}",
                new:
                    "title: Ontmoeting, target: {indicator: lonely, at-most: 0.4, per: residents-75plus, "
                    + "per-amount: @}}"
            ),
            Slot(
                name: "module count field", old: "    lead: xtra\n",
                new: "    lead: xtra\n    welfare: {locations: @}\n"),
        ] + planningSlots + scenarioSlots

    static let planningSlots: [Slot] = [
        ("pillar weight", "weights: {pillars: {content: @}}"),
        ("domain weight", "weights: {domains: {welfare: @}}"),
        ("rule weight", "weights: {rules: {welfare.loneliness-need: @}}"),
        ("goal weight override", "weights: {goals: {ontmoeting: @}}"),
        ("allocation key share", "allocation-key: {indicator: residents-75plus, min-share: @}"),
        ("planning min-payment", "min-payment: @"),
    ].map { name, line in Slot(name: name, old: "", new: "planning:\n  \(line)\n") }

    static let scenarioSlots: [Slot] = [
        ("scenario scale", "    budget:\n      - {source: wmo, scale: @}\n"),
        ("scenario set", "    budget:\n      - {source: wmo, set: @}\n"),
        ("scenario add", "    budget:\n      - {source: wmo, add: {2025: @}}\n"),
        ("scenario weight", "    weights: {pillars: {content: @}}\n"),
    ].map { name, lines in Slot(name: name, old: "", new: scenarioHead + lines, scenario: "s") }

    /// The extremes the issue names; each is outside every range except 0 and −1.
    static let extremes = ["0", "-1", "1e16", "1e300", "9223372036854775807", ".nan", ".inf", "-.inf"]

    /// The agenda with `value` in the slot (appended when the slot replaces nothing), and the
    /// `line:column` of the value.
    static func text(_ slot: Slot, _ value: String) -> (text: String, at: String) {
        let written = slot.new.replacingOccurrences(of: "@", with: value)
        let text = slot.old.isEmpty ? Base.plus(written) : Base.with(slot.old, written)
        let marker = slot.new.range(of: "@").map { slot.new.distance(from: slot.new.startIndex, to: $0.lowerBound) }
        let before = String(slot.new.prefix(marker ?? 0))
        let lastLine = before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        let anchor = written.split(separator: "\n", omittingEmptySubsequences: false)[
            before.count(where: { $0 == "\n" })]
        return (text, position(of: String(anchor), in: text, plus: lastLine.count))
    }

    @Test(arguments: slots)
    func everyExtremeIsALocatedErrorOrPlans(_ slot: Slot) throws {
        for value in Self.extremes {
            let (text, at) = Self.text(slot, value)
            let fixture = try AgendaFixture(files: ["agenda.yaml": text])
            let result = fixture.load()
            let errors = result.diagnostics.filter { $0.severity == .error }
            let outOfAnyRange = !["0", "-1"].contains(value)
            if outOfAnyRange || !errors.isEmpty {
                #expect(
                    errors.contains { $0.rendered.hasPrefix("agenda.yaml:\(at): error:") },
                    "\(slot) = \(value) should be an error at \(at); got \(errors.map(\.rendered))")
                continue
            }
            // A value in range: scoring and planning run to the end, with the scenario if any.
            var agenda = try #require(result.agenda, "\(slot) = \(value)")
            if let scenario = slot.scenario { agenda = try ScenarioApplier.apply([scenario], to: agenda) }
            // `plan` verifies its plan independently and throws on any broken rule.
            _ = try Planner(registry: InstalledModules.registry).plan(agenda)
            _ = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        }
    }

    /// The top of every range at once still validates and plans: the ranges keep the planner's
    /// arithmetic (sums of money, weighted points) inside `Int` with room to spare.
    @Test func theTopOfEveryRangePlans() throws {
        let money = String(NumberRange.maxEuros)
        let half = String(NumberRange.maxEuros / 2)
        let weight = "100"
        var text = Base.text
        for (old, new) in [
            ("budget: {2025: 100000, 2026: 100000}", "budget: {2025: \(money), 2026: \(money)}"),
            ("cost: {2025: 50000, 2026: 50000}", "cost: {2025: \(half), 2026: \(half)}"),
            ("per-year: 20000", "per-year: \(half)"),
            ("title: Ontmoeting}", "title: Ontmoeting, weight: \(weight)}"),
            ("residents-75plus: 32000", "residents-75plus: 1000000000000"),
        ] {
            text = text.replacingOccurrences(of: old, with: new)
        }
        text += """
            planning:
              weights:
                pillars: {content: \(weight)}
                domains: {welfare: \(weight), prevention: \(weight)}
                goals: {ontmoeting: \(weight)}
              allocation-key: {indicator: residents-75plus, min-share: 0.6}
            scenarios:
              - id: s
                title: S
                budget:
                  - {source: wmo, scale: 1}
            """
        let fixture = try AgendaFixture(files: ["agenda.yaml": text])
        let result = fixture.load()
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.rendered))")
        let agenda = try ScenarioApplier.apply(["s"], to: try #require(result.agenda))
        let planned = try Planner(registry: InstalledModules.registry).plan(agenda)
        #expect(planned.plan.status == .optimal)
    }

    /// A scenario whose change leaves a budget above the range is an error at that change, even
    /// though each number in it is in range.
    @Test func aScenarioCannotPushABudgetPastItsRange() throws {
        let money = String(NumberRange.maxEuros)
        let text =
            Base.with("budget: {2025: 100000, 2026: 100000}", "budget: {2025: \(money), 2026: 100000}")
            + "scenarios:\n  - id: s\n    title: S\n    budget:\n      - {source: wmo, add: {2025: \(money)}}\n"
        let agenda = try #require(try AgendaFixture(files: ["agenda.yaml": text]).load().agenda)
        #expect {
            try ScenarioApplier.apply(["s"], to: agenda)
        } throws: { error in
            let rendered = (error as? ScenarioApplier.Problem)?.diagnostic?.rendered ?? "\(error)"
            return rendered.contains("agenda.yaml:\(position(of: "{source: wmo, add", in: text)): error:")
        }
    }
}
