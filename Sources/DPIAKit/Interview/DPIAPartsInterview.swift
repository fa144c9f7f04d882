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
    private var stopped = false

    /// Runs the questions on `terminal` for the answers of `assessment`, calling `save` after each change,
    /// and returns the completed answers.
    public static func run(
        _ assessment: Assessment, on terminal: any Terminal, save: @escaping (AnswerSet) throws -> Void
    ) throws -> AnswerSet {
        var interview = DPIAPartsInterview(
            answers: assessment.answers, register: assessment.register, terminal: terminal, save: save)
        try interview.run()
        return interview.answers
    }

    private init(
        answers: AnswerSet, register: MeasureRegister, terminal: any Terminal,
        save: @escaping (AnswerSet) throws -> Void
    ) {
        self.answers = answers
        self.register = register
        self.terminal = terminal
        self.save = save
    }

    private mutating func run() throws {
        say(
            "\nThe questions are answered. A DPIA also records the description of the processing, who does each"
                + " measure and by when, and its sign-off. Each answer is saved at once; Enter keeps what is recorded,"
                + " q skips the rest.")
        guard let reply = ask("Record them now? y to start, Enter to go straight to the report"),
            ["y", "yes"].contains(reply.lowercased())
        else { return }
        try describe()
        try measures()
        try signOff()
    }

    // MARK: - Description

    private mutating func describe() throws {
        guard !stopped else { return }
        say("\nDescription of the processing (separate several items with ';')")
        var description = answers.description
        let stages = Stage.allCases.map(\.rawValue)
        if let stage = choose("Stage: \(stages.joined(separator: ", "))", stages, current: description.stage?.rawValue)
        {
            description.stage = Stage(rawValue: stage)
        }
        let lists: [(String, WritableKeyPath<ProcessingDescription, [String]>)] = [
            ("Purposes", \.purposes), ("People concerned (suspects, victims, witnesses, staff...)", \.dataSubjects),
            ("Data (facial images, templates, results...)", \.dataCategories), ("Sources of the data", \.sources),
            ("Systems", \.systems),
            ("Data flow, step by step (capture; upload; comparison; result; deletion)", \.dataFlow),
        ]
        for (label, path) in lists {
            guard let items = list(label, current: description[keyPath: path]) else { continue }
            description[keyPath: path] = items
            try store(description)
        }
        let texts: [(String, WritableKeyPath<ProcessingDescription, String?>)] = [
            ("Vendor", \.vendor), ("Retention", \.retention), ("Scale (searches, people, images)", \.scale),
        ]
        for (label, path) in texts {
            guard let text = text(label, current: description[keyPath: path]) else { continue }
            description[keyPath: path] = text
            try store(description)
        }
        let current = description.recipients.map { [$0.name, $0.role, $0.country ?? ""].joined(separator: ", ") }
        if let items = list("Recipients and processors, each as: name, role, country", current: current) {
            description.recipients = items.map { item in
                let parts = item.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                return Recipient(
                    name: parts.first ?? item, role: parts.count > 1 ? parts[1] : "recipient",
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
        say(
            "\nMeasures register: for each measure, type its status (todo, planned, done, rejected), then its owner,"
                + " due date (YYYY-MM-DD) and evidence or reason, separated by ';'. Enter keeps it as it is.")
        for entry in register.entries {
            guard !stopped else { return }
            say("\n\(entry.measure.id): \(entry.measure.text(for: RuleEngine.stage(answers)).text())")
            while let line = ask("status; owner; due; evidence") {
                if line.isEmpty { break }
                switch Self.record(
                    line, at: entry.record?.location ?? SourceLocation(file: answers.file, line: 0, column: 0))
                {
                case .success(let record):
                    answers.measureRecords[entry.measure.id] = record
                    try save(answers)
                case .failure(let problem):
                    say(problem.message)
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
    static func record(_ line: String, at location: SourceLocation) -> Result<MeasureRecord, Problem> {
        let parts = line.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let status = MeasureStatus(rawValue: parts[0].lowercased()) else {
            return .failure(
                Problem(message: "'\(parts[0])' is not a status; type todo, planned, done or rejected first"))
        }
        var record = MeasureRecord(status: status, location: location)
        if parts.count > 1, !parts[1].isEmpty { record.owner = parts[1] }
        if parts.count > 2, !parts[2].isEmpty {
            guard let due = CalendarDate(parts[2]) else {
                return .failure(Problem(message: "'\(parts[2])' is not a date; write it as YYYY-MM-DD"))
            }
            record.due = due
        }
        let rest = parts.count > 3 ? parts[3...].joined(separator: "; ") : ""
        if status == .rejected {
            guard !rest.isEmpty else {
                return .failure(Problem(message: "a rejected measure needs the reason, after the due date"))
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
        say("\nSign-off (it records who decided what; it never changes the verdict)")
        var signOff = answers.signOff ?? SignOff(location: SourceLocation(file: answers.file, line: 0, column: 0))
        let opinions = OpinionKind.allCases.map(\.rawValue)
        if let opinion = choose(
            "Opinion of the data protection officer: \(opinions.joined(separator: ", "))", opinions,
            current: signOff.dpoOpinion?.rawValue)
        {
            signOff.dpoOpinion = OpinionKind(rawValue: opinion)
            try store(signOff)
        }
        if let text = text("The opinion in a few words", current: signOff.dpoOpinionText) {
            signOff.dpoOpinionText = text
            try store(signOff)
        }
        if let person = person("Data protection officer", current: signOff.dpo) {
            signOff.dpo = person
            try store(signOff)
        }
        let decisions = ControllerDecisionKind.allCases.map(\.rawValue)
        if let decision = choose(
            "Controller's decision: \(decisions.joined(separator: ", "))", decisions,
            current: signOff.controllerDecision?.rawValue)
        {
            signOff.controllerDecision = ControllerDecisionKind(rawValue: decision)
            try store(signOff)
        }
        if let person = person("Who decided for the controller", current: signOff.controller) {
            signOff.controller = person
            try store(signOff)
        }
        while !stopped, let line = ask("Next review (YYYY-MM-DD)" + current(signOff.nextReview?.description)) {
            if line.isEmpty { break }
            guard let date = CalendarDate(line) else {
                say("'\(line)' is not a date; write it as YYYY-MM-DD")
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
    private mutating func person(_ label: String, current signatory: Signatory?) -> Signatory? {
        let now = signatory.map { [$0.name, $0.role ?? "", $0.date?.description ?? ""].joined(separator: ", ") }
        while let line = ask("\(label) as: name, role, date" + current(now)) {
            if line.isEmpty { return nil }
            let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            var date: CalendarDate?
            if parts.count > 2, !parts[2].isEmpty {
                guard let parsed = CalendarDate(parts[2]) else {
                    say("'\(parts[2])' is not a date; write it as YYYY-MM-DD")
                    continue
                }
                date = parsed
            }
            return Signatory(name: parts[0], role: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, date: date)
        }
        return nil
    }

    // MARK: - Prompts

    private func say(_ text: String) {
        terminal.write(TextLayout.wrap(text, width: terminal.width).joined(separator: "\n") + "\n")
    }

    private func current(_ value: String?) -> String {
        value.map { " [now: \($0)]" } ?? ""
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
                say("the input holds the control character \(VisibleText.codePoint(bad)); type it again without it")
                continue
            }
            if line.lowercased() == "q" {
                stopped = true
                return nil
            }
            return line
        }
    }

    private mutating func choose(_ prompt: String, _ allowed: [String], current value: String?) -> String? {
        while let line = ask(prompt + current(value)) {
            if line.isEmpty { return nil }
            if allowed.contains(line.lowercased()) { return line.lowercased() }
            say("'\(line)' is not one of \(allowed.joined(separator: ", "))")
        }
        return nil
    }

    private mutating func list(_ prompt: String, current value: [String]) -> [String]? {
        guard let line = ask(prompt + current(value.isEmpty ? nil : value.joined(separator: "; "))), !line.isEmpty
        else { return nil }
        return line.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func text(_ prompt: String, current value: String?) -> String? {
        guard let line = ask(prompt + current(value)), !line.isEmpty else { return nil }
        return line
    }
}
