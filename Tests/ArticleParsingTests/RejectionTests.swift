import Testing

@testable import ArticleParsing

@Suite struct RejectionTests {
    static let cases: [(String, [UInt8], ParseRejection.Kind)] = [
        ("empty", [], .empty),
        ("white space only", Array("  \n\n\t \r\n".utf8), .empty),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], .binary),
        (
            "only boilerplate",
            Array(
                "Advertisement\n\nSupport us on Patreon\n\nRelated article: Something else\n\n© 2024 Outlet. All rights reserved.\n"
                    .utf8
            ), .noBody
        ),
        ("only headers", Array("---\ntitle: A headline\ndate: 2024-01-01\n---\n\n".utf8), .noBody),
        (
            "only a date line and a URL footer",
            Array("February 05, 2025\n\nOriginal url:\n\nhttps://example.com/a\n".utf8), .noBody
        ),
    ]

    @Test(arguments: Self.cases)
    func rejects(name: String, bytes: [UInt8], kind: ParseRejection.Kind) {
        guard case .failure(let rejection) = ArticleParser.parse(bytes) else {
            Issue.record("\(name) was accepted")
            return
        }
        #expect(rejection.kind == kind)
        #expect(rejection.description.hasPrefix(kind.rawValue + ": "))
    }
}
