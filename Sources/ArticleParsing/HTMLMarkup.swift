/// Resolves HTML left in text: tags are removed, character references are decoded.
///
/// Only names of real HTML elements count as tags, so prose such as `a<b and c>d` survives. Every
/// search for a closing `>` stops at the next `<`, and a missing `-->` is remembered, which keeps the
/// scan linear even on a 100,000-character line full of `<`.
enum HTMLMarkup {
    /// `input` with tags removed (block-level ones and `<br>` leave a space) and entities decoded once.
    static func resolve(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(where: { $0 == "<" || $0 == "&" }) else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var commentsUnclosed = false
        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "<", let tag = Self.tag(in: input, at: index, commentsUnclosed: &commentsUnclosed) {
                if tag.separates { output.append(" ") }
                index = tag.end
            } else if scalar == "&", let entity = Self.entity(in: input, at: index) {
                output.append(contentsOf: entity.scalars)
                index = entity.end
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return output
    }

    // MARK: - Tags

    private struct Tag {
        /// One past the closing `>`.
        var end: Int
        /// Whether the tag separates words (`<br>`, `<p>`, …) rather than marking inline text (`<u>`).
        var separates: Bool
    }

    private static func tag(in input: [Unicode.Scalar], at start: Int, commentsUnclosed: inout Bool) -> Tag? {
        var cursor = start + 1
        guard cursor < input.count else { return nil }
        if input[cursor] == "!" {
            return Self.comment(in: input, at: start, commentsUnclosed: &commentsUnclosed)
        }
        if input[cursor] == "/" { cursor += 1 }
        let nameStart = cursor
        while cursor < input.count, cursor - nameStart <= 10, Self.isASCIIAlphanumeric(input[cursor]) {
            cursor += 1
        }
        guard cursor > nameStart, Self.isASCIILetter(input[nameStart]) else { return nil }
        var nameBuilder = UTF8Builder(capacity: 10)
        for scalar in input[nameStart..<cursor] { nameBuilder.append(Unicode.Scalar(scalar.value | 0x20)!) }
        let name = nameBuilder.string
        guard Self.inlineTags.contains(name) || Self.separatingTags.contains(name) else { return nil }
        guard cursor < input.count else { return nil }
        let after = input[cursor]
        guard after == ">" || after == "/" || after.properties.isWhitespace else { return nil }
        guard let close = Self.closingBracket(in: input, from: cursor) else { return nil }
        return Tag(end: close + 1, separates: Self.separatingTags.contains(name))
    }

    private static func comment(in input: [Unicode.Scalar], at start: Int, commentsUnclosed: inout Bool) -> Tag? {
        let opener: [Unicode.Scalar] = ["<", "!", "-", "-"]
        if input.count - start >= 4 && Array(input[start..<start + 4]) == opener {
            guard !commentsUnclosed else { return nil }
            var cursor = start + 4
            while cursor + 2 < input.count {
                if input[cursor] == "-" && input[cursor + 1] == "-" && input[cursor + 2] == ">" {
                    return Tag(end: cursor + 3, separates: false)
                }
                cursor += 1
            }
            commentsUnclosed = true
            return nil
        }
        // `<!DOCTYPE …>` and the like.
        guard start + 2 < input.count, Self.isASCIILetter(input[start + 2]),
            let close = Self.closingBracket(in: input, from: start + 2)
        else { return nil }
        return Tag(end: close + 1, separates: true)
    }

    /// The index of the next `>`, or `nil` when a `<` or the end comes first.
    private static func closingBracket(in input: [Unicode.Scalar], from start: Int) -> Int? {
        var cursor = start
        while cursor < input.count {
            switch input[cursor] {
            case ">": return cursor
            case "<": return nil
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

    private static func entity(in input: [Unicode.Scalar], at start: Int) -> (scalars: [Unicode.Scalar], end: Int)? {
        var cursor = start + 1
        guard cursor < input.count else { return nil }
        if input[cursor] == "#" {
            cursor += 1
            var radix: UInt32 = 10
            if cursor < input.count && (input[cursor] == "x" || input[cursor] == "X") {
                radix = 16
                cursor += 1
            }
            let digitsStart = cursor
            var value: UInt32 = 0
            while cursor < input.count, cursor - digitsStart < 8, let digit = Self.digitValue(input[cursor], radix) {
                value = value * radix + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < input.count, input[cursor] == ";" else { return nil }
            return ([Self.referencedScalar(value)], cursor + 1)
        }
        let nameStart = cursor
        while cursor < input.count, cursor - nameStart < 32, Self.isASCIIAlphanumeric(input[cursor]) {
            cursor += 1
        }
        guard cursor > nameStart, cursor < input.count, input[cursor] == ";" else { return nil }
        var nameBuilder = UTF8Builder(capacity: 32)
        for scalar in input[nameStart..<cursor] { nameBuilder.append(scalar) }
        let name = nameBuilder.string
        guard let scalars = HTMLEntities.scalars(named: name) else { return nil }
        return (scalars, cursor + 1)
    }

    /// The character a numeric reference means, as browsers read it (HTML's 0x80–0x9F rule included).
    private static func referencedScalar(_ value: UInt32) -> Unicode.Scalar {
        if let windows = TextDecoding.windows1252Scalar(value) { return windows }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func digitValue(_ scalar: Unicode.Scalar, _ radix: UInt32) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: return scalar.value - 0x30
        case 0x41...0x46 where radix == 16: return scalar.value - 0x41 + 10
        case 0x61...0x66 where radix == 16: return scalar.value - 0x61 + 10
        default: return nil
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        Self.isASCIILetter(scalar) || (0x30...0x39).contains(scalar.value)
    }
}
