/// A publication date as a file writes it: a calendar day, plus a time and UTC offset when given.
struct WrittenDate: Equatable, Sendable {
    var year: Int
    var month: Int
    var day: Int
    /// Hour, minute and second, when the file gives a time.
    var time: (hour: Int, minute: Int, second: Int)?
    /// Minutes east of UTC, when the file gives a zone.
    var offsetMinutes: Int?
    /// For an all-numeric date such as `09/02/2025` whose order nothing in the date itself settles: the
    /// other reading (month and day swapped). ``ArticleParser`` settles it with another date in the file.
    var swappedReading: (month: Int, day: Int)?

    init?(year: Int, month: Int, day: Int) {
        guard (1800...2200).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS±HH:MM` when both a time and a zone are known: a time
    /// without a zone names no instant, so it is left out.
    var iso: String {
        let date = "\(Self.padded(self.year, 4))-\(Self.padded(self.month, 2))-\(Self.padded(self.day, 2))"
        guard let time = self.time, let offset = self.offsetMinutes else { return date }
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return date + "T\(Self.padded(time.hour, 2)):\(Self.padded(time.minute, 2)):\(Self.padded(time.second, 2))"
            + "\(sign)\(Self.padded(magnitude / 60, 2)):\(Self.padded(magnitude % 60, 2))"
    }

    /// The same day read month-first instead (for an ambiguous numeric date), if that is a real date.
    var swapped: WrittenDate? {
        guard let reading = self.swappedReading,
            var other = WrittenDate(year: self.year, month: reading.month, day: reading.day)
        else { return nil }
        other.time = self.time
        other.offsetMinutes = self.offsetMinutes
        return other
    }

    func sameDay(as other: WrittenDate) -> Bool {
        self.year == other.year && self.month == other.month && self.day == other.day
    }

    /// Equal when ``iso``, the time and the other reading are: the zone counts only where ``iso`` shows
    /// it (with a time). Compared field by field without building ``iso``, which spells every field
    /// apart, so that its strings are equal exactly when the fields are.
    static func == (lhs: WrittenDate, rhs: WrittenDate) -> Bool {
        guard lhs.sameDay(as: rhs), lhs.time?.hour == rhs.time?.hour, lhs.time?.minute == rhs.time?.minute,
            lhs.time?.second == rhs.time?.second, lhs.swappedReading?.month == rhs.swappedReading?.month,
            lhs.swappedReading?.day == rhs.swappedReading?.day
        else { return false }
        return lhs.time == nil || lhs.offsetMinutes == rhs.offsetMinutes
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
