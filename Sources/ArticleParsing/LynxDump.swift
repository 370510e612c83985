/// Text saved by a text-mode browser (`lynx -dump`, `w3m -dump`): every link's text follows a marker
/// with its number ("By [8]Helen Marsh"), a picture is "[IMG]", the page's `<link>` tags open it
/// ("#[1]Ashbury Post » Feed"), and a "References" block at the end lists the links' addresses by
/// number. The markers and the block are the browser's, not the page's text.
enum LynxDump {
    /// `text` without the browser's markers, link lines and References block, when its `lines` hold
    /// such a block; nil for any other text (most files: no line is a numbered address).
    static func cleaned(_ lines: [Substring]) -> String? {
        guard let references = Self.referencesBlock(lines) else { return nil }
        var output = ""
        for (index, line) in lines.enumerated() where !references.contains(index) {
            let content = line.utf8.drop(while: { $0 == 0x20 || $0 == 0x09 })
            // A `<link>` tag's line ("#[1]Ashbury Post » Feed") is the page's head, not its text.
            if content.starts(with: [UInt8(ascii: "#"), UInt8(ascii: "[")]) { continue }
            let text = Self.withoutMarkers(line)
            // (A line of links stands alone or as a list's item; inside a wrapped paragraph a line may
            // open with a link and go on below.)
            let standsAlone =
                (index == 0 || Self.isBlank(lines[index - 1]))
                && (index + 1 == lines.count || Self.isBlank(lines[index + 1]))
            if Self.isLinksOnly(content, text, standsAlone: standsAlone) { continue }
            output += text
            output += "\n"
        }
        return output
    }

    /// A line that is one link or a row of them, a bullet before it or not: a menu's item, a teaser's
    /// headline, the site's name, a row of share buttons ("* [3]News", "[2]Ashbury Post", "[11]Share on
    /// Facebook [12]Share on X"). It opens with a link's marker and is short and no sentence; a story's
    /// paragraph opening with a link ("[8]Helen Marsh said on Friday that …") runs on.
    private static func isLinksOnly(
        _ content: Substring.UTF8View.SubSequence,
        _ text: Substring,
        standsAlone: Bool
    ) -> Bool {
        var opening = content
        if let bullet = opening.first,
            bullet == UInt8(ascii: "*") || bullet == UInt8(ascii: "+") || bullet == UInt8(ascii: "o"),
            opening.dropFirst().first == 0x20
        {
            opening = opening.dropFirst(2)
        } else if !standsAlone {
            return false
        }
        let bytes = Array(opening)
        guard bytes.first == UInt8(ascii: "["), let length = Self.markerLength(bytes, at: 0),
            bytes[1..<(length - 1)].allSatisfy(UTF8Bytes.isDigit)
        else { return false }
        let words = text.utf8.drop { $0 == 0x20 || $0 == 0x09 }
        guard words.count <= Self.linkLineLength, let last = words.last else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
    }

    /// The longest line of links read as such, in bytes.
    private static let linkLineLength = 100

    /// The indices of the "References" line (in the browser's language) and of the numbered addresses
    /// under it (two at least), blank lines among them included. The block closes the dump, or stands
    /// over a short footer added after it ("Original url: …"): only the last lines are looked at.
    static func referencesBlock(_ lines: [Substring]) -> ClosedRange<Int>? {
        var end = lines.count - 1
        var footer = 0
        while end >= 0 && !Self.isReferenceEntry(lines[end]) {
            if !Self.isBlank(lines[end]) {
                footer += 1
                guard footer <= Self.footerLines else { return nil }
            }
            end -= 1
        }
        var index = end
        var entries = 0
        while index >= 0, Self.isBlank(lines[index]) || Self.isReferenceEntry(lines[index]) {
            if !Self.isBlank(lines[index]) { entries += 1 }
            index -= 1
        }
        guard index >= 0, entries >= 2, Self.isHeading(lines[index]) else { return nil }
        return index...end
    }

    /// The most lines a footer after the References block has.
    private static let footerLines = 4

    /// Whether `line` is the heading of the References block, on its bytes (every file's lines are asked).
    private static func isHeading(_ line: Substring) -> Bool {
        let bytes = line.utf8
        // The browser writes it at the line's start: "R", "V", or a Cyrillic capital's lead byte.
        guard (6...32).contains(bytes.count), let first = bytes.first,
            first == UInt8(ascii: "R") || first == UInt8(ascii: "V") || first == 0xD0
        else { return false }
        let heading = bytes.reversed().drop { $0 == 0x20 || $0 == 0x09 }
        return Self.headings.contains { $0.reversed().elementsEqual(heading) }
    }

    private static let headings: [[UInt8]] = [
        "References", "Visible links", "Verweise", "Références", "Referencias", "Ссылки", "Посилання",
    ].map { Array($0.utf8) }

    private static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// "  12. https://example.com/a", "13. mailto:desk@example.com": a number, a full stop, an address
    /// with its scheme.
    static func isReferenceEntry(_ line: Substring) -> Bool {
        // A digit after the indent first: most lines open with a letter.
        let opensWithDigit = UTF8Bytes.withBytes(line) { bytes in
            bytes.first { $0 != 0x20 }.map(UTF8Bytes.isDigit) ?? false
        }
        guard opensWithDigit else { return false }
        let bytes = line.utf8.drop { $0 == 0x20 }
        let digits = bytes.prefix { UTF8Bytes.isDigit($0) }
        guard (1...4).contains(digits.count) else { return false }
        let rest = bytes.dropFirst(digits.count)
        guard rest.starts(with: ". ".utf8) else { return false }
        let address = rest.dropFirst(2).drop { $0 == 0x20 }
        let scheme = address.prefix { UTF8Bytes.isASCIILetter($0) }
        return (2...10).contains(scheme.count) && address.dropFirst(scheme.count).first == UInt8(ascii: ":")
            && !address.contains(0x20)
    }

    /// `line` without link markers (`[12]`) and the browser's labels for what it cannot show (`[IMG]`,
    /// `[INLINE]`, `[BUTTON]`, …).
    static func withoutMarkers(_ line: Substring) -> Substring {
        let bytes = Array(line.utf8)
        guard bytes.contains(UInt8(ascii: "[")) else { return line }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "["), let length = Self.markerLength(bytes, at: index) {
                index += length
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return Substring(String(decoding: output, as: UTF8.self))
    }

    /// The length of the marker that opens at `start` (its `[`): a number of one to four digits or one
    /// of ``labels``, and its `]`.
    private static func markerLength(_ bytes: [UInt8], at start: Int) -> Int? {
        guard let close = bytes[(start + 1)...].prefix(12).firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let inner = bytes[(start + 1)..<close]
        let isNumber = (1...4).contains(inner.count) && inner.allSatisfy(UTF8Bytes.isDigit)
        guard isNumber || Self.labels.contains(where: { $0.elementsEqual(inner) }) else { return nil }
        return close + 1 - start
    }

    private static let labels: [[UInt8]] = ["IMG", "INLINE", "BUTTON", "LINK", "EMBED", "IFRAME", "USEMAP"].map {
        Array($0.utf8)
    }
}
