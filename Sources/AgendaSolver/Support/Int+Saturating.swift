extension Int {
    /// `value` as a whole number, held inside ±`Int.max / 4` (sums of a few such values still fit),
    /// and 0 for NaN. Whole euros and ten-thousandths of a point derived from floating-point
    /// arithmetic go through this: a quotient by a tiny weight, or an LP value that a numerical
    /// accident made NaN, must not trap the planner. `value` is not rounded first.
    init(saturating value: Double) {
        guard !value.isNaN else {
            self = 0
            return
        }
        let limit = Double(Int.max / 4)
        self = Int(Swift.min(Swift.max(value, -limit), limit))
    }
}
