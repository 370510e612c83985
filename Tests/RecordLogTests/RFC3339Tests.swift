import Foundation
import RecordLog
import Testing

@Suite struct RFC3339Tests {
    @Test(arguments: [
        (Int64(0), 0, "1970-01-01T00:00:00.000000Z"),
        (1_738_750_272, 123_456_789, "2025-02-05T10:11:12.123456Z"),
        (1_709_164_800, 0, "2024-02-29T00:00:00.000000Z"),
        (951_868_799, 999_999_999, "2000-02-29T23:59:59.999999Z"),
        (4_107_542_400, 1000, "2100-03-01T00:00:00.000001Z"),
        (-1, 0, "1969-12-31T23:59:59.000000Z"),
        (-2_208_988_800, 500_000, "1900-01-01T00:00:00.000500Z"),
    ])
    func formatsUTCWithMicroseconds(seconds: Int64, nanoseconds: Int, expected: String) {
        #expect(RFC3339.format(seconds: seconds, nanoseconds: nanoseconds) == expected)
    }

    @Test func nowIsCurrentUTCTime() throws {
        let now = RFC3339.now()
        #expect(now.utf8.count == 27)
        #expect(now.hasSuffix("Z"))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // ISO8601DateFormatter takes milliseconds; trim the last three digits of the fraction.
        let date = try #require(formatter.date(from: String(now.prefix(23)) + "Z"))
        #expect(abs(date.timeIntervalSinceNow) < 5)
    }
}
