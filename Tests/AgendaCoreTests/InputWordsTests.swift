import AgendaModules
import AgendaRules
import TestSupport
import Testing

@testable import AgendaCore

/// The rules' inputs in the agenda's language (`InputWords`, `DomainModule.translations`).
@Suite struct InputWordsTests {
    static let words = InputWords(
        table: [
            "residents {}": "inwoners {}", "target {} per year": "doel {} per jaar", "{} per year": "{} per jaar",
            "course places": "cursusplaatsen", "{} of {}": "{} van {}", "(place figure)": "(cijfer van de plaats)",
            "none": "geen",
        ], numbers: LocalNumbers(language: .nl))

    @Test func wholeWordsVaryingPartsAndPhrases() {
        let words = Self.words
        #expect(words.name("none") == "geen")
        #expect(words.name("residents 75+") == "inwoners 75+")
        // The most specific key wins, and the varying part is itself looked up.
        #expect(words.name("target course places per year") == "doel cursusplaatsen per jaar")
        #expect(words.name("course places per year") == "cursusplaatsen per jaar")
        #expect(words.value("3 of 9") == "3 van 9")
        #expect(
            words.value("0.16 (place figure): westland; 0.12 (place figure): delft")
                == "0,16 (cijfer van de plaats): westland; 0,12 (cijfer van de plaats): delft")
        // What no key lists stays as written; ids, years and whole numbers are not numbers to rewrite.
        #expect(words.name("homes per 100 residents") == "homes per 100 residents")
        // A declarative term's label: the engine's words frame it, the module's name its parts.
        let declarative = InputWords(
            table: InputWords.engine[.nl, default: [:]].merging(["residents-75plus": "inwoners van 75+"]) { $1 },
            numbers: LocalNumbers(language: .nl))
        #expect(declarative.name("indicator residents-75plus (weight 3)") == "indicator inwoners van 75+ (gewicht 3)")
        #expect(
            declarative.name("field ritten per residents-75plus (weight 0.5)")
                == "veld ritten per inwoners van 75+ (gewicht 0,5)")
        #expect(words.value("xtra 2025-2028, residents-75plus") == "xtra 2025-2028, residents-75plus")
    }

    /// Every input the modules write on the Dutch example agendas (the built-in ones, and the
    /// partners' YAML module with its `translations:`) has a Dutch word: a name is listed (whole or
    /// with a varying part) or is an id of the format, and no English word is left in a value.
    @Test(arguments: ["agendas/haaglanden/agenda.yaml", "agendas/partners/agenda.yaml"])
    func theExamplesReadInDutch(path: String) throws {
        let loaded = AgendaLoader(registry: InstalledModules.registry).load(path: Repository.path(path))
        let agenda = try #require(loaded.agenda)
        #expect(agenda.header.language == .nl)
        let report = ScoringEngine(registry: loaded.registry).score(agenda)
        let english: Set<String> = [
            "not", "given", "none", "of", "and", "or", "leads", "joins", "place", "figure", "default", "level", "yes",
            "no", "for", "every", "all", "counted", "the",
        ]
        for action in report.actions {
            for contribution in action.contributions {
                let words = InputWords(
                    table: report.inputWords[contribution.module] ?? [:], numbers: LocalNumbers(language: .nl))
                for input in contribution.inputs {
                    let name = words.name(input.name)
                    let isID = input.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }
                    #expect(name != input.name || isID || words.table[input.name] != nil, "\(action.id): \(input.name)")
                    let left = words.value(input.value).split { !$0.isLetter }.filter { english.contains(String($0)) }
                    #expect(left.isEmpty, "\(action.id) \(input.name): \(input.value) → \(words.value(input.value))")
                }
            }
        }
    }
}
