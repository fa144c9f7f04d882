/// The questions `dpia assess` offers once the questionnaire is answered: the description of the
/// processing (LED Art. 27(2)), the owner, due date and status of each measure of the register, and
/// the sign-off. Every part is optional: Enter keeps what is recorded, `q` skips the rest, the end of
/// input skips everything. Each answer is saved the moment it is given.
public struct DPIAPartsInterview {
    /// The answers being completed.
    public private(set) var answers: AnswerSet
    private let register: MeasureRegister
    private let terminal: any Terminal
    private let save: (AnswerSet) throws -> Void
    private let language: Language
    private var stopped = false

    /// Runs the questions on `terminal` for the answers of `assessment`, calling `save` after each change,
    /// and returns the completed answers; the questions are asked in `language`.
    public static func run(
        _ assessment: Assessment, on terminal: any Terminal, language: Language = .en,
        save: @escaping (AnswerSet) throws -> Void
    ) throws -> AnswerSet {
        var interview = DPIAPartsInterview(
            answers: assessment.answers, register: assessment.register, terminal: terminal, language: language,
            save: save)
        try interview.run()
        return interview.answers
    }

    private init(
        answers: AnswerSet, register: MeasureRegister, terminal: any Terminal, language: Language,
        save: @escaping (AnswerSet) throws -> Void
    ) {
        self.answers = answers
        self.register = register
        self.terminal = terminal
        self.language = language
        self.save = save
    }

    private mutating func run() throws {
        say(.partsIntro)
        guard let reply = ask(.partsStart), InterviewInput.yesOrNo(reply, in: language) == true else { return }
        try describe()
        try measures()
        try signOff()
    }

    // MARK: - Description

    private mutating func describe() throws {
        guard !stopped else { return }
        say(.descriptionHeading)
        var description = answers.description
        let stages = Stage.allCases.map(\.rawValue)
        if let stage = choose(
            .stageChoice(stages.joined(separator: ", ")), stages, current: description.stage?.rawValue)
        {
            description.stage = Stage(rawValue: stage)
        }
        let lists: [(InterviewText, WritableKeyPath<ProcessingDescription, [String]>)] = [
            (.purposes, \.purposes), (.peopleConcerned, \.dataSubjects), (.dataCategories, \.dataCategories),
            (.sources, \.sources), (.systems, \.systems), (.dataFlow, \.dataFlow),
        ]
        for (label, path) in lists {
            guard let items = list(label, current: description[keyPath: path]) else { continue }
            description[keyPath: path] = items
            try store(description)
        }
        let texts: [(InterviewText, WritableKeyPath<ProcessingDescription, String?>)] = [
            (.vendor, \.vendor), (.retention, \.retention), (.scale, \.scale),
        ]
        for (label, path) in texts {
            guard let text = text(label, current: description[keyPath: path]) else { continue }
            description[keyPath: path] = text
            try store(description)
        }
        let current = description.recipients.map { [$0.name, $0.role, $0.country ?? ""].joined(separator: ", ") }
        if let items = list(.recipients, current: current) {
            description.recipients = items.map { item in
                let parts = item.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return Recipient(
                    name: parts.first ?? item,
                    role: parts.count > 1 ? parts[1] : InterviewText.recipientRole.text(in: language),
                    country: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil)
            }
        }
        try store(description)
    }

    private mutating func store(_ description: ProcessingDescription) throws {
        guard description != answers.description else { return }
        answers.description = description
        try save(answers)
    }

    // MARK: - Measures

    private mutating func measures() throws {
        guard !stopped, !register.entries.isEmpty else { return }
        say(.measuresIntro)
        for entry in register.entries {
            guard !stopped else { return }
            let text = entry.measure.text(for: RuleEngine.stage(answers)).text(in: language)
            say(.measureLine(id: entry.measure.id, text: text))
            while let line = ask(.measureRecordPrompt) {
                if line.isEmpty { break }
                switch Self.record(
                    line, at: entry.record?.location ?? SourceLocation(file: answers.file, line: 0, column: 0),
                    language: language)
                {
                case .success(let record):
                    answers.measureRecords[entry.measure.id] = record
                    try save(answers)
                case .failure(let problem):
                    say(text: problem.message)
                    continue
                }
                break
            }
        }
    }

    /// A problem with a typed line, said to the user before asking again.
    struct Problem: Error {
        var message: String
    }

    /// `done; Legal service; 2027-01-31; signed contract ref. 12` as a record.
    static func record(
        _ line: String, at location: SourceLocation, language: Language = .en
    ) -> Result<MeasureRecord, Problem> {
        let parts = line.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let status = MeasureStatus(rawValue: parts[0].lowercased()) else {
            return .failure(
                Problem(message: InterviewText.notAStatus(parts[0]).text(in: language)))
        }
        var record = MeasureRecord(status: status, location: location)
        if parts.count > 1, !parts[1].isEmpty { record.owner = parts[1] }
        if parts.count > 2, !parts[2].isEmpty {
            guard let due = CalendarDate(parts[2]) else {
                return .failure(Problem(message: InterviewText.notADate(parts[2]).text(in: language)))
            }
            record.due = due
        }
        let rest = parts.count > 3 ? parts[3...].joined(separator: "; ") : ""
        if status == .rejected {
            guard !rest.isEmpty else {
                return .failure(Problem(message: InterviewText.rejectedNeedsReason.text(in: language)))
            }
            record.reason = rest
        } else if !rest.isEmpty {
            record.evidence = rest
        }
        return .success(record)
    }

    // MARK: - Sign-off

    private mutating func signOff() throws {
        guard !stopped else { return }
        say(.signOffHeading)
        var signOff = answers.signOff ?? SignOff(location: SourceLocation(file: answers.file, line: 0, column: 0))
        let opinions = OpinionKind.allCases.map(\.rawValue)
        if let opinion = choose(
            .opinionChoice(opinions.joined(separator: ", ")), opinions,
            current: signOff.dpoOpinion?.rawValue)
        {
            signOff.dpoOpinion = OpinionKind(rawValue: opinion)
            try store(signOff)
        }
        if let text = text(.opinionText, current: signOff.dpoOpinionText) {
            signOff.dpoOpinionText = text
            try store(signOff)
        }
        if let person = person(.dpo, current: signOff.dpo) {
            signOff.dpo = person
            try store(signOff)
        }
        let decisions = ControllerDecisionKind.allCases.map(\.rawValue)
        if let decision = choose(
            .controllerDecisionChoice(decisions.joined(separator: ", ")), decisions,
            current: signOff.controllerDecision?.rawValue)
        {
            signOff.controllerDecision = ControllerDecisionKind(rawValue: decision)
            try store(signOff)
        }
        if let person = person(.controllerPerson, current: signOff.controller) {
            signOff.controller = person
            try store(signOff)
        }
        while !stopped, let line = ask(.nextReview, current: signOff.nextReview?.description) {
            if line.isEmpty { break }
            guard let date = CalendarDate(line) else {
                say(.notADate(line))
                continue
            }
            signOff.nextReview = date
            try store(signOff)
            break
        }
    }

    private mutating func store(_ signOff: SignOff) throws {
        answers.signOff = signOff
        try save(answers)
    }

    /// `name, role, YYYY-MM-DD`.
    private mutating func person(_ label: InterviewText, current signatory: Signatory?) -> Signatory? {
        let now = signatory.map { [$0.name, $0.role ?? "", $0.date?.description ?? ""].joined(separator: ", ") }
        while let line = ask(.person(label: label.text(in: language)), current: now) {
            if line.isEmpty { return nil }
            let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var date: CalendarDate?
            if parts.count > 2, !parts[2].isEmpty {
                guard let parsed = CalendarDate(parts[2]) else {
                    say(.notADate(parts[2]))
                    continue
                }
                date = parsed
            }
            return Signatory(name: parts[0], role: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, date: date)
        }
        return nil
    }

    // MARK: - Prompts

    private func say(_ text: InterviewText) {
        say(text: text.text(in: language))
    }

    private func say(text: String) {
        terminal.write(TextLayout.wrap(text, width: terminal.width).joined(separator: "\n") + "\n")
    }

    /// `prompt`, with the value recorded now when there is one.
    private mutating func ask(_ prompt: InterviewText, current value: String? = nil) -> String? {
        ask(prompt.text(in: language) + (value.map { InterviewText.now($0).text(in: language) } ?? ""))
    }

    /// The line typed, trimmed, with terminal escapes dropped; nil at the end of input or after `q`,
    /// which stop the rest. A line holding a control character is refused and asked again.
    private mutating func ask(_ prompt: String) -> String? {
        guard !stopped else { return nil }
        while true {
            terminal.write(TextLayout.wrap(prompt, width: terminal.width).joined(separator: "\n") + "\n> ")
            guard let raw = terminal.readLine() else {
                stopped = true
                return nil
            }
            let line = raw.removingEscapeSequences().trimmingWhitespace()
            if let bad = line.unicodeScalars.first(where: VisibleText.isForbidden) {
                say(.forbiddenCodePoint(VisibleText.codePoint(bad)))
                continue
            }
            if line.lowercased() == "q" {
                stopped = true
                return nil
            }
            return line
        }
    }

    private mutating func choose(_ prompt: InterviewText, _ allowed: [String], current value: String?) -> String? {
        while let line = ask(prompt, current: value) {
            if line.isEmpty { return nil }
            if allowed.contains(line.lowercased()) { return line.lowercased() }
            say(.notOneOf(line, allowed: allowed.joined(separator: ", ")))
        }
        return nil
    }

    private mutating func list(_ prompt: InterviewText, current value: [String]) -> [String]? {
        guard let line = ask(prompt, current: value.isEmpty ? nil : value.joined(separator: "; ")), !line.isEmpty
        else { return nil }
        return line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func text(_ prompt: InterviewText, current value: String?) -> String? {
        guard let line = ask(prompt, current: value), !line.isEmpty else { return nil }
        return line
    }
}
