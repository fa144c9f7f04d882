extension Citation {
    /// The provision as a lawyer writing in `language` numbers it: `Art. 28(1)(a)` is `art. 28, lid 1,
    /// a)` in Dutch, `art. 28, § 1, a)` in French, `artikel 28.1 a` in Swedish; `art. 44/1 §2` is
    /// `art. 44/1, § 2`; `2:12` (Swedish chapter and section) is `2 kap. 12 §`. The canonical form
    /// stays the identifier; this is only how a report in that language prints it.
    public func provision(in language: Language) -> String {
        guard language != .en else { return provision }
        if let (chapter, section) = chapterAndSection {
            return section.map { "\(chapter) kap. \($0) §" } ?? "\(chapter) kap."
        }
        guard let parts = articleParts else { return provision }
        let article = parts.article
        let paragraph = parts.paragraph
        let point = parts.point
        switch language {
        case .nl:
            var text = "art. \(article)"
            if let paragraph { text += parts.isSection ? ", § \(paragraph)" : ", lid \(paragraph)" }
            if let point { text += ", \(point))" }
            return text
        case .fr:
            var text = "art. \(article)"
            // Belgian usage numbers a first paragraph "1er".
            if let paragraph { text += ", § " + (paragraph == "1" ? "1er" : paragraph) }
            if let point { text += ", \(point))" }
            return text
        case .sv:
            var text = "artikel \(article)"
            if let paragraph { text += parts.isSection ? " § \(paragraph)" : ".\(paragraph)" }
            if let point { text += " \(point)" }
            return text
        case .en:
            return provision
        }
    }

    /// `2:12` → (2, 12); `ch. 8` → (8, nil).
    private var chapterAndSection: (String, String?)? {
        if provision.hasPrefix("ch. ") {
            let chapter = provision.dropFirst(4)
            return chapter.allSatisfy(\.isNumber) && !chapter.isEmpty ? (String(chapter), nil) : nil
        }
        let halves = provision.split(separator: ":", omittingEmptySubsequences: false)
        guard halves.count == 2, halves.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0.isLetter } }),
            halves[0].allSatisfy(\.isNumber)
        else { return nil }
        return (String(halves[0]), String(halves[1]))
    }

    /// `Art. 28(1)(a)` → (28, 1, a); `art. 44/1 §2` → (44/1, 2, section); `art. 25/1-25/8` → (25/1-25/8).
    private var articleParts: (article: String, paragraph: String?, point: String?, isSection: Bool)? {
        let lowered = provision.lowercased()
        guard lowered.hasPrefix("art. ") else { return nil }
        var rest = Substring(provision.dropFirst(5))
        if let mark = rest.range(of: " §") {
            let article = rest[..<mark.lowerBound]
            let paragraph = rest[mark.upperBound...].trimmingPrefix(" ")
            guard !article.isEmpty, !paragraph.isEmpty else { return nil }
            return (String(article), String(paragraph), nil, true)
        }
        let article = rest.prefix { $0 != "(" }
        rest = rest.dropFirst(article.count)
        var groups: [String] = []
        while rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            groups.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        guard rest.isEmpty, !article.isEmpty, groups.count <= 2 else { return nil }
        return (String(article), groups.first, groups.count > 1 ? groups[1] : nil, false)
    }
}

extension QuestionnaireBundle {
    /// A citation as a report in `language` prints it: the source's template for that language
    /// (`cite: {nl: "{provision} WPA"}`) around the provision numbered the language's way; the
    /// canonical form (`PSA art. 44/1 §2`) when the source has no template for it.
    public func citationText(_ citation: Citation, in language: Language) -> String {
        guard language != .en, let template = sources[citation.sourceKey]?.citationTemplates[language] else {
            return citation.description
        }
        return template.replacingOccurrences(of: "{provision}", with: citation.provision(in: language))
    }
}
