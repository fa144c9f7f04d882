internal import Crypto
import Foundation

/// An Ed25519 private key that signs reports, stored as a plain text file that never leaves the
/// machine: a `BEGIN` line, the 32-byte key in base64, an `END` line.
public struct ReportSigningKey: Sendable {
    static let label = "DPIA ED25519 PRIVATE KEY"
    // The raw bytes, not the Crypto type, which is not Sendable.
    private let raw: Data

    /// The public key that checks this key's signatures, derived once when the key is read or made.
    public let publicKey: ReportVerificationKey

    /// A new random key.
    public init() {
        let key = Curve25519.Signing.PrivateKey()
        raw = key.rawRepresentation
        publicKey = ReportVerificationKey(raw: key.publicKey.rawRepresentation)
    }

    /// Reads a key file written by `fileText`.
    public init(fileText: String) throws(KeyFileError) {
        let bytes = try KeyFile.decode(fileText, label: Self.label)
        guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw .malformed("the key is not 32 bytes of Ed25519 private key")
        }
        raw = bytes
        publicKey = ReportVerificationKey(raw: key.publicKey.rawRepresentation)
    }

    /// The key file's text.
    public var fileText: String { KeyFile.encode(raw, label: Self.label) }

    /// Signs `record`'s digests and returns the record with its signature set. Throws rather than
    /// ever sign with another key or write an empty signature.
    public func sign(_ record: IntegrityRecord) throws(SigningError) -> IntegrityRecord {
        let signature: Data
        do {
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
            signature = try key.signature(for: Data(record.signedMessage.utf8))
        } catch {
            throw SigningError(reason: "\(error)")
        }
        var signed = record
        signed.signature = IntegrityRecord.Signature(
            key: publicKey.fingerprint, value: signature.base64EncodedString())
        return signed
    }
}

/// Why a report could not be signed: the cryptography library refused.
public struct SigningError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The library's own account.
    public var reason: String

    public var description: String { "cannot sign the report (\(reason))" }
}

/// An Ed25519 public key that checks report signatures, stored like the private key but under a
/// `PUBLIC KEY` label; safe to hand to anyone.
public struct ReportVerificationKey: Sendable {
    static let label = "DPIA ED25519 PUBLIC KEY"
    private let raw: Data

    init(raw: Data) {
        self.raw = raw
    }

    /// Reads a key file written by `fileText`.
    public init(fileText: String) throws(KeyFileError) {
        let bytes = try KeyFile.decode(fileText, label: Self.label)
        guard (try? Curve25519.Signing.PublicKey(rawRepresentation: bytes)) != nil else {
            throw .malformed("the key is not 32 bytes of Ed25519 public key")
        }
        raw = bytes
    }

    /// The key file's text.
    public var fileText: String { KeyFile.encode(raw, label: Self.label) }

    /// The SHA-256 of the raw 32-byte key, which a signed report records.
    public var fingerprint: ContentDigest { ContentDigest(of: raw) }

    /// Whether `signature` (base64) is this key's signature of `record.signedMessage`.
    public func isValidSignature(_ signature: String, for record: IntegrityRecord) -> Bool {
        guard let bytes = Data(base64Encoded: signature),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { return false }
        return key.isValidSignature(bytes, for: Data(record.signedMessage.utf8))
    }
}

/// Why a key file cannot be read.
public enum KeyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file holds another kind of key (a public key given as private, say).
    case wrongKind(found: String, expected: String)
    /// The file is not a key file.
    case malformed(String)

    public var description: String {
        switch self {
        case .wrongKind(let found, let expected): "it holds a \(found), not a \(expected)"
        case .malformed(let reason): "it is not a dpia key file: \(reason)"
        }
    }
}

/// The armoured text form shared by both key files.
enum KeyFile {
    static func encode(_ bytes: Data, label: String) -> String {
        "-----BEGIN \(label)-----\n\(bytes.base64EncodedString())\n-----END \(label)-----\n"
    }

    static func decode(_ text: String, label: String) throws(KeyFileError) -> Data {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard lines.count == 3, lines[0].hasPrefix("-----BEGIN "), lines[0].hasSuffix("-----") else {
            throw .malformed("expected a '-----BEGIN \(label)-----' line, the key in base64 and an END line")
        }
        let found = String(lines[0].dropFirst("-----BEGIN ".count).dropLast(5))
        guard found == label else {
            throw .wrongKind(found: found.lowercased(), expected: label.lowercased())
        }
        guard lines[2] == "-----END \(label)-----" else { throw .malformed("the END line does not match") }
        guard let bytes = Data(base64Encoded: lines[1]), bytes.count == 32 else {
            throw .malformed("the key is not 32 bytes in base64")
        }
        return bytes
    }
}
