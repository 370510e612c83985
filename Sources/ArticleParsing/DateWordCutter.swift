/// Cuts a line into the words ``DateParsing`` reads, one at a time, on its UTF-8 bytes: the runs
/// between separators (space, tab, `,`, `|`, `(`, `)`, `[`, `]`, `*`, `•`, `·`, `–`, `—`, and `:` between
/// two letters).
struct DateWordCutter {
    struct Word {
        /// Where the word's bytes are.
        var range: Range<Int>
        var isASCII: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var cursor = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Word? {
        while self.cursor < self.bytes.count, case let length = self.separatorLength(at: self.cursor), length > 0 {
            self.cursor += length
        }
        guard self.cursor < self.bytes.count else { return nil }
        let start = self.cursor
        var allBytes: UInt8 = 0
        while self.cursor < self.bytes.count, self.separatorLength(at: self.cursor) == 0 {
            allBytes |= self.bytes[self.cursor]
            self.cursor += 1
        }
        return Word(range: start..<self.cursor, isASCII: allBytes < 0x80)
    }

    /// The length of the separator's encoding at `index`, 0 for none. The lead bytes C2 and E2 of the
    /// separators that are not ASCII are never continuation bytes, so any index may be asked about.
    private func separatorLength(at index: Int) -> Int {
        switch self.bytes[index] {
        case 0x20, 0x09, UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"):
            return 1
        case UInt8(ascii: ":"):
            // Between two letters ("Published:Sunday"): a label glued to its date. (A time's colon stands
            // between digits.)
            guard index > 0, index + 1 < self.bytes.count else { return 0 }
            return UTF8Bytes.isASCIILetter(self.bytes[index - 1]) && UTF8Bytes.isASCIILetter(self.bytes[index + 1])
                ? 1 : 0
        case 0xC2:  // `·` C2 B7
            return index + 1 < self.bytes.count && self.bytes[index + 1] == 0xB7 ? 2 : 0
        case 0xE2:  // `•` E2 80 A2, `–` E2 80 93, `—` E2 80 94
            guard index + 2 < self.bytes.count, self.bytes[index + 1] == 0x80 else { return 0 }
            let last = self.bytes[index + 2]
            return last == 0xA2 || last == 0x93 || last == 0x94 ? 3 : 0
        default:
            return 0
        }
    }
}
