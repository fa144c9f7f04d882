/// A compact binary form for the loaded questionnaire layers, used for the layers the build embeds
/// already loaded (``PrecompiledLayers``): a magic line, every distinct string once in a table,
/// then the values, each type writing its fields in a fixed order (``CompactCodable``).
///
/// Every byte outside the strings' UTF-8 is below 0x80 (numbers take six bits a byte), so the whole
/// form is valid UTF-8: the build embeds it as a string literal, read in place at start, with no
/// base64 to decode and no copy.
///
/// Reading is plain code per type, with no `Codable` containers and no dynamic casts: at start,
/// the Swift runtime's setup of the generic containers behind about fifty synthesized `Codable`
/// conformances cost more than evaluating and writing a whole report. The form is not an
/// interchange format; it is only ever read by the build of `dpia` that wrote it.
enum CompactCoding {
    /// The first bytes of the form, with its version.
    static let magic: [UInt8] = Array("dpia-compact/2\n".utf8)

    /// The compact form of `value`.
    static func encode(_ value: some CompactCodable) -> [UInt8] {
        var writer = CompactWriter()
        writer.write(value)
        return writer.bytes
    }

    /// The value of type `T` in `bytes`, which must hold nothing after it.
    static func decode<T: CompactCodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>)
        throws(CompactCodingError) -> T
    {
        var reader = try CompactReader(bytes)
        let value = try reader.read(T.self)
        try reader.finish()
        return value
    }

    /// The value of type `T` in `bytes`, which must hold nothing after it.
    static func decode<T: CompactCodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { buffer in try decode(T.self, from: buffer) }
    }
}

/// A value written and read in the compact form: `init(from:)` reads the fields in the order
/// `write(to:)` wrote them. Every type in a ``Questionnaire`` conforms (`CompactCoding+Model.swift`).
protocol CompactCodable {
    /// Writes the value's fields, in a fixed order.
    func write(to writer: inout CompactWriter)
    /// Reads a value written by ``write(to:)``.
    init(from reader: inout CompactReader) throws(CompactCodingError)
}

/// Why a compact form cannot be read.
struct CompactCodingError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

/// Writes values in the compact form. Speed does not matter here: it runs at build time.
struct CompactWriter {
    private var payload: [UInt8] = []
    private var indices: [String: Int] = [:]
    private var table: [String] = []

    /// The magic line, the string table and the values written so far.
    var bytes: [UInt8] {
        var out = CompactCoding.magic
        Self.append(UInt64(table.count), to: &out)
        for string in table {
            Self.append(UInt64(string.utf8.count), to: &out)
            out += string.utf8
        }
        return out + payload
    }

    /// Writes `value`.
    mutating func write(_ value: some CompactCodable) {
        value.write(to: &self)
    }

    /// Writes a non-negative number in as few bytes as it needs, six bits a byte, so that every
    /// byte stays below 0x80.
    mutating func write(unsigned value: UInt64) {
        Self.append(value, to: &payload)
    }

    /// Writes a byte.
    mutating func write(byte: UInt8) {
        payload.append(byte)
    }

    /// Writes a string as its index in the table, adding it the first time.
    mutating func write(string: String) {
        if let index = indices[string] {
            write(unsigned: UInt64(index))
            return
        }
        table.append(string)
        indices[string] = table.count - 1
        write(unsigned: UInt64(table.count - 1))
    }

    private static func append(_ value: UInt64, to out: inout [UInt8]) {
        var value = value
        while value >= 0x40 {
            out.append(UInt8(truncatingIfNeeded: value & 0x3F) | 0x40)
            value >>= 6
        }
        out.append(UInt8(value))
    }
}

/// Reads values written by ``CompactWriter``, in place: the bytes must outlive the reader.
struct CompactReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var strings: [String] = []

    /// Reads the magic line and the string table of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(CompactCodingError) {
        self.bytes = bytes
        guard bytes.starts(with: CompactCoding.magic) else {
            throw CompactCodingError("not a compact form of this version")
        }
        position = CompactCoding.magic.count
        let count = try readCount()
        strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try readCount()
            guard length <= bytes.count - position else { throw truncated() }
            strings.append(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self))
            position += length
        }
    }

    /// Reads a value of type `T`.
    mutating func read<T: CompactCodable>(_ type: T.Type = T.self) throws(CompactCodingError) -> T {
        try T(from: &self)
    }

    /// Reads a byte.
    mutating func readByte() throws(CompactCodingError) -> UInt8 {
        guard position < bytes.count else { throw truncated() }
        defer { position += 1 }
        return bytes[position]
    }

    /// Reads a number written by ``CompactWriter/write(unsigned:)``.
    mutating func readUnsigned() throws(CompactCodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try readByte()
            result |= UInt64(next & 0x3F) << shift
            if next < 0x40 { return result }
            shift += 6
            guard shift < 64 else { throw CompactCodingError("a number is too long at byte \(position)") }
        }
    }

    /// Reads a count or an index: a number that must fit the bytes left.
    mutating func readCount() throws(CompactCodingError) -> Int {
        let value = try readUnsigned()
        guard value <= UInt64(bytes.count) else {
            throw CompactCodingError("a count of \(value) at byte \(position) exceeds the form")
        }
        return Int(value)
    }

    /// Reads a string written by ``CompactWriter/write(string:)``.
    mutating func readString() throws(CompactCodingError) -> String {
        let index = try readCount()
        guard index < strings.count else { throw CompactCodingError("string \(index) is not in the table") }
        return strings[index]
    }

    /// Reads the tag of an enumeration case, which must be below `count`.
    mutating func readTag(of type: String, below count: UInt8) throws(CompactCodingError) -> UInt8 {
        let tag = try readByte()
        guard tag < count else { throw CompactCodingError("no case \(tag) of \(type) at byte \(position - 1)") }
        return tag
    }

    /// Fails unless every byte was read.
    func finish() throws(CompactCodingError) {
        guard position == bytes.count else {
            throw CompactCodingError("\(bytes.count - position) bytes left after the value")
        }
    }

    private func truncated() -> CompactCodingError {
        CompactCodingError("the compact form ends early at byte \(position)")
    }
}

// MARK: - The standard library's types

extension String: CompactCodable {
    func write(to writer: inout CompactWriter) { writer.write(string: self) }
    init(from reader: inout CompactReader) throws(CompactCodingError) { self = try reader.readString() }
}

extension Int: CompactCodable {
    // Zigzag, so a small negative number (a line 0 or -1) stays one byte.
    func write(to writer: inout CompactWriter) {
        writer.write(unsigned: UInt64(bitPattern: Int64((self << 1) ^ (self >> (Int.bitWidth - 1)))))
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        let value = try reader.readUnsigned()
        self = Int(truncatingIfNeeded: Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }
}

extension Bool: CompactCodable {
    func write(to writer: inout CompactWriter) { writer.write(byte: self ? 1 : 0) }
    init(from reader: inout CompactReader) throws(CompactCodingError) { self = try reader.readByte() != 0 }
}

extension Optional: CompactCodable where Wrapped: CompactCodable {
    func write(to writer: inout CompactWriter) {
        switch self {
        case .none: writer.write(byte: 0)
        case .some(let value):
            writer.write(byte: 1)
            writer.write(value)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        self = try reader.readByte() == 0 ? nil : reader.read(Wrapped.self)
    }
}

extension Array: CompactCodable where Element: CompactCodable {
    func write(to writer: inout CompactWriter) {
        writer.write(unsigned: UInt64(count))
        for element in self { writer.write(element) }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try reader.read(Element.self)) }
    }
}

extension Dictionary: CompactCodable where Key: CompactCodable & Comparable, Value: CompactCodable {
    // Sorted by key, so the same layers always give the same bytes.
    func write(to writer: inout CompactWriter) {
        writer.write(unsigned: UInt64(count))
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            writer.write(key)
            writer.write(value)
        }
    }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        let count = try reader.readCount()
        self = [:]
        reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.read(Key.self)
            self[key] = try reader.read(Value.self)
        }
    }
}

/// An enumeration with raw values is written as its raw value.
extension CompactCodable where Self: RawRepresentable, RawValue: CompactCodable {
    func write(to writer: inout CompactWriter) { writer.write(rawValue) }

    init(from reader: inout CompactReader) throws(CompactCodingError) {
        let rawValue = try reader.read(RawValue.self)
        guard let value = Self(rawValue: rawValue) else {
            throw CompactCodingError("'\(rawValue)' is not a \(Self.self)")
        }
        self = value
    }
}
