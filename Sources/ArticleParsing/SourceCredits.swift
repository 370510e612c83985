/// The lines syndicated copy carries about where it came from: an agency's credit ("Avec AFP", "Mit
/// Material von dpa", "Con información de EFE", "По материалам ТАСС", "За матеріалами Укрінформу"), a
/// colleague's ("Owen Mbeki in Boston contributed to this report."), a translator's ("Aus dem
/// Ukrainischen von Lena Brückner", "Переклад з англійської: Дмитро Савчук"), an aggregator's
/// ("Summarized by BriefWire editors from Tidewater Press reporting.") and a funder's ("Gefördert durch
/// das Ministerium für Justiz", "Avec le soutien de la Région"). Each is a formula and a name,
/// in a short line of its own; a story's sentence that opens with the same words ("With the river
/// rising, …", "Aus dem Rathaus von Bad Lindau hieß es …") goes on past a name.
enum SourceCredits {
    static func isCredit(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength, let last = key.bytes.last,
            last != UInt8(ascii: "?"), last != UInt8(ascii: "!"), last != UInt8(ascii: ":")
        else { return false }
        let bytes = key.bytes
        if Self.endsWithContribution(bytes) { return true }
        if let length = Self.creditOpenings.openingLength(bytes) {
            // (The formula says what it is: the name may be an agency's lowercase brand, "dpa", "epd".)
            let rest = Self.rest(of: bytes, after: length)
            return rest.first == 0x20 && !rest.contains(UInt8(ascii: ".")) && !rest.contains(UInt8(ascii: ";"))
                && Self.wordCount(rest) <= 6
        }
        // (Before "with": "Avec le soutien de …" opens with it.)
        if let length = Self.supportOpenings.openingLength(bytes) {
            // The funders' names and no sentence: "Funded by the EU, the project will build …" goes on.
            return length < bytes.count && last != UInt8(ascii: ".") && Self.wordCount(bytes) <= 16
        }
        if let length = Self.withOpenings.openingLength(bytes) {
            return length < bytes.count && Self.isAgencyNames(key)
        }
        if let length = Self.translationOpenings.openingLength(bytes) {
            // The language and the translator, in words of their own: no clause ("Translated from Latin,
            // the motto reads …").
            let rest = Self.rest(of: bytes, after: length)
            guard !rest.contains(UInt8(ascii: ",")) && !rest.contains(UInt8(ascii: ".")) && Self.wordCount(bytes) <= 10
            else { return false }
            // English capitalises the language ("Translated from the German by …"): "Translated from the
            // archive", lowercase and with no translator, is a subheading.
            return !bytes.starts(with: Self.translatedFrom) || Self.namesLanguageOrTranslator(key.text, after: length)
        }
        if Self.aggregatorOpenings.opens(bytes) { return Self.wordCount(bytes) <= 14 }
        // "via NewsNook": the aggregator a story came through, a name of a few words and no sentence ("Via
        // the Bellamy Reach, the only deep-water approach, …" goes on).
        if bytes.starts(with: Self.viaOpening) { return Self.isShortName(bytes[Self.viaOpening.count...]) }
        return Self.isGermanTranslationCredit(bytes)
    }

    private static let viaOpening = Array("via ".utf8)

    private static let translatedFrom = Array("translated from".utf8)

    /// Whether the words after an English "Translated from" (`length` bytes of ASCII, as in the key) name a
    /// language, capitalised, or a translator after "by".
    private static func namesLanguageOrTranslator(_ text: String, after length: Int) -> Bool {
        let words = text.utf8.dropFirst(length).split(separator: 0x20)
        let language = words.first.map { $0.elementsEqual("the".utf8) ? words.dropFirst().first : $0 } ?? nil
        let capitalised = language?.first.map { UTF8Bytes.isASCIILetter($0) ? $0 < 0x61 : $0 >= 0x80 } ?? false
        return capitalised || words.contains { $0.elementsEqual("by".utf8) }
    }

    /// The longest credit line read: a sentence or two.
    static let maximumLength = 200

    /// What follows a formula of `length` bytes, without the line's closing full stop.
    private static func rest(of key: [UInt8], after length: Int) -> ArraySlice<UInt8> {
        key[length...].dropLast(key.last == UInt8(ascii: ".") ? 1 : 0)
    }

    /// "… contributed to this report.", "… trug zu diesem Bericht bei.": a colleague's credit, the line
    /// ending with the formula.
    private static func endsWithContribution(_ key: [UInt8]) -> Bool {
        var end = key.count
        if key.last == UInt8(ascii: ".") { end -= 1 }
        let body = key[..<end]
        // (A name before the formula: the line is more than the formula.) The formula may end the line, or
        // the place the colleague reported from may ("… contributed to this report from Cedar Bay.").
        let ends = Self.contributionEndings.contains { body.count > $0.count && UTF8Bytes.endsWith(body, $0) }
        return (ends || Self.endsWithContributionFromPlace(body)) && Self.wordCount(key) <= 24
    }

    /// "… contributed to this report from Cedar Bay": a formula, then "from" or "in" and a place of one to
    /// four words, no sentence's mark among them.
    private static func endsWithContributionFromPlace(_ body: ArraySlice<UInt8>) -> Bool {
        // The last " from " or " in " within a place's length of the end (one backward scan), then the
        // formula before it.
        var index = body.endIndex - 4
        while index > max(body.startIndex, body.endIndex - 64) {
            defer { index -= 1 }
            // (Byte by byte: a generic `starts(with:)` at every space costs more than the rest of the line.)
            guard body[index] == 0x20 else { continue }
            let length: Int
            if body[index + 1] == UInt8(ascii: "i") && body[index + 2] == UInt8(ascii: "n") && body[index + 3] == 0x20 {
                length = 4
            } else if index + 6 < body.endIndex, body[index + 1] == UInt8(ascii: "f"),
                body[index + 2] == UInt8(ascii: "r"),
                body[index + 3] == UInt8(ascii: "o"), body[index + 4] == UInt8(ascii: "m"), body[index + 5] == 0x20
            {
                length = 6
            } else {
                continue
            }
            guard Self.isShortName(body[(index + length)...]) else { return false }
            let before = body[..<index]
            return Self.contributionEndings.contains { before.count > $0.count && UTF8Bytes.endsWith(before, $0) }
        }
        return false
    }

    /// "With AFP", "Avec ARP", "Con EFE y Europa Press": one to four words after the formula, each a name
    /// (a capital) or a word joining names; no sentence mark. A subheading "With Biden in Kyiv" has a
    /// lowercase word.
    private static func isAgencyNames(_ key: Boilerplate.LineKey) -> Bool {
        guard key.length <= 60, !key.bytes.contains(UInt8(ascii: ".")), !key.bytes.contains(UInt8(ascii: ",")) else {
            return false
        }
        let words = UTF8Bytes.spaceSeparated(key.text).dropFirst()
        guard (1...4).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first else { return false }
            if first.properties.isUppercase { return true }
            let lowered = word.lowercased()
            return SourceCreditCues.nameJoiners.contains(lowered)
        }
    }

    /// "Aus dem Ukrainischen von Lena Brückner", "Aus dem Englischen übersetzt von …": German names the
    /// language a story was translated from with an adjective ending in "-ischen" or "-schen".
    private static func isGermanTranslationCredit(_ key: [UInt8]) -> Bool {
        guard key.starts(with: Self.ausDem), Self.wordCount(key) <= 9 else { return false }
        let words = key.split(separator: 0x20)
        guard words.count >= 4, words[2].count > 6, UTF8Bytes.endsWith(words[2], Self.schen) else { return false }
        return words[3].elementsEqual("von".utf8) || words[3].elementsEqual("übersetzt".utf8)
    }

    /// A name of one to four words and no clause's mark (`,` `.` `;`): an aggregator's, a place's.
    private static func isShortName(_ bytes: some Collection<UInt8>) -> Bool {
        (1...4).contains(Self.wordCount(bytes))
            && !bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }
    }

    private static func wordCount(_ bytes: some Collection<UInt8>) -> Int {
        bytes.split(separator: 0x20).count
    }

    private static let ausDem = Array("aus dem ".utf8)
    private static let schen = Array("schen".utf8)

    /// Openings of an agency's or a colleague's credit.
    private static let creditOpenings = OpeningIndex(SourceCreditCues.creditOpenings)
    /// Openings of a translator's credit.
    private static let translationOpenings = OpeningIndex(SourceCreditCues.translationOpenings)
    /// Openings of an aggregator's note on whose reporting it summarised.
    private static let aggregatorOpenings = OpeningIndex(SourceCreditCues.aggregatorOpenings)
    private static let supportOpenings = OpeningIndex(SourceCreditCues.supportOpenings)
    /// "With", "avec", "con": openings of a credit before agencies' names only.
    private static let withOpenings = OpeningIndex(SourceCreditCues.withOpenings)
    private static let contributionEndings: [[UInt8]] = SourceCreditCues.contributionEndings.map { Array($0.utf8) }
}
