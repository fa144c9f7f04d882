/// Where a text of a layer sits, as its translation file names it: `questions/scope.already_used/prompt`,
/// `findings/legal_basis.none/title`, `amend/finding.dpia.missing#2/explanation`.
public typealias TextPath = String

extension Questionnaire {
    /// Visits every text a user reads in this layer, with its path and the place of the item that holds
    /// it. Source notes are not visited: they record the research behind the layer and stay in English.
    public mutating func visitTexts(_ visit: (TextPath, inout LocalizedText, SourceLocation) -> Void) {
        let start = SourceLocation(file: file, line: 1, column: 1)
        visit("title", &title, start)
        if summary != nil { visitOptional("description", &summary, start, visit) }
        for index in sources.indices {
            visit("sources/\(sources[index].key)/title", &sources[index].title, sources[index].origin.location)
        }
        for index in precedents.indices {
            let path = "precedents/\(precedents[index].id)/"
            let at = precedents[index].origin.location
            visit(path + "authority", &precedents[index].authority, at)
            visit(path + "title", &precedents[index].title, at)
            visitOptional(path + "outcome", &precedents[index].outcome, at, visit)
        }
        for index in areas.indices {
            visit("areas/\(areas[index].id)", &areas[index].title, areas[index].origin.location)
        }
        for index in sections.indices {
            let at = sections[index].origin.location
            // An overlay's section that only adds questions to one of the layer it extends has no title.
            if !sections[index].title.translations.isEmpty {
                visit("sections/\(sections[index].id)/title", &sections[index].title, at)
            }
            visitOptional("sections/\(sections[index].id)/intro", &sections[index].intro, at, visit)
            for q in sections[index].questions.indices {
                sections[index].questions[q].visitTexts(visit)
            }
        }
        for index in risks.indices {
            let path = "risks/\(risks[index].id)/"
            let at = risks[index].origin.location
            visit(path + "title", &risks[index].title, at)
            visit(path + "explanation", &risks[index].explanation, at)
            for right in risks[index].rights.indices {
                visit(path + "rights/\(right)", &risks[index].rights[right], at)
            }
        }
        for index in measures.indices { measures[index].visitTexts(visit) }
        for index in findings.indices {
            let path = "findings/\(findings[index].id)/"
            let at = findings[index].origin.location
            visit(path + "title", &findings[index].title, at)
            visitOptional(path + "title_in_use", &findings[index].titleInUse, at, visit)
            visit(path + "explanation", &findings[index].explanation, at)
            for measure in findings[index].measures.indices where !findings[index].measures[measure].isReference {
                findings[index].measures[measure].visitTexts(visit)
            }
        }
        for index in redPatterns.indices {
            let path = "red_patterns/\(redPatterns[index].id)/"
            let at = redPatterns[index].origin.location
            visit(path + "title", &redPatterns[index].title, at)
            visit(path + "explanation", &redPatterns[index].explanation, at)
            for measure in redPatterns[index].measures.indices where !redPatterns[index].measures[measure].isReference {
                redPatterns[index].measures[measure].visitTexts(visit)
            }
        }
        var seen: [String: Int] = [:]
        for index in amendments.indices {
            let target: String =
                switch amendments[index].target {
                case .finding(let id): "finding.\(id)"
                case .redPattern(let id): "red_pattern.\(id)"
                case .risk(let id): "risk.\(id)"
                }
            seen[target, default: 0] += 1
            let key = seen[target] == 1 ? target : "\(target)#\(seen[target] ?? 1)"
            visitOptional(
                "amend/\(key)/explanation", &amendments[index].explanation, amendments[index].origin.location, visit)
            for measure in amendments[index].measures.indices where !amendments[index].measures[measure].isReference {
                amendments[index].measures[measure].visitTexts(visit)
            }
        }
    }

    private func visitOptional(
        _ path: TextPath, _ text: inout LocalizedText?, _ at: SourceLocation,
        _ visit: (TextPath, inout LocalizedText, SourceLocation) -> Void
    ) {
        guard var value = text else { return }
        visit(path, &value, at)
        text = value
    }
}

extension Question {
    /// Visits the question's prompt, label, guidance and option labels.
    mutating func visitTexts(_ visit: (TextPath, inout LocalizedText, SourceLocation) -> Void) {
        let path = "questions/\(id.rawValue)/"
        let at = origin.location
        visit(path + "prompt", &prompt, at)
        if var label = writtenLabel {
            visit(path + "label", &label, at)
            writtenLabel = label
        }
        if var text = guidance {
            visit(path + "guidance", &text, at)
            guidance = text
        }
        for index in options.indices {
            visit(path + "options/\(options[index].id)", &options[index].label, options[index].location)
        }
    }
}

extension Measure {
    /// Visits the measure's texts.
    mutating func visitTexts(_ visit: (TextPath, inout LocalizedText, SourceLocation) -> Void) {
        let path = "measures/\(id)/"
        visit(path + "text", &text, origin.location)
        if var inUse = textInUse {
            visit(path + "text_in_use", &inUse, origin.location)
            textInUse = inUse
        }
    }
}
