/// A compact binary form for `Codable` values, used for the questionnaire layers that the build
/// embeds already loaded (``PrecompiledLayers``): every string once in a table, then the values in
/// the order their synthesized `Codable` conformances write and read them. Decoding needs no
/// parsing beyond varints and makes each distinct string once.
///
/// The form relies on what synthesized conformances do: a value's keys are read in the order they
/// were written (absent optionals are skipped by both), so a keyed container is a key list followed
/// by the values in that order. It is not a general interchange format, and is only ever read by
/// the build of `dpia` that wrote it.
enum CompactCoding {
    /// The first bytes of the form, with its version.
    static let magic: [UInt8] = Array("dpia-compact/1\n".utf8)
}

/// Why a compact form cannot be written or read.
struct CompactCodingError: Error, CustomStringConvertible {
    var description: String
}

// MARK: - Encoding

/// Writes a value in the compact form. Speed does not matter here: it runs at build time.
final class CompactEncoder {
    /// A value being written: a tree, so a keyed container can list its keys before its values.
    fileprivate final class Node {
        enum Content {
            case bytes([UInt8])
            case keyed([(key: Int, value: Node)])
            case unkeyed([Node])
            /// An optional written through a generic path: present or not, then the value.
            case presence(Node?)
            case empty
        }
        var content: Content = .empty
    }

    private var strings: [String: Int] = [:]
    private var table: [String] = []

    /// The compact form of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = CompactEncoder()
        let root = Node()
        try encoder.encode(value, into: root)
        var payload: [UInt8] = []
        encoder.write(root, to: &payload)
        var out = CompactCoding.magic
        writeVarint(UInt64(encoder.table.count), to: &out)
        for string in encoder.table {
            let utf8 = Array(string.utf8)
            writeVarint(UInt64(utf8.count), to: &out)
            out += utf8
        }
        return out + payload
    }

    fileprivate func index(of string: String) -> Int {
        if let index = strings[string] { return index }
        table.append(string)
        strings[string] = table.count - 1
        return table.count - 1
    }

    /// Writes `value` into `node`: an optional with its presence byte, the types the decoder reads
    /// without a container (``CompactDecoder``'s `decode`), then anything else through `Encodable`.
    fileprivate func encode<T: Encodable>(_ value: T, into node: Node) throws {
        if let optional = T.self as? any OptionalValue.Type {
            // `Optional.encode(to:)` writes nothing more for nil, and the wrapped value otherwise.
            guard !optional.isNil(value) else {
                node.content = .presence(nil)
                return
            }
            let wrapped = Node()
            try value.encode(to: NodeEncoder(encoder: self, node: wrapped))
            node.content = .presence(wrapped)
            return
        }
        var out: [UInt8] = []
        if let primitive = value as? any FixedWidthInteger {
            writeInteger(primitive, to: &out)
        } else if let bool = value as? Bool {
            out.append(bool ? 1 : 0)
        } else if let double = value as? Double {
            out += withUnsafeBytes(of: double.bitPattern.littleEndian, Array.init)
        } else if let float = value as? Float {
            out += withUnsafeBytes(of: float.bitPattern.littleEndian, Array.init)
        } else if let string = value as? String {
            writeVarint(UInt64(index(of: string)), to: &out)
        } else if let id = value as? QuestionID {
            writeVarint(UInt64(index(of: id.rawValue)), to: &out)
        } else if let location = value as? SourceLocation {
            write(location, to: &out)
        } else if let locations = value as? [SourceLocation] {
            writeVarint(UInt64(locations.count), to: &out)
            for location in locations { write(location, to: &out) }
        } else if let map = value as? [String: String] {
            writeVarint(UInt64(map.count), to: &out)
            for (key, text) in map.sorted(by: { $0.key < $1.key }) {
                writeVarint(UInt64(index(of: key)), to: &out)
                writeVarint(UInt64(index(of: text)), to: &out)
            }
        } else {
            try value.encode(to: NodeEncoder(encoder: self, node: node))
            return
        }
        node.content = .bytes(out)
    }

    private func writeInteger(_ value: some FixedWidthInteger, to out: inout [UInt8]) {
        if type(of: value).isSigned {
            writeVarint(zigzag(Int(truncatingIfNeeded: value)), to: &out)
        } else {
            writeVarint(UInt64(truncatingIfNeeded: value), to: &out)
        }
    }

    private func write(_ location: SourceLocation, to out: inout [UInt8]) {
        writeVarint(UInt64(index(of: location.file)), to: &out)
        writeVarint(zigzag(location.line), to: &out)
        writeVarint(zigzag(location.column), to: &out)
    }

    private func write(_ node: Node, to out: inout [UInt8]) {
        switch node.content {
        case .bytes(let bytes): out += bytes
        case .keyed(let entries):
            writeVarint(UInt64(entries.count), to: &out)
            // Fixed-width keys, so a container finds one without reading the others.
            for entry in entries { out += withUnsafeBytes(of: UInt32(entry.key).littleEndian, Array.init) }
            for entry in entries { write(entry.value, to: &out) }
        case .unkeyed(let items):
            writeVarint(UInt64(items.count), to: &out)
            for item in items { write(item, to: &out) }
        case .presence(let wrapped):
            out.append(wrapped == nil ? 0 : 1)
            if let wrapped { write(wrapped, to: &out) }
        case .empty: break
        }
    }
}

/// `Optional`, seen through its type, so the encoder can tell a nil from a missing value.
private protocol OptionalValue {
    static func isNil(_ value: Any) -> Bool
}

extension Optional: OptionalValue {
    fileprivate static func isNil(_ value: Any) -> Bool {
        guard let optional = value as? Self else { return false }
        return optional == nil
    }
}

private func zigzag(_ value: Int) -> UInt64 {
    UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
}

private func unzigzag(_ value: UInt64) -> Int {
    Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
}

private func writeVarint(_ value: UInt64, to out: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
        out.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
    }
    out.append(UInt8(value))
}

private struct NodeEncoder: Encoder {
    let encoder: CompactEncoder
    let node: CompactEncoder.Node
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.content {} else { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(encoder: encoder, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
        return UnkeyedNodeContainer(encoder: encoder, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(encoder: encoder, node: node)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: CompactEncoder
    let node: CompactEncoder.Node
    var codingPath: [any CodingKey] = []

    private func append(_ key: Key) -> CompactEncoder.Node {
        let child = CompactEncoder.Node()
        guard case .keyed(var entries) = node.content else { return child }
        entries.append((encoder.index(of: key.stringValue), child))
        node.content = .keyed(entries)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws {
        throw CompactCodingError(description: "an explicit nil for '\(key.stringValue)' is not supported")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encoder.encode(value, into: append(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(encoder: encoder, node: append(key)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(encoder: encoder, node: append(key)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(encoder: encoder, node: CompactEncoder.Node()) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(encoder: encoder, node: append(key)) }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let encoder: CompactEncoder
    let node: CompactEncoder.Node
    var codingPath: [any CodingKey] = []
    var count: Int {
        guard case .unkeyed(let items) = node.content else { return 0 }
        return items.count
    }

    private func append() -> CompactEncoder.Node {
        let child = CompactEncoder.Node()
        guard case .unkeyed(var items) = node.content else { return child }
        items.append(child)
        node.content = .unkeyed(items)
        return child
    }

    mutating func encodeNil() throws {
        throw CompactCodingError(description: "a nil outside an optional value is not supported")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.encode(value, into: append())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(encoder: encoder, node: append()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(encoder: encoder, node: append()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(encoder: encoder, node: append()) }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: CompactEncoder
    let node: CompactEncoder.Node
    var codingPath: [any CodingKey] = []

    // Only `Optional.encode(to:)` writes a nil here, after the presence byte says so.
    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        try encoder.encode(value, into: node)
    }
}

// MARK: - Decoding

/// Reads a value written by ``CompactEncoder``.
final class CompactDecoder {
    private let bytes: [UInt8]
    fileprivate var position = 0
    fileprivate private(set) var strings: [String] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value of type `T` in `bytes`.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let decoder = CompactDecoder(bytes: bytes)
        guard bytes.starts(with: CompactCoding.magic) else {
            throw CompactCodingError(description: "not a compact form of this version")
        }
        decoder.position = CompactCoding.magic.count
        let count = try decoder.varint()
        decoder.strings.reserveCapacity(count)
        for _ in 0..<count {
            let length = try decoder.varint()
            guard decoder.position + length <= bytes.count else { throw decoder.truncated() }
            let string = bytes.withUnsafeBufferPointer { buffer in
                String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[decoder.position..<decoder.position + length]),
                    as: UTF8.self)
            }
            decoder.strings.append(string)
            decoder.position += length
        }
        let value = try decoder.decode(T.self)
        guard decoder.position == bytes.count else {
            throw CompactCodingError(description: "\(bytes.count - decoder.position) bytes left after the value")
        }
        return value
    }

    fileprivate var byteCount: Int { bytes.count }

    /// The little-endian four-byte number at `offset` (within bounds, checked by the caller).
    fileprivate func uint32(at offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// The string at `index` in the table, or nil.
    fileprivate func string(at index: Int) -> String? {
        index < strings.count ? strings[index] : nil
    }

    fileprivate func truncated() -> CompactCodingError {
        CompactCodingError(description: "the compact form ends early at byte \(position)")
    }

    fileprivate func byte() throws -> UInt8 {
        guard position < bytes.count else { throw truncated() }
        defer { position += 1 }
        return bytes[position]
    }

    fileprivate func rawVarint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw CompactCodingError(description: "a varint is too long at byte \(position)") }
        }
    }

    fileprivate func varint() throws -> Int {
        Int(truncatingIfNeeded: try rawVarint())
    }

    fileprivate func signed() throws -> Int {
        unzigzag(try rawVarint())
    }

    fileprivate func string() throws -> String {
        let index = try varint()
        guard index >= 0 && index < strings.count else {
            throw CompactCodingError(description: "string \(index) is not in the table")
        }
        return strings[index]
    }

    fileprivate func location() throws -> SourceLocation {
        SourceLocation(file: try string(), line: try signed(), column: try signed())
    }

    fileprivate func fixed<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        var value: T = 0
        for shift in stride(from: 0, to: T.bitWidth, by: 8) {
            value |= T(try byte()) << shift
        }
        return value
    }

    /// A value: the types written without a container first (compared by type, which costs no
    /// dynamic cast), then anything else through `Decodable`.
    fileprivate func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try string(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try signed(), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try byte() != 0, to: T.self) }
        if T.self == SourceLocation.self { return unsafeBitCast(try location(), to: T.self) }
        if T.self == QuestionID.self { return unsafeBitCast(QuestionID(try string()), to: T.self) }
        if T.self == [SourceLocation].self {
            let count = try varint()
            var locations: [SourceLocation] = []
            locations.reserveCapacity(count)
            for _ in 0..<count { locations.append(try location()) }
            return unsafeBitCast(locations, to: T.self)
        }
        if T.self == [String: String].self {
            let count = try varint()
            var map: [String: String] = [:]
            map.reserveCapacity(count)
            for _ in 0..<count { map[try string()] = try string() }
            return unsafeBitCast(map, to: T.self)
        }
        if let value = try otherPrimitive(T.self) { return value }
        return try T(from: ValueDecoder(decoder: self))
    }

    /// The rarer fixed-size values.
    private func otherPrimitive<T>(_ type: T.Type) throws -> T? {
        switch type {
        case is Int8.Type: return Int8(truncatingIfNeeded: try signed()) as? T
        case is Int16.Type: return Int16(truncatingIfNeeded: try signed()) as? T
        case is Int32.Type: return Int32(truncatingIfNeeded: try signed()) as? T
        case is Int64.Type: return Int64(try signed()) as? T
        case is UInt.Type: return UInt(try rawVarint()) as? T
        case is UInt8.Type: return UInt8(truncatingIfNeeded: try rawVarint()) as? T
        case is UInt16.Type: return UInt16(truncatingIfNeeded: try rawVarint()) as? T
        case is UInt32.Type: return UInt32(truncatingIfNeeded: try rawVarint()) as? T
        case is UInt64.Type: return try rawVarint() as? T
        case is Double.Type: return Double(bitPattern: try fixed(UInt64.self)) as? T
        case is Float.Type: return Float(bitPattern: try fixed(UInt32.self)) as? T
        default: return nil
        }
    }
}

private struct ValueDecoder: Decoder {
    let decoder: CompactDecoder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedValueContainer<Key>(decoder: decoder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedValueContainer(decoder: decoder, count: try decoder.varint())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: decoder)
    }
}

/// A keyed container: its key list, then its values in that order at the decoder's position. It
/// keeps no position of its own: callers read the keys they find in the order they were written.
private struct KeyedValueContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: CompactDecoder
    /// Where the keys (string-table indices, four bytes each) start, and how many there are.
    let keysStart: Int
    let count: Int
    var codingPath: [any CodingKey] { [] }

    init(decoder: CompactDecoder) throws {
        self.decoder = decoder
        count = try decoder.varint()
        keysStart = decoder.position
        decoder.position += 4 * count
        guard decoder.position <= decoder.byteCount else { throw decoder.truncated() }
    }

    /// The name of the key at `index`, or nil when the table has no such string.
    private func name(at index: Int) -> String? {
        decoder.string(at: decoder.uint32(at: keysStart + 4 * index))
    }

    var allKeys: [Key] {
        (0..<count).compactMap { name(at: $0).flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool {
        let wanted = key.stringValue
        return (0..<count).contains { name(at: $0) == wanted }
    }

    private func require(_ key: Key) throws {
        guard contains(key) else {
            throw CompactCodingError(description: "no value for '\(key.stringValue)' in the compact form")
        }
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try require(key)
        return try decoder.byte() != 0
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try require(key)
        return try decoder.string()
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try require(key)
        return try decoder.signed()
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try require(key)
        return try decoder.decode(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try require(key)
        return KeyedDecodingContainer(try KeyedValueContainer<NestedKey>(decoder: decoder))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try require(key)
        return UnkeyedValueContainer(decoder: decoder, count: try decoder.varint())
    }

    func superDecoder() throws -> any Decoder { ValueDecoder(decoder: decoder) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try require(key)
        return ValueDecoder(decoder: decoder)
    }
}

private struct UnkeyedValueContainer: UnkeyedDecodingContainer {
    let decoder: CompactDecoder
    let total: Int
    var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var count: Int? { total }
    var isAtEnd: Bool { currentIndex >= total }

    init(decoder: CompactDecoder, count: Int) {
        self.decoder = decoder
        self.total = count
    }

    private mutating func advance() throws {
        guard !isAtEnd else { throw CompactCodingError(description: "a list in the compact form ends early") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode(_ type: String.Type) throws -> String {
        try advance()
        return try decoder.string()
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try advance()
        return try decoder.decode(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try advance()
        return KeyedDecodingContainer(try KeyedValueContainer<NestedKey>(decoder: decoder))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try advance()
        return UnkeyedValueContainer(decoder: decoder, count: try decoder.varint())
    }

    mutating func superDecoder() throws -> any Decoder {
        try advance()
        return ValueDecoder(decoder: decoder)
    }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: CompactDecoder
    var codingPath: [any CodingKey] { [] }

    // Only `Optional.init(from:)` asks, and the encoder wrote a presence byte for it.
    func decodeNil() -> Bool {
        (try? decoder.byte()) == 0
    }

    func decode(_ type: String.Type) throws -> String { try decoder.string() }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.decode(T.self)
    }
}
