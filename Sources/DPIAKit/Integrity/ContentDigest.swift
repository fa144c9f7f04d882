internal import Crypto
public import Foundation

/// A SHA-256 digest, written as 64 lowercase hexadecimal digits (what `sha256sum` prints).
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    /// The digest in lowercase hexadecimal.
    public let hex: String

    /// The SHA-256 of `text`'s UTF-8 bytes, exactly as given (no normalisation).
    public init(of text: String) {
        self.init(of: Data(text.utf8))
    }

    /// The SHA-256 of `bytes`.
    public init(of bytes: Data) {
        hex = SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// A digest read back from its hexadecimal form; nil unless it is 64 lowercase hex digits.
    public init?(hex: String) {
        guard hex.utf8.count == 64,
            hex.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
        else { return nil }
        self.hex = hex
    }

    /// The hexadecimal form.
    public var description: String { hex }

    /// The first 12 digits, for messages; the full digest is always recorded.
    public var short: String { String(hex.prefix(12)) }
}
