// NFC needs Foundation: FoundationEssentials does not offer `precomposedStringWithCanonicalMapping`.
import Foundation

/// Normalizes one line (or paragraph) of article text the way the record's `body` requires.
///
/// In order: HTML tags and character references are resolved, inline Markdown marks stripped, control
/// and zero-width characters dropped, every run of white space (NBSP and narrow NBSP included) made
/// one space, the ends trimmed, and the result put in NFC. Typographic quotes and dashes are kept.
enum InlineNormalizer {
    static func normalize<Text: StringProtocol>(_ text: Text) -> String {
        // Without `<`, `&`, `*`, `_` or `[` there is no markup to resolve: work on the bytes directly.
        let hasMarkup = UTF8Bytes.contains(text) { byte in
            byte == 0x3C || byte == 0x26 || byte == 0x2A || byte == 0x5F || byte == 0x5B
        }
        if !hasMarkup {
            // Most lines are clean already: copying them beats rewriting and re-validating their bytes.
            if UTF8Bytes.withBytes(text, Self.isClean) { return String(text) }
            return UTF8Bytes.withBytes(text, Self.collapsedAndComposed)
        }
        // HTML is resolved once: `&lt;b&gt;` is the text `<b>`, not a tag. Stripping Markdown emphasis
        // can pair marks it could not pair before (`__a_b__`): strip again until nothing changes, so
        // normalizing is idempotent. Each pass is linear and the passes are bounded.
        var scalars = HTMLMarkup.resolve(Array(text.unicodeScalars))
        for _ in 0..<Self.markdownPasses {
            let plain = MarkdownInline.strip(scalars)
            if plain == scalars { break }
            scalars = plain
        }
        return Self.composed(Self.collapsed(scalars))
    }

    /// How many times Markdown emphasis is stripped at most: more nesting than any article has.
    static let markdownPasses = 8

    /// Whether `scalar` is dropped outright: C0/C1 controls other than white space, and format
    /// characters (zero-width space and joiners, BOM, soft hyphen, bidi marks).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // Fast answers for the ranges article text lives in; Unicode property lookups are slow on Linux.
        switch scalar.value {
        case 0..<0x80: return (scalar.value < 0x20 && !(0x09...0x0D).contains(scalar.value)) || scalar.value == 0x7F
        case 0x80...0x9F: return scalar.value != 0x85
        case 0xAD: return true
        case 0xA0...0x5FF, 0x2010...0x2027, 0x2030...0x205F: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control: return !scalar.properties.isWhitespace
        case .format: return true
        default: return false
        }
    }

    /// Unicode White_Space, as a fixed list (stable since Unicode 6.3; the property lookup is slow on Linux).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Drops invisible characters and turns each run of white space into one space, trimmed.
    private static func collapsed(_ input: [Unicode.Scalar]) -> String {
        var output = UTF8Builder(capacity: input.count)
        var pendingSpace = false
        for scalar in input {
            if Self.isSpace(scalar) {
                pendingSpace = !output.isEmpty
            } else if !Self.isInvisible(scalar) {
                if pendingSpace {
                    output.append(" ")
                    pendingSpace = false
                }
                output.append(scalar)
            }
        }
        return output.string
    }

    /// Whether ``collapsedAndComposed(_:)`` would return `input` unchanged: no white space but single
    /// spaces between words, nothing invisible, only characters that NFC never changes.
    private static func isClean(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = input.first, let last = input.last, first != 0x20, last != 0x20 else {
            return input.isEmpty
        }
        var previousIsSpace = false
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                index += 1
                if byte > 0x20 && byte != 0x7F {
                    previousIsSpace = false
                } else if byte == 0x20 && !previousIsSpace {
                    previousIsSpace = true
                } else {
                    return false
                }
                continue
            }
            let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
            guard !Self.isSpace(scalar), !Self.isInvisible(scalar), Self.isNFCStable(scalar) else { return false }
            previousIsSpace = false
            index += length
        }
        return true
    }

    /// ``collapsed(_:)`` then ``composed(_:)``, on valid UTF-8 bytes, in one pass.
    private static func collapsedAndComposed(_ input: UnsafeBufferPointer<UInt8>) -> String {
        var stable = true
        // The output is never longer than the input: written straight into the string's storage.
        let text = String(unsafeUninitializedCapacity: input.count) { output in
            var written = 0
            var pendingSpace = false
            var index = 0
            while index < input.count {
                let byte = input[index]
                if byte < 0x80 {
                    index += 1
                    if byte > 0x20 && byte != 0x7F {
                        if pendingSpace {
                            output[written] = 0x20
                            written += 1
                            pendingSpace = false
                        }
                        output[written] = byte
                        written += 1
                    } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = written > 0
                    }
                    continue
                }
                let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
                let end = min(index + length, input.count)
                if Self.isSpace(scalar) {
                    pendingSpace = written > 0
                } else if !Self.isInvisible(scalar) {
                    if pendingSpace {
                        output[written] = 0x20
                        written += 1
                        pendingSpace = false
                    }
                    for offset in index..<end {
                        output[written] = input[offset]
                        written += 1
                    }
                    if stable && !Self.isNFCStable(scalar) { stable = false }
                }
                index = end
            }
            return written
        }
        return stable ? text : text.precomposedStringWithCanonicalMapping
    }

    /// NFC. Foundation's conversion costs microseconds, so text made only of characters that NFC never
    /// changes (Latin below U+0300, Cyrillic, general punctuation, currency) skips it.
    static func composed(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy(Self.isNFCStable) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Characters whose NFC quick-check is Yes and that never combine with a neighbour.
    private static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0:
            return true
        default:
            return false
        }
    }
}
