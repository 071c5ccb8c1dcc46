import Foundation

/// A value axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, from a round lower
/// end to a round upper end that covers the data.
struct AxisScale: Equatable {
    var lower: Double
    var upper: Double
    var step: Double

    /// About `ticks` intervals over `minimum...maximum`; the axis includes zero unless
    /// `includeZero` is false (a line chart may start elsewhere).
    init(minimum: Double = 0, maximum: Double, ticks: Int = 5, includeZero: Bool = true) {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 0
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low > high { swap(&low, &high) }
        if high - low <= 0 {
            // Nothing to spread: a unit range around the single value.
            high = low == 0 ? 1 : low + abs(low)
            if low != 0, !includeZero { low -= abs(low) / 2 }
        }
        let step = Self.niceStep((high - low) / Double(max(1, ticks)))
        self.step = step
        self.lower = (low / step + 1e-9).rounded(.down) * step
        self.upper = (high / step - 1e-9).rounded(.up) * step
        if includeZero, self.lower > 0 { self.lower = 0 }
    }

    /// The smallest of 1, 2, 5 or 10 times a power of ten that is at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let residual = raw / magnitude
        let factor: Double = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10
        return factor * magnitude
    }

    /// The tick values from `lower` to `upper`, rounded so that `0.1 * 3` is written `0.3`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        let decimals = max(0, -Int(log10(step).rounded(.down)))
        let scale = pow(10, Double(min(decimals, 12)))
        return (0...max(0, count)).map { (((lower + Double($0) * step) * scale).rounded()) / scale }
    }

    /// The position of `value` on an axis drawn from `start` (at `lower`) to `end` (at `upper`).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }
}
