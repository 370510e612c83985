/// An advertisement's marker with its note to read on, in the page's own wording: "Ad · Story continues
/// below ▼", "WERBUNG · Der Artikel geht unten weiter", "PUBLICITÉ — La suite de l'article ci-dessous",
/// "— Anuncio — La información continúa más abajo", "РЕКЛАМА 0+ · материал продолжится ниже",
/// "Werbung ▼ Weiterlesen", and the marker alone between dashes ("— Рекламный блок —").
///
/// The whole-line cue lists hold a few such notes word for word; pages word them in endless ways, so
/// this reads the shape instead: a marker word, a separator that is not a colon (after "Anzeige:" a
/// story's sentence may follow), and a note of a few words that says the text goes on, below or further,
/// with no sentence's end.
enum AdMarkerNotes {
    /// The longest line read: a marker and its note are short.
    static let maximumLength = 100

    static func isMarkerWithNote(_ key: Boilerplate.LineKey) -> Bool {
        guard key.isWhole, key.length <= Self.maximumLength else { return false }
        let bytes = key.bytes[...]
        let opening = Self.trimmedStart(bytes)
        guard let first = opening.first else { return false }
        var markerEnd: Int?
        for marker in Self.markersByFirstByte[Int(first)] where opening.starts(with: marker) {
            let end = opening.startIndex + marker.count
            if end == opening.endIndex || !Self.isLetterLead(opening[end]) { markerEnd = max(markerEnd ?? 0, end) }
        }
        guard var rest = markerEnd.map({ opening[$0...] }) else { return false }
        // A Russian or Ukrainian marker's age rating ("РЕКЛАМА 0+").
        let rating = rest.drop { $0 == 0x20 }
        let digits = rating.prefix(while: UTF8Bytes.isDigit)
        if (1...2).contains(digits.count), rating.dropFirst(digits.count).first == UInt8(ascii: "+") {
            rest = rating.dropFirst(digits.count + 1)
        }
        let note = Self.trimmedEnd(Self.trimmedStart(rest))
        // The marker alone, set off by dashes or arrows before or after it (the bare marker is a cue line).
        guard !note.isEmpty else { return rest.contains { $0 != 0x20 } || opening.startIndex != bytes.startIndex }
        let between = rest[..<note.startIndex]
        let words = note.split(separator: 0x20)
        // (The line's own last mark: the note's end was cut past it.)
        guard let last = rest.last(where: { $0 != 0x20 }), !UTF8Bytes.isAny(last, of: ".!?") else { return false }
        // "Реклама від партнера", "Advertisement from our partners": the marker and whose it is, in a few
        // words with no separator ("Реклама в метро подорожчала" names no partner).
        if words.count <= 4 && words.contains(where: { word in Self.partnerStems.contains { word.starts(with: $0) } }) {
            return true
        }
        guard between.contains(where: { $0 != 0x20 }), !between.contains(UInt8(ascii: ":")) else { return false }
        return words.count <= 8
            && words.contains { word in
                Self.goesOnStems.contains { word.starts(with: $0) }
                    || Self.goesOnWords.contains { word.elementsEqual($0) }
            }
    }

    /// The marker words (lowercased, as the key is) by their first byte: most lines are ruled out by
    /// their first letter, the rest compared with a few markers.
    private static let markersByFirstByte: [[[UInt8]]] = {
        var lists = [[[UInt8]]](repeating: [], count: 256)
        for marker in BoilerplateCues.adMarkers.map({ Array($0.utf8) }) {
            if let first = marker.first { lists[Int(first)].append(marker) }
        }
        return lists
    }()

    /// Word openings of a note saying the text goes on: "continues", "below", "scroll", "weiter",
    /// "unten", "suite", "ci-dessous", "continúa", "abajo", "sigue", "ниже", "далее", "далі", "нижче", …
    private static let goesOnStems: [[UInt8]] = BoilerplateCues.adNoteStems.map { Array($0.utf8) }
    private static let goesOnWords: [[UInt8]] = BoilerplateCues.adNoteWords.map { Array($0.utf8) }
    private static let partnerStems: [[UInt8]] = BoilerplateCues.adPartnerStems.map { Array($0.utf8) }

    /// Whether `byte` leads a letter or a digit: ASCII ones, and the two-byte letters of Latin-1 and
    /// Cyrillic (C3–D4); dashes, arrows, quotation marks and emoji lead with other bytes.
    @inline(__always)
    private static func isLetterLead(_ byte: UInt8) -> Bool {
        UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) || (byte >= 0xC3 && byte <= 0xD4)
    }

    /// `bytes` from their first letter or digit: past spaces, dashes, arrows, brackets and icons.
    private static func trimmedStart(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        bytes.drop { !Self.isLetterLead($0) }
    }

    /// `bytes` to the end of their last letter or digit (a continuation byte ends a two-byte letter).
    private static func trimmedEnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = bytes.endIndex
        while end > bytes.startIndex {
            let byte = bytes[end - 1]
            if byte < 0x80 {
                if UTF8Bytes.isASCIILetter(byte) || UTF8Bytes.isDigit(byte) { break }
            } else if byte < 0xC0, end - 2 >= bytes.startIndex, bytes[end - 2] >= 0xC3, bytes[end - 2] <= 0xD4 {
                break
            }
            end -= 1
        }
        return bytes[..<end]
    }
}
