import Testing

@testable import ArticleParsing

/// The byte-level shortcuts of the date reader agree with the `String` operations they stand in for.
@Suite struct ByteReadingTests {
    @Test func basicLowercasingMatchesStringLowercased() {
        for value in UInt32(0)..<0x800 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar)) + "Ab"
            let bytes = Array(text.utf8)
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            let covered = bytes.withUnsafeBufferPointer { bytes in
                lowered.withUnsafeMutableBufferPointer { BasicLowercasing.lowercase(bytes[...], into: $0) }
            }
            if covered { #expect(lowered == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))") }
        }
        for word in ["ФЕВРАЛЯ", "Січня", "ÉTÉ", "Ёлка", "Dézember"] {
            let bytes = Array(word.utf8)
            var lowered = [UInt8](repeating: 0, count: bytes.count)
            let covered = bytes.withUnsafeBufferPointer { bytes in
                lowered.withUnsafeMutableBufferPointer { BasicLowercasing.lowercase(bytes[...], into: $0) }
            }
            #expect(covered && String(decoding: lowered, as: UTF8.self) == word.lowercased(), "\(word)")
        }
    }

    @Test func wordwiseScanMatchesByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x20, 0x20, 0x09, 0x2F, 0x30, 0x39, 0x3A, 0xA0, 0xB0, 0xB9]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255)
            }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(WordwiseScan.containsDigit(buffer) == bytes.contains { $0 >= 0x30 && $0 <= 0x39 })
                let start = Int.random(in: 0...(bytes.count + 1), using: &generator)
                let expected = bytes.indices.first { $0 >= start && bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
                #expect(WordwiseScan.firstDigit(in: buffer, from: start) == expected)
                #expect(WordwiseScan.count(of: 0x20, in: buffer) == bytes.filter { $0 == 0x20 }.count)
                let gap = bytes.contains(0x09) || zip(bytes, bytes.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
                #expect(ItemRows.hasGap(buffer) == gap)
            }
        }
    }

    @Test func writtenDatesEqualExactlyWhenTheirFieldsAndISOAre() {
        guard var plain = WrittenDate(year: 2024, month: 3, day: 4) else { return #expect(Bool(false)) }
        var timed = plain
        timed.time = (9, 30, 0)
        var zoned = timed
        zoned.offsetMinutes = 60
        var zonedOnly = plain
        zonedOnly.offsetMinutes = 60
        #expect(plain == zonedOnly)
        #expect(timed != zoned)
        #expect(plain != timed)
        plain.swappedReading = (month: 4, day: 3)
        #expect(plain != zonedOnly)
    }

    /// The byte readers of numeric date words and the `String` readers they stand in for agree on
    /// every word: ISO date-times, numeric dates and zone offsets, built from their own pieces.
    @Test func numericDateWordsReadAlikeOnBytesAndStrings() {
        var generator = RobustnessTests.SeededGenerator(state: 19)
        let pieces = [
            "2024", "05", "5", "14", "31", "13", "1999", "0", "-", "-", ".", "/", ":", "t", "z", "+", "+02:00", "-0530",
            ",", "123", "09:30", "00", "t09:30:00", ".5", "h",
        ]
        for _ in 0..<30_000 {
            let count = 1 + Int(generator.next() % 6)
            let word = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            Array(word.utf8).withUnsafeBufferPointer { buffer in
                let bytes = buffer[...]
                #expect(ASCIIDateWord.isoDateTime(bytes) == DateParsing.isoDateTime(Substring(word)), "\(word)")
                #expect(ASCIIDateWord.numericDate(bytes) == DateParsing.numericDate(word), "\(word)")
                #expect(ASCIIDateWord.offset(bytes) == DateParsing.offset(Substring(word)), "\(word)")
            }
        }
    }
}
