import Glibc

/// Pulls `seq` and `source.sha256` out of a line this module wrote, by byte matching instead of a JSON decode.
///
/// This works because ``RecordEncoding`` fixes the key order and escapes every `"` inside strings: a line
/// starts with `{"schema":1,"seq":`, and the byte sequence `"sha256":"` cannot occur inside a string value
/// (the quote after `sha256` would be written `\"`), so its first occurrence is the key.
enum RecordLineScanner {
    private static let prefix = Array(#"{"schema":1,"seq":"#.utf8)
    private static let shaKey = Array(#""sha256":""#.utf8)

    /// The `seq` from the opening of a record line (`{"schema":1,"seq":N,`): enough bytes of the line's start
    /// will do. `nil` when it does not open like one of our records.
    static func leadingSeq(_ line: UnsafeRawBufferPointer) -> UInt64? {
        Self.opening(line)?.seq
    }

    /// The `seq` of a record line's opening, and the index of the comma after it.
    private static func opening(_ line: UnsafeRawBufferPointer) -> (seq: UInt64, end: Int)? {
        let prefixCount = Self.prefix.count
        guard line.count > prefixCount,
            Self.prefix.withUnsafeBytes({ memcmp(line.baseAddress!, $0.baseAddress!, prefixCount) == 0 })
        else { return nil }
        var index = prefixCount
        var seq: UInt64 = 0
        while index < line.count, line[index] >= UInt8(ascii: "0"), line[index] <= UInt8(ascii: "9") {
            let (times10, overflow1) = seq.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(line[index] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            seq = sum
            index += 1
        }
        guard index > prefixCount, index < line.count, line[index] == UInt8(ascii: ",") else { return nil }
        return (seq, index)
    }

    /// The record's `seq` and digest, or `nil` when the line is not shaped like one of our records.
    static func scan(_ line: UnsafeRawBufferPointer) -> (seq: UInt64, digest: SHA256Digest)? {
        let prefixCount = Self.prefix.count
        guard line.count > prefixCount + 64, line[line.count - 1] == UInt8(ascii: "}"),
            Self.prefix.withUnsafeBytes({ memcmp(line.baseAddress!, $0.baseAddress!, prefixCount) == 0 })
        else { return nil }

        guard let (seq, index) = Self.opening(line) else { return nil }

        guard let keyStart = Self.firstOccurrence(of: Self.shaKey, in: line, from: index) else { return nil }
        let hexStart = keyStart + Self.shaKey.count
        guard hexStart + 64 < line.count, line[hexStart + 64] == UInt8(ascii: "\""),
            let digest = SHA256Digest(hexBytes: UnsafeRawBufferPointer(rebasing: line[hexStart..<hexStart + 64]))
        else { return nil }
        return (seq, digest)
    }

    /// Where `needle` first occurs in `haystack` at or after `start`: `memchr` for its first byte, then `memcmp`.
    /// (`memmem` would do, but Glibc's module does not export that GNU extension to Swift.)
    private static func firstOccurrence(
        of needle: [UInt8],
        in haystack: UnsafeRawBufferPointer,
        from start: Int
    )
        -> Int?
    {
        let base = haystack.baseAddress!
        var position = start
        return needle.withUnsafeBytes { needleBytes in
            while haystack.count - position >= needleBytes.count {
                guard let found = memchr(base + position, Int32(needleBytes[0]), haystack.count - position) else {
                    return nil
                }
                let candidate = base.distance(to: UnsafeRawPointer(found))
                guard haystack.count - candidate >= needleBytes.count else { return nil }
                if memcmp(base + candidate, needleBytes.baseAddress!, needleBytes.count) == 0 {
                    return candidate
                }
                position = candidate + 1
            }
            return nil
        }
    }
}
