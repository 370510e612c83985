// libFuzzer entry point: any bytes in, and ArticleParser.parse must either reject them or return
// an article that keeps its invariants. A broken invariant is a `fatalError`, which libFuzzer
// reports as a crash and saves the input for.
import ArticleParsing
import Foundation
import FuzzerEntry

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let article) = ArticleParser.parse(bytes) else { return 0 }
    check(article)
    return 0
}

private func check(_ article: Article) {
    if article.paragraphs.isEmpty { fatalError("accepted article without paragraphs") }
    for (index, paragraph) in article.paragraphs.enumerated() {
        if paragraph.isEmpty { fatalError("paragraph \(index) is empty") }
        // No control characters at all: paragraphs are joined by "\n\n" only in `body`.
        if let scalar = paragraph.unicodeScalars.first(where: isControl) {
            fatalError("paragraph \(index) holds control character U+\(hex(scalar))")
        }
    }
    let body = article.body
    let nfc = body.precomposedStringWithCanonicalMapping
    // String == compares canonically; compare the scalars to see whether the body is in NFC.
    if !body.unicodeScalars.elementsEqual(nfc.unicodeScalars) {
        fatalError("body is not NFC")
    }
}

private func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.generalCategory == .control
}

private func hex(_ scalar: Unicode.Scalar) -> String {
    String(scalar.value, radix: 16, uppercase: true)
}
