import Foundation

/// Writes an answer set as the text of a `dpia-answers/1` file that `AnswersLoader` reads back to the
/// same answers. Pure and deterministic: the same answers always give the same bytes.
///
/// Text is always double-quoted (so no note can change the file's structure, and a text answer
/// `"unknown"` stays the word); "I don't know" is a plain `unknown`; `yes`/`no`, option ids, dates and
/// numbers are plain. Answers follow the bundle's question order. An answer to a question that does
/// not apply with the other answers is kept, under a comment, because it applies again if an earlier
/// answer changes back.
public enum AnswersWriter {
    /// The file text for `answers`, with answers ordered and marked by `bundle`.
    public static func render(_ answers: AnswerSet, bundle: QuestionnaireBundle) -> String {
        var lines = [
            "# Answers of a data protection impact assessment, saved by `dpia assess` after every answer.",
            "# Continue with: dpia assess --answers <this file>. Write a report with: dpia report <this file>",
            "format: \(AnswersLoader.format)",
        ]
        if !answers.madeAgainst.isEmpty {
            lines.append("questionnaires:")
            for version in answers.madeAgainst {
                lines.append("  \(key(version.layer)): \(quoted(version.value))")
            }
        }
        lines.append("assessment:")
        let metadata = answers.metadata
        lines.append("  jurisdiction: \(quoted(metadata.jurisdiction))")
        lines.append("  organisation: \(quoted(metadata.organisation))")
        if let unit = metadata.unit { lines.append("  unit: \(quoted(unit))") }
        lines.append("  processing: \(quoted(metadata.processing))")
        if let assessor = metadata.assessor { lines.append("  assessor: \(quoted(assessor))") }
        if let date = metadata.date { lines.append("  date: \(date)") }
        if let classification = metadata.classification { lines.append("  classification: \(quoted(classification))") }
        if let language = metadata.language { lines.append("  language: \(language.rawValue)") }
        lines += dpiaLines(answers)
        lines += answerLines(answers, bundle: bundle)
        if let caseInfo = answers.caseInfo {
            lines.append("case:")
            lines.append("  title: \(quoted(caseInfo.title))")
            if let narrative = caseInfo.narrative { lines.append("  narrative: \(quoted(narrative))") }
            if !caseInfo.sources.isEmpty {
                lines.append("  sources:")
                lines += caseInfo.sources.map { "    - \(quoted($0))" }
            }
        }
        if let training = answers.training {
            lines.append("training:")
            lines.append("  narrative: \(quoted(training.narrative))")
            if !training.discussion.isEmpty {
                lines.append("  discussion:")
                lines += training.discussion.map { "    - \(quoted($0))" }
            }
            if !training.questions.isEmpty {
                lines.append("  questions:")
                lines += training.questions.map { "    - \(quoted($0.rawValue))" }
            }
            lines.append("  outcome: \(quoted(training.outcome))")
            if !training.precedents.isEmpty {
                lines.append("  precedents:")
                lines += training.precedents.map { "    - \(quoted($0))" }
            }
            if !training.translations.isEmpty {
                lines.append("  translations:")
                for (language, translation) in training.translations.sorted(by: { $0.key < $1.key }) {
                    lines.append("    \(language.rawValue):")
                    if let narrative = translation.narrative { lines.append("      narrative: \(quoted(narrative))") }
                    if !translation.discussion.isEmpty {
                        lines.append("      discussion:")
                        lines += translation.discussion.map { "        - \(quoted($0))" }
                    }
                    if let outcome = translation.outcome { lines.append("      outcome: \(quoted(outcome))") }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `answers:` block in bundle order; answers to questions the bundle does not have come last,
    /// by id, so that nothing given is ever dropped.
    private static func answerLines(_ answers: AnswerSet, bundle: QuestionnaireBundle) -> [String] {
        guard !answers.answers.isEmpty else { return ["answers: {}"] }
        let states = RuleEngine.answerStates(answers, bundle: bundle)
        let known = bundle.questions.map(\.id).filter { answers.answers[$0] != nil }
        let unknownIDs = answers.answers.keys.filter { bundle.question($0) == nil }.sorted()
        var lines = ["answers:"]
        for id in known + unknownIDs {
            guard let answer = answers.answers[id] else { continue }
            if bundle.question(id) != nil, states[id] == .notApplicable {
                lines.append("  # not asked with the answers above; kept because it applies again if they change")
            }
            let value = self.value(answer.state)
            if answer.note == nil && answer.evidence == nil {
                lines.append("  \(key(id.rawValue)): \(value)")
                continue
            }
            lines.append("  \(key(id.rawValue)):")
            // A note kept before the question is answered has no value yet.
            if answer.state != .unanswered { lines.append("    value: \(value)") }
            if let note = answer.note { lines.append("    note: \(quoted(note))") }
            if let evidence = answer.evidence { lines.append("    evidence: \(quoted(evidence))") }
        }
        return lines
    }

    /// An answer state as a YAML value. `notApplicable` and `unanswered` are never stored in a set, but
    /// are written as "I don't know" rather than lost if they were.
    /// The DPIA blocks: description, measures, risks and sign-off, in that order, each only when present.
    static func dpiaLines(_ answers: AnswerSet) -> [String] {
        var lines: [String] = []
        let description = answers.description
        if !description.isEmpty {
            lines.append("description:")
            if let stage = description.stage { lines.append("  stage: \(stage.rawValue)") }
            let lists: [(String, [String])] = [
                ("purposes", description.purposes), ("data_subjects", description.dataSubjects),
                ("data_categories", description.dataCategories), ("sources", description.sources),
            ]
            for (key, values) in lists where !values.isEmpty {
                lines.append("  \(key):")
                lines += values.map { "    - \(quoted($0))" }
            }
            if !description.recipients.isEmpty {
                lines.append("  recipients:")
                for recipient in description.recipients {
                    var entry = "    - {name: \(quoted(recipient.name)), role: \(quoted(recipient.role))"
                    if let country = recipient.country { entry += ", country: \(quoted(country))" }
                    lines.append(entry + "}")
                }
            }
            if !description.systems.isEmpty {
                lines.append("  systems:")
                lines += description.systems.map { "    - \(quoted($0))" }
            }
            if let vendor = description.vendor { lines.append("  vendor: \(quoted(vendor))") }
            if !description.dataFlow.isEmpty {
                lines.append("  data_flow:")
                lines += description.dataFlow.map { "    - \(quoted($0))" }
            }
            if let retention = description.retention { lines.append("  retention: \(quoted(retention))") }
            if let scale = description.scale { lines.append("  scale: \(quoted(scale))") }
        }
        if !answers.measureRecords.isEmpty {
            lines.append("measures:")
            for (id, record) in answers.measureRecords.sorted(by: { $0.key < $1.key }) {
                var fields = ["status: \(record.status.rawValue)"]
                if let owner = record.owner { fields.append("owner: \(quoted(owner))") }
                if let due = record.due { fields.append("due: \(due)") }
                if let reason = record.reason { fields.append("reason: \(quoted(reason))") }
                if let evidence = record.evidence { fields.append("evidence: \(quoted(evidence))") }
                lines.append("  \(key(id)): {" + fields.joined(separator: ", ") + "}")
            }
        }
        if !answers.riskDecisions.isEmpty {
            lines.append("risks:")
            for (id, decision) in answers.riskDecisions.sorted(by: { $0.key < $1.key }) {
                var fields: [String] = []
                let levels: [(String, RiskLevel?)] = [
                    ("severity", decision.severity), ("likelihood", decision.likelihood),
                    ("residual_severity", decision.residualSeverity),
                    ("residual_likelihood", decision.residualLikelihood),
                ]
                for (name, level) in levels { if let level { fields.append("\(name): \(level.id)") } }
                if let justification = decision.justification {
                    fields.append("justification: \(quoted(justification))")
                }
                lines.append("  \(key(id)): {" + fields.joined(separator: ", ") + "}")
            }
        }
        if let signOff = answers.signOff {
            lines.append("sign_off:")
            func person(_ name: String, _ signatory: Signatory?) {
                guard let signatory else { return }
                var fields = ["name: \(quoted(signatory.name))"]
                if let role = signatory.role { fields.append("role: \(quoted(role))") }
                if let date = signatory.date { fields.append("date: \(date)") }
                lines.append("  \(name): {" + fields.joined(separator: ", ") + "}")
            }
            if let opinion = signOff.dpoOpinion { lines.append("  dpo_opinion: \(opinion.rawValue)") }
            if let text = signOff.dpoOpinionText { lines.append("  dpo_opinion_text: \(quoted(text))") }
            person("dpo", signOff.dpo)
            person("measures_approved_by", signOff.measuresApprovedBy)
            person("residual_risks_accepted_by", signOff.residualRisksAcceptedBy)
            if let sent = signOff.priorConsultationSent { lines.append("  prior_consultation_sent: \(sent)") }
            if let outcome = signOff.priorConsultationOutcome {
                lines.append("  prior_consultation_outcome: \(quoted(outcome))")
            }
            if let decision = signOff.controllerDecision { lines.append("  controller_decision: \(decision.rawValue)") }
            if let text = signOff.controllerDecisionText { lines.append("  controller_decision_text: \(quoted(text))") }
            person("controller", signOff.controller)
            if let review = signOff.nextReview { lines.append("  next_review: \(review)") }
        }
        return lines
    }

    static func value(_ state: AnswerState) -> String {
        switch state {
        case .notApplicable, .unanswered, .unknown:
            return "unknown"
        case .value(.yesNo(let yes)):
            return yes ? "yes" : "no"
        case .value(.choice(let option)):
            return word(option)
        case .value(.choices(let options)):
            return "[" + options.map(word).joined(separator: ", ") + "]"
        case .value(.text(let text)):
            return quoted(text)
        case .value(.date(let date)):
            return date.description
        case .value(.number(let number)):
            return number.description
        }
    }

    /// An option id plain when it has the shape ids are checked for, quoted otherwise.
    private static func word(_ text: String) -> String {
        QuestionID.isWord(text) ? text : quoted(text)
    }

    /// A mapping key: question ids and layer ids plain, anything else quoted.
    private static func key(_ text: String) -> String {
        let isSafe =
            !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
            }
        return isSafe && text != "unknown" ? text : quoted(text)
    }

    /// A YAML double-quoted scalar. Quotes, backslashes and every control, line-separator or
    /// byte-order character are escaped, so the value is one line and reads back exactly.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    result += "\\u" + String(format: "%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
