import AgendaRules

/// The words of the rules' inputs in a report's language: what `explain` shows beside each rule.
///
/// Rules write their inputs in English (`RuleInput`); each module lists their words in other
/// languages (`DomainModule.translations`). A name or a value is looked up whole; failing that,
/// the phrases (keys that start with `(`) are replaced inside it, and failing those, it is matched
/// against the keys with varying parts (`{}`, the most specific first). Decimal numbers inside a
/// value are written the report's way. What no table lists stays as the rule wrote it, so a
/// partner's module without translations still reads, in English.
struct InputWords {
    let table: [String: String]
    let numbers: LocalNumbers

    /// Per module id, the words of the core engine, the core rules and the module, in `language`
    /// (the module's own words win); empty for English, which the rules write.
    static func tables(for registry: ModuleRegistry, language: ReportLanguage) -> [String: [String: String]] {
        guard language != .en else { return [:] }
        let shared = (engine[language] ?? [:]).merging(registry.core.translations[language] ?? [:]) { $1 }
        var tables = [registry.core.id: shared]
        for module in registry.modules {
            tables[module.id] = shared.merging(module.translations[language] ?? [:]) { $1 }
        }
        return tables
    }

    /// The words the scoring engine itself writes (`ScoringEngine`, `NegativePilot`, declarative
    /// modules).
    static let engine: [ReportLanguage: [String: String]] = [
        .nl: [
            "capped at 1": "afgekapt op 1", "the rule gave {}": "de regel gaf {}",
            "largest among actions": "grootste van alle acties", "points before": "punten ervoor",
            "share kept": "deel dat blijft", "pilot": "pilot", "negative": "negatief",
            "total weight": "totaalgewicht", "0: the rule gives 0": "0: de regel geeft 0",
            "(weight ": "(gewicht ", "share of {} reached": "aandeel van {} bereikt", "none": "geen",
            "not given": "niet opgegeven", "reach": "bereik",
            // A declarative rule's terms, each with its weight (`RuleTerm.label`).
            "indicator {} (weight {})": "indicator {} (gewicht {})",
            "indicator {} per {} (weight {})": "indicator {} per {} (gewicht {})",
            "reach of {} (weight {})": "bereik onder {} (gewicht {})",
            "evidence (weight {})": "onderbouwing (gewicht {})", "none ({})": "geen ({})",
            "field {} (weight {})": "veld {} (gewicht {})",
            "field {} per {} (weight {})": "veld {} per {} (gewicht {})",
            "district field {} (weight {})": "veld van de plaats {} (gewicht {})",
            "district field {} per {} (weight {})": "veld van de plaats {} per {} (gewicht {})",
        ]
    ]

    /// An input's name.
    func name(_ text: String) -> String {
        table[text] ?? varying(text) ?? phrases(in: text)
    }

    /// An input's value that is not one plain number.
    func value(_ text: String) -> String {
        if let whole = table[text] { return whole }
        // Phrases first: they name the text's own words, where a varying key would only frame them.
        let phrased = phrases(in: text)
        return decimals(in: phrased != text ? phrased : varying(text) ?? text)
    }

    /// The text through the most specific key with varying parts that matches it, each part itself
    /// translated (or written as a number); nil when none matches.
    private func varying(_ text: String) -> String? {
        let keys = table.keys.filter { $0.contains("{}") }.sorted {
            ($0.count - 2, $1) > ($1.count - 2, $0)
        }
        for key in keys {
            guard let translation = table[key],
                let parts = Self.parts(of: text, around: key.components(separatedBy: "{}"))
            else { continue }
            var result = translation
            for part in parts {
                let shown = Double(part).map { numbers.decimal($0, places: 4) } ?? table[part] ?? part
                if let slot = result.range(of: "{}") { result.replaceSubrange(slot, with: shown) }
            }
            return result
        }
        return nil
    }

    /// The varying parts of `text` between `pieces` (a key split at its `{}`), in order; nil when
    /// the text does not have that shape or a part would be empty.
    private static func parts(of text: String, around pieces: [String]) -> [String]? {
        guard let first = pieces.first, let last = pieces.last, text.count > first.count + last.count,
            text.hasPrefix(first), text.hasSuffix(last)
        else { return nil }
        var rest = text.dropFirst(first.count).dropLast(last.count)
        var parts: [String] = []
        for piece in pieces.dropFirst().dropLast() {
            guard let range = rest.range(of: piece) else { return nil }
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts.contains(where: \.isEmpty) ? nil : parts
    }

    /// The phrases of the table replaced inside `text`, longest first.
    private func phrases(in text: String) -> String {
        var result = text
        for key in table.keys.filter({ $0.hasPrefix("(") }).sorted(by: { ($0.count, $1) > ($1.count, $0) }) {
            if let translation = table[key] { result = result.replacingOccurrences(of: key, with: translation) }
        }
        return result
    }

    /// Every decimal number in `text` (`0.16 (place figure): westland`) written the report's way;
    /// whole numbers, years and ids are left alone.
    private func decimals(in text: String) -> String {
        text.replacing(/[\w.]+/) { match in
            let token = String(match.output)
            guard token.wholeMatch(of: /\d+\.\d+/) != nil, let number = Double(token) else { return token }
            return numbers.decimal(number, places: 4)
        }
    }
}
