import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string, in order; a name
/// may repeat (checkboxes).
public struct FormData: Sendable, Hashable {
    public private(set) var fields: [(String, String)] = []

    public static func == (lhs: FormData, rhs: FormData) -> Bool {
        lhs.fields.map { $0.0 + "=" + $0.1 } == rhs.fields.map { $0.0 + "=" + $0.1 }
    }
    public func hash(into hasher: inout Hasher) { for (key, value) in fields { hasher.combine(key + "=" + value) } }

    public init(_ encoded: String) {
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value of `name`.
    public subscript(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

    /// Every value of `name`.
    public func all(_ name: String) -> [String] { fields.filter { $0.0 == name }.map(\.1) }

    /// The value of `name`, trimmed, nil when empty.
    public func text(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    static func decode(_ part: Substring) -> String {
        let plus = part.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }
}

/// Percent-encoding for a path segment or query value.
func urlEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}
