/// Reads dates as news files write them: ISO 8601, `February 05, 2025`, `Tuesday 2 April 2024`,
/// `14 mai 2024`, `19 de mayo de 2024`, `10.02.2025 14:35`, `Sept. 18, 2024`, `09/02/2025`, with an
/// optional time and zone.
///
/// Text is cut into tokens once and matched against ``DateVocabulary``; no regular expressions.
enum DateParsing {
    /// What a line says about dates.
    struct Reading {
        /// The published date: the first date outside an "Updated …" part, else the first date at all.
        var date: WrittenDate?
        /// Whether the line gives a relative time ("2 hours ago"), which names no date.
        var isRelative: Bool
        /// Whether every token is part of a date, a time or the words around them: the line only
        /// carries a date (a date line), as opposed to prose that mentions one.
        var isDateOnly: Bool
        /// Whether ``date`` is only an update's ("Updated March 4, 2025"): a published date elsewhere wins.
        var isUpdateOnly = false
        /// Whether every token is a date's or a time's, whole or not ("24 октября", "14:20 Uhr"): a
        /// date as a label writes it, which may leave out the year.
        var isDateWords = false
    }

    /// Reads `text` as a date line. Lines over 240 bytes are prose, never date lines.
    static func read(_ text: String) -> Reading {
        Self.read(text, dateLineOnly: false)
    }

    /// Whether `text` is a date line, and its date: ``read(_:)`` for the body's every line, giving up
    /// at the first word that belongs to no date (prose fails on its first words).
    static func readDateLine(_ text: String) -> Reading {
        Self.read(text, dateLineOnly: true)
    }

    private static func read(_ text: String, dateLineOnly: Bool) -> Reading {
        let none = Reading(date: nil, isRelative: false, isDateOnly: false)
        guard Self.mayBeDateLine(text), let tokens = Self.tokens(of: text, stopAtUnknown: dateLineOnly)
        else { return none }
        var segments: [[Token]] = [[]]
        var segmentIsUpdate: [Bool] = [false]
        var unknown = 0
        var relative = false
        var meaningful = 0
        for token in tokens {
            switch token {
            case .update:
                segments.append([])
                segmentIsUpdate.append(true)
            case .publish:
                segments.append([])
                segmentIsUpdate.append(false)
            case .unknown:
                unknown += 1
            case .relative:
                relative = true
            case .filler, .weekday:
                break
            default:
                meaningful += 1
                segments[segments.count - 1].append(token)
            }
        }
        var published: WrittenDate?
        var updated: WrittenDate?
        for (index, segment) in segments.enumerated() {
            guard let date = Self.date(in: segment) else { continue }
            if segmentIsUpdate[index] {
                if updated == nil { updated = date }
            } else if published == nil {
                published = date
            }
        }
        let date = published ?? updated
        // "Last updated 16:40 GMT": an update's time alone names no date, and the line holds nothing else.
        let isUpdateTime =
            segmentIsUpdate.contains(true) && meaningful > 0
            && segments.joined().allSatisfy {
                switch $0 {
                case .time, .zone, .meridiem, .genericZone: true
                default: false
                }
            }
        let isDateOnly = unknown == 0 && (date != nil || (relative && meaningful <= 2) || isUpdateTime)
        var reading = Reading(date: date, isRelative: relative && date == nil, isDateOnly: isDateOnly)
        reading.isUpdateOnly = published == nil && updated != nil
        reading.isDateWords = unknown == 0 && meaningful > 0
        return reading
    }

    /// Whether `text` is short, has a digit (every date and nearly every relative time has one) and
    /// few words, as a date line does. Every line of a body is asked.
    private static func mayBeDateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 240 else { return false }
        return UTF8Bytes.withBytes(text) { bytes in
            WordwiseScan.containsDigit(bytes) && WordwiseScan.count(of: 0x20, in: bytes) <= 24
        }
    }

    /// The date in a header value such as `2024-05-14T09:30:00+02:00` or `22 January 2024`.
    static func headerValue(_ text: String) -> WrittenDate? {
        Self.read(text).date
    }

    /// A leading `YYYY-MM-DD` and the rest of the line after it, as in a ` date 2025-02-09 …` prefix.
    static func leadingISODate(_ text: Substring) -> (date: WrittenDate, rest: Substring)? {
        let token = text.prefix { !$0.isWhitespace }
        guard token.count >= 10, let date = Self.isoDate(token) else { return nil }
        return (date, text.dropFirst(token.count))
    }

    // MARK: - Tokens

    private enum Token {
        case number(Int, digits: Int)
        case month(Int)
        case weekday
        case date(WrittenDate)
        case time(hour: Int, minute: Int, second: Int)
        case meridiem(pm: Bool)
        case zone(Int)
        /// A US zone written without standard or daylight ("ET"): its standard offset.
        case genericZone(standardOffset: Int)
        case filler
        case update
        case publish
        case relative
        case unknown

        init(_ reading: DateWordMeaning.Reading) {
            switch reading {
            case .month(let month): self = .month(month)
            case .weekday: self = .weekday
            case .update: self = .update
            case .publish: self = .publish
            case .zone(let offset): self = .zone(offset)
            case .filler: self = .filler
            case .relative: self = .relative
            case .meridiem(let pm): self = .meridiem(pm: pm)
            }
        }
    }

    /// The tokens of `text`; `nil` at the first unknown word when `stopAtUnknown`.
    private static func tokens(of text: String, stopAtUnknown: Bool) -> [Token]? {
        UTF8Bytes.withBytes(text) { bytes in
            // Each word is lowercased here as it is reached, at its own place.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                Self.tokens(of: text, bytes: bytes, lowered: lowered, stopAtUnknown)
            }
        }
    }

    private static func tokens(
        of text: String,
        bytes: UnsafeBufferPointer<UInt8>,
        lowered: UnsafeMutableBufferPointer<UInt8>,
        _ stopAtUnknown: Bool
    ) -> [Token]? {
        var tokens: [Token] = []
        // Words are cut one at a time (not all up front): prose gives up at its first word.
        var cutter = DateWordCutter(bytes)
        while let cut = cutter.next() {
            let isLowered = BasicLowercasing.lowercase(bytes[cut.range], into: lowered)
            guard cut.isASCII else {
                let word =
                    isLowered
                    ? String(decoding: UnsafeBufferPointer(lowered)[cut.range], as: UTF8.self)
                    : Self.lowercased(text, cut.range)
                guard Self.appendTokens(ofWord: word, to: &tokens, stopAtUnknown) else { return nil }
                continue
            }
            var word = UnsafeBufferPointer(lowered)[cut.range]
            while let last = word.last, last == .dot || last == .colon || last == .semicolon { word = word.dropLast() }
            let meaning = Self.meaning(ofASCII: word)
            if let last = tokens.last, case .time = last, let pm = meaning?.meridiemAfterTime {
                tokens.append(.meridiem(pm: pm))
            } else if let last = tokens.last, case .time = last,
                let pm = Self.spacedMeridiem(word, then: &cutter, bytes: bytes)
            {
                tokens.append(.meridiem(pm: pm))
            } else if word.elementsEqual([UInt8(ascii: "h")]), let last = tokens.last,
                case .number(let hour, let digits) = last, digits <= 2, hour < 24,
                let minute = Self.spacedMinutes(then: &cutter, bytes: bytes)
            {
                // "à 17 h 42" (Canadian French): the hour, an "h" between spaces, the minutes.
                tokens[tokens.count - 1] = .time(hour: hour, minute: minute, second: 0)
            } else if Self.followsTime(tokens), let zone = meaning?.genericZoneAfterTime {
                // "09:00 ET": Eastern time, standard or daylight by the date (settled in ``date(in:)``).
                tokens.append(.genericZone(standardOffset: zone))
            } else if meaning?.isAmbiguousZoneAfterTime == true, Self.followsTime(tokens) {
                tokens.append(.filler)
            } else {
                let classified = Self.classify(ascii: word, meaning: meaning)
                if stopAtUnknown, case .unknown = classified.token { return nil }
                tokens.append(classified.token)
                if let meridiem = classified.meridiem { tokens.append(meridiem) }
            }
        }
        return tokens
    }

    /// Spanish writes the meridiem in two words, "10:15 a. m.", "7:00 p. m.": when `word` (lowercased,
    /// its dot cut) is "a" or "p" and the next word is "m", the meridiem (`true` for p. m.), and the
    /// cutter moves past the "m"; nil, the cutter untouched, otherwise.
    private static func spacedMeridiem(
        _ word: UnsafeBufferPointer<UInt8>.SubSequence,
        then cutter: inout DateWordCutter,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool? {
        guard word.count == 1, word.first == UInt8(ascii: "a") || word.first == UInt8(ascii: "p") else { return nil }
        var ahead = cutter
        guard let next = ahead.next(), next.isASCII,
            bytes[next.range].elementsEqual([UInt8(ascii: "m"), UInt8(ascii: ".")])
                || bytes[next.range].elementsEqual([UInt8(ascii: "M"), UInt8(ascii: ".")])
        else { return nil }
        cutter = ahead
        return word.first == UInt8(ascii: "p")
    }

    /// The minutes of a time written "17 h 42": when the next word is two digits below 60, their value,
    /// and the cutter moves past them; nil, the cutter untouched, otherwise.
    private static func spacedMinutes(then cutter: inout DateWordCutter, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var ahead = cutter
        guard let next = ahead.next(), next.range.count == 2,
            bytes[next.range].allSatisfy(UTF8Bytes.isDigit)
        else { return nil }
        let minute = Int(bytes[next.range.lowerBound] - 0x30) * 10 + Int(bytes[next.range.lowerBound + 1] - 0x30)
        guard minute < 60 else { return nil }
        cutter = ahead
        return minute
    }

    /// The bytes at `range` of `text` lowercased by Unicode, for words ``BasicLowercasing`` does not cover.
    private static func lowercased(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return text[start..<end].lowercased()
    }

    /// Appends the tokens of a lowercased word that is not all ASCII; `false` to stop at an unknown word.
    private static func appendTokens(ofWord word: String, to tokens: inout [Token], _ stopAtUnknown: Bool) -> Bool {
        let meaning = Self.meanings[Self.trimmed(word)]
        if let last = tokens.last, case .time = last, let pm = meaning?.meridiemAfterTime {
            tokens.append(.meridiem(pm: pm))
        } else if Self.followsTime(tokens), let zone = meaning?.genericZoneAfterTime {
            // "09:00 ET": Eastern time, standard or daylight by the date (settled in ``date(in:)``).
            tokens.append(.genericZone(standardOffset: zone))
        } else {
            let classified = Self.classify(word, meaning: meaning)
            if stopAtUnknown, case .unknown = classified.last { return false }
            tokens.append(contentsOf: classified)
        }
        return true
    }

    /// Whether the last token is a time, or a time and its meridiem.
    private static func followsTime(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        if case .time = last { return true }
        if case .meridiem = last, tokens.count >= 2, case .time = tokens[tokens.count - 2] { return true }
        return false
    }

    /// `word` without trailing `.`, `:` and `;`. On the bytes: a mark is the last character exactly
    /// when it is the last byte (a combining mark after it would be the last bytes instead).
    private static func trimmed(_ word: String) -> String {
        let count = UTF8Bytes.withBytes(word) { bytes in
            var end = bytes.count
            while end > 0,
                bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ":")
                    || bytes[end - 1] == UInt8(ascii: ";")
            {
                end -= 1
            }
            return end
        }
        if count == word.utf8.count { return word }
        let utf8 = word.utf8
        return String(word[..<utf8.index(utf8.startIndex, offsetBy: count)])
    }

    private static func classify(_ raw: String, meaning: DateWordMeaning?) -> [Token] {
        let word = Self.trimmed(raw)
        guard !word.isEmpty else { return [.filler] }
        if let reading = meaning?.reading { return [Token(reading)] }
        if let first = word.first, first.isNumber || first == "+" || first == "-" {
            return Self.numeric(word)
        }
        if Self.mayNameZone(word), let offset = Self.offset(word.dropFirst(3)) { return [.zone(offset)] }
        return [.unknown]
    }

    /// Whether `word` starts with `utc` or `gmt`. Only a word whose first byte is `u` or `g` can (no
    /// other character is canonically equivalent to either), which spares most words the comparison.
    private static func mayNameZone(_ word: String) -> Bool {
        guard let lead = word.utf8.first, lead == UInt8(ascii: "u") || lead == UInt8(ascii: "g") else { return false }
        return word.hasPrefix("utc") || word.hasPrefix("gmt")
    }

    /// ``classify(_:meaning:)`` for a lowercased, trimmed ASCII word, read on its bytes: one token, or a
    /// time and its meridiem (`4:35pm`).
    private static func classify(
        ascii word: ASCIIDateWord.Bytes,
        meaning: DateWordMeaning?
    ) -> (token: Token, meridiem: Token?) {
        guard let first = word.first else { return (.filler, nil) }
        if let reading = meaning?.reading { return (Token(reading), nil) }
        if first == .plus || first == .minus { return (ASCIIDateWord.offset(word).map { .zone($0) } ?? .unknown, nil) }
        if UTF8Bytes.isDigit(first) {
            if let date = ASCIIDateWord.isoDateTime(word) ?? ASCIIDateWord.numericDate(word) {
                return (.date(date), nil)
            }
            if let time = ASCIIDateWord.time(word) {
                let meridiem = time.pm.map { Token.meridiem(pm: $0) }
                return (.time(hour: time.hour, minute: time.minute, second: time.second), meridiem)
            }
            return (ASCIIDateWord.number(word).map { .number($0.value, digits: $0.digits) } ?? .unknown, nil)
        }
        let isZoneName = word.starts(with: "utc".utf8) || word.starts(with: "gmt".utf8)
        if isZoneName, let offset = ASCIIDateWord.offset(word.dropFirst(3)) { return (.zone(offset), nil) }
        return (.unknown, nil)
    }

    /// The meaning of a lowercased ASCII word: packed for the common short word, a `String` otherwise.
    private static func meaning(ofASCII word: ASCIIDateWord.Bytes) -> DateWordMeaning? {
        let bytes = UnsafeBufferPointer(rebasing: word)
        if let packed = PackedASCIIWord(bytes) { return Self.asciiMeanings[packed] }
        return Self.meanings[bytes: bytes]
    }

    private static let asciiMeanings = ASCIIWordTable(DateWordMeaning.all)
    /// ``DateWordMeaning/all`` looked up by bytes: a `String` key of Cyrillic or accented letters is
    /// hashed through NFC.
    private static let meanings = WordTable(DateWordMeaning.all)

    /// Numbers, ordinals (`5th`, `1er`), `10.02.2025`, `09/02/2025`, ISO dates and date-times, times
    /// (`14:35`, `4:35pm`) and offsets (`+02:00`).
    private static func numeric(_ word: String) -> [Token] {
        if word.first == "+" || word.first == "-" {
            return Self.offset(Substring(word)).map { [.zone($0)] } ?? [.unknown]
        }
        if let date = Self.isoDateTime(Substring(word)) { return [.date(date)] }
        if let date = Self.numericDate(word) { return [.date(date)] }
        if let time = Self.time(Substring(word)) { return time }
        var digits = Substring(word)
        for suffix in ["st", "nd", "rd", "th", "er", "e", "º", "°"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let value = Int(digits) else {
            return [.unknown]
        }
        return [.number(value, digits: digits.count)]
    }

    private static func time(_ word: Substring) -> [Token]? {
        var body = word
        var meridiem: Token?
        for (suffix, pm) in [("am", false), ("pm", true), ("a.m", false), ("p.m", true), ("h", false)]
        where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            if suffix != "h" { meridiem = .meridiem(pm: pm) }
            break
        }
        // `16.05` (British) and `09h30` (French) write a time with another separator.
        var separator: Character = ":"
        if !body.contains(":"), body.count == 5 || body.count == 4,
            let mark = body.first(where: { $0 == "." || $0 == "h" }),
            body.split(separator: mark, omittingEmptySubsequences: false).last?.count == 2
        {
            separator = mark
        }
        let parts = body.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count == 2 || $0.count == 1 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), parts[1].count == 2,
            hour < 24, minute < 60
        else { return nil }
        let second = parts.count == 3 ? Int(parts[2]) ?? 99 : 0
        guard second < 60 else { return nil }
        let time = Token.time(hour: hour, minute: minute, second: second)
        return meridiem.map { [time, $0] } ?? [time]
    }

    /// `+02:00`, `+0200`, `-5`, `+2` (after `UTC`/`GMT`): minutes east of UTC.
    static func offset(_ text: Substring) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" || sign == "−" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let value = Int(digits) else {
            return nil
        }
        let minutes = digits.count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
        guard minutes <= 14 * 60 else { return nil }
        return sign == "+" ? minutes : -minutes
    }

    // MARK: - Numeric dates

    /// `YYYY-MM-DD`, alone.
    static func isoDate(_ text: Substring) -> WrittenDate? {
        let bytes = Array(text.utf8.prefix(10))
        guard text.utf8.count == 10 || (text.utf8.count > 10 && !Self.isDigit(Array(text.utf8)[10])),
            bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
            let day = Self.number(bytes[8..<10])
        else { return nil }
        return WrittenDate(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` or `±HH:MM`.
    static func isoDateTime(_ word: Substring) -> WrittenDate? {
        guard var date = Self.isoDate(word) else { return nil }
        var rest = word.dropFirst(10)
        if rest.isEmpty { return date }
        guard rest.first == "t" || rest.first == "T" else { return nil }
        rest = rest.dropFirst()
        var clock = rest.prefix { $0.isNumber || $0 == ":" }
        rest = rest.dropFirst(clock.count)
        if rest.first == "." || rest.first == "," {
            rest = rest.dropFirst().drop { $0.isNumber }
        }
        if clock.filter({ $0 == ":" }).count == 1 { clock += ":00" }
        guard let tokens = Self.time(clock), case .time(let hour, let minute, let second) = tokens[0] else {
            return nil
        }
        date.time = (hour, minute, second)
        if rest.isEmpty { return date }
        if rest == "z" || rest == "Z" {
            date.offsetMinutes = 0
        } else if let offset = Self.offset(rest) {
            date.offsetMinutes = offset
        } else {
            return nil
        }
        return date
    }

    /// `10.02.2025` (always day first), `2025/02/09`, `09/02/2025` (order settled only when one part
    /// exceeds 12; otherwise day first, with the month-first reading kept as ``WrittenDate/swappedReading``).
    static func numericDate(_ word: String) -> WrittenDate? {
        for separator in [".", "/", "-"] as [Character] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
                let first = Int(parts[0]), let second = Int(parts[1]), var third = Int(parts[2])
            else { continue }
            if parts[0].count == 4 { return WrittenDate(year: first, month: second, day: third) }
            if parts[2].count == 2 { third += 2000 } else if parts[2].count != 4 { return nil }
            if separator == "." { return WrittenDate(year: third, month: second, day: first) }
            if first > 12 { return WrittenDate(year: third, month: second, day: first) }
            if second > 12 { return WrittenDate(year: third, month: first, day: second) }
            var date = WrittenDate(year: third, month: second, day: first)
            if first != second { date?.swappedReading = (month: first, day: second) }
            return date
        }
        return nil
    }

    // MARK: - Patterns

    /// The first date in a run of tokens (fillers and weekdays already removed), with the time and
    /// zone that follow it.
    private static func date(in tokens: [Token]) -> WrittenDate? {
        var found: WrittenDate?
        var index = 0
        while index < tokens.count && found == nil {
            switch tokens[index] {
            case .date(let date):
                found = date
            case .month(let month):
                // Month Day Year ("February 05, 2025", "Sept. 18, 2024").
                if index + 2 < tokens.count, case .number(let day, _) = tokens[index + 1],
                    case .number(let year, 4) = tokens[index + 2]
                {
                    found = WrittenDate(year: year, month: month, day: day)
                }
            case .number(let day, let digits) where digits <= 2:
                // Day Month Year ("2 April 2024", "14 mai 2024", "19 de mayo de 2024").
                if index + 2 < tokens.count, case .month(let month) = tokens[index + 1],
                    case .number(let year, 4) = tokens[index + 2]
                {
                    found = WrittenDate(year: year, month: month, day: day)
                }
            default:
                break
            }
            index += 1
        }
        guard var date = found else { return nil }
        if date.time == nil, let (time, offset) = Self.clock(in: tokens, on: date) {
            date.time = time
            date.offsetMinutes = offset
        }
        return date
    }

    private static func clock(
        in tokens: [Token],
        on date: WrittenDate
    ) -> ((hour: Int, minute: Int, second: Int), Int?)? {
        for (index, token) in tokens.enumerated() {
            guard case .time(var hour, let minute, let second) = token else { continue }
            var next = index + 1
            if next < tokens.count, case .meridiem(let pm) = tokens[next] {
                guard hour >= 1 && hour <= 12 else { return nil }
                hour = hour % 12 + (pm ? 12 : 0)
                next += 1
            }
            var offset: Int?
            if next < tokens.count, case .zone(let minutes) = tokens[next] { offset = minutes }
            if next < tokens.count, case .genericZone(let standard) = tokens[next] {
                offset = standard + (Self.isUSDaylightTime(date) ? 60 : 0)
            }
            return ((hour, minute, second), offset)
        }
        return nil
    }

    /// US daylight saving time (since 2007): from the second Sunday of March to the first Sunday of
    /// November. The changeover days themselves count by their date (the hour is not weighed).
    static func isUSDaylightTime(_ date: WrittenDate) -> Bool {
        guard date.month >= 3 && date.month <= 11 else { return false }
        if date.month > 3 && date.month < 11 { return true }
        // Day of the week of the 1st (0 = Sunday), by Zeller's congruence in Sakamoto's form.
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = date.month < 3 ? date.year - 1 : date.year
        let firstWeekday = (year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + 1) % 7
        let firstSunday = 1 + (7 - firstWeekday) % 7
        return date.month == 3 ? date.day >= firstSunday + 7 : date.day < firstSunday
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

extension UInt8 {
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let minus = UInt8(ascii: "-")
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let semicolon = UInt8(ascii: ";")
}
