import AgendaModules
import AgendaSynthetic
import Foundation
import Testing

@testable import AgendaCore

@Suite("Synthetic agendas")
struct SyntheticAgendaTests {
    static let small = SyntheticAgenda.Parameters(municipalities: 9, actions: 60)
    static let medium = SyntheticAgenda.Parameters(municipalities: 40, actions: 800)

    /// Writes `text` to a fresh temporary folder, loads it, and removes the folder again.
    static func load(_ text: String) throws -> AgendaLoader.Result {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("synthetic-agenda-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("agenda.yaml")
        try Data(text.utf8).write(to: file)
        return AgendaLoader(registry: InstalledModules.registry).load(path: file.path)
    }

    /// The first few diagnostics, for a readable failure.
    static func describe(_ diagnostics: [Diagnostic]) -> Comment {
        Comment(rawValue: diagnostics.prefix(10).map(\.rendered).joined(separator: "\n"))
    }

    // MARK: Determinism

    @Test("the same parameters give the same text")
    func sameSeedSameText() {
        let first = SyntheticAgenda.yaml(Self.medium)
        let second = SyntheticAgenda.yaml(Self.medium)
        #expect(first == second)
        #expect(Array(first.utf8) == Array(second.utf8))
    }

    @Test("another seed gives another agenda of the same size")
    func differentSeedDifferentText() throws {
        var other = Self.small
        other.seed = 2
        let first = SyntheticAgenda.yaml(Self.small)
        let second = SyntheticAgenda.yaml(other)
        #expect(first != second)
        let agenda = try #require(try Self.load(second).agenda)
        #expect(agenda.actions.count == other.actions)
        #expect(agenda.region.municipalities.count == other.municipalities)
    }

    // MARK: Validity

    @Test("generated agendas load with no errors and no warnings", arguments: [small, medium])
    func loadsCleanly(_ parameters: SyntheticAgenda.Parameters) throws {
        let result = try Self.load(SyntheticAgenda.yaml(parameters))
        #expect(result.diagnostics.isEmpty, Self.describe(result.diagnostics))
        #expect(result.agenda != nil)
    }

    @Test(
        "edge sizes load with no errors and no warnings",
        arguments: [
            SyntheticAgenda.Parameters(municipalities: 1, actions: 1, years: 1, districtsPerMunicipality: 0),
            SyntheticAgenda.Parameters(municipalities: 25, actions: 3, years: 2, seed: 7, districtsPerMunicipality: 12),
            SyntheticAgenda.Parameters(
                municipalities: 3, actions: 300, years: 6, firstYear: 2030, seed: 99, districtsPerMunicipality: 1),
        ])
    func edgeSizesLoadCleanly(_ parameters: SyntheticAgenda.Parameters) throws {
        let result = try Self.load(SyntheticAgenda.yaml(parameters))
        #expect(result.diagnostics.isEmpty, Self.describe(result.diagnostics))
        let agenda = try #require(result.agenda)
        #expect(agenda.actions.count == parameters.actions)
        #expect(agenda.period == YearRange(from: parameters.firstYear, to: parameters.firstYear + parameters.years - 1))
    }

    // MARK: Shape

    @Test("counts match the parameters", arguments: [small, medium])
    func countsMatch(_ parameters: SyntheticAgenda.Parameters) throws {
        let agenda = try #require(try Self.load(SyntheticAgenda.yaml(parameters)).agenda)
        #expect(agenda.actions.count == parameters.actions)
        #expect(agenda.region.municipalities.count == parameters.municipalities)
        #expect(agenda.region.municipalities.allSatisfy { $0.districts.count == parameters.districtsPerMunicipality })
        #expect(agenda.period.years.count == parameters.years)
        #expect(agenda.funding.count == parameters.municipalities + SyntheticAgenda.sharedSourceIDs.count)
        #expect(agenda.scenarios.count == 2)

        // One source per municipality, eligible for that municipality only and for every domain and pillar.
        for municipality in agenda.region.municipalities {
            let own = agenda.funding.filter { $0.eligibility.municipalities?.map(\.value) == [municipality.id] }
            #expect(own.count == 1, "\(municipality.id) has \(own.count) own sources")
            #expect(own.first?.id == SyntheticAgenda.sourceID(ofMunicipality: municipality.id))
            #expect(own.first?.eligibility.domains == nil && own.first?.eligibility.pillars == nil)
        }
        // The shared sources are eligible for every municipality.
        let shared = agenda.funding.filter { $0.eligibility.municipalities == nil }
        #expect(shared.map(\.id) == SyntheticAgenda.sharedSourceIDs)
    }

    @Test("the agenda uses every domain, pillar, cost form and status")
    func variety() throws {
        let text = SyntheticAgenda.yaml(Self.medium)
        let agenda = try #require(try Self.load(text).agenda)
        #expect(Set(agenda.actions.map(\.domain.value)) == Set(InstalledModules.registry.domainIDs))
        #expect(Set(agenda.actions.map(\.pillar)) == Set(Pillar.allCases))
        #expect(Set(agenda.goals.map(\.pillar)) == Set(Pillar.allCases))
        #expect(Set(agenda.actions.map(\.status)) == Set(ActionStatus.allCases))
        #expect(text.contains("per-year:"))
        #expect(agenda.actions.contains { $0.places.contains { $0.kind == .everywhere } })
        #expect(agenda.actions.contains { $0.places.contains { if case .district = $0.kind { true } else { false } } })
        #expect(agenda.actions.contains { !$0.requires.isEmpty })
        #expect(agenda.actions.contains { !$0.excludes.isEmpty })
        #expect(agenda.actions.contains { $0.fundingFrom != nil })
        #expect(agenda.actions.contains { $0.pilot != nil })
        #expect(agenda.actions.contains { $0.module != nil })
        #expect(agenda.funding.contains { $0.maxShare < 1 } && agenda.funding.contains(where: \.carryOver))
        #expect(agenda.planning.allocationKey?.indicator.value == "residents-75plus")

        let committed = agenda.actions.filter { $0.status.mustBeFunded }.count
        #expect(committed > 0 && committed * 10 < agenda.actions.count, "committed and running actions are few")
        let budget = agenda.funding.reduce(0) { $0 + $1.budget.total }
        let cost = agenda.actions.reduce(0) { $0 + $1.cost.total }
        let coverage = Double(budget) / Double(cost)
        #expect(coverage > 0.45 && coverage < 0.75, "budgets cover \(coverage) of the cost")
    }

    @Test("dependencies point backwards and committed actions are affordable", arguments: [small, medium])
    func dependenciesAndCommitments(_ parameters: SyntheticAgenda.Parameters) throws {
        let agenda = try #require(try Self.load(SyntheticAgenda.yaml(parameters)).agenda)
        var position: [String: Int] = [:]
        for (index, action) in agenda.actions.enumerated() { position[action.id] = index }
        var inExclusion = Set<String>()
        for (index, action) in agenda.actions.enumerated() {
            for required in action.requires { #expect((position[required.value] ?? .max) < index) }
            for excluded in action.excludes {
                inExclusion.insert(action.id)
                inExclusion.insert(excluded.value)
                let other = try #require(agenda.action(excluded.value))
                #expect(
                    !action.requires.contains { $0.value == other.id }
                        && !other.requires.contains { $0.value == action.id })
            }
        }
        // Committed cost per municipality and year stays well under that municipality's own budget.
        var committed: [String: Int] = [:]
        for action in agenda.actions where action.status.mustBeFunded {
            #expect(!inExclusion.contains(action.id))
            #expect(action.requires.isEmpty)
            let municipalities = action.municipalityIDs(in: agenda.region)
            try #require(municipalities.count == 1)
            for amount in action.cost.entries {
                committed["\(municipalities[0]) \(amount.year)", default: 0] += amount.euros
            }
        }
        for municipality in agenda.region.municipalities {
            let source = try #require(agenda.source(SyntheticAgenda.sourceID(ofMunicipality: municipality.id)))
            for year in agenda.period.years {
                let euros = committed["\(municipality.id) \(year)"] ?? 0
                #expect(
                    euros * 2 <= source.budget[year],
                    "\(municipality.id) commits \(euros) of \(source.budget[year]) in \(year)")
            }
        }
    }

    @Test("generating the national-size agenda is fast enough to do in a test")
    func nationalSize() {
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure {
            text = SyntheticAgenda.yaml(.init(municipalities: 342, actions: 10_000))
        }
        #expect(text.utf8.count > 1_000_000)
        // Generous: debug builds are much slower than release, where this takes well under a second.
        #expect(elapsed < .seconds(30))
    }
}
