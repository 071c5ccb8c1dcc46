/// Every leaf's certificates (`SearchProof.Certificate`) in one table, leaf after leaf and the
/// newest last within a leaf. Every re-plan reads all of them in that order, so they lie in memory
/// in that order: with three arrays of its own per leaf, the first touch of each was a cache miss,
/// and those misses took a tenth of `sensitivity`.
struct CertificateTable: Sendable {
    /// Decision terms per certificate: the problem's actions.
    let width: Int
    /// Leaf `l`'s certificates are `starts[l] ..< starts[l + 1]`.
    private(set) var starts: [Int] = [0]
    /// Certificate `k`'s constant.
    private(set) var constants: [Double] = []
    /// Certificate `k`'s decision terms at `k × width ..< (k + 1) × width`.
    private(set) var terms: [Double] = []

    init(width: Int) {
        self.width = width
    }

    var leafCount: Int { starts.count - 1 }

    /// The certificates of `leaf`, as indices into `constants`.
    func certificates(of leaf: Int) -> Range<Int> { starts[leaf]..<starts[leaf + 1] }

    /// Adds a leaf after the others, with its certificates.
    mutating func appendLeaf(_ certificates: [SearchProof.Certificate]) {
        for certificate in certificates {
            assert(certificate.decisionTerms.count == width, "a certificate has a term per decision")
            constants.append(certificate.constant)
            terms.append(contentsOf: certificate.decisionTerms)
        }
        starts.append(constants.count)
    }

    /// The table with `added[l]` after leaf `l`'s certificates, and none at all for a leaf whose
    /// `cleared[l]` is set. The whole table is written again: re-plans learn between rounds, a
    /// few dozen times, and read it a thousand times.
    func merging(_ added: [[SearchProof.Certificate]], cleared: [Bool]) -> CertificateTable {
        var merged = CertificateTable(width: width)
        merged.constants.reserveCapacity(constants.count + added.reduce(0) { $0 + $1.count })
        merged.terms.reserveCapacity(merged.constants.capacity * width)
        merged.starts.reserveCapacity(starts.count)
        for leaf in 0..<leafCount {
            if !cleared[leaf] {
                let kept = certificates(of: leaf)
                merged.constants.append(contentsOf: constants[kept])
                merged.terms.append(contentsOf: terms[(kept.lowerBound * width)..<(kept.upperBound * width)])
                for certificate in added[leaf] {
                    merged.constants.append(certificate.constant)
                    merged.terms.append(contentsOf: certificate.decisionTerms)
                }
            }
            merged.starts.append(merged.constants.count)
        }
        return merged
    }
}
