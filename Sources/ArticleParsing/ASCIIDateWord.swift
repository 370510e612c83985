/// The numeric words of dates (`2024-05-14T09:30:00Z`, `10.02.2025`, `4:35pm`, `5th`, `+02:00`) read
/// from the bytes of a lowercased, trimmed ASCII word, with no `String` made.
///
/// Each reader gives what ``DateParsing``'s `String` readers give for the same word, down to their
/// quirks: numbers are read as `Int(_:)` reads them, so `+5` and `-5` are numbers too.
enum ASCIIDateWord {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// `+02:00`, `+0200`, `-5`, `+2` (after `UTC`/`GMT`): minutes east of UTC.
    static func offset(_ word: Bytes) -> Int? {
        guard let sign = word.first, sign == .plus || sign == .minus else { return nil }
        let digits = word.dropFirst().lazy.filter { $0 != .colon }
        let count = digits.count
        guard count >= 1, count <= 4, let value = Self.integer(digits) else { return nil }
        let minutes = count <= 2 ? value * 60 : (value / 100) * 60 + value % 100
        guard minutes <= 14 * 60 else { return nil }
        return sign == .plus ? minutes : -minutes
    }

    /// `YYYY-MM-DD`, alone or followed by anything but a digit.
    static func isoDate(_ word: Bytes) -> WrittenDate? {
        let start = word.startIndex
        guard word.count >= 10, word.count == 10 || !UTF8Bytes.isDigit(word[start + 10]),
            word[start + 4] == .minus, word[start + 7] == .minus,
            let year = Self.digitsValue(word[start..<start + 4]),
            let month = Self.digitsValue(word[start + 5..<start + 7]),
            let day = Self.digitsValue(word[start + 8..<start + 10])
        else { return nil }
        return WrittenDate(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`, optionally `tHH:MM[:SS[.fff]]` and `z` or `±HH:MM`.
    static func isoDateTime(_ word: Bytes) -> WrittenDate? {
        guard var date = Self.isoDate(word) else { return nil }
        var rest = word.dropFirst(10)
        if rest.isEmpty { return date }
        guard rest.first == UInt8(ascii: "t") else { return nil }
        rest = rest.dropFirst()
        let clock = rest.prefix { UTF8Bytes.isDigit($0) || $0 == .colon }
        rest = rest.dropFirst(clock.count)
        if rest.first == .dot || rest.first == UInt8(ascii: ",") {
            rest = rest.dropFirst().drop { UTF8Bytes.isDigit($0) }
        }
        // `DateParsing` adds `:00` to a clock without seconds, which reads as the same time.
        guard let time = Self.time(clock) else { return nil }
        date.time = (time.hour, time.minute, time.second)
        if rest.isEmpty { return date }
        if rest.elementsEqual("z".utf8) {
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
    static func numericDate(_ word: Bytes) -> WrittenDate? {
        for separator in Self.dateSeparators {
            guard let parts = Self.parts(of: word, separator: separator), let last = parts.third,
                Self.isDatePart(parts.first), Self.isDatePart(parts.second), Self.isDatePart(last),
                let first = Self.integer(parts.first), let second = Self.integer(parts.second),
                var third = Self.integer(last)
            else { continue }
            if parts.first.count == 4 { return WrittenDate(year: first, month: second, day: third) }
            if last.count == 2 { third += 2000 } else if last.count != 4 { return nil }
            if separator == .dot { return WrittenDate(year: third, month: second, day: first) }
            if first > 12 { return WrittenDate(year: third, month: second, day: first) }
            if second > 12 { return WrittenDate(year: third, month: first, day: second) }
            var date = WrittenDate(year: third, month: second, day: first)
            if first != second { date?.swappedReading = (month: first, day: second) }
            return date
        }
        return nil
    }

    /// `14:35`, `14:35:10`, `4:35pm`, `4:35p.m`, `16.05`, `09h30`, `14:35h`; `pm` when a meridiem is written.
    static func time(_ word: Bytes) -> (hour: Int, minute: Int, second: Int, pm: Bool?)? {
        var body = word
        var pm: Bool?
        for (ending, isPM) in Self.clockEndings where Self.hasSuffix(body, ending) {
            body = body.dropLast(ending.utf8CodeUnitCount)
            pm = isPM
            break
        }
        // `16.05` (British) and `09h30` (French) write a time with another separator.
        var separator = UInt8.colon
        if !body.contains(.colon), body.count == 5 || body.count == 4,
            let mark = body.first(where: { $0 == .dot || $0 == UInt8(ascii: "h") }),
            let lastMark = body.lastIndex(of: mark), body.endIndex - lastMark - 1 == 2
        {
            separator = mark
        }
        guard let parts = Self.parts(of: body, separator: separator),
            Self.isClockPart(parts.first), Self.isClockPart(parts.second), parts.third.map(Self.isClockPart) ?? true,
            let hour = Self.integer(parts.first), let minute = Self.integer(parts.second), parts.second.count == 2,
            hour < 24, minute < 60
        else { return nil }
        let second = parts.third.map { Self.integer($0) ?? 99 } ?? 0
        guard second < 60 else { return nil }
        return (hour, minute, second, pm)
    }

    /// A number of up to four digits, with an ordinal ending (`5th`, `1er`, `2e`) dropped.
    static func number(_ word: Bytes) -> (value: Int, digits: Int)? {
        var digits = word
        for ending in Self.ordinalEndings where Self.hasSuffix(digits, ending) {
            digits = digits.dropLast(ending.utf8CodeUnitCount)
            break
        }
        guard !digits.isEmpty, digits.count <= 4, let value = Self.integer(digits) else { return nil }
        return (value, digits.count)
    }

    private static let dateSeparators = [UInt8.dot, UInt8(ascii: "/"), .minus]
    /// Meridiems (`pm` set) and the French hour mark, in the order they are tried.
    private static let clockEndings: [(StaticString, Bool?)] = [
        ("am", false), ("pm", true), ("a.m", false), ("p.m", true), ("h", nil),
    ]
    /// The ASCII endings of ordinals (`º` and `°` never end an ASCII word).
    private static let ordinalEndings: [StaticString] = ["st", "nd", "rd", "th", "er", "e"]

    private static func isDatePart(_ part: Bytes) -> Bool { !part.isEmpty && part.count <= 4 }

    private static func isClockPart(_ part: Bytes) -> Bool { part.count == 2 || part.count == 1 }

    private static func hasSuffix(_ word: Bytes, _ ending: StaticString) -> Bool {
        ending.withUTF8Buffer { ending in
            word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending)
        }
    }

    /// The two or three parts of `word` around `separator`, or `nil` for one part or more than three.
    private static func parts(of word: Bytes, separator: UInt8) -> (first: Bytes, second: Bytes, third: Bytes?)? {
        guard let firstMark = word.firstIndex(of: separator) else { return nil }
        let afterFirst = word[(firstMark + 1)...]
        guard let secondMark = afterFirst.firstIndex(of: separator) else {
            return (word[..<firstMark], afterFirst, nil)
        }
        let afterSecond = word[(secondMark + 1)...]
        guard !afterSecond.contains(separator) else { return nil }
        return (word[..<firstMark], word[(firstMark + 1)..<secondMark], afterSecond)
    }

    /// The value of ASCII `bytes` as `Int(_:)` reads a `String`: an optional sign, then one or more digits.
    private static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        var digits = bytes[...]
        let negative = digits.first == .minus
        if digits.first == .plus || negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, let value = Self.digitsValue(digits) else { return nil }
        return negative ? -value : value
    }

    /// The value of `bytes` that are all digits.
    private static func digitsValue(_ bytes: some Collection<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard UTF8Bytes.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension UInt8 {
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let minus = UInt8(ascii: "-")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let dot = UInt8(ascii: ".")
}
