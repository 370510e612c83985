import Testing

@testable import ArticleParsing

@Suite struct TextDecodingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var text: String
        var testDescription: String { self.name }
    }

    static let decodable: [Case] = [
        Case(name: "UTF-8", bytes: Array("café “quoted”".utf8), text: "café “quoted”"),
        Case(name: "UTF-8 with BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("Grüße".utf8), text: "Grüße"),
        Case(
            name: "UTF-16 LE with BOM",
            bytes: [0xFF, 0xFE, 0x1F, 0x04, 0x40, 0x04, 0x0A, 0x00, 0x41, 0x00],
            text: "Пр\nA"
        ),
        Case(name: "UTF-16 BE with BOM", bytes: [0xFE, 0xFF, 0x04, 0x1F, 0x00, 0x21], text: "П!"),
        Case(
            name: "UTF-16 LE without BOM",
            bytes: Array("Hello there".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            text: "Hello there"
        ),
        Case(
            name: "Windows-1252 quotes and euro",
            bytes: [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x6F, 0x6B],
            text: "“Hi” €5 – ok"
        ),
        Case(name: "ISO-8859-1 accents", bytes: [0x61, 0xF1, 0x6F, 0x20, 0x63, 0x61, 0x66, 0xE9], text: "año café"),
        Case(name: "CRLF", bytes: Array("a\r\nb\r\n".utf8), text: "a\nb\n"),
        Case(name: "lone CR", bytes: Array("a\rb\r\rc".utf8), text: "a\nb\n\nc"),
        Case(name: "CRLF in UTF-16", bytes: [0xFF, 0xFE, 0x61, 0, 0x0D, 0, 0x0A, 0, 0x62, 0], text: "a\nb"),
    ]

    @Test(arguments: Self.decodable)
    func decodes(_ testCase: Case) throws {
        let text = try TextDecoding.decode(testCase.bytes).get()
        #expect(Array(text.unicodeScalars) == Array(testCase.text.unicodeScalars))
    }

    struct Rejected: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var kind: ParseRejection.Kind
        var testDescription: String { self.name }
    }

    static let rejected: [Rejected] = [
        Rejected(name: "no bytes", bytes: [], kind: .empty),
        Rejected(name: "white space only", bytes: Array(" \n\t\r\n  ".utf8), kind: .empty),
        Rejected(name: "BOM and NBSP only", bytes: [0xEF, 0xBB, 0xBF, 0xC2, 0xA0, 0x0A], kind: .empty),
        Rejected(name: "zero-width only", bytes: Array("\u{200B}\u{FEFF} \n".utf8), kind: .empty),
        Rejected(name: "NUL bytes", bytes: Array("PK".utf8) + [0x03, 0x04, 0x00, 0x00, 0x14, 0x00], kind: .binary),
        Rejected(
            name: "many control bytes",
            bytes: (0..<64).map { UInt8($0 % 8 + 1) } + Array("text".utf8),
            kind: .binary
        ),
        Rejected(
            name: "PNG header",
            bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
            kind: .binary
        ),
        Rejected(
            name: "invalid UTF-8 after a UTF-8 BOM",
            bytes: [0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0xFE, 0x62],
            kind: .undecodable
        ),
        Rejected(
            name: "unpaired surrogate in UTF-16",
            bytes: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00],
            kind: .undecodable
        ),
        Rejected(name: "odd-length UTF-16", bytes: [0xFE, 0xFF, 0x00, 0x61, 0x00], kind: .undecodable),
        Rejected(
            name: "bytes undefined in Windows-1252",
            bytes: [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x81, 0x61],
            kind: .undecodable
        ),
        Rejected(name: "NUL in UTF-16", bytes: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0x00, 0x62, 0x00], kind: .binary),
    ]

    @Test(arguments: Self.rejected)
    func rejects(_ testCase: Rejected) {
        #expect(throws: ParseRejection.self) { try TextDecoding.decode(testCase.bytes).get() }
        if case .failure(let rejection) = TextDecoding.decode(testCase.bytes) {
            #expect(rejection.kind == testCase.kind)
            #expect(!rejection.message.isEmpty)
        }
    }

    @Test func strayInvalidByteFallsBackToWindows1252() throws {
        // Mostly UTF-8-looking ASCII with one Windows-1252 apostrophe: the whole file is Windows-1252.
        let text = try TextDecoding.decode(Array("It".utf8) + [0x92] + Array("s fine".utf8)).get()
        #expect(text == "It’s fine")
    }
}
