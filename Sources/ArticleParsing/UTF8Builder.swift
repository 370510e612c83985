/// Builds a `String` from scalars through a UTF-8 byte buffer.
///
/// `String.UnicodeScalarView.append` goes through a general `replaceSubrange` on every call, which
/// dominated parse time; appending bytes to an array and decoding once is many times faster.
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        self.bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { self.bytes.isEmpty }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            self.bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { self.bytes.append($0) }
        }
    }

    mutating func removeAll() {
        self.bytes.removeAll(keepingCapacity: true)
    }

    var string: String { String(decoding: self.bytes, as: UTF8.self) }
}
