/// One candidate paragraph: a non-blank line, or the lines of a hard-wrapped paragraph joined.
struct TextUnit {
    /// Normalized text; empty for a Markdown image or a horizontal rule.
    var text: String
    /// Whether a blank line (or the start of the body) comes before it.
    var startsBlock: Bool
    /// Whether a blank line (or the end of the body) comes after it.
    var endsBlock: Bool
    /// The level of a Markdown `#` heading mark, 0 when the line had none.
    var headingLevel = 0
    /// A Markdown image (`![alt](src)`) or a horizontal rule: never text, but a caption may follow.
    var isImageOrRule = false
    /// The whole line was wrapped in `*…*` or `_…_` (Markdown captions and footers are).
    var isEmphasized = false
    /// The raw line was a row of short items set apart by wide gaps (``ItemRows/isGapRow(_:)``): the
    /// gaps are gone from `text`, whose white space is collapsed.
    var isGapRow = false
}

/// Cuts the body's lines into ``TextUnit``s: blank lines separate blocks, every line is a paragraph,
/// except that a block of hard-wrapped prose (lines broken at a fixed width) becomes one paragraph.
enum ParagraphAssembly {
    static func units(from lines: ArraySlice<Substring>) -> [TextUnit] {
        var blocks: [[Substring]] = []
        var block: [Substring] = []
        // Lines of markup are normalized to see whether they hold text; the text is kept for their unit.
        var markupText: [String.Index: String] = [:]
        // Indented lines that go on with the list item above them (where they start).
        var itemContinuations: Set<String.Index> = []
        // Lines indented by two spaces or a tab that go on with no list item (where they start).
        var indented: Set<String.Index> = []
        for line in lines {
            let trimmed = Self.trimmed(line)
            let markup = trimmed.isEmpty ? nil : Self.markupNormalized(trimmed)
            if trimmed.isEmpty || markup?.isEmpty == true {
                if !block.isEmpty { blocks.append(block) }
                block.removeAll(keepingCapacity: true)
            } else {
                if let previous = block.last,
                    Self.continuesListItem(line, trimmed: trimmed, below: previous, itemContinuations)
                {
                    itemContinuations.insert(trimmed.startIndex)
                } else if trimmed.startIndex != line.startIndex, Self.isIndented(line) {
                    indented.insert(trimmed.startIndex)
                }
                block.append(trimmed)
                if let markup { markupText[trimmed.startIndex] = markup }
            }
        }
        if !block.isEmpty { blocks.append(block) }
        if indented.count >= 2 { blocks = blocks.flatMap { Self.splitAtIndents($0, indented) } }
        // The width the file's prose is wrapped at, from the blocks that show it plainly: a block
        // broken only before capitalised words ("… by the end of / April. Follow-up …") is then
        // recognised by its line lengths alone.
        let wrapped = blocks.map(Self.isHardWrapped)
        let wrapWidth = zip(blocks, wrapped).filter(\.1).map { block, _ in
            block.dropLast().map(UTF8Bytes.scalarCount).max() ?? 0
        }.max()
        var units: [TextUnit] = []
        for (block, isWrapped) in zip(blocks, wrapped) {
            let hardWrapped = isWrapped || Self.fits(block, wrapWidth: wrapWidth)
            Self.flush(
                block,
                hardWrapped: hardWrapped,
                markupText: markupText,
                itemContinuations: itemContinuations,
                into: &units
            )
        }
        return units
    }

    /// The lines of a wrapped paragraph joined by spaces, except where a word was broken with a hyphen
    /// at a line's end, as typesetting does (a PDF's text): before a lower-case letter the hyphen only
    /// split the word ("li-" / "braries" → "libraries"), before a capital or a digit it is a compound's
    /// ("mid-" / "April" → "mid-April"); before "and", "und", "et" … it is left hanging ("Ein- und
    /// Aussteigen").
    static func joinedWrapped(_ block: [Substring]) -> String {
        // Most wrapped paragraphs break only at spaces.
        guard block.dropLast().contains(where: { $0.utf8.last == UInt8(ascii: "-") }) else {
            return block.joined(separator: " ")
        }
        var joined = ""
        for line in block {
            guard let previous = joined.unicodeScalars.last else {
                joined += line
                continue
            }
            let beforeHyphen = joined.unicodeScalars.dropLast().last
            guard previous == "-", let beforeHyphen, UTF8Bytes.isAlphabetic(beforeHyphen),
                let next = line.unicodeScalars.first, UTF8Bytes.isAlphabetic(next) || next.properties.numericType != nil
            else {
                joined += " "
                joined += line
                continue
            }
            if Self.hangingHyphenWords.contains(String(line.prefix { $0.isLetter })) {
                joined += " "
            } else if next.properties.isLowercase && !Self.endsWithCompoundsWord(joined) {
                joined.unicodeScalars.removeLast()
            }
            joined += line
        }
        return joined
    }

    /// Whether the word before the hyphen that ends `joined` is a compound's first part, never a
    /// syllable a typesetter breaks at: a compound already ("round-the-" / "clock"), "e" ("e-" / "mail"),
    /// or a word of one syllable that makes compounds ("well-" / "known", "two-" / "thirds").
    private static func endsWithCompoundsWord(_ joined: String) -> Bool {
        let word = joined.unicodeScalars.dropLast().reversed().prefix { $0 != " " }
        guard !word.isEmpty else { return false }
        if word.contains("-") { return true }
        return Self.compoundFirstWords.contains(String(String.UnicodeScalarView(word.reversed())).lowercased())
    }

    /// English words of one syllable that open compounds (a typesetter breaks a word between syllables,
    /// so a line ending with one of them and a hyphen ends a compound's first part).
    private static let compoundFirstWords: Set<String> = [
        "e", "well", "self", "ill", "all", "half", "long", "short", "high", "low", "full", "first", "third",
        "one", "two", "three", "four", "five", "six", "eight", "nine", "ten",
    ]

    /// Words after which a hyphen at a line's end hangs: the second half of "Ein- und Aussteigen".
    private static let hangingHyphenWords: Set<String> = [
        "and", "or", "to", "und", "oder", "bis", "sowie", "bzw", "et", "ou", "y", "o", "e", "u", "и", "или",
        "та", "і", "й", "або", "чи",
    ]

    /// Whether a raw line opens with two spaces or a tab (a lone space is a slip of the keyboard).
    private static func isIndented(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let first = bytes.first else { return false }
        return first == 0x09 || (first == 0x20 && bytes.dropFirst().first.map { $0 == 0x20 || $0 == 0x09 } == true)
    }

    /// A block whose paragraphs are told apart by their first line's indent, as typewritten and wire
    /// copy sets them ("   KELSBRIDGE, March 7 (Northwire) - Only one …" over flush lines that go on with
    /// it), cut before each indented line, and after a paragraph's short last line (the sign-off lines
    /// under the last paragraph are not part of it); other blocks as they are. The indents must show it
    /// twice: two indented lines with flush lines under them. A block indented throughout (a quotation,
    /// a poem set in) is no such block.
    static func splitAtIndents(_ block: [Substring], _ indented: Set<String.Index>) -> [[Substring]] {
        guard block.count >= 4 else { return [block] }
        let isIndented = block.map { indented.contains($0.startIndex) }
        let paragraphStarts = isIndented.indices.dropLast().filter { isIndented[$0] && !isIndented[$0 + 1] }
        guard paragraphStarts.count >= 2, let firstStart = paragraphStarts.first, let lastStart = paragraphStarts.last
        else { return [block] }
        let widths = block.map(UTF8Bytes.scalarCount)
        let width = widths.max() ?? 0
        var parts: [[Substring]] = []
        var part: [Substring] = []
        for index in block.indices {
            let endsShort = index > firstStart && !isIndented[index - 1] && widths[index - 1] * 10 < width * 6
            let signsOff = index > lastStart + 1 && Self.signsOff(block, index)
            if !part.isEmpty && (isIndented[index] || endsShort || signsOff) {
                parts.append(part)
                part.removeAll()
            }
            part.append(block[index])
        }
        parts.append(part)
        return parts
    }

    /// Whether line `index` of an indented block is a sign-off under the last paragraph ("(Reporting by …)",
    /// "NNNN"): a line the boilerplate rules take, after a line that ends a sentence.
    private static func signsOff(_ block: [Substring], _ index: Int) -> Bool {
        guard let mark = TextShape.finalMark(String(block[index - 1])), ".!?".contains(mark) else { return false }
        return Boilerplate.isBoilerplate(InlineNormalizer.normalize(block[index]))
    }

    /// Whether `line` (raw, `trimmed` without its indent) goes on with a list item: it is indented, opens
    /// with no mark of its own, and stands under an item ("-   racheter le lait qui ne trouve pas" /
    /// "    preneur en bio.") or under such a continuation.
    private static func continuesListItem(
        _ line: Substring,
        trimmed: Substring,
        below previous: Substring,
        _ continuations: Set<String.Index>
    ) -> Bool {
        guard trimmed.startIndex != line.startIndex, line.utf8.first == 0x20 || line.utf8.first == 0x09,
            !Self.opensWithListMark(trimmed)
        else { return false }
        return Self.opensWithItemMark(previous) || continuations.contains(previous.startIndex)
    }

    /// Whether the line opens with a list item's bullet (`*`, `-`, `+`, `–`, `•` and a space) or number
    /// ("1. ", "2) "); a heading's `#` is no item.
    private static func opensWithItemMark(_ line: Substring) -> Bool {
        if Self.opens(line, "* ") || Self.opens(line, "- ") || Self.opens(line, "+ ") || Self.opens(line, "– ")
            || Self.opens(line, "• ")
        {
            return true
        }
        let digits = line.utf8.prefix { UTF8Bytes.isDigit($0) }
        guard (1...2).contains(digits.count) else { return false }
        let rest = line.utf8.dropFirst(digits.count)
        return rest.starts(with: ". ".utf8) || rest.starts(with: ") ".utf8)
    }

    /// Whether `block` looks wrapped at `wrapWidth`: every line but the last fills most of the width
    /// without passing it, the first is no row of parts, and some line breaks off mid-sentence.
    private static func fits(_ block: [Substring], wrapWidth: Int?) -> Bool {
        guard let width = wrapWidth, block.count >= 2, Self.isPlainProse(block) else { return false }
        let lines = block.dropLast()
        guard
            lines.allSatisfy({ line in
                let count = UTF8Bytes.scalarCount(line)
                return count <= width + 2 && count * 4 >= width * 3
            }),
            !Self.isRowOfParts(block[0])
        else { return false }
        return lines.contains { line in
            guard let last = line.unicodeScalars.last else { return false }
            return !".!?:;\"”»’)".unicodeScalars.contains(last)
        }
    }

    /// "ELBAUEN BRIEFING · Ausgabe 214 · Dienstag, 3. März 2026": parts set apart by two spaced `·`, `|` or
    /// `•` at least, as a masthead, a menu or a row of a page's facts sets them, never a wrapped sentence.
    /// Opening a block, it is a line of its own even where the file's prose is wrapped to the same width
    /// (further down a block of a footer's lines it goes with them).
    private static func isRowOfParts(_ line: Substring) -> Bool {
        UTF8Bytes.withBytes(line) { bytes in
            var separators = 0
            var index = 1
            while index + 2 < bytes.count {
                let length = bytes[index - 1] == 0x20 ? UTF8Bytes.partSeparatorLength(bytes, at: index) : 0
                if length > 0 && index + length < bytes.count && bytes[index + length] == 0x20 {
                    separators += 1
                    if separators == 2 { return true }
                }
                index += max(length, 1)
            }
            return false
        }
    }

    /// `line` without leading and trailing spaces, tabs and BOMs (U+FEFF: EF BB BF), cut on its bytes.
    static func trimmed(_ line: Substring) -> Substring {
        let (start, end) = UTF8Bytes.withBytes(line) { bytes -> (Int, Int) in
            var start = 0
            var end = bytes.count
            while start < end {
                if bytes[start] == 0x20 || bytes[start] == 0x09 {
                    start += 1
                } else if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                    start += 3
                } else {
                    break
                }
            }
            while start < end {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                    end -= 1
                } else if end - start >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBB, bytes[end - 1] == 0xBF {
                    end -= 3
                } else {
                    break
                }
            }
            return (start, end)
        }
        if start == 0 && end == line.utf8.count { return line }
        let lower = line.utf8.index(line.startIndex, offsetBy: start)
        return line[lower..<line.utf8.index(lower, offsetBy: end - start)]
    }

    private static func flush(
        _ block: [Substring],
        hardWrapped: Bool,
        markupText: [String.Index: String],
        itemContinuations: Set<String.Index>,
        into units: inout [TextUnit]
    ) {
        guard !block.isEmpty else { return }
        if hardWrapped {
            let joined = Self.joinedWrapped(block)
            units.append(TextUnit(text: InlineNormalizer.normalize(joined), startsBlock: true, endsBlock: true))
            return
        }
        // A line that normalizes to nothing ("&nbsp;") is no unit: the block starts at its first unit
        // and ends at its last, so the units before and after a block's are always another block's.
        let first = units.count
        for line in block {
            if units.count > first, !itemContinuations.isEmpty, itemContinuations.contains(line.startIndex) {
                let rest = InlineNormalizer.normalize(line)
                if !rest.isEmpty { units[units.count - 1].text += " " + rest }
                continue
            }
            var unit = Self.unit(for: line, normalized: markupText[line.startIndex])
            if unit.text.isEmpty && !unit.isImageOrRule { continue }
            unit.isGapRow = ItemRows.isGapRow(line)
            unit.startsBlock = units.count == first
            unit.endsBlock = false
            units.append(unit)
        }
        if units.count > first { units[units.count - 1].endsBlock = true }
    }

    /// Reads a line's Markdown block marks (`#`, `>`, list bullets, images, rules) and normalizes the rest.
    /// `normalized` is the line already normalized, when that was needed earlier.
    private static func unit(for line: Substring, normalized: String?) -> TextUnit {
        // Block marks are ASCII: most lines start with a letter or a quote and skip every test.
        guard let first = line.utf8.first, Self.markBytes[Int(first)] else {
            return TextUnit(text: normalized ?? InlineNormalizer.normalize(line), startsBlock: true, endsBlock: true)
        }
        // A reference-style link's definition ("[1]: https://…") is markup: no unit.
        if MarkdownInline.isReferenceDefinition(line) {
            return TextUnit(text: "", startsBlock: true, endsBlock: true)
        }
        if Self.isRule(line) || Self.opens(line, "![") && InlineNormalizer.normalize(line).isEmpty {
            return TextUnit(text: "", startsBlock: true, endsBlock: true, isImageOrRule: true)
        }
        var content = line
        var headingLevel = 0
        if Self.opens(content, "#") {
            let marks = content.prefix { $0 == "#" }
            let rest = content.dropFirst(marks.count)
            if marks.count <= 6, rest.isEmpty || rest.first == " " {
                headingLevel = marks.count
                content = rest.trimmingCharacters(in: " #")
            }
        } else if Self.opens(content, "> ") || content == ">" {
            content = content.dropFirst().trimmingSpaces()
        } else if Self.opens(content, "* ") || Self.opens(content, "+ ") || Self.opens(content, "- ") {
            content = content.dropFirst(2).trimmingSpaces()
        }
        // Marks first: counting characters walks the whole line, so it comes last and stops at three.
        let emphasized =
            ((Self.opens(content, "*") && content.hasSuffix("*"))
                || (Self.opens(content, "_") && content.hasSuffix("_")))
            && content.index(content.startIndex, offsetBy: 2, limitedBy: content.endIndex).map {
                $0 < content.endIndex
            } ?? false
        var unit = TextUnit(text: InlineNormalizer.normalize(content), startsBlock: true, endsBlock: true)
        unit.headingLevel = headingLevel
        unit.isEmphasized = emphasized
        return unit
    }

    /// First bytes of the lines ``unit(for:)`` must look at: `#`, `>`, `*`, `+`, `-`, `_`, `=`, `~`, `!`, `[`.
    /// A table rather than a `Set`: hashing a byte costs more than the test saves.
    private static let markBytes: [Bool] = (0...255).map { "#>*+-_=~![".utf8.contains(UInt8($0)) }

    /// `---`, `***`, `___`, `===` (three or more of one mark, spaces allowed).
    private static func isRule(_ line: Substring) -> Bool {
        guard let mark = line.utf8.first, mark == 0x2D || mark == 0x2A || mark == 0x5F || mark == 0x3D || mark == 0x7E,
            line.utf8.count <= 200
        else { return false }
        // On the bytes: any byte but a space or the first mark (a combining mark's too) rules it out.
        var marks = 0
        for byte in line.utf8 where byte != 0x20 {
            guard byte == mark else { return false }
            marks += 1
        }
        // Three marks make a Markdown rule; "--" alone is an e-mail signature's separator.
        return marks >= 3 || (marks == 2 && mark == 0x2D)
    }

    /// A line wrapped in a tag's brackets, normalized; nil for any other line. Lines holding only
    /// tags that leave no text (`<p></p>`, `<br/>`) normalize to nothing and separate blocks like
    /// blank lines.
    private static func markupNormalized(_ line: Substring) -> String? {
        // The byte first: most lines open with anything but `<`.
        guard line.utf8.first == UInt8(ascii: "<"), line.first == "<", line.last == ">", !line.hasPrefix("![") else {
            return nil
        }
        return InlineNormalizer.normalize(line)
    }

    private static let proseMarkFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "#!*->+<_=~hHwW".utf8 { table[Int(byte)] = true }
        for byte: UInt8 in [0xC2, 0xCE, 0xE2] { table[Int(byte)] = true }
        return table
    }()

    /// Whether the block is prose broken at a fixed width: lines of similar length (30–100 characters,
    /// the last one shorter), no Markdown marks, and a sentence visibly running on (a line starting in
    /// lower case). A list of headlines has the lengths but never the lower-case continuation.
    static func isHardWrapped(_ block: [Substring]) -> Bool {
        guard block.count >= 2 else { return false }
        let widths = block.dropLast().map(UTF8Bytes.scalarCount)
        guard let width = widths.max(), (30...100).contains(width) else { return false }
        // Each line but the last fills most of the width, or is short because the next line's first word
        // would not fit on it (a long word, a link's markup: "Pour l’économiste [Julien" over
        // "Ferrand](https://…), spécialiste des").
        guard
            widths.indices.allSatisfy({ line in
                widths[line] * 10 >= width * 6 || widths[line] + 1 + Self.firstWordWidth(block[line + 1]) > width
            })
        else { return false }
        // A line that ends a clause where the next line's first word would still have fitted, with room to
        // spare, was broken there on purpose: a list set one item a line ("montags bis freitags von 5.30
        // bis 22 Uhr," / "samstags von 7 bis 23 Uhr,"). Wrapping breaks a line only where the next word
        // does not fit, or near it.
        guard
            !widths.indices.contains(where: { line in
                let last = block[line].utf8.last
                return (last == UInt8(ascii: ",") || last == UInt8(ascii: ";"))
                    && (widths[line] + 1 + Self.firstWordWidth(block[line + 1])) * 100 <= width * Self.purposefulFill
            })
        else { return false }
        guard Self.isPlainProse(block) else { return false }
        return block.dropFirst().contains { TextShape.startsLowercase($0) } || Self.runsOnAcrossCapitals(block)
    }

    /// German capitalizes its nouns, so a sentence wrapped there may open every line with a capital
    /// ("… unter Druck. „Viele" / "Verpackungsmaschinenbauer haben …" / "Kapazitäten aufgebaut, …").
    /// The prose shows otherwise: no line but the last ends like a sentence, the last does, and a
    /// sentence ends inside a line above it. A list of headlines ends no sentence; a headline over its
    /// dek ends none inside a line above the last; lines of one sentence each end in full stops.
    private static func runsOnAcrossCapitals(_ block: [Substring]) -> Bool {
        // (Three lines at least: two lines' widths say little of a fixed width; and the last line fits in
        // it, as a wrapped paragraph's last line does.)
        guard block.count >= 3, let last = block.last, TextShape.endsLikeSentence(String(last)) else { return false }
        let above = block.dropLast()
        guard UTF8Bytes.scalarCount(last) <= above.map(UTF8Bytes.scalarCount).max() ?? 0 else { return false }
        guard
            above.allSatisfy({ line in
                line.utf8.last.map { !Self.sentenceEndBytes.contains($0) } ?? false
                    && TextShape.finalMark(String(line)).map { !$0.isPunctuation } ?? true
            })
        else { return false }
        return above.contains { line in UTF8Bytes.withBytes(line, Self.hasSentenceEndInside) }
    }

    /// What ends a line as a sentence or a clause ends: `.`, `!`, `?`, `:`, `;`, `,`.
    private static let sentenceEndBytes: [UInt8] = Array(".!?:;,".utf8)

    /// Whether a sentence ends inside the line and another opens after it: a lower-case ASCII letter, `.`,
    /// `!` or `?`, a space, then a capital or a character from another script or a quotation mark ("…
    /// unter Druck. „Viele"). An initial ("J. Morel") has a capital before its full stop.
    private static func hasSentenceEndInside(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        for index in 1..<(bytes.count - 2) {
            let mark = bytes[index]
            guard mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") else { continue }
            let next = bytes[index + 2]
            if bytes[index - 1] &- UInt8(ascii: "a") < 26 && bytes[index + 1] == 0x20
                && (next &- UInt8(ascii: "A") < 26 || next >= 0xC0)
            {
                return true
            }
        }
        return false
    }

    /// How full (per cent of the width) a line broken after a clause may be at most, with the next line's
    /// first word, to count as broken on purpose. Filling tools that balance lines (`fmt`) leave a few
    /// characters free, seldom more than a tenth of the width.
    private static let purposefulFill = 85

    /// The characters of `line`'s first word (to its first space).
    private static func firstWordWidth(_ line: Substring) -> Int {
        // On the bytes: a space is one byte, and the characters before it are counted as scalars, as the
        // lines' widths are.
        UTF8Bytes.withBytes(line) { bytes in
            var width = 0
            for byte in bytes {
                if byte == 0x20 { break }
                if byte & 0xC0 != 0x80 { width += 1 }
            }
            return width
        }
    }

    /// No line of `block` carries a Markdown block mark, a list mark (`–`, `•`, `<li>`), a rule or a
    /// bare URL, and its lines do not end in `;` like list items (two of them, or one under a colon).
    private static func isPlainProse(_ block: [Substring]) -> Bool {
        guard block.dropLast().count(where: { $0.utf8.last == UInt8(ascii: ";") && $0.hasSuffix(";") }) < 2 else {
            return false
        }
        // A list's lead and its first item: a line ending in a colon, then one ending in `;` ("Майстерня
        // відчинена тричі на тиждень:" / "вівторок і четвер — з 17:00 до 20:00;" / "субота — …").
        guard
            !block.indices.dropLast(2).contains(where: {
                block[$0].utf8.last == UInt8(ascii: ":") && block[$0 + 1].utf8.last == UInt8(ascii: ";")
            })
        else { return false }
        return block.indices.allSatisfy { index in
            let line = block[index]
            // Every mark and rule below opens with one of these bytes (`–`, `—`, `•` E2; `·` C2, its twin CE;
            // URLs h/w);
            // most lines open with none of them and skip the character-level tests.
            guard let first = line.utf8.first, Self.proseMarkFirstBytes[Int(first)] else { return true }
            // A dash after a line that broke off at a comma goes on with the sentence: the attribution
            // after a quotation ("… не накопичувалися», / — пояснив директор …"), not a list's item.
            if index > 0, Self.opens(line, "— ") || Self.opens(line, "– "),
                block[index - 1].utf8.last == UInt8(ascii: ",") || Self.dashGoesOnWithClause(block, index)
            {
                return true
            }
            return !(Self.opensWithListMark(line) || Self.isRule(line) || TextShape.isURL(line))
        }
    }

    /// Whether the dash opening line `index` goes on with a clause the line above broke off in a word,
    /// as a filling tool breaks before any word ("… ist selbst schuld" / "– oder genau am richtigen
    /// Ort."): the line above ends in a lowercase letter and is as wide as the block's widest line
    /// (nine tenths of it), and a lowercase word follows the dash. A list's lead is short or ends in
    /// a colon, and an item seldom opens in lower case under a full line.
    private static func dashGoesOnWithClause(_ block: [Substring], _ index: Int) -> Bool {
        let above = block[index - 1]
        guard let last = above.last, last.isLowercase, !Self.opensWithItemMark(above),
            let next = block[index].dropFirst(2).first, next.isLowercase
        else { return false }
        let widest = block.lazy.map(\.count).max() ?? 0
        return above.count * 10 >= widest * 9 && widest >= 40
    }

    /// Whether the line opens with a Markdown block mark or a list mark.
    static func opensWithListMark(_ line: Substring) -> Bool {
        Self.opens(line, "#") || Self.opens(line, "![") || Self.opens(line, "* ") || Self.opens(line, "- ")
            || Self.opens(line, "> ") || Self.opens(line, "+ ") || Self.opens(line, "– ") || Self.opens(line, "— ")
            || Self.opens(line, "• ") || Self.opens(line, "<li") || Self.opens(line, "<LI")
            // `·` has a twin, U+0387, that is the same character: compared as characters.
            || ((line.utf8.first == 0xC2 || line.utf8.first == 0xCE) && line.hasPrefix("· "))
    }

    /// `line.hasPrefix(prefix)` on the bytes, for a prefix of characters that no other character is
    /// canonically equivalent to (ASCII marks, dashes, the bullet): its bytes open the line, and the
    /// character after them does not take them into itself (a combining mark, a joiner).
    static func opens(_ line: Substring, _ prefix: StaticString) -> Bool {
        UTF8Bytes.withBytes(line) { bytes in
            let count = prefix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            for index in 0..<count where bytes[index] != prefix.utf8Start[index] { return false }
            return !UTF8Bytes.extendsCharacter(bytes, at: count)
        }
    }
}
