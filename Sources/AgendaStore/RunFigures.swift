import Foundation

/// A run's payments and budgets as stored: one line a figure, fields between tabs, in a fixed
/// order, so that runs with the same figures share one stored content (ids never hold a tab or a
/// line break: agenda ids are words of letters, digits, `-` and `:`).
enum RunFigures {
    static func encode(_ payments: [PlannedPayment]) -> Data {
        let sorted = payments.sorted { ($0.action, $0.year, $0.source) < ($1.action, $1.year, $1.source) }
        return Data(sorted.map { "\($0.action)\t\($0.source)\t\($0.year)\t\($0.euros)\n" }.joined().utf8)
    }

    static func encode(_ budgets: [StoredBudget]) -> Data {
        let sorted = budgets.sorted { ($0.source, $0.year) < ($1.source, $1.year) }
        return Data(sorted.map { "\($0.source)\t\($0.year)\t\($0.euros)\t\($0.carryOver ? 1 : 0)\n" }.joined().utf8)
    }

    /// The payments of `data`, or nil when a line is not one.
    static func payments(_ data: Data) -> [PlannedPayment]? {
        var result: [PlannedPayment] = []
        for fields in lines(data) {
            guard fields.count == 4, let year = Int(fields[2]), let euros = Int64(fields[3]) else { return nil }
            result.append(PlannedPayment(action: fields[0], source: fields[1], year: year, euros: euros))
        }
        return result
    }

    /// The budgets of `data`, or nil when a line is not one.
    static func budgets(_ data: Data) -> [StoredBudget]? {
        var result: [StoredBudget] = []
        for fields in lines(data) {
            guard fields.count == 4, let year = Int(fields[1]), let euros = Int64(fields[2]),
                fields[3] == "0" || fields[3] == "1"
            else { return nil }
            result.append(StoredBudget(source: fields[0], year: year, euros: euros, carryOver: fields[3] == "1"))
        }
        return result
    }

    private static func lines(_ data: Data) -> [[String]] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }
}
