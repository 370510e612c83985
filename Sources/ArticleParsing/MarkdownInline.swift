/// Strips inline Markdown: `[text](url)` keeps its text, `![alt](url)` goes, and paired emphasis
/// marks (`**`, `*`, `__`, `_`) go while their text stays.
///
/// Marks are removed only in matched pairs, following CommonMark's flanking idea: an opener is
/// followed by a non-space, a closer preceded by one, and `_` never pairs inside a word, so
/// `snake_case_name`, `5 * 3` and a lone `*` are left alone.
///
/// Works on valid UTF-8 bytes: every mark is ASCII, and the characters around a mark that decide
/// whether it opens or closes are decoded where they are needed.
enum MarkdownInline {
    /// `input` stripped, or `nil` when nothing was stripped (the text stays as it is).
    static func strip(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard
            input.contains(where: {
                $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[")
            })
        else { return nil }
        guard let linked = Self.linksResolved(input) else { return Self.emphasisRemoved(input) }
        return linked.withUnsafeBufferPointer(Self.emphasisRemoved) ?? linked
    }

    // MARK: - Links and images

    /// `input` with links and images resolved, or `nil` when it has none.
    private static func linksResolved(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard input.contains(UInt8(ascii: "[")) else { return nil }
        var output: [UInt8] = []
        var resolvedAny = false
        var copied = 0
        var index = 0
        while index < input.count {
            let isImage =
                input[index] == UInt8(ascii: "!") && index + 1 < input.count && input[index + 1] == UInt8(ascii: "[")
            let bracket = isImage ? index + 1 : index
            if input[bracket] == UInt8(ascii: "["), let link = Self.link(in: input, openingAt: bracket) {
                if !resolvedAny {
                    resolvedAny = true
                    output.reserveCapacity(input.count)
                }
                output.append(contentsOf: input[copied..<index])
                if !isImage { output.append(contentsOf: input[(bracket + 1)..<link.textEnd]) }
                index = link.end
                copied = index
            } else {
                index += 1
            }
        }
        guard resolvedAny else { return nil }
        output.append(contentsOf: input[copied...])
        return output
    }

    /// `[text](target)` starting at `open`: where the text ends and one past the `)`.
    private static func link(in input: UnsafeBufferPointer<UInt8>, openingAt open: Int) -> (textEnd: Int, end: Int)? {
        // Each search stops at the character that would start the next attempt, so failed attempts
        // never rescan the same stretch: the whole pass stays linear.
        var cursor = open + 1
        while cursor < input.count, input[cursor] != UInt8(ascii: "]") {
            if input[cursor] == UInt8(ascii: "[") { return nil }
            cursor += 1
        }
        let textEnd = cursor
        guard textEnd + 1 < input.count else { return nil }
        if input[textEnd + 1] == UInt8(ascii: "[") { return Self.referenceLink(in: input, textEnd: textEnd) }
        guard input[textEnd + 1] == UInt8(ascii: "(") else { return nil }
        cursor = textEnd + 2
        while cursor < input.count, input[cursor] != UInt8(ascii: ")") {
            let (scalar, length) = UTF8Bytes.scalar(in: input, at: cursor)
            if scalar == "(" || scalar == "[" || InlineNormalizer.isSpace(scalar) { return nil }
            cursor += length
        }
        guard cursor < input.count else { return nil }
        return (textEnd, cursor + 1)
    }

    /// `[text][label]` or `[text][]`, a reference-style link (pandoc and html2text write them, with the
    /// labels' addresses listed at the end): the label of `[text]` ending at `textEnd`, up to its `]`.
    /// A label is short and holds no bracket or space-only run; nil when none follows.
    private static func referenceLink(
        in input: UnsafeBufferPointer<UInt8>,
        textEnd: Int
    ) -> (textEnd: Int, end: Int)? {
        var cursor = textEnd + 2
        while cursor < input.count, input[cursor] != UInt8(ascii: "]") {
            if input[cursor] == UInt8(ascii: "[") || cursor - textEnd > Self.labelLength { return nil }
            cursor += 1
        }
        guard cursor < input.count else { return nil }
        return (textEnd, cursor + 1)
    }

    /// The longest reference label read, in bytes: labels are numbers or a few words.
    private static let labelLength = 40

    /// A reference-style link's definition on a line of its own: `[label]: address`, optionally with a
    /// title in quotation marks or brackets ("[1]: https://example.com/a "Title""). Markup, no text.
    static func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.utf8.first == UInt8(ascii: "[") else { return false }
        let bytes = Array(line.utf8)
        guard bytes.first == UInt8(ascii: "["), let close = bytes.firstIndex(of: UInt8(ascii: "]")),
            close >= 2, close <= Self.labelLength + 1, close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: ":"),
            !bytes[1..<close].contains(UInt8(ascii: "["))
        else { return false }
        let rest = bytes[(close + 2)...].split(separator: 0x20, maxSplits: 1)
        guard let address = rest.first else { return false }
        // An address: a scheme, a path or a host; a label's colon before prose ("[Update]: the council …")
        // is text.
        let isAddress =
            address.starts(with: Array("http".utf8)) || address.starts(with: Array("www.".utf8))
            || address.first == UInt8(ascii: "/") || address.first == UInt8(ascii: "<")
            || address.starts(with: Array("mailto:".utf8))
        guard isAddress else { return false }
        guard rest.count == 2, let title = rest.last, let open = title.first, let end = title.last else { return true }
        let closing: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "'"),
            UInt8(ascii: "("): UInt8(ascii: ")"),
        ]
        return title.count >= 2 && closing[open] == end
    }

    // MARK: - Emphasis

    private struct Run {
        var start: Int
        var length: Int
        var mark: UInt8
    }

    /// `input` without its paired emphasis marks, or `nil` when none pair.
    private static func emphasisRemoved(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var removed: [Run] = []
        var openers: [Run] = []
        var index = 0
        while index < input.count {
            let mark = input[index]
            guard mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_") else {
                index += 1
                continue
            }
            var end = index
            while end < input.count && input[end] == mark { end += 1 }
            let run = Run(start: index, length: end - index, mark: mark)
            index = end
            guard run.length <= 3 else { continue }

            let before = run.start > 0 ? Self.scalar(in: input, before: run.start) : nil
            let after = end < input.count ? UTF8Bytes.scalar(in: input, at: end).scalar : nil
            var canOpen = after.map { !InlineNormalizer.isSpace($0) } ?? false
            var canClose = before.map { !InlineNormalizer.isSpace($0) } ?? false
            if mark == UInt8(ascii: "_") {
                canOpen = canOpen && !(before.map(Self.isWordCharacter) ?? false)
                canClose = canClose && !(after.map(Self.isWordCharacter) ?? false)
            }
            // Look a few openers deep only: enough for nesting, and it bounds the work per run.
            if canClose,
                let match = openers.indices.reversed().prefix(8).first(where: {
                    openers[$0].mark == mark && openers[$0].length == run.length
                })
            {
                removed.append(openers[match])
                removed.append(run)
                openers.removeSubrange(match...)
            } else if canOpen {
                openers.append(run)
            }
        }
        guard !removed.isEmpty else { return nil }

        var skip = [Bool](repeating: false, count: input.count)
        for run in removed {
            for offset in run.start..<(run.start + run.length) { skip[offset] = true }
        }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        for (offset, byte) in input.enumerated() where !skip[offset] { output.append(byte) }
        return output
    }

    /// The scalar whose encoding ends just before `index` (above 0) of valid UTF-8 `bytes`.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return UTF8Bytes.scalar(in: bytes, at: start).scalar
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII settles it without the (slow on Linux) property lookups: letters and digits only.
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
                || (0x30...0x39).contains(scalar.value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
