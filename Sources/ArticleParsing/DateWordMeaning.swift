/// What one word of ``DateVocabulary`` means to ``DateParsing``, every list it is in settled once.
///
/// A word can be in several lists ("am" is a filler and a meridiem, "published" a filler and a
/// publish word): ``reading`` is the list that wins in ``DateParsing``'s order, and the two
/// readings that apply only right after a time are kept beside it.
struct DateWordMeaning: Sendable {
    enum Reading: Sendable {
        case month(Int)
        case weekday
        case update
        case publish
        case zone(Int)
        case filler
        case relative
        case meridiem(pm: Bool)
    }

    /// The word's reading anywhere, if it has one.
    var reading: Reading?
    /// The word as a meridiem right after a time ("4:35 pm"): whether it is pm.
    var meridiemAfterTime: Bool?
    /// The word as a US zone right after a time ("09:00 ET"): its standard offset.
    var genericZoneAfterTime: Int?
    /// The word is a zone of several offsets right after a time ("17:12 IST": India, Ireland or Israel):
    /// part of a date line, but the time is read without a zone.
    var isAmbiguousZoneAfterTime = false

    /// The meanings of every word of ``DateVocabulary``, keyed by the lowercased word.
    static let all: [String: DateWordMeaning] = {
        typealias Vocabulary = DateVocabulary
        // In the order of ``DateParsing``'s checks: a later list never replaces an earlier one's reading.
        let lists: [[(String, Reading)]] = [
            Vocabulary.months.map { ($0.key, .month($0.value)) },
            Vocabulary.weekdays.map { ($0, .weekday) },
            Vocabulary.updateWords.map { ($0, .update) },
            Vocabulary.publishWords.map { ($0, .publish) },
            Vocabulary.zones.map { ($0.key, .zone($0.value)) },
            Vocabulary.fillers.map { ($0, .filler) },
            Vocabulary.relativeWords.map { ($0, .relative) },
            Vocabulary.meridiems.map { ($0.key, .meridiem(pm: $0.value)) },
        ]
        var table: [String: DateWordMeaning] = [:]
        for (word, reading) in lists.joined() where table[word]?.reading == nil {
            table[word, default: DateWordMeaning()].reading = reading
        }
        for (word, pm) in Vocabulary.meridiems { table[word, default: DateWordMeaning()].meridiemAfterTime = pm }
        for (word, offset) in Vocabulary.usGenericZones {
            table[word, default: DateWordMeaning()].genericZoneAfterTime = offset
        }
        for word in Vocabulary.ambiguousZones {
            table[word, default: DateWordMeaning()].isAmbiguousZoneAfterTime = true
        }
        return table
    }()
}
