import AgendaRules

/// A number in a module file: written as a literal, or as the name of one of the rule's parameters
/// (so `agenda` can show and tune it like any rule parameter).
public enum NumberSetting: Sendable, Hashable, CustomStringConvertible {
    case literal(Double)
    case parameter(String)

    /// The number, with the rule's parameters for this run.
    func resolve(_ parameters: RuleParameters, defaults: [String: Double]) -> Double {
        switch self {
        case .literal(let value): return value
        case .parameter(let id): return parameters.values[id] ?? defaults[id] ?? 0
        }
    }

    public var description: String {
        switch self {
        case .literal(let value): return ValueReader.format(value)
        case .parameter(let id): return id
        }
    }
}

/// One term of a declarative rule's value. The rule's value is the weighted mean of its terms.
///
/// Every term gives a number ≥ 0 for an action; scaled terms (`indicator`, `reach`, `field`) are
/// capped at 1 when the rule is normalised as `unit`, and a figure that is absent, or a division by
/// zero, gives the term's `missing` value, reported as a missing input.
public struct RuleTerm: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `indicator` of the action's area, optionally `per` `perAmount` of another indicator.
        case indicator(String, per: String?, perAmount: NumberSetting, fullAt: NumberSetting, missing: NumberSetting)
        /// The action's reach as a share of the indicator `of` of its area.
        case reach(of: String, fullAt: NumberSetting, missing: NumberSetting)
        /// A value per evidence level; levels not listed give their level / 5.
        case evidence([Evidence: NumberSetting])
        /// A numeric field of the action's module block, optionally `per` `perAmount` of an indicator.
        case field(String, per: String?, perAmount: NumberSetting, fullAt: NumberSetting, missing: NumberSetting)
        /// A numeric district field of the action's places: added up, or averaged when it is a share.
        case districtField(
            String, share: Bool, per: String?, perAmount: NumberSetting, fullAt: NumberSetting, missing: NumberSetting)
    }

    public var kind: Kind
    public var weight: NumberSetting

    public init(_ kind: Kind, weight: NumberSetting = .literal(1)) {
        self.kind = kind
        self.weight = weight
    }

    /// A short label for explain output, e.g. "indicator residents-75plus".
    public var label: String {
        switch kind {
        case .indicator(let id, let per, _, _, _): return "indicator \(id)\(per.map { " per \($0)" } ?? "")"
        case .reach(let of, _, _): return "reach of \(of)"
        case .evidence: return "evidence"
        case .field(let name, let per, _, _, _): return "field \(name)\(per.map { " per \($0)" } ?? "")"
        case .districtField(let name, _, let per, _, _, _):
            return "district field \(name)\(per.map { " per \($0)" } ?? "")"
        }
    }

    /// The term's value for `action` and the inputs it read. Never NaN or infinite.
    func value(
        for action: ActionFacts, parameters: RuleParameters, defaults: [String: Double],
        capped: Bool
    ) -> (value: Double, inputs: [RuleInput]) {
        func number(_ setting: NumberSetting) -> Double { setting.resolve(parameters, defaults: defaults) }
        // A value from parameters that are out of range (only possible through overrides) counts as 0.
        func safe(_ value: Double) -> Double { value.isFinite && value > 0 ? value : 0 }
        func scaled(_ amount: Double, fullAt: NumberSetting) -> Double? {
            let full = number(fullAt)
            guard full.isFinite, full > 0 else { return nil }
            let value = amount / full
            guard value.isFinite else { return nil }
            return capped ? min(1, max(0, value)) : max(0, value)
        }
        // `amount` per `perAmount` of the indicator `per`; nil when that indicator is absent or 0.
        func perIndicator(
            _ amount: Double, per: String?, perAmount: NumberSetting,
            inputs: inout [RuleInput], name: String
        ) -> Double? {
            guard let per else { return amount }
            guard let base = action.area.value(per), base > 0 else {
                inputs.append(.missing(per))
                return nil
            }
            let unit = number(perAmount)
            let value = amount / base * unit
            guard value.isFinite else { return nil }
            inputs.append(RuleInput(per, base))
            inputs.append(RuleInput("\(name) per \(ValueReader.format(unit)) \(per)", value))
            return value
        }

        /// A field's reading, optionally per an indicator, scaled by `full-at`; `missing` without one.
        func scaledReading(
            _ reading: Double?, name: String, per: String?, perAmount: NumberSetting,
            fullAt: NumberSetting, missing: NumberSetting
        ) -> (value: Double, inputs: [RuleInput]) {
            guard let reading else { return (safe(number(missing)), [.missing(name)]) }
            var inputs = [RuleInput(name, reading)]
            guard let amount = perIndicator(reading, per: per, perAmount: perAmount, inputs: &inputs, name: name),
                let value = scaled(amount, fullAt: fullAt)
            else {
                return (safe(number(missing)), inputs)
            }
            return (value, inputs)
        }

        switch kind {
        case .indicator(let id, let per, let perAmount, let fullAt, let missing):
            guard let reading = action.area.value(id) else {
                return (safe(number(missing)), [.missing(id)])
            }
            var inputs = [RuleInput(id, reading)]
            guard let amount = perIndicator(reading, per: per, perAmount: perAmount, inputs: &inputs, name: id),
                let value = scaled(amount, fullAt: fullAt)
            else {
                return (safe(number(missing)), inputs)
            }
            return (value, inputs)

        case .reach(let of, let fullAt, let missing):
            guard let reach = action.reach else { return (safe(number(missing)), [.missing("reach")]) }
            var inputs = [RuleInput("reach", reach)]
            guard let population = action.area.value(of), population > 0 else {
                inputs.append(.missing(of))
                return (safe(number(missing)), inputs)
            }
            let share = Double(reach) / population
            inputs.append(RuleInput(of, population))
            inputs.append(RuleInput("share of \(of) reached", share))
            guard let value = scaled(share, fullAt: fullAt) else { return (safe(number(missing)), inputs) }
            return (value, inputs)

        case .evidence(let levels):
            let level = action.evidence
            let value = levels[level].map { safe(number($0)) } ?? Double(level.level) / 5
            return (value, [RuleInput("evidence", "\(level.rawValue) (\(ValueReader.format(value)))")])

        case .field(let name, let per, let perAmount, let fullAt, let missing):
            let reading: Double?
            if let value = action.fields.number(name) {
                reading = value
            } else if let flag = action.fields.flag(name) {
                reading = flag ? 1 : 0
            } else {
                reading = nil
            }
            return scaledReading(reading, name: name, per: per, perAmount: perAmount, fullAt: fullAt, missing: missing)

        case .districtField(let name, let share, let per, let perAmount, let fullAt, let missing):
            // Only the places that give the field count: an absent figure is not a zero.
            let readings = action.places.compactMap { $0.fields.number(name) }
            let reading: Double? =
                readings.isEmpty
                ? nil
                : share ? readings.reduce(0, +) / Double(readings.count) : readings.reduce(0, +)
            return scaledReading(reading, name: name, per: per, perAmount: perAmount, fullAt: fullAt, missing: missing)
        }

    }
}
