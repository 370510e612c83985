/// Shapes of short lines that an editor tells apart at a glance: a headline, a sentence, a URL.
enum TextShape {
    /// Closing quotes and brackets, skipped when asking how a line ends.
    private static let closers: Set<Character> = ["\"", "'", "’", "”", "»", "›", ")", "]", "*", "_"]

    /// The last character that is not a closing quote or bracket.
    static func finalMark(_ text: String) -> Character? {
        // Most lines end in an ASCII letter or mark, which is the last character by itself.
        // (Unless a Prepend character stands before it and joins it: then the character walk.)
        if !Self.mayEndAfterPrepend(text) {
            if let byte = text.utf8.last, byte > 0x20, byte < 0x7F, !Self.asciiClosers.contains(byte) {
                return Character(Unicode.Scalar(byte))
            }
            // A Latin, Greek or Cyrillic letter (leads C3–CB, CE–D1: no combining mark among them) ends
            // a character by itself too, and is no closer.
            if let letter = Self.finalTwoByteLetter(text) { return Character(letter) }
        }
        return text.last { !Self.closers.contains($0) && !$0.isWhitespace }
    }

    /// Whether the bytes before `text`'s last scalar may hold a Prepend character (which would make
    /// one character of it and the last).
    private static func mayEndAfterPrepend(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            UTF8Bytes.mayHoldPrepend(UnsafeBufferPointer(rebasing: bytes[max(0, bytes.count - 6)...]))
        }
    }

    private static func finalTwoByteLetter(_ text: String) -> Unicode.Scalar? {
        let utf8 = text.utf8
        guard utf8.count >= 2, let last = utf8.last, last & 0xC0 == 0x80 else { return nil }
        let lead = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
        guard (0xC3...0xCB).contains(lead) || (0xCE...0xD1).contains(lead) else { return nil }
        return Unicode.Scalar(UInt32(lead & 0x1F) << 6 | UInt32(last & 0x3F))
    }

    /// The ASCII ones among ``closers``.
    private static let asciiClosers: [UInt8] = Array("\"')]*_".utf8)

    /// `text.count <= limit`, without counting characters where bytes or scalars settle it: a
    /// character has at least one scalar, and in text of ASCII but CR (CR LF is one character), Latin,
    /// Greek and Cyrillic letters and general punctuation, which hold no combining or joining marks,
    /// exactly one.
    static func hasAtMost(_ limit: Int, charactersIn text: String) -> Bool {
        if text.utf8.count <= limit { return true }
        let (scalars, isSimple) = UTF8Bytes.withBytes(text) { bytes in
            var scalars = 0
            var isSimple = true
            for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
                scalars += 1
                if isSimple && (bytes[index] >= 0x80 || bytes[index] == 0x0D) {
                    isSimple = Self.startsSimpleCharacter(bytes, at: index)
                }
            }
            return (scalars, isSimple)
        }
        if scalars <= limit { return true }
        if isSimple { return false }
        return text.count <= limit
    }

    /// Whether the scalar at `index` (CR or not ASCII) is one that is always a character of its own: U+0080–
    /// U+02FF, Greek and Cyrillic but for U+0480–U+04BF (Cyrillic combining marks), and U+2000–U+203F
    /// but for the joiners U+200C and U+200D.
    @inline(__always)
    private static func startsSimpleCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0xC2...0xCB, 0xCE...0xD1, 0xD3, 0xD4:
            return true
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] != 0x8C
                && bytes[index + 2] != 0x8D
        default:
            return false
        }
    }

    /// ``site(ofURL:)`` on the bytes of an ASCII address ("" when it names no host); nil when a byte is
    /// not ASCII.
    private static func asciiHost(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        var start = 0
        if let scheme = (0..<max(0, bytes.count - 2)).first(where: {
            bytes[$0] == UInt8(ascii: ":") && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/")
        }) {
            start = scheme + 3
        }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
            bytes[end] != UInt8(ascii: "#")
        {
            end += 1
        }
        // The last part between `@`s that is not empty (userinfo comes first).
        var hostEnd = end
        while hostEnd > start, bytes[hostEnd - 1] == UInt8(ascii: "@") { hostEnd -= 1 }
        var hostStart = hostEnd
        while hostStart > start, bytes[hostStart - 1] != UInt8(ascii: "@") { hostStart -= 1 }
        if hostStart == hostEnd {
            hostStart = start
            hostEnd = end
        }
        // Without the port, unless the host is an IPv6 literal (`[::1]`).
        if bytes[hostStart..<hostEnd].last != UInt8(ascii: "]"),
            let colon = bytes[hostStart..<hostEnd].lastIndex(of: UInt8(ascii: ":"))
        {
            hostEnd = colon
        }
        var host = bytes[hostStart..<hostEnd].map(UTF8Bytes.asciiLowercased)
        if host.starts(with: Array("www.".utf8)) { host.removeFirst(4) }
        return String(decoding: host, as: UTF8.self)
    }

    /// Whether `text` ends the way a sentence does (`.`), or trails off into more text (`,`, `;`, `:`).
    static func endsLikeSentence(_ text: String) -> Bool {
        guard let mark = Self.finalMark(text) else { return false }
        // On the mark's bytes: comparing a letter `Character` with "." goes the slow way (non-ASCII).
        if let ascii = mark.asciiValue {
            if ascii == UInt8(ascii: ".") { return !Self.endsWithAbbreviation(text) }
            return ascii == UInt8(ascii: ",") || ascii == UInt8(ascii: ";") || ascii == UInt8(ascii: ":")
        }
        return mark.utf8.elementsEqual(Self.ellipsis)
    }

    private static let ellipsis: [UInt8] = Array("…".utf8)

    /// Whether the final `.` belongs to an abbreviation ("8:45 a.m.", "U.S.", "Inc.", "Jr."), which
    /// ends a headline as well as a sentence.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        if let answer = UTF8Bytes.withBytes(text, Self.asciiEndsWithAbbreviation) { return answer }
        if UTF8Bytes.withBytes(text, Self.surelyEndsWithoutAbbreviation) { return false }
        return Self.unicodeEndsWithAbbreviation(text)
    }

    /// For any tail: `true` when its bytes alone show that no abbreviation ends it (false: ask the
    /// characters). Within the last 16 scalars, either no `.` at all, or one `.` only, right after more
    /// scalars than the longest abbreviation has, none of them a space or a trimmed closer: then the
    /// last word is too long to be an abbreviation and holds no inner dot. Prose in any script ends so.
    private static func surelyEndsWithoutAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = bytes.count
        var scalars = 0
        while start > 0 && scalars < 16 {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
        }
        guard let dot = (start..<bytes.count).last(where: { bytes[$0] == UInt8(ascii: ".") }) else { return true }
        guard !(start..<dot).contains(where: { bytes[$0] == UInt8(ascii: ".") }) else { return false }
        var index = dot
        for _ in 0...Self.longestAbbreviation {
            guard index > start else { return false }
            var scalarStart = index - 1
            while scalarStart > start && bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let scalar = UTF8Bytes.scalar(in: bytes, at: scalarStart).scalar
            if scalar == " " || Self.closerScalars.contains(scalar) { return false }
            index = scalarStart
        }
        return true
    }

    /// What ``unicodeEndsWithAbbreviation(_:)`` trims from a tail before its last word, and the same as scalars.
    private static let tailClosers = "\"'’”»›)]*_ "
    private static let closerScalars = Array(Self.tailClosers.unicodeScalars)

    /// ``endsWithAbbreviation(_:)`` on characters, for any text.
    static func unicodeEndsWithAbbreviation(_ text: String) -> Bool {
        // Only the last word matters, and abbreviations are short: look at the line's tail only.
        let tail = Substring(text.unicodeScalars.suffix(16))
        let trimmed = tail.trimmingCharacters(in: Self.tailClosers)
        guard trimmed.hasSuffix(".") else { return false }
        // The last word: it ends with the `.`, so it is never empty.
        let lastWord = trimmed.lastIndex(of: " ").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed
        guard lastWord.utf8.count < tail.utf8.count || tail.utf8.count == text.utf8.count else { return false }
        let word = lastWord.dropLast()
        // "a.m", "U.S": a dot inside the word, between single letters.
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count == 1 }) { return true }
        // Lowercasing maps each scalar to one or more: a word of more scalars than the longest
        // abbreviation never lowercases to one.
        guard word.unicodeScalars.count <= Self.longestAbbreviation else { return false }
        return Self.abbreviations.contains(word.lowercased())
    }

    /// ``endsWithAbbreviation(_:)`` on the bytes of a tail of ASCII but CR, where every byte is a
    /// character; nil for any other tail.
    private static func asciiEndsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        let tail = bytes[max(0, bytes.count - 16)...]
        guard tail.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        let isTrimmed = { (byte: UInt8) in Self.asciiTrailers.contains(byte) }
        guard let last = tail.lastIndex(where: { !isTrimmed($0) }), bytes[last] == UInt8(ascii: ".") else {
            return false
        }
        let first = tail.firstIndex(where: { !isTrimmed($0) }) ?? last
        let wordStart = bytes[first..<last].lastIndex(of: 0x20).map { $0 + 1 } ?? first
        guard last + 1 - wordStart < tail.count || tail.count == bytes.count else { return false }
        let word = bytes[wordStart..<last]
        // "a.m", "U.S": a dot inside the word, between single letters.
        if word.contains(UInt8(ascii: ".")), Self.dotsSeparateSingleBytes(word) { return true }
        // Only a word as short as the longest abbreviation can be one (no String made for prose).
        guard word.count <= Self.longestAbbreviation else { return false }
        return Self.abbreviations.contains(String(decoding: word.map(UTF8Bytes.asciiLowercased), as: UTF8.self))
    }

    /// Whether every part of `word` between dots (empty parts left out) is one byte long, as
    /// `split(separator: ".")` would cut it (without making the parts).
    private static func dotsSeparateSingleBytes(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var partLength = 0
        for byte in word {
            if byte == UInt8(ascii: ".") {
                partLength = 0
            } else {
                partLength += 1
                if partLength > 1 { return false }
            }
        }
        return true
    }

    /// The ASCII characters trimmed from a tail before looking for an abbreviation.
    private static let asciiTrailers: [UInt8] = Array("\"')]*_ ".utf8)

    private static let abbreviationList: Set<String> = [
        "inc", "jr", "sr", "co", "corp", "ltd", "st", "dr", "mr", "mrs", "ms", "vs", "bros", "no", "gmbh", "ag",
    ]
    private static let abbreviations = LineSet(Self.abbreviationList)
    /// The longest abbreviation, in scalars (every one is ASCII: as many bytes).
    private static let longestAbbreviation = Self.abbreviationList.map(\.unicodeScalars.count).max() ?? 0

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if InlineNormalizer.isSpace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// A headline: one short line of 2–30 words that does not start in lower case and does not end
    /// like a sentence. Subheadings and teaser headlines share the shape; where it stands decides.
    static func isHeadlineShaped(_ text: String) -> Bool {
        // A character has at least one byte: only long lines need counting (and short ones its third character).
        guard (3...600).contains(text.utf8.count),
            text.utf8.count <= 200 ? Self.hasThreeCharacters(text) : Self.hasAtMost(200, charactersIn: text)
        else { return false }
        // A headline may trail off ("Inside the deal that nearly sank the tower…"); prose does not end so.
        // Asked first: most lines are prose, and their ending settles it on the last bytes.
        guard !Self.endsLikeSentence(text) || Self.finalMark(text) == "…" else { return false }
        guard !Self.firstAlphanumericIsLowercase(text) else { return false }
        return (2...30).contains(Self.wordCount(text))
    }

    /// Whether `text` has three characters or more. Three ASCII bytes other than CR open three
    /// characters (only CR LF joins two ASCII scalars into one), so most lines are settled on bytes.
    static func hasThreeCharacters(_ text: String) -> Bool {
        let settled = UTF8Bytes.withBytes(text) { bytes -> Bool? in
            guard bytes.count >= 3 else { return false }
            return bytes[..<3].allSatisfy { $0 < 0x80 && $0 != 0x0D } ? true : nil
        }
        if let settled { return settled }
        return text.index(text.startIndex, offsetBy: 2, limitedBy: text.endIndex).map { $0 < text.endIndex } ?? false
    }

    /// Whether `text` has no letter or digit, or the first one is lower case (`false` then, and for an
    /// upper-case letter or a digit). When every byte up to the first ASCII letter or digit and the one
    /// after it is ASCII, each is a character of its own and the byte answers; otherwise the characters do.
    static func firstAlphanumericIsLowercase(_ text: String) -> Bool {
        let settled = UTF8Bytes.withBytes(text) { bytes -> Bool? in
            for (index, byte) in bytes.enumerated() {
                guard byte < 0x80, byte != 0x0D else { return nil }
                let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                guard isLower || isUpper || isDigit else { continue }
                // A combining mark after it would make it another character.
                guard index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
                return isLower
            }
            return nil
        }
        if let settled { return settled }
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }) else { return true }
        return first.isLowercase
    }

    /// Whether the first letter of `text` is lower case: a hard-wrapped line continuing a sentence.
    static func startsLowercase(_ text: Substring) -> Bool {
        // The first character itself: "9 de marzo …" or "– a list item" do not continue a sentence.
        guard let first = text.first else { return false }
        return first.isLetter && first.isLowercase
    }

    /// Whether a URL's path names an article: two segments at least, or one of eight characters or more
    /// ("/news/2025/03/04/harbour-repairs", "/harbour-repairs-a118204"; not "/a", "/home").
    static func hasArticlePath(_ url: String) -> Bool {
        // "https:", the host, then the path's segments.
        let parts = url.split(separator: "/")
        guard parts.count >= 3, parts[0].last == ":" else { return false }
        let segments = parts.dropFirst(2)
        return segments.count >= 2 || segments.contains { $0.count >= 8 }
    }

    /// A line that is nothing but a web address.
    static func isBareURL(_ text: String) -> Bool {
        Self.isURL(Substring(text))
    }

    /// "lavoixdelarvene.fr": a site's domain alone on its line, as reader views print it above the
    /// article (lower-case ASCII letters, digits, hyphens and dots, a top-level domain of two to six
    /// letters).
    static func isBareDomain(_ text: String) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            guard (4...63).contains(bytes.count), let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0,
                (2...6).contains(bytes.count - dot - 1),
                bytes[(dot + 1)...].allSatisfy({ $0 &- UInt8(ascii: "a") < 26 })
            else { return false }
            return bytes[..<dot].allSatisfy {
                $0 &- UInt8(ascii: "a") < 26 || UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            }
        }
    }

    static func isURL(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "h") || first | 0x20 == UInt8(ascii: "w"),
            text.utf8.count <= 4_000,
            // The scheme or `www.` on the bytes first: most lines opening with h or w are prose.
            Self.opensWithURLScheme(text)
        else { return false }
        // An ASCII address (nearly all) is settled on its bytes: one byte, one character.
        if let plain = UTF8Bytes.withBytes(text, Self.asciiHasNoSpace) { return plain && text.utf8.count > 8 }
        return text.count > 8 && !text.contains(where: \.isWhitespace)
    }

    /// For ASCII bytes, whether none is white space; nil when a byte is not ASCII.
    private static func asciiHasNoSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var hasSpace = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { hasSpace = true }
        }
        return !hasSpace
    }

    private static let urlOpenings: [[UInt8]] = ["http://", "https://", "www."].map { Array($0.utf8) }

    /// Whether the text opens with `http://`, `https://` or `www.`, in any letter case, as characters
    /// (a combining mark on its last character makes it another character).
    private static func opensWithURLScheme(_ text: Substring) -> Bool {
        UTF8Bytes.withBytes(text) { bytes in
            Self.urlOpenings.contains { opening in
                bytes.count >= opening.count && zip(bytes, opening).allSatisfy { UTF8Bytes.asciiLowercased($0) == $1 }
                    && !UTF8Bytes.extendsCharacter(bytes, at: opening.count)
            }
        }
    }

    /// The URL's host, lowercased, without userinfo, port or a leading `www.`.
    static func site(ofURL url: String) -> String? {
        // An ASCII address (nearly all) is read on its bytes.
        if let host = UTF8Bytes.withBytes(url, Self.asciiHost) { return host.isEmpty ? nil : host }
        return Self.unicodeSite(ofURL: url)
    }

    /// ``site(ofURL:)`` on characters, for any address.
    static func unicodeSite(ofURL url: String) -> String? {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        var host = authority.split(separator: "@").last.map(Substring.init) ?? authority
        if let colon = host.lastIndex(of: ":"), !host.hasSuffix("]") { host = host[..<colon] }
        var lowered = host.lowercased()
        if lowered.hasPrefix("www.") { lowered.removeFirst(4) }
        return lowered.isEmpty ? nil : lowered
    }
}
