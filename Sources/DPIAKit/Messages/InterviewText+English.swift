extension InterviewText {
    /// The interview's English.
    var english: String {
        switch self {
        case .metadataLabel(let field):
            switch field {
            case .language: "Language of the assessment: en (English), nl (Nederlands), fr (Français) or sv (Svenska)"
            case .organisation: "Organisation (the controller, such as a police force)"
            case .unit: "Unit that wants the processing (optional)"
            case .processing: "Processing or tool assessed, in one line"
            case .assessor: "Assessor: your name and role (optional)"
            case .date: "Date the law is applied as of, YYYY-MM-DD"
            }
        case .metadataHelp(let field):
            switch field {
            case .language:
                "The language the interview and the report are written in. It is kept in the answers file, so later reports are written in it too; dpia report --lang writes one in another language."
            case .organisation:
                "The controller: the police force or authority that decides why and how the data is processed. It is named on the report's title page."
            case .unit:
                "The unit or team that wants to use the tool, such as an investigation unit. Leave it empty if the whole organisation is assessed."
            case .processing:
                "The tool or processing assessed, in one line, as it should appear in the report's title (for example: Clearview AI trial licence)."
            case .assessor:
                "Your name and role, so the report says who answered (for example: Jane Doe, data protection officer)."
            case .date:
                "The law is applied as it stands on this date: the AI Act's duties, for example, apply from their own dates. Use the date of the processing you assess, or today's for a planned one."
            }
        case .metadataHeading(let field): "Assessment · \(field.rawValue)"
        case .currentValue(let value, let isOptional):
            "Current: \(value) (Enter keeps it\(isOptional ? ", - removes it" : ""))"
        case .notALanguage(let input, let language):
            "'\(input)' is not a language dpia writes in; type en, nl, fr or sv, or press Enter for \(language.rawValue)"
        case .neededForReport: "this is needed for the report; type it, or q to stop"
        case .notADateOrEnter(let input, let date):
            "'\(input)' is not a date; write YYYY-MM-DD, or press Enter for \(date)"

        case .progress(let section, let position, let total): "\(section) · \(position) of ~\(total)"
        case .optionalMark: " (optional)"
        case .yes: "yes"
        case .no: "no"
        case .currentAnswer(let answer): "Current answer: \(answer) (Enter keeps it)"
        case .noteLine(let note): "Note: \(note)"
        case .evidenceLine(let evidence): "Evidence: \(evidence)"
        case .entryHint(let kind, let count, let isRequired):
            switch kind {
            case .yesNo: "1-2 answer"
            case .singleChoice: "1-\(count) answer"
            case .multipleChoice: "numbers, 0 for none"
            case .text: isRequired ? "type your answer" : "Enter skips"
            case .date: "a date YYYY-MM-DD"
            case .number: "a number"
            }
        case .helpKey: "? help"
        case .backKey: "b back"
        case .unknownKey: "u don't know"
        case .reviewKey: "r review"
        case .quitKey(let action): "q \(action)"
        case .quitAction: "quit"
        case .finishAction: "write the report"
        case .fromTheCase(let prompt, let answer): "From the case: \(prompt) → \(answer)"
        case .firstQuestion: "this is the first question; here is the assessment's date"
        case .mustBeAnswered(let label): "“\(label)” must be answered; “I don't know” is not accepted here"
        case .answerNeeded(let allowsUnknown):
            "an answer is needed" + (allowsUnknown ? "; type u if you don't know" : "")
        case .notAnAnswer(let input, let label, let kind, let count, let allowsUnknown):
            "'\(input)' is not an answer to “\(label)”; "
                + {
                    switch kind {
                    case .yesNo: "type 1 or y for yes, 2 or n for no"
                    case .singleChoice: "type a number from 1 to \(count)"
                    case .multipleChoice: "type the numbers of the options that apply (1 to \(count)), or 0 for none"
                    case .date: "write a date as YYYY-MM-DD"
                    case .number: "write a number"
                    case .text: "type your answer"
                    }
                }() + (allowsUnknown ? ", or u if you don't know" : "")
        case .notAShownNumber(let number, let count): "'\(number)' is not one of the numbers shown; type 1 to \(count)"
        case .noneAlone: "0 means none of these: type 0 alone, or only the numbers of the options that apply"
        case .forbiddenInput(let scalar):
            "the input holds the \(VisibleText.describe(scalar)); type it again without it"
        case .backAtQuestion(let label): "back at \(label.map { "“\($0)”" } ?? "your question"), where you were"
        case .backAtReview: "back at the review"
        case .stillUnanswered: "this question is still unanswered"
        case .firedPattern(let title): "red pattern “\(title)”"
        case .firedFinding(let title, let severity): "finding “\(title)” (\(severity.rawValue))"

        case .noGuidance: "No guidance is written for this question."
        case .provisions(let refs): "Provisions: \(refs)"
        case .ifUnknownFires(let rules):
            "If you answer “I don't know”, this counts against the assessment, because compliance must be shown: it fires the \(rules)."
        case .moreKeys(let isYesNo):
            "Also: \(isYesNo ? "note" : "n or note") adds a note and an evidence reference; Enter keeps the current answer; "
                + "up and down bring back earlier answers; every answer is saved the moment it is given."

        case .noteHeading(let label): "Note on “\(label)” (Enter keeps it, - removes it, q quits)"
        case .currentNote(let note): "Current note: \(note)"
        case .notePrompt: "Note:"
        case .evidenceHeading(let label):
            "Evidence for “\(label)”: a document, contract clause or register entry (Enter keeps it, - removes it, q quits; the note is saved)"
        case .currentEvidence(let evidence): "Current evidence: \(evidence)"
        case .evidencePrompt: "Evidence:"
        case .noteSaved: "note and evidence saved"

        case .reviewTitle(let isFinal, let section, let page, let pages):
            "\(isFinal ? "Review: all questions answered" : "Review: answers so far") · \(section) · page \(page) of \(pages)"
        case .notedMark: " (note)"
        case .numberChangesAnswer: "a number changes that answer"
        case .nextPageKey: "n next page"
        case .previousPageKey: "p previous page"
        case .enterKey(let isFinal, let finishAction): isFinal ? "Enter \(finishAction)" : "Enter go back"
        case .lastPage: "this is the last page"
        case .firstPage: "this is the first page"
        case .notInList(let number, let count): "'\(number)' is not in the list; type a number from 1 to \(count)"
        case .reviewKeys(let isFinal):
            "type the number of an answer to change it, n or p for the next or previous page, Enter to \(isFinal ? "finish" : "go back"), or q to stop"

        case .notAsked: "not asked"
        case .notAnswered: "not answered"
        case .unknownAnswer: "I don't know"
        case .noneOfThese: "none of these"

        case .partsIntro:
            "\nThe questions are answered. A DPIA also records the description of the processing, who does each"
                + " measure and by when, and its sign-off. Each answer is saved at once; Enter keeps what is recorded,"
                + " q skips the rest."
        case .partsStart: "Record them now? y to start, Enter to go straight to the report"
        case .descriptionHeading: "\nDescription of the processing (separate several items with ';')"
        case .stageChoice(let stages): "Stage: \(stages)"
        case .purposes: "Purposes"
        case .peopleConcerned: "People concerned (suspects, victims, witnesses, staff...)"
        case .dataCategories: "Data (facial images, templates, results...)"
        case .sources: "Sources of the data"
        case .systems: "Systems"
        case .dataFlow: "Data flow, step by step (capture; upload; comparison; result; deletion)"
        case .vendor: "Vendor"
        case .retention: "Retention"
        case .scale: "Scale (searches, people, images)"
        case .recipients: "Recipients and processors, each as: name, role, country"
        case .recipientRole: "recipient"
        case .measuresIntro:
            "\nMeasures register: for each measure, type its status (todo, planned, done, rejected), then its owner,"
                + " due date (YYYY-MM-DD) and evidence or reason, separated by ';'. Enter keeps it as it is."
        case .measureLine(let id, let text): "\n\(id): \(text)"
        case .measureRecordPrompt: "status; owner; due; evidence"
        case .notAStatus(let input): "'\(input)' is not a status; type todo, planned, done or rejected first"
        case .notADate(let input): "'\(input)' is not a date; write it as YYYY-MM-DD"
        case .rejectedNeedsReason: "a rejected measure needs the reason, after the due date"
        case .signOffHeading: "\nSign-off (it records who decided what; it never changes the verdict)"
        case .opinionChoice(let opinions): "Opinion of the data protection officer: \(opinions)"
        case .opinionText: "The opinion in a few words"
        case .dpo: "Data protection officer"
        case .controllerDecisionChoice(let decisions): "Controller's decision: \(decisions)"
        case .controllerPerson: "Who decided for the controller"
        case .nextReview: "Next review (YYYY-MM-DD)"
        case .person(let label): "\(label) as: name, role, date"
        case .now(let value): " [now: \(value)]"
        case .forbiddenCodePoint(let code): "the input holds the control character \(code); type it again without it"
        case .notOneOf(let input, let allowed): "'\(input)' is not one of \(allowed)"

        case .reasonFinding(let title, let severity, let isFired):
            "finding (\(severity.rawValue)\(isFired ? "" : ", cannot be excluded on the answers given")): \(title)"
        case .reasonRedPattern(let title): "red pattern: \(title)"
        case .reasonNotAnswered(let label): "not answered: \(label)"
        case .reasonOpenRedPattern(let title): "red pattern that cannot be excluded: \(title)"
        case .moreReasons(let count): "and \(count) more, listed in the report"
        }
    }
}
