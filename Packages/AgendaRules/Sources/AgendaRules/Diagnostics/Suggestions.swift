/// "Did you mean …" suggestions, from the edit distance between what was written and what exists.
public enum Suggestions {
    /// The closest candidate to `word`, if one is close enough to be a plausible typo.
    ///
    /// Case differences are free, a transposition counts as one edit, and the allowed distance grows
    /// with the word's length (1 edit up to 4 characters, then roughly one per three characters).
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String?
    where S.Element == String {
        let lowered = word.lowercased()
        let limit = max(1, min(4, (lowered.count + 2) / 3))
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(lowered, candidate.lowercased(), limit: limit)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance
                || (distance == best!.distance && candidate < best!.candidate)
            {
                best = (distance, candidate)
            }
        }
        if let best { return best.candidate }
        // A word that is the start of exactly one candidate ('ontmoeting' for 'ontmoeting-laak').
        guard lowered.count >= 4 else { return nil }
        let extensions = candidates.filter { $0 != word && $0.lowercased().hasPrefix(lowered) }
        return extensions.count == 1 ? extensions[0] : nil
    }

    /// ` (did you mean 'x'?)`, or the empty string when nothing is close.
    public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String
    where S.Element == String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), cut off early
    /// once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let s = Array(a.unicodeScalars)
        let t = Array(b.unicodeScalars)
        if abs(s.count - t.count) > limit { return limit + 1 }
        if s.isEmpty || t.isEmpty { return max(s.count, t.count) }
        var previous2 = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[t.count]
    }
}
