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
    static func decode(_ bytes: [UInt8]) -> Result<String, ParseRejection> {
        guard !bytes.isEmpty else { return .failure(ParseRejection(.empty, "the file has no bytes")) }

        let decoded: Result<String, ParseRejection>
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            decoded = Self.decodeUTF8(bytes.dropFirst(3), fallback: false)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            decoded = Self.decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            decoded = Self.decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else if let bigEndian = Self.bomlessUTF16Order(bytes) {
            decoded = Self.decodeUTF16(bytes[...], bigEndian: bigEndian)
        } else if let rejection = Self.binaryEvidence(bytes) {
            decoded = .failure(rejection)
        } else {
            decoded = Self.decodeUTF8(bytes[...], fallback: true)
        }
        return decoded.flatMap { text in
            let text = Self.normalizingLineEnds(text)
            guard Self.hasVisibleText(text) else {
                return .failure(ParseRejection(.empty, "the file holds only white space"))
            }
            return .success(text)
        }
    }

    // MARK: - Encodings

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, fallback: Bool) -> Result<String, ParseRejection> {
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        // A UTF-8 BOM followed by invalid UTF-8 contradicts itself: nothing honest to fall back to.
        guard fallback else {
            return .failure(ParseRejection(.undecodable, "invalid UTF-8 after a UTF-8 byte-order mark"))
        }
        return Self.decodeSingleByte(bytes)
    }

    private static func decodeSingleByte(_ bytes: ArraySlice<UInt8>) -> Result<String, ParseRejection> {
        var scalars = UTF8Builder(capacity: bytes.count + bytes.count / 4)
        var undefined = 0
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                let mapped = Self.windows1252High[Int(byte - 0x80)]
                if mapped == 0 { undefined += 1 }
                scalars.append(Unicode.Scalar(mapped == 0 ? UInt32(byte) : UInt32(mapped))!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        // Bytes that neither Windows-1252 nor printable ISO-8859-1 define, in bulk, mean some other
        // encoding (a CJK or Cyrillic code page) that this fallback would only turn into mojibake.
        if undefined > 2 && undefined * 50 > bytes.count {
            return .failure(
                ParseRejection(.undecodable, "not UTF-8, and \(undefined) bytes undefined in Windows-1252")
            )
        }
        return .success(scalars.string)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<String, ParseRejection> {
        guard bytes.count % 2 == 0 else {
            return .failure(ParseRejection(.undecodable, "UTF-16 text with an odd number of bytes"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure(ParseRejection(.undecodable, "invalid UTF-16 (an unpaired surrogate)"))
        }
        let nulCount = text.unicodeScalars.reduce(0) { $0 + ($1.value == 0 ? 1 : 0) }
        if nulCount > 0 {
            return .failure(ParseRejection(.binary, "binary data: \(nulCount) NUL characters in UTF-16 text"))
        }
        return .success(text)
    }

    /// Recognises UTF-16 written without a BOM: ASCII-heavy text then has a zero in every other byte.
    ///
    /// - Returns: `true` for big-endian, `false` for little-endian, `nil` when the bytes do not look so.
    private static func bomlessUTF16Order(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        let sample = min(bytes.count, 4096)
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
    private static func binaryEvidence(_ bytes: [UInt8]) -> ParseRejection? {
        var nulCount = 0
        var controlCount = 0
        for byte in bytes {
            switch byte {
            case 0: nulCount += 1
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: break
            case 0x01...0x1F, 0x7F: controlCount += 1
            default: break
            }
        }
        if nulCount > 0 {
            return ParseRejection(.binary, "binary data: \(nulCount) NUL bytes in \(bytes.count)")
        }
        if controlCount > 8 && controlCount * 20 > bytes.count {
            return ParseRejection(.binary, "binary data: \(controlCount) control bytes in \(bytes.count)")
        }
        return nil
    }

    // MARK: - Text clean-up

    /// CRLF and a lone CR become LF; a BOM left at the start (a doubly marked file) goes.
    static func normalizingLineEnds(_ text: String) -> String {
        let hasCR = UTF8Bytes.contains(text, 0x0D)
        let hasBOM = text.utf8.starts(with: [0xEF, 0xBB, 0xBF])
        guard hasCR || hasBOM else { return text }
        // CR and LF are ASCII: they never occur inside a multi-byte sequence, so bytes suffice.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8.dropFirst(hasBOM ? 3 : 0) {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hasVisibleText(_ text: String) -> Bool {
        text.unicodeScalars.contains { !InlineNormalizer.isInvisible($0) && !InlineNormalizer.isSpace($0) }
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
