/// The transmission marks a news agency's copy carries around its story, as a client's system saves
/// it: the story's slug ("BC-Environment-Rivers/540", "ARP-ECO-CYCLONORD-USINE (1re version)"), an
/// embargo ("EMBARGOED UNTIL 0001 GMT SATURDAY", "*** EMBARGO : NE PAS DIFFUSER AVANT 06H30 ***"), the
/// American desk's end of a story ("-30-"; the teleprinter's "NNNN" is a cue line), the desk's note in
/// double brackets ("((jane.doe@agency.com; +44 20 …))") and the filing stamp ("ARP 250612 MAR 25":
/// the agency, day, hour and minute, month, year). Shapes, read on a line's bytes and lowercased key;
/// none is a sentence of a story.
enum WireCopy {
    /// The longest line read as a mark, in bytes.
    static let maximumLength = 300

    static func isMark(_ lineKey: Boilerplate.LineKey) -> Bool {
        let key = lineKey.bytes
        guard let first = key.first, lineKey.length <= Self.maximumLength else { return false }
        if first == UInt8(ascii: "(") { return Self.isDeskNote(key) }
        // The American desk's end of a story (the cue lines' probe drops its dashes, leaving a number).
        if first == UInt8(ascii: "-") && (key.count == 4 || key.count == 6) {
            return key == Self.thirty || key == Self.spacedThirty
        }
        // (The shared phrase search has looked for an embargo's words.)
        if lineKey.phrases & ReaderPromptCues.Found.embargo != 0 && Self.isEmbargo(key) { return true }
        guard key.count <= 80 else { return false }
        // A slug's first word has two hyphens at least; a filing stamp ends in a digit. Most lines have
        // neither, and their letters' case is not read.
        var hyphens = 0
        for byte in key {
            if byte == 0x20 { break }
            if byte == UInt8(ascii: "-") { hyphens += 1 }
        }
        guard hyphens >= 2 || UTF8Bytes.isDigit(key[key.count - 1]) else { return false }
        return UTF8Bytes.withBytes(lineKey.text) { bytes in Self.isSlug(bytes) || Self.isFilingStamp(bytes) }
            || Self.endsWithStoryNumber(key)
    }

    /// "dpa-infocom, dpa:260213-99-481207/3": an agency's number for the story, its name, a colon and
    /// digits in groups set apart by dashes (and a slash before the version), last on a short line of
    /// three words at most.
    private static func endsWithStoryNumber(_ key: [UInt8]) -> Bool {
        guard key.count <= 60, key.count(where: { $0 == 0x20 }) <= 2 else { return false }
        let last = key[((key.lastIndex(of: 0x20) ?? -1) + 1)...]
        guard let colon = last.firstIndex(of: UInt8(ascii: ":")), (2...8).contains(colon - last.startIndex),
            last[..<colon].allSatisfy(UTF8Bytes.isASCIILetter)
        else { return false }
        let number = last[(colon + 1)...]
        return number.allSatisfy { UTF8Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") }
            && number.count(where: { $0 == UInt8(ascii: "-") }) >= 2 && number.count(where: UTF8Bytes.isDigit) >= 8
    }

    private static let thirty = Array("-30-".utf8)
    private static let spacedThirty = Array("- 30 -".utf8)

    /// "((Reporting by …; jane.doe@agency.com))": a note to the agency's clients, in double brackets.
    private static func isDeskNote(_ key: [UInt8]) -> Bool {
        key.count >= 6 && key.starts(with: [0x28, 0x28]) && key.suffix(2).elementsEqual([0x29, 0x29])
    }

    /// A line that opens with an embargo's words (stars around it allowed) and gives its hour or day in
    /// figures: "embargoed until 0001 gmt …", "sperrfrist: 10 uhr", "ne pas diffuser avant 06h30". A
    /// headline about a trade embargo opens otherwise ("Embargo on …"), and a story's sentence is longer.
    private static func isEmbargo(_ key: [UInt8]) -> Bool {
        guard key.count <= 120 else { return false }
        var start = 0
        while start < key.count && (key[start] == UInt8(ascii: "*") || key[start] == 0x20) { start += 1 }
        return Self.embargoOpenings.opens(key[start...]) && key.contains(where: UTF8Bytes.isDigit)
    }

    private static let embargoOpenings = OpeningIndex(PageFurnitureCues.embargoOpenings)

    /// A slug: one word of three or more parts joined by hyphens, letters and digits only ("BC-
    /// Environment-Rivers", "ARP-ECO-CYCLONORD-USINE"), one part at least in capitals of two letters or
    /// more, or a word count after a slash ("/540"); a version in brackets may follow.
    static func isSlug(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.firstIndex(of: 0x20) ?? line.count
        guard end >= 5 else { return false }
        if end < line.count {
            // Only a version in brackets after it: "(1re version)", "(Corrected)".
            let rest = line[(end + 1)...]
            guard rest.first == UInt8(ascii: "("), rest.last == UInt8(ascii: ")"), rest.count <= 30 else {
                return false
            }
        }
        var counted = false
        if let slash = line[..<end].firstIndex(of: UInt8(ascii: "/")) {
            let count = line[(slash + 1)..<end]
            guard (1...5).contains(count.count), count.allSatisfy(UTF8Bytes.isDigit) else { return false }
            counted = true
            end = slash
        }
        var parts = 0
        var capitalPart = false
        var partLength = 0
        var capitals = 0
        for byte in line[..<end] {
            if byte == UInt8(ascii: "-") {
                guard partLength > 0 else { return false }
                if capitals == partLength && capitals >= 2 { capitalPart = true }
                parts += 1
                partLength = 0
                capitals = 0
                continue
            }
            guard UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) else { return false }
            partLength += 1
            if byte &- UInt8(ascii: "A") < 26 { capitals += 1 }
        }
        guard partLength > 0 else { return false }
        if capitals == partLength && capitals >= 2 { capitalPart = true }
        return parts + 1 >= 3 && (capitalPart || counted)
    }

    /// An agency's filing stamp: its code, the day, hour and minute as six digits, a zone perhaps, the
    /// month's three letters and the year's two digits ("ARP 250612 MAR 25", "afp 071230 GMT MAR 25").
    static func isFilingStamp(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Its last word is the year's two digits: most lines end otherwise.
        guard (12...40).contains(line.count), UTF8Bytes.isDigit(line[line.count - 1]),
            UTF8Bytes.isDigit(line[line.count - 2]), line[line.count - 3] == 0x20
        else { return false }
        let words = line.split(separator: 0x20)
        guard (4...6).contains(words.count) else { return false }
        let isLetters = { (word: Slice<UnsafeBufferPointer<UInt8>>) in word.allSatisfy(UTF8Bytes.isASCIILetter) }
        let isDigits = { (word: Slice<UnsafeBufferPointer<UInt8>>, count: Int) in
            word.count == count && word.allSatisfy(UTF8Bytes.isDigit)
        }
        guard let stamp = words.firstIndex(where: { isDigits($0, 6) }), stamp >= 1, stamp <= 2,
            words[..<stamp].allSatisfy({ (2...6).contains($0.count) && isLetters($0) }),
            isDigits(words[words.count - 1], 2)
        else { return false }
        let middle = words[(stamp + 1)..<(words.count - 1)]
        // The month's three letters and a zone are the date vocabulary's words.
        let lowered = { (word: Slice<UnsafeBufferPointer<UInt8>>) in
            String(decoding: word.map(UTF8Bytes.asciiLowercased), as: UTF8.self)
        }
        guard let month = middle.last, month.count == 3, DateVocabulary.months[lowered(month)] != nil else {
            return false
        }
        // At most a zone between the time and the month.
        guard middle.count == 2, let zone = middle.first else { return middle.count == 1 }
        return DateVocabulary.zones[lowered(zone)] != nil
    }
}
