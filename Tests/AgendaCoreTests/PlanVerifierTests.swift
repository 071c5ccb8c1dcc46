import AgendaModules
import AgendaSynthetic
import Foundation
import TestSupport
import Testing

@testable import AgendaCore

/// The plan verifier: a plan built by hand for a small agenda passes, and each test breaks exactly
/// one rule of "What a plan is" and expects exactly that violation.
@Suite struct PlanVerifierTests {
    /// Base, plus: `gala` (open to all, max-share 0.5, carry-over), `delft-fonds` (Delft only,
    /// carry-over), `wmo-den-haag` (Den Haag, content only); `ontmoeting-laak` committed, requiring
    /// `netwerkkaart` and paid only by wmo and gala; `netwerkkaart` everywhere; `mantelzorg-delft`
    /// excluding `valpreventie`; `oud-project` stopped; an allocation key; four scenarios.
    static let text =
        Base
        .with(
            "    budget: {2025: 100000, 2026: 100000}\n",
            """
                budget: {2025: 100000, 2026: 100000}
              - id: gala
                funder: Rijksoverheid (GALA)
                budget: {2025: 40000, 2026: 40000}
                eligible: {domains: [prevention, welfare], municipalities: all}
                max-share: 0.5
                carry-over: true
              - id: delft-fonds
                funder: Gemeente Delft
                budget: {2025: 30000, 2026: 10000}
                eligible: {municipalities: [delft]}
                carry-over: true
              - id: wmo-den-haag
                funder: Gemeente Den Haag
                budget: {2025: 20000, 2026: 20000}
                eligible: {municipalities: [den-haag], pillars: [content]}

            """
        )
        .replacingOccurrences(
            of: "    partners: [ggd]\n",
            with: """
                    partners: [ggd]
                    status: committed
                    requires: [netwerkkaart]
                    funding-from: [wmo, gala]

                """)
            + """
              - id: netwerkkaart
                title: Netwerkkaart
                domain: welfare
                pillar: organisation
                goals: [ontmoeting]
                where: [all]
                lead: xtra
                cost: {2025: 10000}
              - id: mantelzorg-delft
                title: Mantelzorg in Delft
                domain: informal-care
                pillar: content
                goals: [ontmoeting]
                where: [delft]
                lead: xtra
                cost: {per-year: 15000, years: 2025-2026}
                excludes: [valpreventie]
                funding-from: [delft-fonds]
              - id: oud-project
                title: Oud project
                domain: welfare
                pillar: content
                goals: [ontmoeting]
                where: [den-haag]
                lead: xtra
                cost: {per-year: 5000, years: 2025-2026}
                status: stopped
            planning:
              allocation-key: {indicator: residents-75plus, min-share: 0.4}
            scenarios:
              - {id: zonder-valpreventie, title: Zonder valpreventie, drop: [valpreventie]}
              - {id: mantelzorg-belofte, title: Mantelzorg beloofd, commit: [mantelzorg-delft]}
              - {id: wmo-krap, title: Minder Wmo, budget: [{source: wmo, year: 2025, set: 40000}]}
              - {id: gala-krap, title: Minder GALA, budget: [{source: gala, year: 2026, set: 25000}]}

            """

    /// The agenda with `scenario` applied, its scores, and a verifier for both.
    struct Setup {
        let agenda: Agenda
        let scores: ScoreReport
        let verifier: PlanVerifier

        init(scenario: String? = nil) throws {
            let result = try AgendaFixture(files: ["agenda.yaml": PlanVerifierTests.text]).load()
            #expect(!result.hasErrors, "\(result.diagnostics.map(\.rendered))")
            agenda = try ScenarioApplier.apply(ScenarioApplier.ids(scenario), to: try #require(result.agenda))
            scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
            verifier = PlanVerifier(agenda: agenda, scores: scores)
        }

        func score(_ id: String) -> Points { scores.action(id)!.score }

        func verify(_ plan: Plan) -> [Violation] { verifier.verify(plan) }

        /// A valid plan, worked out by hand (see the comments for the sums).
        ///
        /// Key-shared sources: wmo and gala, 140000 a year together. Key shares: Den Haag
        /// 32000/41000, Delft 9000/41000; floors 0.4 × share × 140000 = 43707.32 and 12292.68, below
        /// what either gets (Den Haag 57804.88 and 50000, Delft 22195.12 and 19000).
        var plan: Plan {
            func p(_ year: Int, _ source: String, _ amount: Int) -> Payment {
                Payment(year: year, source: source, amount: amount)
            }
            let actions = [
                // gala may pay at most half of each year's cost.
                funded(
                    "ontmoeting-laak",
                    [p(2025, "wmo", 30000), p(2025, "gala", 20000), p(2026, "wmo", 25000), p(2026, "gala", 25000)]),
                funded(
                    "valpreventie",
                    [
                        p(2025, "wmo", 10000), p(2025, "gala", 10000),
                        p(2026, "wmo", 9000), p(2026, "gala", 10000), p(2026, "delft-fonds", 1000),
                    ]),
                funded("netwerkkaart", [p(2025, "wmo", 5000), p(2025, "gala", 5000)]),
                unfunded("mantelzorg-delft", .excludes),
                unfunded("oud-project", .stopped),
            ]
            let sources = [
                SourceYear(id: "wmo", year: 2025, budget: 100000, spent: 45000, shadowPrice: 0),
                SourceYear(id: "wmo", year: 2026, budget: 100000, spent: 34000, shadowPrice: 0),
                // 5000 of 2025 carries over to 2026.
                SourceYear(id: "gala", year: 2025, budget: 40000, spent: 35000, shadowPrice: 0),
                SourceYear(id: "gala", year: 2026, budget: 45000, spent: 35000, shadowPrice: 0),
                // All of 2025 carries over.
                SourceYear(id: "delft-fonds", year: 2025, budget: 30000, spent: 0, shadowPrice: 0),
                SourceYear(id: "delft-fonds", year: 2026, budget: 40000, spent: 1000, shadowPrice: 0),
                SourceYear(id: "wmo-den-haag", year: 2025, budget: 20000, spent: 0, shadowPrice: 0),
                SourceYear(id: "wmo-den-haag", year: 2026, budget: 20000, spent: 0, shadowPrice: 0),
            ]
            var plan = Plan(
                agenda: "test-agenda", scenario: agenda.appliedScenarios.first, status: .optimal,
                objective: .zero, bound: .zero, actions: actions, sources: sources)
            rescore(&plan)
            return plan
        }

        func funded(_ id: String, _ payments: [Payment]) -> ActionOutcome {
            ActionOutcome(id: id, funded: true, score: score(id), reason: nil, payments: payments)
        }

        func unfunded(_ id: String, _ reason: Plan.Reason) -> ActionOutcome {
            ActionOutcome(id: id, funded: false, score: score(id), reason: reason, payments: [])
        }

        /// Objective and bound: the sum of the scores of the funded actions.
        func rescore(_ plan: inout Plan) {
            let total = plan.actions.filter(\.funded).reduce(Points.zero) { $0 + score($1.id) }
            plan.objective = total
            plan.bound = total
        }
    }

    static func violation(_ code: String, _ message: String) -> Violation {
        Violation(code: code, message: message)
    }

    // MARK: A valid plan

    @Test func handBuiltPlanIsValid() throws {
        let setup = try Setup()
        #expect(setup.verify(setup.plan) == [])
        #expect(setup.agenda.planning.allocationKey != nil)
    }

    @Test func feasiblePlanMayHaveABoundAboveItsObjective() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.status = .feasible
        plan.bound = plan.objective + Points(tenThousandths: 12_500)
        #expect(setup.verify(plan) == [])
    }

    @Test func droppedActionWithReasonDroppedIsValid() throws {
        let setup = try Setup(scenario: "zonder-valpreventie")
        var plan = setup.plan
        plan[action: "valpreventie"] = setup.unfunded("valpreventie", .dropped)
        plan[source: "wmo", 2025].spent = 35000
        plan[source: "wmo", 2026].spent = 25000
        plan[source: "gala", 2025].spent = 25000
        plan[source: "gala", 2026] = SourceYear(id: "gala", year: 2026, budget: 55000, spent: 25000, shadowPrice: 0)
        plan[source: "delft-fonds", 2026].spent = 0
        setup.rescore(&plan)
        #expect(setup.verify(plan) == [])
    }

    // MARK: Rule 1: every action once, in order

    @Test func wrongAgendaID() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.agenda = "other-agenda"
        #expect(
            setup.verify(plan) == [
                Self.violation("agenda-id", "the plan is for agenda 'other-agenda', not 'test-agenda'")
            ])
    }

    @Test func wrongScenario() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.scenario = "wmo-krap"
        #expect(
            setup.verify(plan) == [
                Self.violation("scenario", "the plan names scenario 'wmo-krap', but the agenda has none applied")
            ])
    }

    @Test func missingAction() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.actions.removeAll { $0.id == "oud-project" }
        #expect(setup.verify(plan) == [Self.violation("action-missing", "the plan leaves out action 'oud-project'")])
    }

    @Test func unknownAction() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.actions.append(ActionOutcome(id: "geen-actie", funded: false, score: .zero, reason: .budget, payments: []))
        #expect(
            setup.verify(plan) == [
                Self.violation("action-unknown", "the plan lists action 'geen-actie', which is not in the agenda")
            ])
    }

    @Test func duplicateAction() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.actions.append(plan.actions[4])
        #expect(
            setup.verify(plan) == [
                Self.violation("action-duplicate", "the plan lists action 'oud-project' more than once")
            ])
    }

    @Test func actionsOutOfOrder() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.actions.swapAt(3, 4)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "action-order",
                    "the plan lists action 'mantelzorg-delft' after 'oud-project', against the agenda's order")
            ])
    }

    @Test func infeasiblePlanIsCheckedOnlyForItsListing() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.status = .infeasible
        plan.objective = Points(tenThousandths: 1)
        plan.sources = []
        plan[action: "ontmoeting-laak"].funded = false
        plan[action: "valpreventie"].payments = []
        #expect(setup.verify(plan) == [])
        plan.actions.removeLast()
        #expect(setup.verify(plan) == [Self.violation("action-missing", "the plan leaves out action 'oud-project'")])
    }

    // MARK: Rule 2: paid in full, in whole euros, in the years of the cost

    @Test func partialPayment() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments.removeLast()
        plan[source: "delft-fonds", 2026].spent = 0
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "partial-payment",
                    "action 'valpreventie' is funded, but its payments in 2026 add up to 19000, not its cost of 20000")
            ])
    }

    @Test func fundedWithoutPayments() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "netwerkkaart"].payments = []
        plan[source: "wmo", 2025].spent = 40000
        plan[source: "gala", 2025].spent = 30000
        plan[source: "gala", 2026].budget = 50000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "partial-payment",
                    "action 'netwerkkaart' is funded, but its payments in 2025 add up to 0, not its cost of 10000")
            ])
    }

    @Test func zeroPayment() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments.insert(Payment(year: 2025, source: "delft-fonds", amount: 0), at: 2)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "non-positive-payment",
                    "action 'valpreventie' has a payment of 0 from 'delft-fonds' in 2025; a payment must be at "
                        + "least 1 euro"
                )
            ])
    }

    @Test func paymentInAYearWithoutCost() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "netwerkkaart"].payments.append(Payment(year: 2026, source: "wmo", amount: 1000))
        plan[source: "wmo", 2026].spent = 35000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "payment-without-cost",
                    "action 'netwerkkaart' has a payment of 1000 from 'wmo' in 2026, a year in which it has no cost")
            ])
    }

    @Test func paymentOutsideThePeriod() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments.append(Payment(year: 2027, source: "wmo", amount: 100))
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "payment-outside-period",
                    "action 'valpreventie' has a payment of 100 from 'wmo' in 2027, outside the agenda's period "
                        + "2025-2026"
                )
            ])
    }

    @Test func paymentToAnUnfundedAction() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "mantelzorg-delft"].payments = [Payment(year: 2025, source: "delft-fonds", amount: 15000)]
        plan[source: "delft-fonds", 2025].spent = 15000
        plan[source: "delft-fonds", 2026].budget = 25000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "unfunded-payment",
                    "action 'mantelzorg-delft' is not funded, but has 1 payment(s) of 15000 in total")
            ])
    }

    @Test func twoPaymentsFromOneSourceInOneYear() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments.replaceSubrange(
            2...2,
            with: [
                Payment(year: 2026, source: "wmo", amount: 4000),
                Payment(year: 2026, source: "wmo", amount: 5000),
            ])
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "duplicate-payment",
                    "action 'valpreventie' has a payment of 5000 from 'wmo' in 2026, but 'wmo' already pays for it "
                        + "that year"
                )
            ])
    }

    @Test func absurdAmountsGiveViolationsNotACrash() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments[0].amount = .min
        plan[action: "valpreventie"].payments[1].amount = .max
        let codes = setup.verify(plan).map(\.code)
        #expect(
            codes.contains("partial-payment") && codes.contains("non-positive-payment")
                && codes.contains("over-max-share"))
    }

    // MARK: Rule 3: sources that exist, are eligible and allowed, within max-share

    @Test func unknownSource() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments[4].source = "provincie"
        plan[source: "delft-fonds", 2026].spent = 0
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "unknown-source",
                    "action 'valpreventie' has a payment of 1000 from 'provincie' in 2026, which is not a source of "
                        + "the agenda"
                )
            ])
    }

    @Test func sourceNotEligibleForTheMunicipality() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments[4].source = "wmo-den-haag"
        plan[source: "delft-fonds", 2026].spent = 0
        plan[source: "wmo-den-haag", 2026].spent = 1000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "ineligible-source",
                    "source 'wmo-den-haag' pays 1000 for action 'valpreventie' in 2026, but is not eligible for it: "
                        + "it does not pay for municipality 'delft'"
                )
            ])
    }

    @Test func sourceNotEligibleForThePillar() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "netwerkkaart"].payments = [
            Payment(year: 2025, source: "wmo", amount: 4000), Payment(year: 2025, source: "gala", amount: 5000),
            Payment(year: 2025, source: "wmo-den-haag", amount: 1000),
        ]
        plan[source: "wmo", 2025].spent = 44000
        plan[source: "wmo-den-haag", 2025].spent = 1000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "ineligible-source",
                    "source 'wmo-den-haag' pays 1000 for action 'netwerkkaart' in 2025, but is not eligible for it: "
                        + "it does not pay for pillar 'organisation'"
                )
            ])
    }

    @Test func sourceNotInFundingFrom() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "ontmoeting-laak"].payments[2].amount = 24000
        plan[action: "ontmoeting-laak"].payments.append(Payment(year: 2026, source: "wmo-den-haag", amount: 1000))
        plan[source: "wmo", 2026].spent = 33000
        plan[source: "wmo-den-haag", 2026].spent = 1000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "not-in-funding-from",
                    "source 'wmo-den-haag' pays 1000 for action 'ontmoeting-laak' in 2026, but the action's "
                        + "funding-from allows only wmo, gala"
                )
            ])
    }

    @Test func moreThanMaxShare() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "valpreventie"].payments[0].amount = 9000
        plan[action: "valpreventie"].payments[1].amount = 11000
        plan[source: "wmo", 2025].spent = 44000
        plan[source: "gala", 2025].spent = 36000
        plan[source: "gala", 2026].budget = 44000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "over-max-share",
                    "source 'gala' pays 11000 for action 'valpreventie' in 2025, more than its max-share 0.5 of the "
                        + "cost of 20000 allows (10000)"
                )
            ])
    }

    @Test func maxShareRoundsDownToWholeEuros() {
        let source = FundingSource(
            id: "s", funder: "S", budget: YearlyEuros(), maxShare: 0.7,
            location: SourceLocation(file: "agenda.yaml", line: 1, column: 1))
        let facts = PlanVerifier.SourceFacts(source, years: [2025], municipalityIndex: [:], minPayment: 0)
        #expect(facts.cap(of: 50000) == 35000)
        #expect(facts.cap(of: 33333) == 23333)
    }

    // MARK: Rule 4: budgets and the sources list

    @Test func overBudget() throws {
        let setup = try Setup(scenario: "wmo-krap")
        var plan = setup.plan
        plan[source: "wmo", 2025].budget = 40000
        #expect(
            setup.verify(plan) == [
                Self.violation("over-budget", "source 'wmo' spends 45000 in 2025, more than its budget of 40000")
            ])
    }

    @Test func overBudgetWithCarryOver() throws {
        let setup = try Setup(scenario: "gala-krap")
        var plan = setup.plan
        plan[source: "gala", 2026].budget = 30000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "over-budget",
                    "source 'gala' spends 35000 in 2026, more than the 30000 it has (budget 25000, carried over 5000)")
            ])
    }

    @Test func spentDiffersFromThePayments() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[source: "wmo", 2025].spent = 44000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "source-spent",
                    "the plan says source 'wmo' spends 44000 in 2025, but its payments add up to 45000")
            ])
    }

    @Test func budgetWithoutTheCarriedOverMoney() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[source: "gala", 2026].budget = 40000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "source-budget",
                    "the plan gives source 'gala' a budget of 40000 in 2026, but it has 45000 (budget 40000, carried "
                        + "over 5000)"
                )
            ])
    }

    @Test func negativeOrNonFiniteShadowPrice() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[source: "wmo", 2025].shadowPrice = -0.5
        plan[source: "gala", 2026].shadowPrice = .nan
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "shadow-price",
                    "source 'wmo' has shadow price -0.5 in 2025; it must be a finite number of at least 0"),
                Self.violation(
                    "shadow-price",
                    "source 'gala' has shadow price nan in 2026; it must be a finite number of at least 0"),
            ])
    }

    @Test func missingSourceYear() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.sources.removeLast()
        #expect(
            setup.verify(plan) == [
                Self.violation("source-missing", "the plan has no entry for source 'wmo-den-haag' in 2026")
            ])
    }

    @Test func unknownAndDuplicateSourceYears() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.sources.append(SourceYear(id: "wmo-den-haag", year: 2027, budget: 0, spent: 0, shadowPrice: 0))
        plan.sources.append(plan.sources[7])
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "source-unknown",
                    "the plan has an entry for 'wmo-den-haag' in 2027, which is not a source and year of the agenda"),
                Self.violation(
                    "source-duplicate", "the plan has more than one entry for source 'wmo-den-haag' in 2026"),
            ])
    }

    @Test func sourceYearsOutOfOrder() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.sources.swapAt(0, 1)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "source-order",
                    "the plan lists source 'wmo' in 2025 after 'wmo' in 2026; sources go in the agenda's order, "
                        + "years ascending"
                )
            ])
    }

    // MARK: Rule 5: requires, excludes, statuses and reasons

    @Test func fundedWithoutWhatItRequires() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "netwerkkaart"] = setup.unfunded("netwerkkaart", .budget)
        plan[source: "wmo", 2025].spent = 40000
        plan[source: "gala", 2025].spent = 30000
        plan[source: "gala", 2026].budget = 50000
        setup.rescore(&plan)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "requires",
                    "action 'ontmoeting-laak' is funded, but requires 'netwerkkaart', which is not")
            ])
    }

    @Test func fundedTogetherWithWhatItExcludes() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "mantelzorg-delft"] = setup.funded(
            "mantelzorg-delft",
            [
                Payment(year: 2025, source: "delft-fonds", amount: 15000),
                Payment(year: 2026, source: "delft-fonds", amount: 15000),
            ])
        plan[source: "delft-fonds", 2025].spent = 15000
        plan[source: "delft-fonds", 2026] = SourceYear(
            id: "delft-fonds", year: 2026, budget: 25000, spent: 16000, shadowPrice: 0)
        setup.rescore(&plan)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "excludes",
                    "actions 'mantelzorg-delft' and 'valpreventie' are both funded, but 'mantelzorg-delft' excludes "
                        + "'valpreventie'"
                )
            ])
    }

    @Test func committedButNotFunded() throws {
        let setup = try Setup(scenario: "mantelzorg-belofte")
        #expect(
            setup.verify(setup.plan) == [
                Self.violation("committed-unfunded", "action 'mantelzorg-delft' is committed but not funded")
            ])
    }

    @Test func stoppedButFunded() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "oud-project"] = setup.funded(
            "oud-project",
            [
                Payment(year: 2025, source: "wmo", amount: 5000),
                Payment(year: 2026, source: "wmo", amount: 5000),
            ])
        plan[source: "wmo", 2025].spent = 50000
        plan[source: "wmo", 2026].spent = 39000
        setup.rescore(&plan)
        #expect(setup.verify(plan) == [Self.violation("stopped-funded", "action 'oud-project' is stopped, but funded")])
    }

    @Test func droppedButFunded() throws {
        let setup = try Setup(scenario: "zonder-valpreventie")
        #expect(
            setup.verify(setup.plan) == [
                Self.violation("dropped-funded", "action 'valpreventie' is dropped by the scenario, but funded")
            ])
    }

    @Test func unfundedWithoutReason() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "mantelzorg-delft"].reason = nil
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "reason-missing", "action 'mantelzorg-delft' is not funded, but the plan gives no reason")
            ])
    }

    @Test func fundedWithAReason() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "netwerkkaart"].reason = .budget
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "reason-on-funded", "action 'netwerkkaart' is funded, but the plan gives reason 'budget'")
            ])
    }

    @Test func reasonStoppedOrDroppedOnlyForThoseActions() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "mantelzorg-delft"].reason = .stopped
        plan[action: "oud-project"].reason = .budget
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "reason-mismatch", "action 'mantelzorg-delft' is not stopped, but the plan gives reason 'stopped'"),
                Self.violation(
                    "reason-mismatch",
                    "action 'oud-project' is stopped, but the plan gives reason 'budget', not 'stopped'"),
            ])
        plan[action: "mantelzorg-delft"].reason = .dropped
        plan[action: "oud-project"].reason = .stopped
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "reason-mismatch",
                    "action 'mantelzorg-delft' is not dropped by the scenario, but the plan gives reason 'dropped'")
            ])
    }

    @Test func droppedActionNeedsReasonDropped() throws {
        let setup = try Setup(scenario: "zonder-valpreventie")
        var plan = setup.plan
        plan[action: "valpreventie"] = setup.unfunded("valpreventie", .budget)
        plan[source: "wmo", 2025].spent = 35000
        plan[source: "wmo", 2026].spent = 25000
        plan[source: "gala", 2025].spent = 25000
        plan[source: "gala", 2026] = SourceYear(id: "gala", year: 2026, budget: 55000, spent: 25000, shadowPrice: 0)
        plan[source: "delft-fonds", 2026].spent = 0
        setup.rescore(&plan)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "reason-mismatch",
                    "action 'valpreventie' is dropped by the scenario, but the plan gives reason 'budget', not "
                        + "'dropped'"
                )
            ])
    }

    // MARK: Rule 6: fairness

    @Test func municipalityBelowItsFloor() throws {
        let setup = try Setup()
        var plan = setup.plan
        // Delft's own fund pays 8000 of valpreventie in 2026, so the shared sources pay Delft 12000.
        plan[action: "valpreventie"].payments.replaceSubrange(
            2...4,
            with: [
                Payment(year: 2026, source: "wmo", amount: 2000),
                Payment(year: 2026, source: "gala", amount: 10000),
                Payment(year: 2026, source: "delft-fonds", amount: 8000),
            ])
        plan[source: "wmo", 2026].spent = 27000
        plan[source: "delft-fonds", 2026].spent = 8000
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "fairness",
                    "municipality 'delft' gets 12000 in 2026 from the sources open to every municipality, less than "
                        + "its floor of 12292: "
                        + "min-share 0.4 × key share 0.2195 of 'residents-75plus' × their budget 140000 = 12292.68, "
                        + "at most the 20000 its actions could take"
                )
            ])
    }

    @Test func floorIsCappedAtWhatTheActionsCanTake() throws {
        let setup = try Setup()
        let fairness = try #require(setup.verifier.fairness)
        // Den Haag 2025: ontmoeting-laak (50000) and its key share of netwerkkaart (32/41 of 10000);
        // the stopped oud-project does not count. Delft 2025: valpreventie, 9/41 of netwerkkaart, and
        // nothing of mantelzorg-delft, which only delft-fonds may pay.
        #expect(abs(fairness.absorbable[0] - (50000 + 10000 * 32.0 / 41)) < 1e-6)
        #expect(abs(fairness.absorbable[1] - 50000) < 1e-6)
        #expect(abs(fairness.absorbable[2] - (20000 + 10000 * 9.0 / 41)) < 1e-6)
        #expect(abs(fairness.absorbable[3] - 20000) < 1e-6)
        #expect(fairness.sharedBudget == [140000, 140000])
    }

    // MARK: Rule 7: scores, objective and bound

    @Test func objectiveIsNotTheSumOfTheScores() throws {
        let setup = try Setup()
        var plan = setup.plan
        let expected = plan.objective
        plan.objective = plan.objective + Points(tenThousandths: 10_000)
        plan.bound = plan.objective
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "objective",
                    "the plan's objective is \(plan.objective), but the scores of its funded actions add up to "
                        + "\(expected)"
                )
            ])
    }

    @Test func actionScoreDiffersFromTheReport() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan[action: "oud-project"].score = Points(tenThousandths: 12_345)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "score",
                    "action 'oud-project' has score 1.2345 in the plan, but \(setup.score("oud-project")) in the "
                        + "score report"
                )
            ])
    }

    @Test func boundBelowTheObjective() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.status = .feasible
        plan.bound = Points(tenThousandths: plan.objective.tenThousandths - 1)
        #expect(
            setup.verify(plan) == [
                Self.violation("bound", "the plan's bound \(plan.bound) is below its objective \(plan.objective)")
            ])
    }

    @Test func optimalPlanWithAGap() throws {
        let setup = try Setup()
        var plan = setup.plan
        plan.bound = plan.objective + Points(tenThousandths: 1)
        #expect(
            setup.verify(plan) == [
                Self.violation(
                    "bound",
                    "the plan is optimal, but its bound \(plan.bound) differs from its objective \(plan.objective)")
            ])
    }

    // MARK: Size

    /// Every municipality of the Netherlands and a fifth of a national agenda's actions, so that the
    /// debug test run stays quick (10,000 actions take about 10 ms to verify in release, after
    /// about 20 ms of set-up).
    @Test func largeSyntheticAgenda() throws {
        let parameters = SyntheticAgenda.Parameters(municipalities: 342, actions: 2_000)
        let fixture = try AgendaFixture(files: ["agenda.yaml": SyntheticAgenda.yaml(parameters)])
        defer { try? FileManager.default.removeItem(at: fixture.folder) }
        let agenda = try #require(fixture.load().agenda)
        let scores = ScoringEngine(registry: InstalledModules.registry).score(agenda)
        let verifier = PlanVerifier(agenda: agenda, scores: scores)
        let plan = Self.greedyPlan(agenda, scores)
        let clock = ContinuousClock()
        var violations: [Violation] = []
        let elapsed = clock.measure { violations = verifier.verify(plan) }
        // A greedy plan ignores the fairness floors, so only those may be broken.
        #expect(violations.allSatisfy { $0.code == "fairness" }, "\(violations.prefix(5))")
        // A few milliseconds in release; a debug build is slower, but not by seconds.
        #expect(elapsed < .seconds(2))
    }

    /// Funds actions in the agenda's order (committed ones first) while eligible sources, tried in
    /// the agenda's order up to their max-share and (carry-over included) budget, can pay every year.
    static func greedyPlan(_ agenda: Agenda, _ scores: ScoreReport) -> Plan {
        let years = Array(agenda.period.years)
        var left: [String: [Int]] = [:]
        for source in agenda.plannedFunding { left[source.id] = years.map { source.budget[$0] } }
        let order =
            agenda.actions.indices.filter { agenda.actions[$0].status.mustBeFunded }
            + agenda.actions.indices.filter { !agenda.actions[$0].status.mustBeFunded }
        var excludedBy: [String: [String]] = [:]
        for action in agenda.actions {
            for excluded in action.excludes { excludedBy[excluded.value, default: []].append(action.id) }
        }
        let index = FundingIndex(agenda.plannedFunding)
        var funded = Set<String>()
        var payments: [String: [Payment]] = [:]
        for position in order {
            let action = agenda.actions[position]
            guard action.status != .stopped, !agenda.droppedActions.contains(action.id),
                action.requires.allSatisfy({ funded.contains($0.value) }),
                !action.excludes.contains(where: { funded.contains($0.value) }),
                !(excludedBy[action.id] ?? []).contains(where: funded.contains)
            else { continue }
            let payers = index.eligible(for: action, municipalities: action.municipalityIDs(in: agenda.region)).map {
                index.entries[$0].source
            }
            var trial = left
            var chosen: [Payment] = []
            var payable = true
            for (offset, year) in years.enumerated() where action.cost[year] > 0 && payable {
                var due = action.cost[year]
                for source in payers where due > 0 {
                    let cap =
                        source.maxShare >= 1
                        ? due : min(due, Int((source.maxShare * Double(action.cost[year]) + 1e-9).rounded(.down)))
                    let amount = min(cap, trial[source.id]![offset])
                    guard amount > 0 else { continue }
                    trial[source.id]![offset] -= amount
                    due -= amount
                    chosen.append(Payment(year: year, source: source.id, amount: amount))
                }
                payable = due == 0
            }
            guard payable else { continue }
            left = trial
            funded.insert(action.id)
            payments[action.id] = chosen
        }
        var objective = Points.zero
        let outcomes = agenda.actions.map { action -> ActionOutcome in
            let score = scores.action(action.id)!.score
            if funded.contains(action.id) { objective = objective + score }
            let reason: Plan.Reason? =
                funded.contains(action.id)
                ? nil
                : action.status == .stopped ? .stopped : agenda.droppedActions.contains(action.id) ? .dropped : .budget
            return ActionOutcome(
                id: action.id, funded: funded.contains(action.id), score: score, reason: reason,
                payments: payments[action.id] ?? [])
        }
        var spent: [String: [Int]] = [:]
        for outcome in outcomes {
            for payment in outcome.payments {
                spent[payment.source, default: years.map { _ in 0 }][payment.year - years[0]] += payment.amount
            }
        }
        var sources: [SourceYear] = []
        for source in agenda.plannedFunding {
            var carried = 0
            for (offset, year) in years.enumerated() {
                let used = spent[source.id]?[offset] ?? 0
                let budget = source.budget[year] + (source.carryOver ? carried : 0)
                sources.append(SourceYear(id: source.id, year: year, budget: budget, spent: used, shadowPrice: 0))
                carried = budget - used
            }
        }
        return Plan(
            agenda: agenda.id, scenario: nil, status: .feasible, objective: objective, bound: objective,
            actions: outcomes, sources: sources)
    }
}

extension Plan {
    /// The outcome of action `id` (which must be listed).
    fileprivate subscript(action id: String) -> ActionOutcome {
        get { actions.first { $0.id == id }! }
        set { actions[actions.firstIndex { $0.id == id }!] = newValue }
    }

    /// The entry of source `id` in `year` (which must be listed).
    fileprivate subscript(source id: String, year: Int) -> SourceYear {
        get { sources.first { $0.id == id && $0.year == year }! }
        set { sources[sources.firstIndex { $0.id == id && $0.year == year }!] = newValue }
    }
}
