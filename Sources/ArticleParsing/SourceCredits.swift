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
            return !rest.contains(UInt8(ascii: ",")) && !rest.contains(UInt8(ascii: ".")) && Self.wordCount(bytes) <= 10
        }
        if Self.aggregatorOpenings.opens(bytes) { return Self.wordCount(bytes) <= 14 }
        return Self.isGermanTranslationCredit(bytes)
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
        // (A name before the formula: the line is more than the formula.)
        return Self.contributionEndings.contains { body.count > $0.count && UTF8Bytes.endsWith(body, $0) }
            && Self.wordCount(key) <= 24
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
