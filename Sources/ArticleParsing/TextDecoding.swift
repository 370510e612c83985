// memchr
import Glibc

/// Turns a file's bytes into text with `\n` line ends, or says why they are not text.
///
/// The order of evidence: a byte-order mark is believed first (UTF-8, UTF-16 LE/BE); then bytes that
/// only binary data has (NUL, many C0 controls) reject the file; then strict UTF-8; then a single-byte
/// fallback. Scrapers on Windows write Windows-1252, older European tooling ISO-8859-1. The two agree
/// everywhere except 0x80–0x9F, where ISO-8859-1 has C1 controls that real text never contains, so one
/// mapping serves both: Windows-1252 where it defines a character, ISO-8859-1 (a C1 control, dropped
/// later) for the five bytes it leaves undefined.
enum TextDecoding {
    /// Decodes `bytes`; CRLF and lone CR become LF, a leading BOM is removed.
    ///
    /// Every encoding is decoded straight to UTF-8 bytes with line ends settled on the way, and the
    /// `String` is made once, from bytes already known to be well-formed.
    static func decode(_ bytes: [UInt8]) -> Result<String, ParseRejection> {
        guard !bytes.isEmpty else { return .failure(ParseRejection(.empty, "the file has no bytes")) }

        let decoded = bytes.withUnsafeBufferPointer { bytes -> Result<String, ParseRejection> in
            if bytes.starts(with: Self.utf8BOM) {
                return Self.decodeUTF8(UnsafeBufferPointer(rebasing: bytes.dropFirst(3)))
            } else if bytes.starts(with: [0xFF, 0xFE]) {
                return UTF16Decoding.decode(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), bigEndian: false)
            } else if bytes.starts(with: [0xFE, 0xFF]) {
                return UTF16Decoding.decode(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), bigEndian: true)
            } else if let bigEndian = Self.bomlessUTF16Order(bytes) {
                return UTF16Decoding.decode(bytes, bigEndian: bigEndian)
            }
            let survey = ByteSurvey(bytes)
            if let rejection = Self.binaryEvidence(survey, byteCount: bytes.count) { return .failure(rejection) }
            if survey.isValidUTF8 { return .success(Self.text(utf8: bytes, survey: survey)) }
            return Self.decodeSingleByte(bytes)
        }
        return decoded.flatMap { text in
            guard UTF8Bytes.withBytes(text, Self.hasVisibleText) else {
                return .failure(ParseRejection(.empty, "the file holds only white space"))
            }
            return .success(text)
        }
    }

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    // MARK: - Encodings

    /// The bytes after a UTF-8 BOM. Invalid UTF-8 there contradicts the mark: nothing honest to fall
    /// back to. A second BOM (a doubly marked file) goes too.
    private static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, ParseRejection> {
        let text = bytes.starts(with: Self.utf8BOM) ? UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) : bytes
        let survey = ByteSurvey(text)
        guard survey.isValidUTF8 else {
            return .failure(ParseRejection(.undecodable, "invalid UTF-8 after a UTF-8 byte-order mark"))
        }
        return .success(Self.text(utf8: text, survey: survey))
    }

    /// Well-formed UTF-8 `bytes` (as `survey` found them) as text with LF line ends.
    private static func text(utf8 bytes: UnsafeBufferPointer<UInt8>, survey: ByteSurvey) -> String {
        guard survey.hasCarriageReturn else {
            return LineEndWriter.string(validUTF8: bytes, isASCII: survey.isASCII)
        }
        return LineEndWriter.string(capacity: bytes.count) { writer in writer.appendUTF8(bytes, isASCII: survey.isASCII)
        }
    }

    private static func decodeSingleByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, ParseRejection> {
        // Bytes that neither Windows-1252 nor printable ISO-8859-1 define, in bulk, mean some other
        // encoding (a CJK or Cyrillic code page) that this fallback would only turn into mojibake.
        let undefined = bytes.count { $0 >= 0x80 && $0 < 0xA0 && Self.windows1252High[Int($0 - 0x80)] == 0 }
        if undefined > 2 && undefined * 50 > bytes.count {
            return .failure(
                ParseRejection(.undecodable, "not UTF-8, and \(undefined) bytes undefined in Windows-1252")
            )
        }
        // Every byte takes at most three bytes of UTF-8 (the Windows-1252 punctuation).
        let text = LineEndWriter.string(capacity: bytes.count * 3) { writer in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // A run of ASCII is copied whole.
                    let start = index
                    while index < bytes.count && bytes[index] < 0x80 { index += 1 }
                    writer.appendUTF8(UnsafeBufferPointer(rebasing: bytes[start..<index]), isASCII: true)
                    continue
                }
                index += 1
                if byte < 0xA0 {
                    let mapped = Self.windows1252High[Int(byte - 0x80)]
                    writer.appendNonASCII(mapped == 0 ? UInt32(byte) : UInt32(mapped))
                } else {
                    writer.appendNonASCII(UInt32(byte))
                }
            }
        }
        return .success(text)
    }

    /// Recognises UTF-16 written without a BOM: ASCII-heavy text then has a zero in every other byte.
    ///
    /// - Returns: `true` for big-endian, `false` for little-endian, `nil` when the bytes do not look so.
    private static func bomlessUTF16Order(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        let sample = min(bytes.count, 4096)
        // Without a zero byte it cannot be UTF-16 of ASCII-heavy text.
        guard memchr(bytes.baseAddress!, 0, sample) != nil else { return nil }
        for index in 0..<sample where bytes[index] == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample / 2
        // Little-endian ASCII: every odd byte is zero and (almost) no even byte is.
        if oddZeros * 10 >= pairs * 9 && evenZeros * 20 < pairs { return false }
        if evenZeros * 10 >= pairs * 9 && oddZeros * 20 < pairs { return true }
        return nil
    }

    /// NUL bytes, or control bytes beyond what stray typos explain, mark a file as binary.
    private static func binaryEvidence(_ survey: ByteSurvey, byteCount: Int) -> ParseRejection? {
        if survey.nulCount > 0 {
            return ParseRejection(.binary, "binary data: \(survey.nulCount) NUL bytes in \(byteCount)")
        }
        if survey.controlCount > 8 && survey.controlCount * 20 > byteCount {
            return ParseRejection(.binary, "binary data: \(survey.controlCount) control bytes in \(byteCount)")
        }
        return nil
    }

    // MARK: - Text clean-up

    /// Whether the UTF-8 `bytes` hold a character that is neither white space nor invisible. Printable
    /// ASCII settles it at once; other scalars are asked as ``InlineNormalizer`` would.
    private static func hasVisibleText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte > 0x20 && byte < 0x7F { return true }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: bytes, at: index)
            if !InlineNormalizer.isInvisible(scalar) && !InlineNormalizer.isSpace(scalar) { return true }
            index += length
        }
        return false
    }

    /// Windows-1252 for 0x80–0x9F; 0 marks the five bytes it leaves undefined.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character a Windows-1252 byte in 0x80–0x9F stands for; HTML uses the same for `&#128;`–`&#159;`.
    static func windows1252Scalar(_ byte: UInt32) -> Unicode.Scalar? {
        guard byte >= 0x80 && byte < 0xA0 else { return nil }
        let mapped = Self.windows1252High[Int(byte - 0x80)]
        return mapped == 0 ? nil : Unicode.Scalar(UInt32(mapped))
    }
}
