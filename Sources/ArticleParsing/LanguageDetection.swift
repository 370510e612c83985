/// Guesses the ISO 639-1 language of article text from its script and its most frequent small words.
///
/// Letters that only one language of a script uses decide first (Ukrainian і ї є ґ against Russian
/// ы э ё ъ); otherwise stop words are counted. Too little evidence gives `"und"`.
enum LanguageDetection {
    /// Reads about the first 400 words: plenty for a verdict, and it bounds the cost on long articles.
    private static let wordLimit = 400

    static func detect(_ paragraphs: [String]) -> String {
        var scan = WordScan(languageCount: Self.languages.count)
        for paragraph in paragraphs {
            if UTF8Bytes.withBytes(paragraph, { scan.reachesLimit($0) }) { break }
            scan.finishWord()
        }
        let scripts = scan.scripts
        let scores = scan.scores

        let scored = Dictionary(uniqueKeysWithValues: zip(Self.languages, scores))
        if let language = scripts.dominantNonLatinLanguage(scores: scored) { return language }
        guard scripts.latin > 0 else { return "und" }
        let ranked = scored.filter { !Self.cyrillicLanguages.contains($0.key) }
            .sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= 2 else { return "und" }
        // A tie, or a lead too small to mean anything, is no evidence.
        if ranked.count > 1 && best.value * 10 < ranked[1].value * 13 { return "und" }
        return best.key
    }

    /// The running counts of ``detect(_:)``, kept in one value so the byte loop touches no captured state.
    private struct WordScan {
        var scripts = ScriptCounts()
        var scores: [Int]
        var words = 0
        var word = UTF8Builder(capacity: 32)

        init(languageCount: Int) {
            self.scores = [Int](repeating: 0, count: languageCount)
        }

        mutating func finishWord() {
            guard !self.word.isEmpty else { return }
            self.words += 1
            // Stop words are short: longer words need no lookup.
            let length = self.word.bytes.count
            let mask: UInt32?
            if length <= 8 && self.word.bytes.allSatisfy({ $0 < 0x80 }) {
                // Short ASCII words (most stop words) are looked up by their bytes packed in an integer;
                // other words go by `String`, whose equality is canonical equivalence.
                mask = LanguageDetection.shortStopWordMask(LanguageDetection.packed(self.word.bytes[...]))
            } else if length <= LanguageDetection.longestStopWord {
                mask = LanguageDetection.stopWordMasks[self.word.string]
            } else {
                mask = nil
            }
            if let mask {
                for index in self.scores.indices where mask & (1 << index) != 0 { self.scores[index] += 1 }
            }
            self.word.removeAll()
        }

        /// Reads one paragraph's bytes, ASCII letters inline (most article text is ASCII); `true` once
        /// ``LanguageDetection/wordLimit`` words are read.
        mutating func reachesLimit(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < input.count {
                let byte = input[index]
                if byte < 0x80 {
                    index += 1
                    if byte >= 0x61 && byte <= 0x7A {
                        self.scripts.latin += 1
                        self.word.appendASCII(byte)
                        continue
                    }
                    if byte >= 0x41 && byte <= 0x5A {
                        self.scripts.latin += 1
                        self.word.appendASCII(byte + 0x20)
                        continue
                    }
                } else {
                    let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
                    index += length
                    if let lower = self.scripts.count(scalar) {
                        self.word.append(lower)
                        continue
                    }
                }
                self.finishWord()
                if self.words >= LanguageDetection.wordLimit { return true }
            }
            return false
        }
    }

    private static let cyrillicLanguages: Set<String> = ["ru", "uk"]

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

    /// Up to 8 bytes (never zero) as one integer, the first byte lowest.
    @inline(__always)
    fileprivate static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            value |= UInt64(byte) << shift
            shift += 8
        }
        return value
    }

    /// ``stopWordMasks`` for the ASCII words of at most 8 bytes, as ``packed(_:)`` keys in ascending
    /// order: a binary search needs no hashing.
    private static let shortStopWords: [(key: UInt64, mask: UInt32)] = Self.stopWordMasks
        .filter { $0.key.utf8.count <= 8 && $0.key.utf8.allSatisfy { $0 < 0x80 } }
        .map { (key: Self.packed(Array($0.key.utf8)[...]), mask: $0.value) }
        .sorted { $0.key < $1.key }

    /// The mask of the short stop word packed as `key`, if it is one.
    fileprivate static func shortStopWordMask(_ key: UInt64) -> UInt32? {
        Self.shortStopWords.withUnsafeBufferPointer { words in
            var low = 0
            var high = words.count
            while low < high {
                let middle = (low + high) / 2
                if words[middle].key < key {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            return low < words.count && words[low].key == key ? words[low].mask : nil
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
    mutating func count(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A:
            self.latin += 1
            return Unicode.Scalar(scalar.value + 0x20)
        case 0x61...0x7A:
            self.latin += 1
            return scalar
        case 0..<0xC0:
            return nil
        default:
            break
        }
        guard scalar.properties.isAlphabetic else { return nil }
        switch scalar.value {
        case 0xC0...0x24F: self.latin += 1
        case 0x400...0x4FF:
            self.cyrillic += 1
            switch scalar {
            case "і", "ї", "є", "ґ", "І", "Ї", "Є", "Ґ": self.ukrainianLetters += 1
            case "ы", "э", "ё", "ъ", "Ы", "Э", "Ё", "Ъ": self.russianLetters += 1
            default: break
            }
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
        // Cyrillic and Latin capitals are one code point from their lower case in the common ranges.
        switch scalar.value {
        case 0x410...0x42F: return Unicode.Scalar(scalar.value + 0x20)
        case 0x400...0x40F: return Unicode.Scalar(scalar.value + 0x50)
        case 0xC0...0xDE where scalar.value != 0xD7: return Unicode.Scalar(scalar.value + 0x20)
        default: return scalar
        }
    }

    /// The language when a script other than Latin writes most of the letters.
    func dominantNonLatinLanguage(scores: [String: Int]) -> String? {
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
            let russian = scores["ru", default: 0]
            let ukrainian = scores["uk", default: 0]
            if russian == ukrainian { return "und" }
            return russian > ukrainian ? "ru" : "uk"
        case "zh":
            // Japanese mixes kanji with kana; text with any real share of kana is Japanese.
            return self.kana * 10 > self.han ? "ja" : "zh"
        default:
            return script
        }
    }
}
