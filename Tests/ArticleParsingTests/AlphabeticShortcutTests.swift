import Testing

@testable import ArticleParsing

/// ``UTF8Bytes/isAlphabetic(_:)`` answers the ranges article text is made of without a property
/// lookup: it must agree with the standard library on every scalar.
@Suite struct AlphabeticShortcutTests {
    @Test func agreesWithTheUnicodePropertyOnEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if UTF8Bytes.isAlphabetic(scalar) != scalar.properties.isAlphabetic { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
    }
}
