import Foundation
import Testing

@testable import ArticleParsing

/// `InlineNormalizer.isNFCStable` lets lines skip NFC and splits the rest into stretches that are
/// normalized on their own; both are right only if every character it accepts is one NFC leaves alone
/// and never works across.
@Suite struct NFCStabilityTests {
    /// Every scalar that some character's canonical decomposition has after its first: a scalar that
    /// can compose with what precedes it (Hangul vowels and trailing consonants included, which
    /// Foundation's decomposition of the syllables gives).
    static let composesWithPrevious: Set<UInt32> = {
        var found: Set<UInt32> = []
        for value in Array(0..<0x20000) + Array(0x2F800..<0x2FA20) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            for part in decomposed.dropFirst() { found.insert(part.value) }
        }
        return found
    }()

    @Test func everyStableCharacterIsLeftAloneByNFCAndStartsAStretch() {
        let composing = Self.composesWithPrevious
        #expect(composing.contains(0x0301) && composing.contains(0x11A8), "the decomposition survey found nothing")
        var checked = 0
        for value in UInt32(0)..<0x110000 {
            guard let scalar = Unicode.Scalar(value), InlineNormalizer.isNFCStable(scalar) else { continue }
            checked += 1
            let alone = String(Character(scalar))
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            #expect(alone._nfcCodeUnits == Array(alone.utf8), "NFC changes U+\(String(value, radix: 16))")
            #expect(!composing.contains(value), "U+\(String(value, radix: 16)) composes with what precedes it")
        }
        #expect(checked > 4_000)
    }

    /// Normalizing stretch by stretch gives what normalizing the whole line gives, over random lines
    /// of stable characters, marks that compose or reorder, Hangul jamo, singletons that NFC replaces
    /// (`Ω` U+2126, `Å` U+212B) and characters beyond the BMP.
    @Test func stretchwiseNFCEqualsWholeLineNFC() {
        let pieces = [
            "e", "a", "E", "\u{0301}", "\u{0327}", "\u{0308}", "\u{0323}", "\u{0344}", "\u{0340}", "ё", "е\u{0308}",
            "и\u{0306}", "№", "™", "→", "€", "—", " ", "x", "\u{1100}", "\u{1161}", "\u{11A8}", "가", "\u{2126}",
            "\u{212B}", "\u{10041}", "\u{1F600}", "\u{1D15E}", "ᾳ", "\u{0345}", "\u{0F73}", "क", "\u{093C}", "\u{0CD5}",
            "\u{0CC6}",
        ]
        var generator = RobustnessTests.SeededGenerator(state: 20_261_205)
        for _ in 0..<3_000 {
            var line = "w"
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let piece = pieces.randomElement(using: &generator)!
                // Single spaces only, so that the white-space collapsing leaves the line as it is.
                if piece == " " && line.unicodeScalars.last == " " { continue }
                line += piece
            }
            line += "w"
            let expected = line._nfcCodeUnits
            #expect(Array(InlineNormalizer.composed(line).utf8) == expected, "\(line.unicodeScalars.map(\.value))")
            #expect(Array(InlineNormalizer.normalize(line).utf8) == expected, "\(line.unicodeScalars.map(\.value))")
        }
    }
}
