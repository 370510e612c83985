/// Strips inline Markdown: `[text](url)` keeps its text, `![alt](url)` goes, and paired emphasis
/// marks (`**`, `*`, `__`, `_`) go while their text stays.
///
/// Marks are removed only in matched pairs, following CommonMark's flanking idea: an opener is
/// followed by a non-space, a closer preceded by one, and `_` never pairs inside a word, so
/// `snake_case_name`, `5 * 3` and a lone `*` are left alone.
enum MarkdownInline {
    static func strip(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains(where: { $0 == "*" || $0 == "_" || $0 == "[" }) else { return input }
        return Self.emphasisRemoved(Self.linksResolved(input))
    }

    // MARK: - Links and images

    private static func linksResolved(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard input.contains("[") else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let isImage = input[index] == "!" && index + 1 < input.count && input[index + 1] == "["
            let bracket = isImage ? index + 1 : index
            if input[bracket] == "[", let link = Self.link(in: input, openingAt: bracket) {
                if !isImage { output.append(contentsOf: input[(bracket + 1)..<link.textEnd]) }
                index = link.end
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    /// `[text](target)` starting at `open`: where the text ends and one past the `)`.
    private static func link(in input: [Unicode.Scalar], openingAt open: Int) -> (textEnd: Int, end: Int)? {
        // Each search stops at the character that would start the next attempt, so failed attempts
        // never rescan the same stretch: the whole pass stays linear.
        var cursor = open + 1
        while cursor < input.count, input[cursor] != "]" {
            if input[cursor] == "[" { return nil }
            cursor += 1
        }
        let textEnd = cursor
        guard textEnd + 1 < input.count, input[textEnd + 1] == "(" else { return nil }
        cursor = textEnd + 2
        while cursor < input.count, input[cursor] != ")" {
            let scalar = input[cursor]
            if scalar == "(" || scalar == "[" || InlineNormalizer.isSpace(scalar) { return nil }
            cursor += 1
        }
        guard cursor < input.count else { return nil }
        return (textEnd, cursor + 1)
    }

    // MARK: - Emphasis

    private struct Run {
        var start: Int
        var length: Int
        var mark: Unicode.Scalar
    }

    private static func emphasisRemoved(_ input: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var removed: [Run] = []
        var openers: [Run] = []
        var index = 0
        while index < input.count {
            let mark = input[index]
            guard mark == "*" || mark == "_" else {
                index += 1
                continue
            }
            var end = index
            while end < input.count && input[end] == mark { end += 1 }
            let run = Run(start: index, length: end - index, mark: mark)
            index = end
            guard run.length <= 3 else { continue }

            let before = run.start > 0 ? input[run.start - 1] : nil
            let after = end < input.count ? input[end] : nil
            var canOpen = after.map { !InlineNormalizer.isSpace($0) } ?? false
            var canClose = before.map { !InlineNormalizer.isSpace($0) } ?? false
            if mark == "_" {
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
        guard !removed.isEmpty else { return input }

        var skip = [Bool](repeating: false, count: input.count)
        for run in removed {
            for offset in run.start..<(run.start + run.length) { skip[offset] = true }
        }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        for (offset, scalar) in input.enumerated() where !skip[offset] { output.append(scalar) }
        return output
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
