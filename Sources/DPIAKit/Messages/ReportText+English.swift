extension ReportText {
    /// The report's English, the wording every golden report was written in.
    var english: String {
        switch self {
        case .documentTitle(let processing): "DPIA: \(processing)"
        case .keywords(let jurisdiction): "[DPIA, Law Enforcement Directive, \(jurisdiction)]"

        case .decisionHeading: "1. Decision"
        case .verdictLabel(let verdict): verdict.rawValue
        case .verdictReason(let verdict, let used, let nothingOpen):
            switch verdict {
            case .outOfScope:
                "the answers place the processing outside the Law Enforcement Directive, so it was not assessed against these questionnaires; the reason below names the frame that applies instead."
            case .doNotDeploy:
                used
                    ? "a red pattern or a blocker stands against the processing: stop it and repair what was done."
                    : "a red pattern or a blocker stands against the processing: do not start it."
            case .incomplete:
                "required questions are unanswered, so no decision on deployment can be given yet (annex A)."
            case .deployOnlyAfterMeasures:
                "high findings stand, or serious ones cannot be excluded: deploy only once the measures register is done and the open points are settled."
            case .proceedWithRecommendations:
                nothingOpen
                    ? "no finding, red pattern or open point: the processing may proceed as described."
                    : "no blocker, high finding or red pattern: the processing may proceed; the measures below still apply."
            }
        case .notBuiltIn(let layer, let version, let file, let digest, let builtInVersion, let builtInDigest):
            "**Not the built-in questionnaire:** \(layer) \(version) was read from \(file) (SHA-256 \(digest)), given with "
                + "`--questionnaires`, in place of the built-in \(layer) \(builtInVersion) (SHA-256 \(builtInDigest))."
        case .lawAppliedAsOf(let date, let answersDate):
            "The law was applied as of \(date), the date given with `--date`; the answers are "
                + (answersDate.map { "dated \($0)" } ?? "undated") + "."
        case .dateDefaulted(let date):
            "The answers carry no assessment date; the law was applied as of \(date), the day the report was generated."
        case .counts(let patterns, let findings, let blocker, let high, let medium, let advice, let open, let blocking):
            "Red patterns: \(patterns.established) detected, \(patterns.notDemonstrated) not demonstrated, "
                + "\(patterns.cannotBeExcluded) cannot be excluded. Findings: \(findings.established) established, "
                + "\(findings.notDemonstrated) not demonstrated, \(findings.cannotBeExcluded) cannot be excluded "
                + "(\(blocker) blocker, \(high) high, \(medium) medium, \(advice) advice). "
                + "Open points: \(open), of which \(blocking) block the decision."
        case .unansweredCount(let count): "Required questions unanswered: \(count)."
        case .beforeUse(let used, let measures):
            "**\(used ? "Before any further use" : "Before any use")** (section 5): \(measures)."
        case .blockingUnknownsHeading: "**Unknowns that block the decision:**"
        case .andMoreInSection5(let count): "and \(count) more (section 5)"
        case .priorConsultationLead: "**Prior consultation of the supervisory authority:** "
        case .signOffLead: "**Sign-off:** "
        case .legend:
            "*Established*: the answers show it. *Not demonstrated*: answered \"I don't know\"; the controller"
                + " must show the opposite. *Cannot be excluded*: open until answered. `dpia explain ID` explains any item."
        case .decisiveReasonsHeading: "**Decisive reasons:**"
        case .moreInSection3(let count): "\(count) more in section 3."
        case .redPatternState(let state):
            "Red pattern, " + ReportText.establishment(state, isPattern: true).english.lowercased()
        case .severityState(let severity, let state):
            severity.rawValue.capitalized + ", "
                + ReportText.establishment(state, isPattern: false).english.lowercased()
        case .establishment(let state, let isPattern):
            switch state {
            case .established: isPattern ? "Detected" : "Established"
            case .notDemonstrated: "Not demonstrated"
            case .cannotBeExcluded: "Cannot be excluded"
            }
        case .consultationRequired(let risks): "required (LED Art. 28(1)): risks high before measures (\(risks))"
        case .consultationStillHigh(let risks):
            "still high after them: \(risks ?? "all of them"), to be accepted only after consulting the authority"
        case .consultationRequiredByFinding: "required (LED Art. 28(1)); see finding `dpia.no_prior_consultation`"
        case .consultationNotRequired: "not required by the risk register."
        case .consultationSentOn(let date): " Sent on \(date)."

        case .descriptionHeading: "2. Description of the processing"
        case .itemColumn: "Item"
        case .valueColumn: "Value"
        case .controller: "Controller"
        case .unit: "Unit"
        case .processingOrTool: "Processing or tool"
        case .stage: "Stage"
        case .purposes: "Purposes"
        case .peopleConcerned: "People concerned"
        case .data: "Data"
        case .sourcesOfData: "Sources of the data"
        case .systems: "Systems"
        case .vendor: "Vendor"
        case .recipients: "Recipients, processors and sub-processors"
        case .retention: "Retention"
        case .scale: "Scale"
        case .assessor: "Assessor"
        case .assessmentDate: "Assessment date"
        case .jurisdiction: "Jurisdiction"
        case .classification: "Classification"
        case .notRecorded: "not recorded"
        case .stageFromAnswers: " (from the answers)"
        case .dateOfReport: " (date of the report)"
        case .stageLabel(let stage):
            switch stage {
            case .planned: "planned (not used yet)"
            case .trial: "in trial or test"
            case .inUse: "in use"
            }
        case .dataFlowNotRecorded: "Data flow: not recorded."
        case .dataFlowLead: "Data flow:"

        case .lawfulnessHeading: "3. Lawfulness: red patterns and findings"
        case .redPatternsNotAssessed:
            "Red patterns were not assessed: the processing is outside the scope of these questionnaires."
        case .noRedPattern: "No red pattern was detected or remains open."
        case .redPatternsHeading: "Red patterns"
        case .noFinding: "No finding."
        case .redPatternLine(let id): "Red pattern \(id)"
        case .findingLine(let id): "Finding \(id)"
        case .precedentsLead: "Precedents: "
        case .provisionsLead: "Provisions: "
        case .answersLead: "Answers: "
        case .comingIntoForce(let from, let severity):
            "Advice, binding\(from.map { " from \($0)" } ?? "") (\(severity.rawValue) then)"
        case .noProvisions: "none"
        case .bindingFrom(let date): " (binding from \(date))"
        case .noAnswersNeeded: "none needed: the rule always applies."
        case .amongChosen(let count): "(among \(count) chosen)"

        case .riskHeading: "4. Risk register"
        case .riskNotAssessed: "Not assessed: the processing is outside the scope of these questionnaires."
        case .noRisk: "No risk of the catalogue applies on these answers."
        case .riskLegend:
            "Risks to the people concerned (LED Art. 27(2)): severity (S) and likelihood (L), 1 negligible to 4"
                + " maximum (CNIL scales), high in bold; residual: after measures done or planned."
        case .riskNumberColumn: "#"
        case .riskColumn: "Risk"
        case .rightsColumn: "Rights concerned"
        case .suggestedColumn: "Suggested"
        case .decidedColumn: "Decided"
        case .residualColumn: "Residual"
        case .raisedByColumn: "Raised by"
        case .noneFired: "none fired"
        case .loweringUnjustified: "the answers file lowers a level without a justification, so the suggestion stands"
        case .justification(let text): "justification: \(text)"
        case .loweredBy(let measures): "lowered by \(measures)"
        case .riskMapBefore: "Risk map before measures"
        case .riskMapAfter: "Risk map after measures"
        case .rating(let severity, let likelihood): "S\(severity) L\(likelihood)"
        case .likelihoodRow(let level): "Likelihood \(level.rawValue) \(level.id)"
        case .severityColumn(let level): "Severity \(level.rawValue) \(level.id)"

        case .measuresHeading: "5. Measures register"
        case .neverLawful(let rules):
            "No measure can make this use lawful (\(rules)): the register lists only what stops, repairs and prevents it."
        case .noMeasure: "No measure is owed."
        case .noRecordYet: "No owner, due date or status is recorded yet (`measures:`): every measure is to do."
        case .pointsToFindOut: "Points to find out"
        case .bearsOn(let rules): ": bears on \(rules)"
        case .priority(let severity): severity.rawValue
        case .forRules(let rules): "for \(rules)"
        case .status(let status):
            switch status {
            case .todo: "to do"
            case .planned: "planned"
            case .done: "done"
            case .rejected: "rejected"
            }
        case .noReasonGiven: "no reason given"
        case .owner(let owner): ", owner " + (owner ?? "not assigned")
        case .due(let due): ", due " + (due ?? "not set")
        case .evidence(let evidence): ", evidence " + (evidence ?? "none")
        case .noOwnerOrDue: ", no owner or due date"

        case .signOffHeading: "6. Sign-off"
        case .signOffSummary(let opinion, let decision):
            "DPO opinion " + (opinion.map { ReportText.opinion($0).english } ?? "not given")
                + "; controller's decision "
                + (decision.map { ReportText.controllerDecision($0).english } ?? "not taken") + " (section 6)."
        case .controllerOverrodeShort: " The controller decided against the DPO's opinion."
        case .notSignedOffSummary: "not signed off (section 6)."
        case .notSignedOffBlock(let consultationRequired):
            "Not signed off (`sign_off:`): no DPO opinion, approval of measures, acceptance of residual risks,"
                + " prior consultation\(consultationRequired ? " (prior consultation is required)" : ""), controller's"
                + " decision or next review. The sign-off never changes the verdict."
        case .notSignedOff: "not signed off"
        case .opinion(let opinion):
            switch opinion {
            case .favourable: "favourable"
            case .favourableWithReservations: "favourable with reservations"
            case .unfavourable: "unfavourable"
            }
        case .controllerDecision(let decision):
            switch decision {
            case .proceed: "proceed"
            case .proceedAfterMeasures: "proceed once the measures are done"
            case .doNotProceed: "do not proceed"
            }
        case .consultationNotRequiredByRegister: "not required by the risk register"
        case .consultationRequiredShort: "required"
        case .consultationSent(let date, let outcome): "; sent on \(date); outcome: \(outcome ?? "awaited")"
        case .consultationNotSent: "; not sent"
        case .partColumn: "Part"
        case .recordColumn: "Record"
        case .dpoOpinionRow: "Opinion of the data protection officer"
        case .measuresApprovedRow: "Measures approved by"
        case .residualRisksAcceptedRow: "Residual risks accepted by"
        case .priorConsultationRow: "Prior consultation of the supervisory authority"
        case .controllerDecisionRow: "Controller's decision"
        case .nextReviewRow: "Next review"
        case .overdueOnAssessmentDate: " (overdue on the assessment date)"
        case .signOffNote: "The sign-off never changes the verdict, which follows from the answers."
        case .controllerOverrodeLong:
            " The controller decided to go ahead against the unfavourable opinion of the data protection officer."

        case .laterDecisionMark: ", later decision"
        case .notApplicable: "(not applicable)"
        case .notAnswered: "(not answered)"
        case .unknownAnswer: "I don't know"
        case .yes: "Yes"
        case .no: "No"
        case .noneOfThese: "None of these"

        case .annexHeading: "7. Annexes"
        case .answersAnnexHeading: "A. Questions asked and answers given"
        case .stoppedAtScope:
            "The assessment stopped at scope: only the questions answered are listed. The other questions"
                + " were not asked: they apply the Law Enforcement Directive, which does not govern this processing."
        case .idColumn: "Id"
        case .questionColumn: "Question"
        case .answerColumn: "Answer"
        case .noteColumn: "Note"
        case .evidenceColumn: "Evidence"
        case .requiredNotAnswered(let list): "Required questions not answered: \(list)."
        case .otherVersions(let list): "The answers were made against other versions: \(list)."
        case .answersNotUsed(let list):
            "Answers kept in the file but not used, because their questions do not apply: \(list)."
        case .precedentsHeading: "B. Precedents"
        case .noPrecedent: "No precedent is cited."
        case .decidedAfterAssessment: " Decided after this assessment's date: a later decision, not a ground of it."
        case .sourcesHeading: "C. Sources"
        case .questionnaireColumn: "Questionnaire"
        case .versionColumn: "Version"
        case .lawAsOfColumn: "Law as of"
        case .extendsColumn: "Extends"
        case .keyColumn: "Key"
        case .instrumentColumn: "Instrument"
        case .officialTextColumn: "Official text"
        case .digestsNote:
            "Digests: section 8. What each provision was checked against, and when: `docs/legal-sources.md`."
        case .caseHeading(let title): "D. Case: \(title)"
        case .narrativeNote: "The facts are in the case file's narrative (`case.narrative`)."
        case .caseSourcesLead: "Case sources:"

        case .integrityHeading: "8. Integrity"
        case .integrityIntro(let tool):
            "Produced by \(tool). The SHA-256 digests below are also in the front "
                + "matter under `integrity`. `dpia verify` checks that the report is unchanged and, given "
                + "the answers file, that it follows from those answers and these questionnaires; "
                + "`docs/integrity.md` defines the canonical forms for checking by hand."
        case .canonicalAnswersRow: "Answers, canonical form"
        case .questionnaireRow(let id, let version): "Questionnaire \(id) version \(version)"
        case .translationRow(let id, let language): "Translation of \(id) (\(language))"
        case .reportWithoutRecordRow: "This report, without its integrity record"
        case .signedWith(let key, let value):
            "Signed with Ed25519 over the digests above. Public key SHA-256: `\(key)`. Signature: `\(value)`."
        case .notSigned: "Not signed."
        }
    }
}
