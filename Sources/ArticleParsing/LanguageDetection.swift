/// Guesses the ISO 639-1 language of article text from its script and its most frequent small words.
///
/// Letters that only one language of a script uses decide first (Ukrainian і ї є ґ against Russian
/// ы э ё ъ); otherwise stop words are counted. Too little evidence gives `"und"`.
enum LanguageDetection {
    /// Reads about the first 200 words: some 80 stop words in any of the languages, plenty for a
    /// verdict, and it bounds the cost on long articles.
    private static let wordLimit = 200

    static func detect(_ paragraphs: [String]) -> String {
        var scan = WordScan()
        for paragraph in paragraphs {
            // The scan moves into the closure and back: a captured `var` would be boxed, and every
            // access to it checked for exclusivity at run time.
            let (reached, after) = UTF8Bytes.withBytes(paragraph) { [scan] bytes in
                var scan = scan
                return (scan.reachesLimit(bytes), scan)
            }
            scan = after
            if reached { break }
            scan.finishWord()
        }
        let scripts = scan.scripts
        let scores = scan.scores

        if let language = scripts.dominantNonLatinLanguage(
            russianScore: scores[Self.russian],
            ukrainianScore: scores[Self.ukrainian]
        ) {
            return language
        }
        guard scripts.latin > 0 else { return "und" }
        // The best Latin-script language, the alphabetically first of a tie (languages are sorted),
        // and the runner-up's score.
        var best: Int?
        var runnerUp = 0
        for language in Self.languages.indices where language != Self.russian && language != Self.ukrainian {
            guard let leader = best else {
                best = language
                continue
            }
            if scores[language] > scores[leader] {
                runnerUp = scores[leader]
                best = language
            } else {
                runnerUp = max(runnerUp, scores[language])
            }
        }
        guard let best, scores[best] >= 2 else { return "und" }
        // A tie, or a lead too small to mean anything, is no evidence.
        if scores[best] * 10 < runnerUp * 13 { return "und" }
        return Self.languages[best]
    }

    /// The running counts of ``detect(_:)``, kept in one value so the byte loop touches no captured state.
    private struct WordScan {
        var scripts = ScriptCounts()
        /// Stop words seen per language (by index in ``LanguageDetection/languages``), inline so that
        /// copying the scan in and out of a closure allocates nothing.
        var scores = InlineArray<32, Int>(repeating: 0)
        var words = 0
        /// The current word's lowercased UTF-8 bytes, packed first byte lowest: a stop word has at most
        /// 16 bytes, so two integers hold any word worth looking up, and nothing is allocated per word.
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// The current word's length in bytes (it keeps counting past 16, which rules the word out).
        var length = 0

        @inline(__always)
        mutating func append(_ byte: UInt8) {
            if self.length < 8 {
                self.low |= UInt64(byte) << (UInt64(self.length) &* 8)
            } else if self.length < 16 {
                self.high |= UInt64(byte) << (UInt64(self.length - 8) &* 8)
            }
            self.length += 1
        }

        /// Appends the UTF-8 encoding of a lowercased letter (0x80 or above).
        @inline(__always)
        mutating func append(nonASCII value: UInt32) {
            if value < 0x800 {
                self.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            } else {
                if value < 0x10000 {
                    self.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
                } else {
                    self.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
                    self.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
                }
                self.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            }
            self.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }

        mutating func finishWord() {
            guard self.length > 0 else { return }
            self.words += 1
            if self.length <= LanguageDetection.longestStopWord,
                var mask = LanguageDetection.stopWordMask(low: self.low, high: self.high)
            {
                while mask != 0 {
                    self.scores[mask.trailingZeroBitCount] += 1
                    mask &= mask - 1
                }
            }
            self.low = 0
            self.high = 0
            self.length = 0
        }

        /// Reads one paragraph's bytes, ASCII letters inline (most article text is ASCII); `true` once
        /// ``LanguageDetection/wordLimit`` words are read. The text is NFC already (normalized), so
        /// comparing bytes compares words.
        mutating func reachesLimit(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
            var latin = 0
            var index = 0
            defer { self.scripts.latin += latin }
            while index < input.count {
                let byte = input[index]
                if byte < 0x80 {
                    index += 1
                    let lower = byte | 0x20
                    if lower &- 0x61 < 26 {
                        latin += 1
                        self.append(lower)
                        continue
                    }
                } else {
                    let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
                    index += length
                    if let lower = self.scripts.count(scalar) {
                        self.append(nonASCII: lower.value)
                        continue
                    }
                }
                guard self.length > 0 else { continue }
                self.finishWord()
                if self.words >= LanguageDetection.wordLimit { return true }
            }
            return false
        }
    }

    private static let russian = Self.languages.firstIndex(of: "ru")!
    private static let ukrainian = Self.languages.firstIndex(of: "uk")!

    /// Frequent function words, as data. Words shared by several languages count for each of them.
    static let stopWords: [String: [String]] = [
        "en": [
            "the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "said", "he", "she",
            "it", "by", "as", "at", "from", "his", "her", "are", "were", "be", "has", "have", "had", "this",
            "which", "will", "would", "not", "but", "an", "they", "their", "its", "who", "been",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "zu",
            "mit", "sich", "auf", "für", "von", "im", "auch", "es", "sie", "wir", "hat", "wird", "wurde",
            "sind", "bei", "nach", "aus", "als", "noch", "oder", "aber", "zum", "zur", "haben", "werden",
        ],
        "fr": [
            "le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "que", "qui", "pour", "pas",
            "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "sont", "par", "ne", "se", "plus",
            "mais", "ont", "été", "son", "sa", "ses", "leur", "nous", "vous", "d", "l", "qu",
        ],
        "es": [
            "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con", "para",
            "no", "se", "su", "al", "lo", "como", "más", "pero", "sus", "ha", "fue", "este", "esta", "está",
            "son", "también", "entre", "desde", "muy", "ya",
        ],
        "it": [
            "il", "di", "che", "della", "del", "per", "non", "una", "sono", "con", "nel", "nella", "alla",
            "anche", "gli", "più", "stato", "essere", "questo", "è",
        ],
        "pt": [
            "os", "do", "da", "dos", "das", "em", "um", "uma", "não", "para", "com", "por", "no", "na",
            "mais", "foi", "ao", "também", "são", "pelo", "pela",
        ],
        "nl": [
            "het", "een", "en", "van", "dat", "niet", "op", "te", "zijn", "met", "voor", "die", "er", "aan",
            "ook", "bij", "werd", "naar", "wordt",
        ],
        "ru": [
            "и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "она", "его", "к", "из", "за", "от",
            "о", "для", "но", "так", "уже", "был", "была", "были", "также", "который", "которые", "или",
        ],
        "uk": [
            "і", "й", "в", "у", "не", "на", "що", "з", "та", "по", "це", "як", "до", "за", "від", "для",
            "але", "вже", "був", "була", "були", "також", "який", "які", "або", "щоб",
        ],
    ]

    /// A word's first 16 UTF-8 bytes as two integers, the first byte lowest (as ``WordScan`` packs them).
    private static func packed(_ word: String) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (offset, byte) in word.utf8.prefix(16).enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << (UInt64(offset) * 8)
            } else {
                high |= UInt64(byte) << (UInt64(offset - 8) * 8)
            }
        }
        return (low, high)
    }

    /// ``stopWordMasks`` by packed key in an open-addressing table (linear probing, at most a quarter
    /// full): one multiply and usually one comparison per word of text, no hashing of strings.
    private static let stopWordTable: [(low: UInt64, high: UInt64, mask: UInt32)] = {
        var table = [(low: UInt64, high: UInt64, mask: UInt32)](
            repeating: (0, 0, 0),
            count: Self.stopWordTableSize
        )
        for (word, mask) in Self.stopWordMasks where word.utf8.count <= 16 {
            let (low, high) = Self.packed(word)
            var slot = Self.slot(low: low, high: high)
            while table[slot].mask != 0 { slot = (slot + 1) & (Self.stopWordTableSize - 1) }
            table[slot] = (low, high, mask)
        }
        return table
    }()

    private static let stopWordTableSize = 2048

    @inline(__always)
    private static func slot(low: UInt64, high: UInt64) -> Int {
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: mixed >> 53) & (Self.stopWordTableSize - 1)
    }

    /// The mask of the stop word packed as `low`/`high`, if it is one.
    fileprivate static func stopWordMask(low: UInt64, high: UInt64) -> UInt32? {
        Self.stopWordTable.withUnsafeBufferPointer { table in
            var slot = Self.slot(low: low, high: high)
            while table[slot].mask != 0 {
                if table[slot].low == low && table[slot].high == high { return table[slot].mask }
                slot = (slot + 1) & (Self.stopWordTableSize - 1)
            }
            return nil
        }
    }

    /// The longest stop word, in UTF-8 bytes: longer words need no lookup.
    private static let longestStopWord = min(16, Self.stopWordMasks.keys.map(\.utf8.count).max() ?? 0)

    private static let languages: [String] = Self.stopWords.keys.sorted()

    /// Each stop word with one bit per language that uses it: one lookup per word of text.
    private static let stopWordMasks: [String: UInt32] = {
        var masks: [String: UInt32] = [:]
        for (index, language) in Self.languages.enumerated() {
            for word in Self.stopWords[language] ?? [] { masks[word, default: 0] |= 1 << index }
        }
        return masks
    }()
}

/// Letters counted by script, and the letters that single out one language within a script.
private struct ScriptCounts {
    var latin = 0
    var cyrillic = 0
    var greek = 0
    var hebrew = 0
    var kana = 0
    var hangul = 0
    var han = 0
    var thai = 0
    var georgian = 0
    var armenian = 0
    var ukrainianLetters = 0
    var russianLetters = 0

    /// Counts `scalar` if it is a letter, and returns it lowercased (`nil` for a non-letter).
    ///
    /// Latin and Cyrillic letters, nearly all of article text, are settled here with no property
    /// lookup (slow on Linux); the other scripts in ``countOther(_:)``.
    @inline(__always)
    mutating func count(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            self.latin += 1
            return Unicode.Scalar(value + 0x20)
        case 0x61...0x7A:
            self.latin += 1
            return scalar
        case 0..<0xC0, 0xD7, 0xF7:
            return nil
        case 0xC0...0x24F:
            self.latin += 1
            // Latin capitals are one code point from their lower case in Latin-1.
            return value <= 0xDE ? Unicode.Scalar(value + 0x20) : scalar
        case 0x400...0x481, 0x48A...0x4FF:
            self.countCyrillic(scalar)
            // Cyrillic capitals are one code point from their lower case in the common ranges.
            switch value {
            case 0x410...0x42F: return Unicode.Scalar(value + 0x20)
            case 0x400...0x40F: return Unicode.Scalar(value + 0x50)
            default: return scalar
            }
        default:
            return self.countOther(scalar)
        }
    }

    @inline(__always)
    private mutating func countCyrillic(_ scalar: Unicode.Scalar) {
        self.cyrillic += 1
        switch scalar {
        case "і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ": self.ukrainianLetters += 1
        case "ы", "э", "ё", "ъ", "Ы", "Э", "Ё", "Ъ": self.russianLetters += 1
        default: break
        }
    }

    /// ``count(_:)`` for the scripts beyond Latin-1, Latin Extended and Cyrillic letters.
    @inline(never)
    private mutating func countOther(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0x400...0x4FF: self.countCyrillic(scalar)
        case 0x370...0x3FF, 0x1F00...0x1FFF: self.greek += 1
        case 0x590...0x5FF: self.hebrew += 1
        case 0x3040...0x30FF: self.kana += 1
        case 0xAC00...0xD7AF, 0x1100...0x11FF: self.hangul += 1
        case 0x4E00...0x9FFF: self.han += 1
        case 0xE00...0xE7F: self.thai += 1
        case 0x10A0...0x10FF: self.georgian += 1
        case 0x530...0x58F: self.armenian += 1
        default: break
        }
        return scalar
    }

    /// The language when a script other than Latin writes most of the letters.
    func dominantNonLatinLanguage(russianScore: Int, ukrainianScore: Int) -> String? {
        let candidates: [(String, Int)] = [
            ("cyrillic", self.cyrillic), ("el", self.greek), ("he", self.hebrew), ("ko", self.hangul),
            ("ja", self.kana), ("zh", self.han), ("th", self.thai), ("ka", self.georgian), ("hy", self.armenian),
        ]
        guard let (script, letters) = candidates.max(by: { $0.1 < $1.1 }), letters > self.latin, letters >= 10
        else { return nil }
        switch script {
        case "cyrillic":
            if self.ukrainianLetters > self.russianLetters { return "uk" }
            if self.russianLetters > self.ukrainianLetters { return "ru" }
            if russianScore == ukrainianScore { return "und" }
            return russianScore > ukrainianScore ? "ru" : "uk"
        case "zh":
            // Japanese mixes kanji with kana; text with any real share of kana is Japanese.
            return self.kana * 10 > self.han ? "ja" : "zh"
        default:
            return script
        }
    }
}
