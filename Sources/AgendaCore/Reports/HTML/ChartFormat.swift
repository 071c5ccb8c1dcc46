import Foundation

/// How a chart writes its numbers: short on axis ticks, in full beside bars and in tooltips, in
/// the report's language.
struct ChartFormat {
    /// Tick labels, e.g. `€ 1,2 mln`.
    var axis: (Double) -> String
    /// Values beside bars and in tooltips, e.g. `€1.234.567`.
    var value: (Double) -> String

    /// Euros: ticks abbreviated (`€ 1,2 mln` / `€1.2M`), values in whole euros.
    static func euros(_ language: ReportLanguage) -> ChartFormat {
        let numbers = LocalNumbers(language: language)
        return ChartFormat(
            axis: { abbreviatedEuros($0, language: language) },
            value: { numbers.euros(Int($0.rounded())) })
    }

    /// Euros with cents beside the bars (`€147,50`), for amounts per person.
    static func eurosWithCents(_ language: ReportLanguage) -> ChartFormat {
        let numbers = LocalNumbers(language: language)
        return ChartFormat(
            axis: { abbreviatedEuros($0, language: language) },
            value: { numbers.euros(cents: $0) })
    }

    /// Plain numbers with up to `places` decimals.
    static func number(_ language: ReportLanguage, places: Int = 2) -> ChartFormat {
        let numbers = LocalNumbers(language: language)
        return ChartFormat(
            axis: { numbers.decimal($0, places: places) }, value: { numbers.decimal($0, places: places) })
    }

    /// An amount of euros, short: Dutch `€ 950`, `€ 250.000`, `€ 1,2 mln`, `€ 3 mld`;
    /// English `€950`, `€250k`, `€1.2M`, `€3bn`. Up to two decimals, trailing zeros dropped.
    static func abbreviatedEuros(_ value: Double, language: ReportLanguage) -> String {
        let numbers = LocalNumbers(language: language)
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        let prefix = language == .nl ? "\(sign)€ " : "\(sign)€"
        let (scaled, suffix): (Double, String) =
            switch (language, magnitude) {
            case (.nl, 1e9...): (magnitude / 1e9, " mld")
            case (.nl, 1e6...): (magnitude / 1e6, " mln")
            case (.en, 1e9...): (magnitude / 1e9, "bn")
            case (.en, 1e6...): (magnitude / 1e6, "M")
            case (.en, 1e4...): (magnitude / 1e3, "k")
            default: (magnitude, "")
            }
        return prefix + numbers.decimal(scaled, places: 2) + suffix
    }
}
