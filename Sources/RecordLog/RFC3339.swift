import Glibc

/// RFC 3339 timestamps in UTC with a microsecond fraction, e.g. `2025-02-05T10:11:12.123456Z`.
///
/// Formatted by hand (civil-from-days arithmetic) because the writer stamps every record and
/// `DateFormatter` would cost more than the rest of the encoding.
public enum RFC3339 {
    /// Formats a point in time given as seconds and nanoseconds since the Unix epoch.
    ///
    /// The fraction is truncated to microseconds. Negative `seconds` (before 1970) are handled;
    /// `nanoseconds` outside `0..<1_000_000_000` are carried into the seconds.
    public static func format(seconds: Int64, nanoseconds: Int) -> String {
        var seconds = seconds
        var nanoseconds = Int64(nanoseconds)
        seconds += nanoseconds / 1_000_000_000
        nanoseconds %= 1_000_000_000
        if nanoseconds < 0 {
            nanoseconds += 1_000_000_000
            seconds -= 1
        }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = Self.civil(fromDays: days)

        var bytes = [UInt8]()
        bytes.reserveCapacity(27)
        Self.appendDigits(year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendDigits(day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        Self.appendDigits(secondOfDay / 3600, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendDigits(secondOfDay / 60 % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendDigits(secondOfDay % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        Self.appendDigits(nanoseconds / 1000, count: 6, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The current wall-clock time. The corresponding C function is `clock_gettime(2)` with `CLOCK_REALTIME`.
    public static func now() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Self.format(seconds: Int64(time.tv_sec), nanoseconds: Int(time.tv_nsec))
    }

    /// Year, month (1–12) and day (1–31) of the proleptic Gregorian calendar for a count of days since 1970-01-01.
    ///
    /// Howard Hinnant's `civil_from_days`: exact for every representable day, no tables, no loops.
    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // March = 0
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Appends `value` zero-padded to `count` digits (a negative year gets a leading "-").
    private static func appendDigits(_ value: Int64, count: Int, to bytes: inout [UInt8]) {
        var value = value
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            value = -value
        }
        var width = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            width += 1
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(width, count)))
        var index = bytes.count - 1
        while value > 0 {
            bytes[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
            index -= 1
        }
    }
}
