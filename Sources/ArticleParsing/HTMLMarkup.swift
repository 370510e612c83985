// memchr
import Glibc

/// Resolves HTML left in text: tags are removed, character references are decoded.
///
/// Only names of real HTML elements count as tags, so prose such as `a<b and c>d` survives. Every
/// search for a closing `>` stops at the next `<`, and a missing `-->` is remembered, which keeps the
/// scan linear even on a 100,000-character line full of `<`.
///
/// Works on valid UTF-8 bytes: every mark it looks for is ASCII, and a UTF-8 encoding never holds an
/// ASCII byte but its own, so a byte offset stands for a scalar wherever the scan stops.
enum HTMLMarkup {
    /// `input` with tags removed (block-level ones and `<br>` leave a space) and entities decoded once;
    /// `nil` when there was nothing to resolve (the text stays as it is).
    static func resolve(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = input.baseAddress,
            memchr(base, Int32(UInt8(ascii: "<")), input.count) != nil
                || memchr(base, Int32(UInt8(ascii: "&")), input.count) != nil
        else { return nil }
        var output: [UInt8] = []
        var resolvedAny = false
        var commentsUnclosed = false
        var copied = 0
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<"), let tag = Self.tag(in: input, at: index, commentsUnclosed: &commentsUnclosed)
            {
                Self.start(&output, resolvedAny: &resolvedAny, capacity: input.count)
                output.append(contentsOf: input[copied..<index])
                if tag.separates { output.append(0x20) }
                index = tag.end
                copied = index
            } else if byte == UInt8(ascii: "&"), let entity = Self.entity(in: input, at: index) {
                Self.start(&output, resolvedAny: &resolvedAny, capacity: input.count)
                output.append(contentsOf: input[copied..<index])
                for scalar in entity.scalars { UTF8.encode(scalar) { output.append($0) } }
                index = entity.end
                copied = index
            } else {
                index += 1
            }
        }
        guard resolvedAny else { return nil }
        output.append(contentsOf: input[copied...])
        return output
    }

    /// Reserves the output the first time something is resolved.
    private static func start(_ output: inout [UInt8], resolvedAny: inout Bool, capacity: Int) {
        guard !resolvedAny else { return }
        resolvedAny = true
        output.reserveCapacity(capacity)
    }

    // MARK: - Tags

    private struct Tag {
        /// One past the closing `>`.
        var end: Int
        /// Whether the tag separates words (`<br>`, `<p>`, …) rather than marking inline text (`<u>`).
        var separates: Bool
    }

    private static func tag(in input: UnsafeBufferPointer<UInt8>, at start: Int, commentsUnclosed: inout Bool) -> Tag? {
        var cursor = start + 1
        guard cursor < input.count else { return nil }
        if input[cursor] == UInt8(ascii: "!") {
            return Self.comment(in: input, at: start, commentsUnclosed: &commentsUnclosed)
        }
        if input[cursor] == UInt8(ascii: "/") { cursor += 1 }
        let nameStart = cursor
        while cursor < input.count, cursor - nameStart <= 10, Self.isASCIIAlphanumeric(input[cursor]) {
            cursor += 1
        }
        guard cursor > nameStart, UTF8Bytes.isASCIILetter(input[nameStart]) else { return nil }
        // Letters and digits: setting the 0x20 bit lowercases the letters and keeps the digits.
        let name = String(decoding: input[nameStart..<cursor].lazy.map { $0 | 0x20 }, as: UTF8.self)
        guard Self.inlineTags.contains(name) || Self.separatingTags.contains(name) else { return nil }
        guard cursor < input.count else { return nil }
        let after = input[cursor]
        guard
            after == UInt8(ascii: ">") || after == UInt8(ascii: "/")
                || UTF8Bytes.scalar(in: input, at: cursor).scalar.properties.isWhitespace
        else { return nil }
        guard let close = Self.closingBracket(in: input, from: cursor) else { return nil }
        return Tag(end: close + 1, separates: Self.separatingTags.contains(name))
    }

    private static func comment(
        in input: UnsafeBufferPointer<UInt8>,
        at start: Int,
        commentsUnclosed: inout Bool
    ) -> Tag? {
        if input.count - start >= 4 && input[start + 2] == UInt8(ascii: "-") && input[start + 3] == UInt8(ascii: "-") {
            guard !commentsUnclosed else { return nil }
            var cursor = start + 4
            while cursor + 2 < input.count {
                if input[cursor] == UInt8(ascii: "-") && input[cursor + 1] == UInt8(ascii: "-")
                    && input[cursor + 2] == UInt8(ascii: ">")
                {
                    return Tag(end: cursor + 3, separates: false)
                }
                cursor += 1
            }
            commentsUnclosed = true
            return nil
        }
        // `<!DOCTYPE …>` and the like.
        guard start + 2 < input.count, UTF8Bytes.isASCIILetter(input[start + 2]),
            let close = Self.closingBracket(in: input, from: start + 2)
        else { return nil }
        return Tag(end: close + 1, separates: true)
    }

    /// The index of the next `>`, or `nil` when a `<` or the end comes first.
    private static func closingBracket(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start
        while cursor < input.count {
            switch input[cursor] {
            case UInt8(ascii: ">"): return cursor
            case UInt8(ascii: "<"): return nil
            default: cursor += 1
            }
        }
        return nil
    }

    private static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
        "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr", "picture", "source",
    ]

    private static let separatingTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "section",
        "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "iframe", "video",
        "audio", "embed", "object", "form", "input", "button", "label", "select", "option", "textarea",
        "html", "head", "body", "title", "meta", "link", "script", "style", "noscript", "center",
    ]

    // MARK: - Character references

    private static func entity(
        in input: UnsafeBufferPointer<UInt8>,
        at start: Int
    ) -> (scalars: [Unicode.Scalar], end: Int)? {
        var cursor = start + 1
        guard cursor < input.count else { return nil }
        if input[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var radix: UInt32 = 10
            if cursor < input.count && (input[cursor] == UInt8(ascii: "x") || input[cursor] == UInt8(ascii: "X")) {
                radix = 16
                cursor += 1
            }
            let digitsStart = cursor
            var value: UInt32 = 0
            while cursor < input.count, cursor - digitsStart < 8, let digit = Self.digitValue(input[cursor], radix) {
                value = value * radix + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < input.count, input[cursor] == UInt8(ascii: ";") else { return nil }
            return ([Self.referencedScalar(value)], cursor + 1)
        }
        let nameStart = cursor
        while cursor < input.count, cursor - nameStart < 32, Self.isASCIIAlphanumeric(input[cursor]) {
            cursor += 1
        }
        guard cursor > nameStart, cursor < input.count, input[cursor] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: input[nameStart..<cursor], as: UTF8.self)
        guard let scalars = HTMLEntities.scalars(named: name) else { return nil }
        return (scalars, cursor + 1)
    }

    /// The character a numeric reference means, as browsers read it (HTML's 0x80–0x9F rule included).
    private static func referencedScalar(_ value: UInt32) -> Unicode.Scalar {
        if let windows = TextDecoding.windows1252Scalar(value) { return windows }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func digitValue(_ byte: UInt8, _ radix: UInt32) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46 where radix == 16: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where radix == 16: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || (0x30...0x39).contains(byte)
    }
}
