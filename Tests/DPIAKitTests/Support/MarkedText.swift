@testable import DPIAKit

/// Source text with emoji markers (1️⃣, 2️⃣, …) where diagnostics must point, in the style of
/// swift-format's rule tests. The markers are removed and their 1-based line and column recorded.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without markers.
    let text: String
    private let positions: [String: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [String: (Int, Int)] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while let character = rest.first {
            if let marker = MarkedText.markers.first(where: { rest.hasPrefix($0) }) {
                positions[marker] = (line, column)
                rest = rest.dropFirst(marker.count)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.positions = positions
    }

    /// The location of `marker` in a file named `file`.
    func location(_ marker: String, file: String = "test.yaml") -> SourceLocation {
        guard let position = positions[marker] else {
            preconditionFailure("marker \(marker) is not in the text")
        }
        return SourceLocation(file: file, line: position.line, column: position.column)
    }
}
