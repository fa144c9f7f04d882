/// The result of one check `dpia verify` makes.
public struct VerificationCheck: Hashable, Sendable {
    /// Whether the check held.
    public enum Outcome: String, Hashable, Sendable {
        case passed, failed, skipped
    }

    /// What was checked: `content`, `integrity record`, `answers`, `questionnaire led-core`,
    /// `regeneration`, `signature`.
    public var name: String
    /// Whether it held.
    public var outcome: Outcome
    /// What was found, in one line.
    public var message: String
    /// The 1-based line of the report the problem is on, when it has one.
    public var line: Int?
    /// For a failed comparison, the first line that differs.
    public var difference: LineDifference?

    /// Creates a check result.
    public init(
        _ name: String, _ outcome: Outcome, _ message: String, line: Int? = nil,
        difference: LineDifference? = nil
    ) {
        self.name = name
        self.outcome = outcome
        self.message = message
        self.line = line
        self.difference = difference
    }
}

/// The first line where two texts differ.
public struct LineDifference: Hashable, Sendable {
    /// The 1-based line number.
    public var line: Int
    /// The line in the report, or nil past its end.
    public var found: String?
    /// The line expected there, or nil past the end of the expected text.
    public var expected: String?

    /// The first difference between `found` and `expected`, or nil when they are equal.
    public static func first(found: String, expected: String) -> LineDifference? {
        guard Array(found.utf8) != Array(expected.utf8) else { return nil }
        let left = found.split(separator: "\n", omittingEmptySubsequences: false)
        let right = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : nil
            let b = index < right.count ? String(right[index]) : nil
            // Compare bytes: Swift's String equality would call canonically equivalent text equal.
            if a.map({ Array($0.utf8) }) != b.map({ Array($0.utf8) }) {
                return LineDifference(line: index + 1, found: a, expected: b)
            }
        }
        return nil
    }
}

/// Checks a report against its integrity record, and optionally against the answers it claims to
/// follow from and the public key it claims to be signed with. Pure: text and values in, checks out.
public enum ReportVerifier {
    /// The answers and questionnaires to regenerate the report from.
    public struct Source: Sendable {
        /// The answers file, read against `bundle`.
        public var answers: AnswerSet
        /// The questionnaires of the answers' jurisdiction.
        public var bundle: QuestionnaireBundle

        /// Creates a source.
        public init(answers: AnswerSet, bundle: QuestionnaireBundle) {
            self.answers = answers
            self.bundle = bundle
        }
    }

    /// Every check for `report`, in order: layout, content, integrity record, then with `source`
    /// the answers, each questionnaire and the regeneration, then with `key` the signature.
    public static func verify(
        _ report: String, source: Source? = nil, key: ReportVerificationKey? = nil
    ) -> [VerificationCheck] {
        let parts: ReportLayout.Parts
        do {
            parts = try ReportLayout.parts(of: report)
        } catch {
            return [VerificationCheck("integrity record", .failed, "the file cannot be verified: \(error)", line: 1)]
        }
        guard var record = IntegrityRecord.parse(parts.recordLines) else {
            return [
                VerificationCheck(
                    "integrity record", .failed,
                    "the 'integrity' record in the front matter is incomplete or not of format '\(IntegrityRecord.format)'",
                    line: parts.recordLine)
            ]
        }
        let facts = ReportFacts(frontMatter: parts.frontMatter)
        for index in record.questionnaires.indices {
            record.questionnaires[index].version = facts.versions[record.questionnaires[index].id] ?? ""
        }
        var checks = [contentCheck(parts, record), recordCheck(parts, record)]
        if let source {
            checks += sourceChecks(report, parts: parts, record: record, facts: facts, source: source)
        }
        // Matching digests prove no accidental edit and no edit made without recomputing them; anyone
        // can recompute them, so say plainly when nothing shows who wrote the report.
        if let key {
            checks.append(signatureCheck(record, key: key, line: parts.recordLine))
        } else if record.signature != nil {
            checks.append(
                VerificationCheck(
                    "signature", .skipped,
                    "signed but not checked: pass --key PUBKEY; only a valid signature shows who wrote the report"))
        } else {
            checks.append(
                VerificationCheck(
                    "signature", .skipped,
                    "not signed: anyone who edits the report can recompute its digests; only a signature shows who wrote it"
                ))
        }
        return checks
    }

    private static func contentCheck(_ parts: ReportLayout.Parts, _ record: IntegrityRecord) -> VerificationCheck {
        let digest = ContentDigest(of: parts.content)
        guard digest == record.report else {
            return VerificationCheck(
                "content", .failed,
                "the report was changed after it was written: its content has SHA-256 \(digest.short)…, "
                    + "the record says \(record.report.short)…; pass --answers FILE to find the changed line")
        }
        return VerificationCheck(
            "content", .passed, "digests match: no accidental or unrecomputed edit (SHA-256 \(digest.short)…)")
    }

    /// The record in the front matter and the annex must be exactly what dpia writes for it.
    private static func recordCheck(_ parts: ReportLayout.Parts, _ record: IntegrityRecord) -> VerificationCheck {
        let written = parts.recordLines.joined(separator: "\n") + "\n" + parts.annex
        let expected = record.frontMatterLines.joined(separator: "\n") + "\n" + record.annex
        if var difference = LineDifference.first(found: written, expected: expected) {
            let recordCount = parts.recordLines.count
            difference.line =
                difference.line <= recordCount
                ? parts.recordLine + difference.line - 1
                : parts.annexLine + difference.line - recordCount - 1
            return VerificationCheck(
                "integrity record", .failed,
                "the front matter's 'integrity' record and the annex disagree or were edited",
                line: difference.line, difference: difference)
        }
        return VerificationCheck(
            "integrity record", .passed, "the front matter and the annex record the same digests")
    }

    private static func sourceChecks(
        _ report: String, parts: ReportLayout.Parts, record: IntegrityRecord, facts: ReportFacts, source: Source
    ) -> [VerificationCheck] {
        var checks: [VerificationCheck] = []
        let answers = CanonicalForm.answersDigest(source.answers)
        checks.append(
            answers == record.answers
                ? VerificationCheck(
                    "answers", .passed, "the canonical answers match the record (SHA-256 \(answers.short)…)")
                : VerificationCheck(
                    "answers", .failed,
                    "these are not the answers the report was made from: their canonical SHA-256 is \(answers.short)…, the record says \(record.answers.short)…"
                ))
        let used = Dictionary(source.bundle.layers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for layer in record.questionnaires {
            let name = "questionnaire \(layer.id)"
            guard let current = used[layer.id] else {
                checks.append(
                    VerificationCheck(
                        name, .failed,
                        "this dpia's '\(source.bundle.jurisdiction)' questionnaires have no layer '\(layer.id)'"))
                continue
            }
            checks.append(
                current.digest == layer.digest
                    ? VerificationCheck(
                        name, .passed, "version \(current.version) matches the record (SHA-256 \(layer.digest.short)…)")
                    : VerificationCheck(
                        name, .failed,
                        "the report used version \(layer.version) with SHA-256 \(layer.digest.short)…; this dpia has version \(current.version) with SHA-256 \(current.digest.short)…"
                    ))
        }
        for layer in source.bundle.layers where !record.questionnaires.contains(where: { $0.id == layer.id }) {
            checks.append(
                VerificationCheck(
                    "questionnaire \(layer.id)", .failed, "this dpia uses layer '\(layer.id)', which the report did not"
                ))
        }
        guard let regenerated = regenerate(source, facts: facts, signature: record.signature) else {
            checks.append(
                VerificationCheck(
                    "regeneration", .failed, "the front matter has no 'date', so the report cannot be regenerated",
                    line: 1))
            return checks
        }
        if let difference = LineDifference.first(found: report, expected: regenerated) {
            checks.append(
                VerificationCheck(
                    "regeneration", .failed,
                    "the report differs from the one these answers give with this dpia's questionnaires",
                    line: difference.line, difference: difference))
        } else {
            let lines = report.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            checks.append(
                VerificationCheck("regeneration", .passed, "regenerated from the answers: identical (\(lines) lines)"))
        }
        return checks
    }

    /// The report `source` gives as of the report's date, under the answers file name it records,
    /// with the recorded signature carried over (a signature cannot be remade without the key).
    static func regenerate(_ source: Source, facts: ReportFacts, signature: IntegrityRecord.Signature?) -> String? {
        guard let date = facts.date else { return nil }
        var answers = source.answers
        if let file = facts.answersFile { answers.file = file }
        // A report made with --date records that date as an override; one made from undated answers
        // applied the law as of the day it was written, its front matter's date.
        let report = MarkdownReport(
            RuleEngine.assess(answers, with: source.bundle, today: date, lawAsOf: facts.dateOverride),
            language: facts.language)
        let content = report.content()
        var record = IntegrityRecord(
            report.assessment, language: facts.language,
            report: ContentDigest(of: ReportLayout.content(frontMatter: content.frontMatter, body: content.body)))
        record.signature = signature
        return ReportLayout.document(frontMatter: content.frontMatter, body: content.body, record: record)
    }

    private static func signatureCheck(_ record: IntegrityRecord, key: ReportVerificationKey, line: Int)
        -> VerificationCheck
    {
        guard let signature = record.signature else {
            return VerificationCheck("signature", .failed, "the report is not signed", line: line)
        }
        guard signature.key == key.fingerprint else {
            return VerificationCheck(
                "signature", .failed,
                "signed with another key: the report names key \(signature.key.short)…, the key given is \(key.fingerprint.short)…",
                line: line)
        }
        guard key.isValidSignature(signature.value, for: record) else {
            return VerificationCheck(
                "signature", .failed, "the signature does not match the recorded digests: the record was altered",
                line: line)
        }
        return VerificationCheck("signature", .passed, "valid Ed25519 signature by key \(key.fingerprint.short)…")
    }
}
