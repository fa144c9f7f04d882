/// The checks that need the whole bundle.
extension BundleAssembler {
    static func check(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        checkReferences(bundle, log: log)
        checkAreas(bundle, log: log)
        checkConditions(bundle, log: log)
        checkRisks(bundle, log: log)
    }

    /// A risk names existing rules and measures; a measure shared by id is defined once.
    private static func checkRisks(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        let rules = Set(bundle.rules.map { $0.body.id })
        for risk in bundle.risks {
            for id in risk.raisedBy where !rules.contains(id) {
                var message = "risk '\(risk.id)' is raised by '\(id)', which is no finding or red pattern"
                if let guess = Suggestion.closest(to: id, among: Array(rules)) {
                    message += "; did you mean '\(guess)'?"
                }
                log.error(message, at: risk.origin.location)
            }
            for id in risk.lowersLikelihood + risk.lowersSeverity where bundle.measures[id] == nil {
                var message = "risk '\(risk.id)' names measure '\(id)', which no layer declares"
                if let guess = Suggestion.closest(to: id, among: Array(bundle.measures.keys)) {
                    message += "; did you mean '\(guess)'?"
                }
                log.error(message, at: risk.origin.location)
            }
            for (scale, rules) in [("severity", risk.severity), ("likelihood", risk.likelihood)] {
                if let index = rules.firstIndex(where: { $0.condition == nil }), index < rules.count - 1 {
                    log.warning(
                        "risk '\(risk.id)' has \(scale) levels after its default (a level without 'when'); they never apply",
                        at: risk.origin.location)
                }
            }
            if risk.severity.isEmpty || risk.likelihood.isEmpty {
                log.error(
                    "risk '\(risk.id)' needs at least one 'severity' and one 'likelihood' level",
                    at: risk.origin.location)
            }
        }
    }

    /// Citations must name a source declared by the layer or a layer it extends; precedents must exist.
    private static func checkReferences(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        for layer in bundle.layers {
            let lineage = lineage(of: layer, in: bundle)
            let keys = Set(bundle.layers.filter { lineage.contains($0.id) }.flatMap { $0.sources.map(\.key) })
            let precedents = Set(bundle.layers.filter { lineage.contains($0.id) }.flatMap { $0.precedents.map(\.id) })
            for (reference, location) in layer.referenceLocations.sorted(by: { $0.value < $1.value }) {
                if reference.hasPrefix("precedent:") {
                    let id = String(reference.dropFirst("precedent:".count))
                    if !precedents.contains(id) {
                        var message = "unknown precedent '\(Diagnostic.excerpt(id))'"
                        if let guess = Suggestion.closest(to: id, among: Array(precedents)) {
                            message += "; did you mean '\(guess)'?"
                        }
                        log.error(message + "; declare it under 'precedents'", at: location)
                    }
                } else if let citation = Citation(parsing: reference), !keys.contains(citation.sourceKey) {
                    var message =
                        "citation '\(Diagnostic.excerpt(reference))' names source '\(Diagnostic.excerpt(citation.sourceKey))', which '\(layer.id)' does not declare"
                    if let guess = Suggestion.closest(to: citation.sourceKey, among: Array(keys)) {
                        message += "; did you mean '\(guess)'?"
                    }
                    log.error(message + "; add it under 'sources'", at: location)
                }
            }
        }
    }

    private static func checkAreas(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        let findingIDs = Set(bundle.findings.map(\.id))
        for rule in bundle.findings {
            for id in rule.excludes where !findingIDs.contains(id) {
                log.error("finding '\(rule.id)' excludes '\(id)', which is no finding", at: rule.origin.location)
            }
        }
        let ids = bundle.areas.map(\.id)
        for rule in bundle.findings where !ids.contains(rule.area) {
            var message = "finding '\(rule.id)' names unknown area '\(Diagnostic.excerpt(rule.area))'"
            if let guess = Suggestion.closest(to: rule.area, among: ids) { message += "; did you mean '\(guess)'?" }
            log.error(message, at: rule.origin.location)
        }
    }

    /// Conditions may name only existing questions and options, in ways their type supports; a
    /// question's condition may only look back, so the interview never depends on the future.
    private static func checkConditions(_ bundle: QuestionnaireBundle, log: DiagnosticLog) {
        let questions = bundle.questions
        var position: [QuestionID: Int] = [:]
        for (index, question) in questions.enumerated() where position[question.id] == nil {
            position[question.id] = index
        }
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, question) in questions.enumerated() {
            guard let condition = question.condition else { continue }
            ConditionCheck(condition: condition, questions: byID, log: log).run()
            for reference in condition.parsed.references {
                guard let at = position[reference.question] else { continue }
                if reference.question == question.id {
                    log.error(
                        "question '\(question.id)' is shown only on its own answer",
                        at: condition.location(at: reference.offset))
                } else if at > index {
                    log.error(
                        "condition of '\(question.id)' names '\(Diagnostic.excerpt(reference.question))', which is asked later; a condition may only look back",
                        at: condition.location(at: reference.offset))
                }
            }
        }
        reportCycles(questions, log: log)
        for rule in bundle.rules {
            if let condition = rule.body.condition {
                ConditionCheck(condition: condition, questions: byID, log: log).run()
            }
        }
        for risk in bundle.risks {
            let conditions = [risk.condition] + (risk.severity + risk.likelihood).map(\.condition)
            for condition in conditions.compactMap({ $0 }) {
                ConditionCheck(condition: condition, questions: byID, log: log).run()
            }
        }
    }

    /// Reports each cycle among question conditions once, naming every question on it. Iterative, so
    /// a long chain of conditions (each question shown on the previous one) cannot exhaust the stack.
    private static func reportCycles(_ questions: [Question], log: DiagnosticLog) {
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func successors(_ id: QuestionID) -> [QuestionID] {
            (byID[id]?.condition?.parsed.references.map(\.question) ?? []).filter { byID[$0] != nil }
        }
        enum Mark { case visiting, done }
        var marks: [QuestionID: Mark] = [:]
        var reported: Set<Set<QuestionID>> = []
        for root in questions.map(\.id) where marks[root] == nil {
            // Each frame is a question and how many of its successors were already followed.
            var stack: [(id: QuestionID, next: Int)] = [(root, 0)]
            marks[root] = .visiting
            while let top = stack.last {
                let following = successors(top.id)
                guard top.next < following.count else {
                    marks[top.id] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let next = following[top.next]
                switch marks[next] {
                case .visiting?:
                    guard let start = stack.firstIndex(where: { $0.id == next }) else { continue }
                    let cycle = stack[start...].map(\.id)
                    if reported.insert(Set(cycle)).inserted, let question = byID[next] {
                        let names = (cycle + [next]).map { "'\($0)'" }.joined(separator: " -> ")
                        log.error("conditions form a cycle: \(names)", at: question.origin.location)
                    }
                case .done?:
                    continue
                case nil:
                    marks[next] = .visiting
                    stack.append((next, 0))
                }
            }
        }
    }
}

/// Checks one condition against the questions it names.
private struct ConditionCheck {
    let condition: LocatedCondition
    let questions: [QuestionID: Question]
    let log: DiagnosticLog

    func run() { walk(condition.condition) }

    private func offset(of id: QuestionID) -> Int {
        condition.parsed.references.first { $0.question == id }?.offset ?? 0
    }

    /// The position of `literal` written after the question it is compared with.
    private func location(of literal: Literal, after id: QuestionID) -> SourceLocation {
        let scalars = Array(condition.text.unicodeScalars)
        let needle = Array(literal.description.unicodeScalars)
        var start = offset(of: id)
        while start + needle.count <= scalars.count {
            if Array(scalars[start..<(start + needle.count)]) == needle { return condition.location(at: start) }
            start += 1
        }
        return condition.location(at: offset(of: id))
    }

    private func question(_ id: QuestionID) -> Question? {
        guard let question = questions[id] else {
            var message = "condition names unknown question '\(Diagnostic.excerpt(id))'"
            if let guess = Suggestion.closest(to: id.rawValue, among: questions.keys.map(\.rawValue)) {
                message += "; did you mean '\(guess)'?"
            }
            log.error(message, at: condition.location(at: offset(of: id)))
            return nil
        }
        return question
    }

    private func walk(_ node: Condition) {
        switch node {
        case .constant:
            break
        case .isYes(let id):
            guard let question = question(id) else { return }
            if question.kind != .yesNo {
                log.error(
                    "'\(Diagnostic.excerpt(id))' is a \(question.kind.rawValue) question; a bare id means '== yes' and needs a yes_no question",
                    at: condition.location(at: offset(of: id)))
            }
        case .compare(let id, let op, let literal):
            guard let question = question(id) else { return }
            checkOperator(op, on: question)
            checkValue(literal, of: question)
        case .oneOf(let id, let literals):
            guard let question = question(id) else { return }
            if question.kind == .multipleChoice {
                log.error(
                    "'\(Diagnostic.excerpt(id))' is multiple_choice; use 'contains' instead of 'in'",
                    at: condition.location(at: offset(of: id)))
                return
            }
            literals.forEach { checkValue($0, of: question) }
        case .contains(let id, let literal):
            guard let question = question(id) else { return }
            guard question.kind == .multipleChoice else {
                log.error(
                    "'contains' needs a multiple_choice question; '\(Diagnostic.excerpt(id))' is \(question.kind.rawValue)",
                    at: condition.location(at: offset(of: id)))
                return
            }
            checkValue(literal, of: question)
        case .answered(let id), .unknown(let id):
            _ = question(id)
        case .not(let inner):
            walk(inner)
        case .all(let parts), .any(let parts):
            parts.forEach(walk)
        }
    }

    private func checkOperator(_ op: ComparisonOperator, on question: Question) {
        let ordered: Set<ComparisonOperator> = [.less, .lessOrEqual, .greater, .greaterOrEqual]
        if question.kind == .multipleChoice {
            log.error(
                "'\(question.id)' is multiple_choice; compare it with 'contains'",
                at: condition.location(at: offset(of: question.id)))
        } else if ordered.contains(op), question.kind != .number, question.kind != .date {
            log.error(
                "'\(op.rawValue)' compares numbers and dates; '\(question.id)' is \(question.kind.rawValue)",
                at: condition.location(at: offset(of: question.id)))
        }
    }

    private func checkValue(_ literal: Literal, of question: Question) {
        let at = location(of: literal, after: question.id)
        switch (question.kind, literal) {
        case (.yesNo, .word(let word)) where word == "yes" || word == "no":
            break
        case (.yesNo, _):
            log.error(
                "'\(question.id)' is yes_no; compare it with 'yes' or 'no', not '\(Diagnostic.excerpt(literal))'",
                at: at)
        case (.singleChoice, .word(let word)), (.multipleChoice, .word(let word)):
            if question.option(word) == nil {
                let ids = question.options.map(\.id)
                var message = "'\(question.id)' has no option '\(Diagnostic.excerpt(word))'"
                if let guess = Suggestion.closest(to: word, among: ids) { message += "; did you mean '\(guess)'?" }
                log.error(message + " (options: \(ids.joined(separator: ", ")))", at: at)
            }
        case (.singleChoice, _), (.multipleChoice, _):
            log.error("'\(question.id)' takes an option id, not '\(Diagnostic.excerpt(literal))'", at: at)
        case (.text, .text), (.text, .word), (.number, .number), (.date, .date):
            break
        case (.text, _), (.number, _), (.date, _):
            log.error(
                "'\(Diagnostic.excerpt(literal))' is not a \(question.kind.rawValue) value for '\(question.id)'", at: at
            )
        }
    }
}
