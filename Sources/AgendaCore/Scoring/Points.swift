/// Priority points, kept as whole ten-thousandths so that contributions printed with four decimals
/// add up exactly to the printed score.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var tenThousandths: Int

    public init(tenThousandths: Int) {
        self.tenThousandths = tenThousandths
    }

    /// Rounds `value` to the nearest ten-thousandth.
    public init(rounding value: Double) {
        tenThousandths = Int((value * 10_000).rounded())
    }

    public static let zero = Points(tenThousandths: 0)

    public var value: Double { Double(tenThousandths) / 10_000 }

    /// Four decimals: `4.7500`.
    public var description: String {
        let sign = tenThousandths < 0 ? "-" : ""
        let magnitude = abs(tenThousandths)
        let fraction = String(magnitude % 10_000)
        return "\(sign)\(magnitude / 10_000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    public static func + (lhs: Points, rhs: Points) -> Points {
        Points(tenThousandths: lhs.tenThousandths + rhs.tenThousandths)
    }
    public static func - (lhs: Points, rhs: Points) -> Points {
        Points(tenThousandths: lhs.tenThousandths - rhs.tenThousandths)
    }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.tenThousandths < rhs.tenThousandths }
}
