import Testing

@testable import AgendaSolver

/// The table that holds every leaf's certificates in one array (`CertificateTable`), and the
/// proof's learning on top of it: certificates land after the leaf's own, at most
/// `certificatesPerLeaf` a leaf, and a leaf shown to hold no plan loses them all.
@Suite struct CertificateTableTests {
    static func certificate(_ constant: Double, width: Int = 3) -> SearchProof.Certificate {
        SearchProof.Certificate(
            constant: constant, decisionTerms: (0..<width).map { constant + Double($0) / 10 })
    }

    /// The constants of each leaf's certificates, in the table's order.
    static func constants(_ table: CertificateTable) -> [[Double]] {
        (0..<table.leafCount).map { leaf in table.certificates(of: leaf).map { table.constants[$0] } }
    }

    @Test func leavesKeepTheirCertificatesInOrder() {
        var table = CertificateTable(width: 3)
        table.appendLeaf([Self.certificate(1)])
        table.appendLeaf([])
        table.appendLeaf([Self.certificate(3), Self.certificate(4)])
        #expect(Self.constants(table) == [[1], [], [3, 4]])
        #expect(table.terms.count == 3 * 3)
        let fourth = table.certificates(of: 2).upperBound - 1
        #expect(Array(table.terms[(fourth * 3)..<(fourth * 3 + 3)]) == [4, 4.1, 4.2])
    }

    @Test func mergingAddsAfterEachLeafsOwnAndClears() {
        var table = CertificateTable(width: 3)
        for constant in [1.0, 2, 3] { table.appendLeaf([Self.certificate(constant)]) }
        let merged = table.merging(
            [[Self.certificate(10), Self.certificate(11)], [Self.certificate(20)], [Self.certificate(30)]],
            cleared: [false, true, false])
        #expect(Self.constants(merged) == [[1, 10, 11], [], [3, 30]])
        // Every certificate's terms moved with it.
        for leaf in 0..<merged.leafCount {
            for k in merged.certificates(of: leaf) {
                #expect(
                    Array(merged.terms[(k * 3)..<(k * 3 + 3)]) == Self.certificate(merged.constants[k]).decisionTerms)
            }
        }
        #expect(Self.constants(table) == [[1], [2], [3]], "the table merged from is unchanged")
    }

    @Test func learningCapsEachLeafAndForgetsLeavesWithoutPlans() {
        var proof = SearchProof(rootBasis: DualSimplex.Basis(basic: [], atUpper: []), cuts: [], decisions: 3)
        proof.addLeaf(
            fixes: [SearchProof.Fix(action: 0, value: true)], certificate: Self.certificate(1), basis: nil,
            holdsPlans: true)
        proof.addLeaf(
            fixes: [SearchProof.Fix(action: 1, value: false), SearchProof.Fix(action: 2, value: true)],
            certificate: Self.certificate(2), basis: nil, holdsPlans: true)
        proof.addLeaf(fixes: [], certificate: Self.certificate(3), basis: nil, holdsPlans: true)
        #expect(proof.fixes(of: 1).map(\.action) == [1, 2])
        var many = SearchProof.Lessons()
        for index in 0..<20 { many.certificates.append((0, Self.certificate(100 + Double(index)))) }
        var emptied = SearchProof.Lessons()
        emptied.certificates = [(1, Self.certificate(50)), (1, nil), (1, Self.certificate(51))]
        proof.learn([many, emptied])
        let kept = Self.constants(proof.certificates)
        #expect(kept[0].count == SearchProof.certificatesPerLeaf)
        #expect(kept[0].prefix(3) == [1, 100, 101], "the leaf's own first, then the lessons' in order")
        #expect(kept[1].isEmpty && !proof.leaves[1].holdsPlans)
        #expect(kept[2] == [3])
        let reopened = proof.reopened(costs: [-1.0, -1, -1], fixed: [-1, -1, -1]) { _ in false }
        #expect(reopened.map(\.leaf) == [0, 2], "a leaf without plans is never reopened")
    }
}
