import Testing

@testable import DPIAKit

@Suite("Verifying reports")
struct ReportVerifierTests {
    static let answers = """
          vendor.external: yes
          vendor.kind: private_company
          vendor.contract: no
          vendor.se_register: yes
        """

    static func source(_ lines: String = answers) throws -> ReportVerifier.Source {
        let (set, diagnostics) = Fixtures.answers(lines)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return ReportVerifier.Source(answers: try #require(set), bundle: Fixtures.bundle())
    }

    static var report: String { MarkdownReport(Fixtures.assess(answers)).render() }

    static func failed(_ checks: [VerificationCheck]) -> [String] {
        checks.filter { $0.outcome == .failed }.map(\.name)
    }

    @Test("a report just written verifies, alone and against its answers")
    func freshReportVerifies() throws {
        let alone = ReportVerifier.verify(Self.report)
        #expect(alone.map(\.name) == ["content", "integrity record", "signature"])
        #expect(alone.last?.outcome == .skipped)
        #expect(Self.failed(alone).isEmpty)
        let full = ReportVerifier.verify(Self.report, source: try Self.source())
        #expect(Self.failed(full).isEmpty, "\(full)")
        #expect(full.contains { $0.name == "regeneration" && $0.outcome == .passed })
        #expect(full.contains { $0.name == "questionnaire mini-se" && $0.outcome == .passed })
    }

    @Test("the content digest is the SHA-256 of the report without its integrity record")
    func contentDefinition() throws {
        let parts = try ReportLayout.parts(of: Self.report)
        #expect(!parts.content.contains("integrity:"))
        #expect(!parts.content.contains(ReportLayout.annexHeading))
        #expect(parts.content.hasPrefix("---\ntitle: "))
        #expect(parts.content.hasSuffix("\n\n"))
        let record = try #require(IntegrityRecord.parse(parts.recordLines))
        #expect(record.report == ContentDigest(of: parts.content))
    }

    @Test("editing any one character of the content makes verification fail")
    func oneCharacterEdits() throws {
        let report = Self.report
        let parts = try ReportLayout.parts(of: report)
        let scalars = Array(report.unicodeScalars)
        let end = parts.recordLine  // an offset well inside the front matter, then every 97th scalar
        for offset in Array(stride(from: end, to: scalars.count, by: 97)) {
            var edited = scalars
            edited[offset] = edited[offset] == "x" ? "y" : "x"
            var text = String.UnicodeScalarView()
            text.append(contentsOf: edited)
            let failures = Self.failed(ReportVerifier.verify(String(text)))
            #expect(!failures.isEmpty, "an edit at scalar \(offset) went unnoticed")
        }
    }

    @Test("an edited line is named with both versions when the answers are given")
    func editNamesThePlace() throws {
        let report = Self.report
        let lines = report.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.hasPrefix("Red patterns: ") })
        let edited = report.replacingOccurrences(of: "Red patterns: 1 detected", with: "Red patterns: 0 detected")
        #expect(edited != report)
        let checks = ReportVerifier.verify(edited, source: try Self.source())
        #expect(Self.failed(checks) == ["content", "regeneration"])
        let regeneration = try #require(checks.first { $0.name == "regeneration" })
        #expect(regeneration.line == index + 1)
        #expect(
            regeneration.difference?.found == lines[index].replacingOccurrences(of: "1 detected", with: "0 detected"))
        #expect(regeneration.difference?.expected == lines[index])
    }

    @Test("other answers fail the answers and regeneration checks")
    func otherAnswers() throws {
        let other = try Self.source(
            Self.answers.replacingOccurrences(of: "vendor.contract: no", with: "vendor.contract: yes"))
        let checks = ReportVerifier.verify(Self.report, source: other)
        #expect(Self.failed(checks) == ["answers", "regeneration"])
    }

    @Test("a record edited in the annex only is caught by the record check, at its line")
    func annexEdit() throws {
        let report = Self.report
        let parts = try ReportLayout.parts(of: report)
        let edited = report.replacingOccurrences(of: "Not signed.", with: "Signed.")
        let checks = ReportVerifier.verify(edited)
        #expect(Self.failed(checks) == ["integrity record"])
        let line = try #require(checks.first { $0.name == "integrity record" }?.line)
        #expect(line > parts.annexLine)
        #expect(edited.components(separatedBy: "\n")[line - 1] == "Signed.")
    }

    @Test("a text without front matter or record cannot be verified")
    func notAReport() {
        #expect(Self.failed(ReportVerifier.verify("# Hello\n")) == ["integrity record"])
        #expect(throws: ReportLayout.LayoutError.noRecord) {
            try ReportLayout.parts(of: "---\ntitle: x\n---\n\n## 8. Integrity\n")
        }
    }

    @Test("a signed report verifies with its public key and fails with another or when tampered")
    func signatures() throws {
        let key = ReportSigningKey()
        let signed = try MarkdownReport(Fixtures.assess(Self.answers)).render(signedWith: key)
        #expect(signed.contains("algorithm: Ed25519"))
        #expect(Self.failed(ReportVerifier.verify(signed, source: try Self.source(), key: key.publicKey)).isEmpty)
        #expect(ReportVerifier.verify(signed).contains { $0.name == "signature" && $0.outcome == .skipped })
        #expect(Self.failed(ReportVerifier.verify(signed, key: ReportSigningKey().publicKey)) == ["signature"])
        #expect(Self.failed(ReportVerifier.verify(Self.report, key: key.publicKey)) == ["signature"])

        // Someone edits the body, then rewrites both digests to match: only the signature notices.
        let edited = signed.replacingOccurrences(of: "Red patterns: 1 detected", with: "Red patterns: 0 detected")
        let oldParts = try ReportLayout.parts(of: signed)
        let newParts = try ReportLayout.parts(of: edited)
        let oldDigest = ContentDigest(of: oldParts.content).hex
        let newDigest = ContentDigest(of: newParts.content).hex
        let forged = edited.replacingOccurrences(of: oldDigest, with: newDigest)
        #expect(Self.failed(ReportVerifier.verify(forged)).isEmpty)
        #expect(Self.failed(ReportVerifier.verify(forged, key: key.publicKey)) == ["signature"])
    }

    @Test("key files round-trip and refuse the other kind of key")
    func keyFiles() throws {
        let key = ReportSigningKey()
        let reread = try ReportSigningKey(fileText: key.fileText)
        #expect(reread.publicKey.fingerprint == key.publicKey.fingerprint)
        #expect(key.fileText.hasPrefix("-----BEGIN DPIA ED25519 PRIVATE KEY-----\n"))
        let publicKey = try ReportVerificationKey(fileText: key.publicKey.fileText)
        #expect(publicKey.fingerprint == key.publicKey.fingerprint)
        #expect(throws: KeyFileError.self) { try ReportVerificationKey(fileText: key.fileText) }
        #expect(throws: KeyFileError.self) { try ReportSigningKey(fileText: "not a key") }
    }
}
