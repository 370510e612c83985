/// Normalizes one line (or paragraph) of article text the way the record's `body` requires.
///
/// In order: HTML tags and character references are resolved, inline Markdown marks stripped, control
/// and zero-width characters dropped, every run of white space (NBSP and narrow NBSP included) made
/// one space, the ends trimmed, and the result put in NFC. Typographic quotes and dashes are kept.
enum InlineNormalizer {
    static func normalize<Text: StringProtocol>(_ text: Text) -> String {
        switch UTF8Bytes.withBytes(text, Self.survey) {
        case .clean:
            // Most lines are clean already: copying them beats rewriting and re-validating their bytes.
            return String(text)
        case .plain:
            // Without `<`, `&`, `*`, `_` or `[` there is no markup to resolve: work on the bytes directly.
            return UTF8Bytes.withBytes(text, Self.collapsedAndComposed)
        case .markup:
            return UTF8Bytes.withBytes(text, Self.markupResolved)
        }
    }

    /// The markup path on the line's bytes: HTML is resolved once (`&lt;b&gt;` is the text `<b>`, not
    /// a tag). Stripping Markdown emphasis can pair marks it could not pair before (`__a_b__`): strip
    /// again until nothing changes, so normalizing is idempotent. Each pass is linear and the passes
    /// are bounded. Passes that change nothing copy nothing.
    private static func markupResolved(_ input: UnsafeBufferPointer<UInt8>) -> String {
        var resolved = HTMLMarkup.resolve(input)
        for _ in 0..<Self.markdownPasses {
            let stripped =
                if let resolved { resolved.withUnsafeBufferPointer(MarkdownInline.strip) } else {
                    MarkdownInline.strip(input)
                }
            guard let stripped else { break }
            resolved = stripped
        }
        guard let resolved else { return Self.collapsedAndComposed(input) }
        return resolved.withUnsafeBufferPointer(Self.collapsedAndComposed)
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

    /// What a line needs: nothing (``clean``), the byte pass of ``collapsedAndComposed(_:)``
    /// (``plain``), or markup resolved first (``markup``).
    private enum Survey {
        /// ``collapsedAndComposed(_:)`` would return the line unchanged: no white space but single
        /// spaces between words, nothing invisible, only characters that NFC never changes.
        case clean
        /// No `<`, `&`, `*`, `_` or `[`.
        case plain
        case markup
    }

    /// One pass over the bytes, each classified by ``byteClasses``.
    private static func survey(_ input: UnsafeBufferPointer<UInt8>) -> Survey {
        Self.byteClasses.withUnsafeBufferPointer { classes in
            Self.plainTwoByte.withUnsafeBufferPointer { Self.survey(input, classes: classes, plainTwoByte: $0) }
        }
    }

    private static func survey(
        _ input: UnsafeBufferPointer<UInt8>,
        classes: UnsafeBufferPointer<UInt8>,
        plainTwoByte: UnsafeBufferPointer<UInt64>
    ) -> Survey {
        guard let base = input.baseAddress else { return .clean }
        var clean = input.first != 0x20 && input.last != 0x20
        let count = input.count
        var index = 0
        while index < count {
            // Most lines are printable ASCII with single spaces: eight bytes at a time. (A byte loop with
            // a table lookup is compiled into the switch below, at twice the cost per byte.)
            while index + 8 <= count {
                let chunk = base + index
                let word = UnsafeRawPointer(chunk).loadUnaligned(as: UInt64.self)
                // A byte of a multi-byte character (most of Cyrillic or Greek text): no need to classify all eight.
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                var unusual = classes[Int(chunk[0])] | classes[Int(chunk[1])] | classes[Int(chunk[2])]
                unusual |= classes[Int(chunk[3])] | classes[Int(chunk[4])] | classes[Int(chunk[5])]
                unusual |= classes[Int(chunk[6])] | classes[Int(chunk[7])]
                let spaces = Self.spaceBits(word)
                let spaceBefore: UInt64 = index > 0 && base[index - 1] == 0x20 ? 0x80 : 0
                guard unusual == ByteClass.visible && spaces & (spaces << 8 | spaceBefore) == 0 else { break }
                index += 8
            }
            // The next eight bytes (or the rest) one by one; after a run of two-byte letters, eight more
            // (the space and the next word of Cyrillic or Greek text, where the chunks above never pass).
            var stop = min(index + 8, count)
            while index < stop {
                let byte = input[index]
                switch classes[Int(byte)] {
                case ByteClass.visible:
                    // A space after a space starts a run to collapse.
                    if byte == 0x20 && index > 0 && input[index - 1] == 0x20 { clean = false }
                    index += 1
                case ByteClass.markup:
                    return .markup
                case ByteClass.control:
                    clean = false
                    index += 1
                default:
                    // A run of two-byte letters of Latin-1, Latin Extended or Cyrillic text, which nothing
                    // changes: settled without decoding them.
                    index = Self.skipPlainTwoByte(input, from: index, table: plainTwoByte)
                    stop = min(index + 8, count)
                    if index >= count || input[index] < 0x80 { continue }
                    let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
                    if clean && (Self.isSpace(scalar) || Self.isInvisible(scalar) || !Self.isNFCStable(scalar)) {
                        clean = false
                    }
                    index += length
                }
            }
        }
        return clean ? .clean : .plain
    }

    /// The end of the run of characters in ``plainTwoByte`` (passed as `table`: read through a
    /// pointer, a `static let` costs a `swift_once` check per read) that starts at `start`, in valid UTF-8.
    @inline(__always)
    static func skipPlainTwoByte(
        _ input: UnsafeBufferPointer<UInt8>,
        from start: Int,
        table: UnsafeBufferPointer<UInt64>
    ) -> Int {
        var index = start
        while index + 1 < input.count, input[index] &- 0xC2 < 0x1E {
            guard Self.isPlainTwoByte(input[index], input[index + 1], table: table) else { break }
            index += 2
        }
        return index
    }

    /// Whether the two-byte character of lead byte `lead` (C2–DF) and continuation byte `next` is in
    /// ``plainTwoByte`` (passed as `table`).
    @inline(__always)
    static func isPlainTwoByte(_ lead: UInt8, _ next: UInt8, table: UnsafeBufferPointer<UInt64>) -> Bool {
        let value = Int(lead & 0x1F) << 6 | Int(next & 0x3F)
        return table[value >> 6] & (1 << UInt64(value & 63)) != 0
    }

    /// Bit `v` is set when the scalar of value `v` (U+0080…U+07FF, a two-byte UTF-8 character) is neither white
    /// space nor invisible and NFC never changes it or works across it: text made of such characters
    /// and printable ASCII needs nothing but copying. Derived from ``isSpace(_:)``,
    /// ``isInvisible(_:)`` and ``isNFCStable(_:)``, so the fast paths cannot disagree with them.
    static let plainTwoByte: [UInt64] = (0..<32).map { word in
        var bits: UInt64 = 0
        for bit in 0..<64 {
            let value = UInt32(word * 64 + bit)
            guard value >= 0x80, let scalar = Unicode.Scalar(value) else { continue }
            if !Self.isSpace(scalar) && !Self.isInvisible(scalar) && Self.isNFCStable(scalar) {
                bits |= 1 << UInt64(bit)
            }
        }
        return bits
    }

    /// The high bit of every byte of `chunk` that is a space (0x20), and no other bit: exact, unlike
    /// the shorter zero-byte test, whose false positives next to a real match would fake a pair.
    @inline(__always)
    private static func spaceBits(_ chunk: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = chunk ^ 0x2020_2020_2020_2020
        return ~((difference & lows &+ lows) | difference | lows)
    }

    private enum ByteClass {
        /// Printable ASCII and the space (which the survey checks is not doubled).
        static let visible: UInt8 = 0
        static let markup: UInt8 = 2
        static let control: UInt8 = 3
        static let nonASCII: UInt8 = 4
    }

    /// ``ByteClass`` of every byte value.
    private static let byteClasses: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x3C, 0x26, 0x2A, 0x5F, 0x5B: ByteClass.markup
        case 0..<0x20, 0x7F: ByteClass.control
        case 0x80...: ByteClass.nonASCII
        default: ByteClass.visible
        }
    }

    /// Drops invisible characters, turns each run of white space into one space (trimmed), and puts
    /// the result in NFC, on valid UTF-8 bytes, in one pass. Text made only of characters that NFC never
    /// changes (``isNFCStable(_:)``) skips NFC; the rest goes through ``composed(_:)``.
    private static func collapsedAndComposed(_ input: UnsafeBufferPointer<UInt8>) -> String {
        Self.plainTwoByte.withUnsafeBufferPointer { Self.collapsedAndComposed(input, plainTwoByte: $0) }
    }

    private static func collapsedAndComposed(
        _ input: UnsafeBufferPointer<UInt8>,
        plainTwoByte: UnsafeBufferPointer<UInt64>
    ) -> String {
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
                // A two-byte letter of Latin-1, Latin Extended or Cyrillic text (``plainTwoByte``): copied
                // without decoding it.
                if byte &- 0xC2 < 0x1E, index + 1 < input.count {
                    if Self.isPlainTwoByte(byte, input[index + 1], table: plainTwoByte) {
                        if pendingSpace {
                            output[written] = 0x20
                            written += 1
                            pendingSpace = false
                        }
                        output[written] = byte
                        output[written + 1] = input[index + 1]
                        written += 2
                        index += 2
                        continue
                    }
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
        return stable ? text : Self.composed(text)
    }

    /// `text` in NFC, normalizing only the stretches around characters NFC may change. NFC never
    /// composes or reorders across a character ``isNFCStable(_:)`` accepts (combining class 0, and
    /// nothing composes with what precedes it), so the text splits before each such character into
    /// pieces that normalize independently: a stretch runs from the last stable character before a
    /// changeable one (the base a mark may compose with) to the next stable one. The stretches go to
    /// the standard library's normalizer (the one `String` comparison and hashing use): a stretch is
    /// usually a few bytes, where Foundation's would convert the whole line to UTF-16 and back, and
    /// Foundation's on Linux misreads a character beyond the BMP before a combining mark (U+10041
    /// with an acute accent came out as `Á`).
    static func composed(_ text: String) -> String {
        UTF8Bytes.withBytes(text) { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count + 16)
            var copied = 0  // input[..<copied] is in `output`
            var lastStable = 0  // where the last stable character seen starts
            var index = 0
            while index < input.count {
                let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
                if Self.isNFCStable(scalar) {
                    lastStable = index
                    index += length
                    continue
                }
                var end = min(index + length, input.count)
                while end < input.count {
                    let (next, nextLength) = UTF8Bytes.scalar(in: input, at: end)
                    if Self.isNFCStable(next) { break }
                    end = min(end + nextLength, input.count)
                }
                let start = max(lastStable, copied)
                output.append(contentsOf: input[copied..<start])
                let stretch = String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
                output.append(contentsOf: stretch._nfcCodeUnits)
                copied = end
                index = end
            }
            output.append(contentsOf: input[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Characters whose NFC quick-check is Yes, whose combining class is 0 and with which nothing
    /// before them composes: NFC leaves them as they are and never works across them. Latin below
    /// U+0300, Cyrillic, punctuation, currency, letterlike symbols (`№`, `™`), arrows, technical and
    /// mathematical symbols, shapes, dingbats and the common emoji blocks; the test
    /// `NFCStabilityTests` checks every one against the standard library's Unicode tables.
    static func isNFCStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0,
            0x2100...0x2125, 0x212C...0x218B, 0x2190...0x2328, 0x232B...0x2426, 0x2460...0x2ADB,
            0x1F300...0x1F64F, 0x1F680...0x1F6D7, 0x1F900...0x1F9FF:
            return true
        default:
            return false
        }
    }
}
