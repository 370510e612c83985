// Times ArticleParser.parse per article: every NAME.txt under the folders given, each parsed
// `--rounds` times after a warm-up, on one thread. Prints the median and p99 of the time per
// article (µs), the time per 4 KiB of input, and MB/s on one core.
//
// usage: parse-bench [--rounds N] FOLDER...
//        parse-bench --dump FOLDER...   (every field of every parse, for comparing two builds)
import ArticleParsing
import Foundation

struct Options {
    var rounds = 200
    var dump = false
    var folders: [String] = []

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            if argument == "--rounds", let value = rest.popFirst(), let count = Int(value), count > 0 {
                rounds = count
            } else if argument == "--dump" {
                dump = true
            } else {
                folders.append(argument)
            }
        }
    }
}

func articleFiles(under folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.map { folder + "/" + $0 }.sorted()
}

func nanoseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
}

let options = Options(CommandLine.arguments)
let files = options.folders.flatMap(articleFiles(under:))
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("parse-bench: no NAME.txt files under \(options.folders)\n".utf8))
    exit(64)
}
// Each file with its bytes (a file that cannot be read is left out, not paired with another's bytes).
let readable: [(file: String, bytes: [UInt8])] = files.compactMap { file in
    FileManager.default.contents(atPath: file).map { (file, [UInt8]($0)) }
}
let articles = readable.map(\.bytes)

if options.dump {
    // One block per file: a change in any field of any parse shows up in a diff of two dumps.
    for (file, bytes) in readable {
        print("== \(file)")
        switch ArticleParser.parse(bytes) {
        case .success(let article):
            print("title: \(article.title ?? "-")\npublished: \(article.published ?? "-")")
            print("url: \(article.url ?? "-")\nsite: \(article.site ?? "-")\nlanguage: \(article.language)")
            for paragraph in article.paragraphs { print("| \(paragraph)") }
        case .failure(let rejection):
            print("rejected: \(rejection)")
        }
    }
    exit(0)
}

// Warm-up: caches, lazily built tables.
var parsed = 0
for bytes in articles where (try? ArticleParser.parse(bytes).get()) != nil { parsed += 1 }

var perArticle: [Double] = []  // µs
var perKiB4: [Double] = []  // µs per 4 KiB
perArticle.reserveCapacity(articles.count * options.rounds)
var totalBytes = 0
var totalNanoseconds: UInt64 = 0
for _ in 0..<options.rounds {
    for bytes in articles {
        let start = nanoseconds()
        let result = ArticleParser.parse(bytes)
        let elapsed = nanoseconds() - start
        withExtendedLifetime(result) {}
        perArticle.append(Double(elapsed) / 1000)
        perKiB4.append(Double(elapsed) / 1000 * 4096 / Double(max(bytes.count, 1)))
        totalBytes += bytes.count
        totalNanoseconds += elapsed
    }
}
perArticle.sort()
perKiB4.sort()
let meanSize = articles.reduce(0) { $0 + $1.count } / articles.count
let megabytesPerSecond = Double(totalBytes) / (Double(totalNanoseconds) / 1e9) / 1e6
print(
    String(
        format: "parse: %d articles (%d parsed, mean %d bytes) × %d rounds: median %.1f µs, p99 %.1f µs per article; "
            + "median %.1f µs per 4 KiB; %.1f MB/s on one core",
        articles.count,
        parsed,
        meanSize,
        options.rounds,
        percentile(perArticle, 0.5),
        percentile(perArticle, 0.99),
        percentile(perKiB4, 0.5),
        megabytesPerSecond
    )
)
