import Foundation

// Each type of a loaded layer in the compact form (``CompactCodable``): its fields in declaration
// order. A field added to a type and left out here is caught by the compiler when it has no default
// value, and by `PrecompiledLayersTests` (the layers read back equal the loaded ones) when it has.

// MARK: - Enumerations with raw values

extension Severity: CompactCodable {}
extension UnknownPolicy: CompactCodable {}
extension MeasureKind: CompactCodable {}
extension RuleKind: CompactCodable {}
extension Question.Kind: CompactCodable {}
extension RiskLevel: CompactCodable {}
extension RuleExample.Expectation: CompactCodable {}
extension ComparisonOperator: CompactCodable {}
extension Language: CompactCodable {}

// MARK: - Enumerations with values: a tag, then the values

extension Condition: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .constant(let value):
            writer.write(byte: 0)
            writer.write(value)
        case .isYes(let id):
            writer.write(byte: 1)
            writer.write(id)
        case .compare(let id, let op, let literal):
            writer.write(byte: 2)
            writer.write(id)
            writer.write(op)
            writer.write(literal)
        case .oneOf(let id, let literals):
            writer.write(byte: 3)
            writer.write(id)
            writer.write(literals)
        case .contains(let id, let literal):
            writer.write(byte: 4)
            writer.write(id)
            writer.write(literal)
        case .answered(let id):
            writer.write(byte: 5)
            writer.write(id)
        case .unknown(let id):
            writer.write(byte: 6)
            writer.write(id)
        case .not(let inner):
            writer.write(byte: 7)
            writer.write(inner)
        case .all(let children):
            writer.write(byte: 8)
            writer.write(children)
        case .any(let children):
            writer.write(byte: 9)
            writer.write(children)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        switch try reader.readTag(of: "Condition", below: 10) {
        case 0: self = .constant(try reader.read())
        case 1: self = .isYes(try reader.read())
        case 2: self = .compare(try reader.read(), try reader.read(), try reader.read())
        case 3: self = .oneOf(try reader.read(), try reader.read())
        case 4: self = .contains(try reader.read(), try reader.read())
        case 5: self = .answered(try reader.read())
        case 6: self = .unknown(try reader.read())
        case 7: self = .not(try reader.read())
        case 8: self = .all(try reader.read())
        default: self = .any(try reader.read())
        }
    }
}

extension Literal: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .word(let word):
            writer.write(byte: 0)
            writer.write(word)
        case .number(let number):
            // Its decimal text, which reads back to the same value.
            writer.write(byte: 1)
            writer.write(number.description)
        case .date(let date):
            writer.write(byte: 2)
            writer.write(date)
        case .text(let text):
            writer.write(byte: 3)
            writer.write(text)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        switch try reader.readTag(of: "Literal", below: 4) {
        case 0: self = .word(try reader.read())
        case 1:
            let text = try reader.readString()
            guard let number = Decimal(string: text) else { throw CompactCodingError("'\(text)' is not a number") }
            self = .number(number)
        case 2: self = .date(try reader.read())
        default: self = .text(try reader.read())
        }
    }
}

extension WrittenAnswer: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .scalar(let text, let isPlain):
            writer.write(byte: 0)
            writer.write(text)
            writer.write(isPlain)
        case .list(let items):
            writer.write(byte: 1)
            writer.write(items)
        case .nested:
            writer.write(byte: 2)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        switch try reader.readTag(of: "WrittenAnswer", below: 3) {
        case 0: self = .scalar(try reader.read(), isPlain: try reader.read())
        case 1: self = .list(try reader.read())
        default: self = .nested
        }
    }
}

extension Amendment.Target: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .finding(let id):
            writer.write(byte: 0)
            writer.write(id)
        case .redPattern(let id):
            writer.write(byte: 1)
            writer.write(id)
        case .risk(let id):
            writer.write(byte: 2)
            writer.write(id)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        switch try reader.readTag(of: "Amendment.Target", below: 3) {
        case 0: self = .finding(try reader.read())
        case 1: self = .redPattern(try reader.read())
        default: self = .risk(try reader.read())
        }
    }
}

extension ConditionReference.Usage: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .bareYes: writer.write(byte: 0)
        case .compare(let op, let literal):
            writer.write(byte: 1)
            writer.write(op)
            writer.write(literal)
        case .oneOf(let literals):
            writer.write(byte: 2)
            writer.write(literals)
        case .contains(let literal):
            writer.write(byte: 3)
            writer.write(literal)
        case .answered: writer.write(byte: 4)
        case .unknown: writer.write(byte: 5)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        switch try reader.readTag(of: "ConditionReference.Usage", below: 6) {
        case 0: self = .bareYes
        case 1: self = .compare(try reader.read(), try reader.read())
        case 2: self = .oneOf(try reader.read())
        case 3: self = .contains(try reader.read())
        case 4: self = .answered
        default: self = .unknown
        }
    }
}

// MARK: - Structures

extension Measure: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(text)
        writer.write(textInUse)
        writer.write(kind)
        writer.write(refs)
        writer.write(origin)
        writer.write(isReference)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        text = try reader.read()
        textInUse = try reader.read()
        kind = try reader.read()
        refs = try reader.read()
        origin = try reader.read()
        isReference = try reader.read()
    }
}

extension Addendum: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(text)
        writer.write(layer)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        text = try reader.read()
        layer = try reader.read()
    }
}

extension RuleBody: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(condition)
        writer.write(ifUnknown)
        writer.write(explanation)
        writer.write(addenda)
        writer.write(refs)
        writer.write(measures)
        writer.write(isNeverLawful)
        writer.write(examples)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        title = try reader.read()
        condition = try reader.read()
        ifUnknown = try reader.read()
        explanation = try reader.read()
        addenda = try reader.read()
        refs = try reader.read()
        measures = try reader.read()
        isNeverLawful = try reader.read()
        examples = try reader.read()
        origin = try reader.read()
    }
}

extension FindingRule: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(body)
        writer.write(area)
        writer.write(severity)
        writer.write(isOutOfScope)
        writer.write(titleInUse)
        writer.write(excludes)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        body = try reader.read()
        area = try reader.read()
        severity = try reader.read()
        isOutOfScope = try reader.read()
        titleInUse = try reader.read()
        excludes = try reader.read()
    }
}

extension RedPattern: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(body)
        writer.write(precedents)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        body = try reader.read()
        precedents = try reader.read()
    }
}

extension Amendment: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(target)
        writer.write(refs)
        writer.write(precedents)
        writer.write(explanation)
        writer.write(measures)
        writer.write(raisedBy)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        target = try reader.read()
        refs = try reader.read()
        precedents = try reader.read()
        explanation = try reader.read()
        measures = try reader.read()
        raisedBy = try reader.read()
        origin = try reader.read()
    }
}

extension LegalSource: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(key)
        writer.write(title)
        writer.write(url)
        writer.write(appliesFrom)
        writer.write(datedProvisions)
        writer.write(checkedProvisions)
        writer.write(origin)
        writer.write(citationTemplates)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        key = try reader.read()
        title = try reader.read()
        url = try reader.read()
        appliesFrom = try reader.read()
        datedProvisions = try reader.read()
        checkedProvisions = try reader.read()
        origin = try reader.read()
        citationTemplates = try reader.read()
    }
}

extension LegalSource.DatedProvision: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(provision)
        writer.write(appliesFrom)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        provision = try reader.read()
        appliesFrom = try reader.read()
    }
}

extension LegalSource.CheckedProvision: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(provision)
        writer.write(checked)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        provision = try reader.read()
        checked = try reader.read()
    }
}

extension Precedent: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(authority)
        writer.write(reference)
        writer.write(date)
        writer.write(title)
        writer.write(url)
        writer.write(outcome)
        writer.write(citeAs)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        authority = try reader.read()
        reference = try reader.read()
        date = try reader.read()
        title = try reader.read()
        url = try reader.read()
        outcome = try reader.read()
        citeAs = try reader.read()
        origin = try reader.read()
    }
}

extension Area: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        title = try reader.read()
        origin = try reader.read()
    }
}

extension Origin: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(layer)
        writer.write(location)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        layer = try reader.read()
        location = try reader.read()
    }
}

extension Sourced: CompactCodable where Value: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(value)
        writer.write(layer)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        value = try reader.read()
        layer = try reader.read()
    }
}

extension CalendarDate: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        year = try reader.read()
        month = try reader.read()
        day = try reader.read()
    }
}

extension Question: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(kind)
        writer.write(prompt)
        writer.write(writtenLabel)
        writer.write(guidance)
        writer.write(refs)
        writer.write(options)
        writer.write(condition)
        writer.write(isRequired)
        writer.write(allowsUnknown)
        writer.write(section)
        writer.write(origin)
        writer.write(renamedFrom)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        kind = try reader.read()
        prompt = try reader.read()
        writtenLabel = try reader.read()
        guidance = try reader.read()
        refs = try reader.read()
        options = try reader.read()
        condition = try reader.read()
        isRequired = try reader.read()
        allowsUnknown = try reader.read()
        section = try reader.read()
        origin = try reader.read()
        renamedFrom = try reader.read()
    }
}

extension Question.Option: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(label)
        writer.write(location)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        label = try reader.read()
        location = try reader.read()
    }
}

extension LocatedCondition: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(text)
        writer.write(parsed)
        writer.write(scalarLocations)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        text = try reader.read()
        parsed = try reader.read()
        scalarLocations = try reader.read()
    }
}

extension Section: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(intro)
        writer.write(questions)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        title = try reader.read()
        intro = try reader.read()
        questions = try reader.read()
        origin = try reader.read()
    }
}

extension LevelRule: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(level)
        writer.write(condition)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        level = try reader.read()
        condition = try reader.read()
    }
}

extension RiskExample: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(answers)
        writer.write(severity)
        writer.write(likelihood)
        writer.write(number)
        writer.write(location)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        answers = try reader.read()
        severity = try reader.read()
        likelihood = try reader.read()
        number = try reader.read()
        location = try reader.read()
    }
}

extension Risk: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(explanation)
        writer.write(rights)
        writer.write(refs)
        writer.write(condition)
        writer.write(severity)
        writer.write(likelihood)
        writer.write(raisedBy)
        writer.write(lowersLikelihood)
        writer.write(lowersSeverity)
        writer.write(examples)
        writer.write(origin)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        title = try reader.read()
        explanation = try reader.read()
        rights = try reader.read()
        refs = try reader.read()
        condition = try reader.read()
        severity = try reader.read()
        likelihood = try reader.read()
        raisedBy = try reader.read()
        lowersLikelihood = try reader.read()
        lowersSeverity = try reader.read()
        examples = try reader.read()
        origin = try reader.read()
    }
}

extension RuleExample: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(expectation)
        writer.write(number)
        writer.write(answers)
        writer.write(location)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        expectation = try reader.read()
        number = try reader.read()
        answers = try reader.read()
        location = try reader.read()
    }
}

extension ExampleAnswer: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(question)
        writer.write(value)
        writer.write(location)
        writer.write(valueLocation)
        writer.write(itemLocations)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        question = try reader.read()
        value = try reader.read()
        location = try reader.read()
        valueLocation = try reader.read()
        itemLocations = try reader.read()
    }
}

extension Questionnaire: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(id)
        writer.write(title)
        writer.write(version)
        writer.write(lawAsOf)
        writer.write(jurisdiction)
        writer.write(extends)
        writer.write(summary)
        writer.write(sourceNotes)
        writer.write(sources)
        writer.write(precedents)
        writer.write(areas)
        writer.write(sections)
        writer.write(findings)
        writer.write(redPatterns)
        writer.write(amendments)
        writer.write(risks)
        writer.write(measures)
        writer.write(file)
        writer.write(referenceLocations)
        writer.write(digest)
        writer.write(replacedBuiltIn)
        writer.write(languages)
        writer.write(translationDigests)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        id = try reader.read()
        title = try reader.read()
        version = try reader.read()
        lawAsOf = try reader.read()
        jurisdiction = try reader.read()
        extends = try reader.read()
        summary = try reader.read()
        sourceNotes = try reader.read()
        sources = try reader.read()
        precedents = try reader.read()
        areas = try reader.read()
        sections = try reader.read()
        findings = try reader.read()
        redPatterns = try reader.read()
        amendments = try reader.read()
        risks = try reader.read()
        measures = try reader.read()
        file = try reader.read()
        referenceLocations = try reader.read()
        digest = try reader.read()
        replacedBuiltIn = try reader.read()
        languages = try reader.read()
        translationDigests = try reader.read()
    }
}

extension ReplacedLayer: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(version)
        writer.write(digest)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        version = try reader.read()
        digest = try reader.read()
    }
}

extension Citation: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(sourceKey)
        writer.write(provision)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        sourceKey = try reader.read()
        provision = try reader.read()
    }
}

extension QuestionID: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(rawValue)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        rawValue = try reader.read()
    }
}

extension LocalizedText: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(translations)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        translations = try reader.read()
    }
}

extension ContentDigest: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(hex)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        hex = try reader.read()
    }
}

extension SourceLocation: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        file = try reader.read()
        line = try reader.read()
        column = try reader.read()
    }
}

extension ConditionReference: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(question)
        writer.write(offset)
        writer.write(length)
        writer.write(usage)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        question = try reader.read()
        offset = try reader.read()
        length = try reader.read()
        usage = try reader.read()
    }
}

extension LocatedLiteral: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(literal)
        writer.write(offset)
        writer.write(length)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        literal = try reader.read()
        offset = try reader.read()
        length = try reader.read()
    }
}

extension ParsedCondition: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(condition)
        writer.write(references)
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        condition = try reader.read()
        references = try reader.read()
    }
}
