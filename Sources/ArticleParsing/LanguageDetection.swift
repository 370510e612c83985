/// Guesses the ISO 639-1 language of article text from its script and its most frequent small words.
///
/// Letters that only one language of a script uses decide first (Ukrainian і ї є ґ against Russian
/// ы э ё ъ); otherwise stop words are counted. Too little evidence gives `"und"`.
enum LanguageDetection {
    /// Reads about the first 200 words: some 80 stop words in any of the languages, plenty for a
    /// verdict, and it bounds the cost on long articles.
    static let wordLimit = 200

    static func detect(_ paragraphs: [String]) -> String {
        let (scripts, scores) = Self.tally(paragraphs)
        if let language = scripts.dominantNonLatinLanguage(
            russianScore: scores[Self.russian],
            ukrainianScore: scores[Self.ukrainian]
        ) {
            return language
        }
        guard scripts.latin > 0 else { return "und" }
        let (best, runnerUp) = Self.latinLeader(scores)
        guard scores[best] >= 2 else { return "und" }
        // A tie, or a lead too small to mean anything, is no evidence.
        if scores[best] * 10 < runnerUp * 13 { return "und" }
        return Self.languages[best]
    }

    /// Words read before ``isSettled(_:_:words:)`` may end the reading early.
    static let settledWords = 100

    /// Whether the paragraphs read so far leave no doubt, so that reading on to ``wordLimit`` words
    /// could not change the verdict: ``settledWords`` words at least, one script writing nearly all
    /// of their letters, and within it one language far ahead — by the letters only it writes
    /// (Cyrillic), or by its stop words (Latin). Most articles settle within half the limit; a mixed
    /// or sparse text reads on.
    static func isSettled(_ scripts: ScriptCounts, _ scores: LanguageTally, words: Int) -> Bool {
        guard words >= Self.settledWords else { return false }
        let otherScripts =
            scripts.greek + scripts.hebrew + scripts.kana + scripts.hangul + scripts.han + scripts.thai
            + scripts.georgian + scripts.armenian
        if scripts.cyrillic >= 300 && (scripts.latin + otherScripts) * 8 < scripts.cyrillic {
            let lead = scripts.ukrainianLetters - scripts.russianLetters
            return lead >= 20 || lead <= -20
        }
        guard scripts.latin >= 300 && (scripts.cyrillic + otherScripts) * 8 < scripts.latin else { return false }
        let (best, runnerUp) = Self.latinLeader(scores)
        return scores[best] >= 30 && scores[best] >= 4 * runnerUp
    }

    /// The best Latin-script language (its index in ``languages``; the alphabetically first of a tie,
    /// as languages are sorted) and the runner-up's score.
    private static func latinLeader(_ scores: LanguageTally) -> (best: Int, runnerUp: Int) {
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
        // (Six Latin-script languages are listed: there is always a leader.)
        return (best ?? 0, runnerUp)
    }

    /// Letters by script, and stop words by language (by index in ``languages``), in the first
    /// ``wordLimit`` words of `paragraphs`.
    static func tally(_ paragraphs: [String]) -> (scripts: ScriptCounts, scores: LanguageTally) {
        Self.stopWordTable.withLookup { stopWords in
            TwoByteLetters.withTable { twoByteLetters in
                var scan = WordScan(stopWords: stopWords, twoByteLetters: twoByteLetters)
                for paragraph in paragraphs {
                    let reachedLimit = UTF8Bytes.withBytes(paragraph) { scan.readsToLimit($0) }
                    if reachedLimit || Self.isSettled(scan.scripts, scan.counts.scores, words: scan.counts.words) {
                        break
                    }
                }
                return (scan.scripts, scan.counts.scores)
            }
        }
    }

    /// Words read, and stop words among them by language.
    private struct WordCounts {
        var words = 0
        /// Stop words seen per language (by index in ``LanguageDetection/languages``). At most
        /// ``LanguageDetection/wordLimit`` + 1 words are read, so no lane overflows.
        var scores = LanguageTally()

        /// Counts a word of text, and its languages if it is a stop word.
        @inline(__always)
        mutating func count(_ word: PackedWord, _ stopWords: StopWordTable.Lookup) {
            self.words &+= 1
            if word.isComplete { self.scores.add(stopWords.languages(of: word)) }
        }
    }

    /// The running counts of ``detect(_:)``: letters by script, words, stop words by language.
    private struct WordScan {
        let stopWords: StopWordTable.Lookup
        let twoByteLetters: UnsafeBufferPointer<UInt32>
        var scripts = ScriptCounts()
        var counts = WordCounts()

        init(stopWords: StopWordTable.Lookup, twoByteLetters: UnsafeBufferPointer<UInt32>) {
            self.stopWords = stopWords
            self.twoByteLetters = twoByteLetters
        }

        /// Reads one paragraph's bytes, its last word included; `true` once a word ends inside it with
        /// ``LanguageDetection/wordLimit`` words read. The text is NFC already (normalized), so
        /// comparing bytes compares words.
        ///
        /// ASCII letters are read in runs (``ASCIILetterRun``), two-byte scalars through
        /// ``TwoByteLetters``, with the word and the counts in locals; other scalars go through
        /// ``ScriptCounts/count(_:)``.
        mutating func readsToLimit(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
            var word = PackedWord()
            var letters = LetterCounts()
            var counts = self.counts
            var index = 0
            defer {
                self.scripts.add(letters)
                self.counts = counts
            }
            while index < input.count {
                let byte = input[index]
                if byte < 0x80 {
                    if (byte | 0x20) &- 0x61 < 26 {
                        let run = ASCIILetterRun(input, from: index)
                        word.append(run)
                        letters.latin &+= run.length
                        index &+= run.length
                        continue
                    }
                    index &+= 1
                } else if byte < 0xE0, index + 1 < input.count {
                    let value = UInt32(byte & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F)
                    let entry = self.twoByteLetters[Int(value)]
                    if entry & TwoByteLetters.letter != 0 {
                        index &+= 2
                        word.append(twoBytes: entry)
                        letters.count(entry)
                        continue
                    }
                    if entry == TwoByteLetters.separator {
                        index &+= 2
                    } else if let lower = self.readOther(input, at: &index) {
                        word = word.appending(lower)
                        continue
                    }
                } else if let lower = self.readOther(input, at: &index) {
                    word = word.appending(lower)
                    continue
                }
                guard !word.isEmpty else { continue }
                counts.count(word, self.stopWords)
                word = PackedWord()
                if counts.words >= LanguageDetection.wordLimit { return true }
            }
            if !word.isEmpty { counts.count(word, self.stopWords) }
            return false
        }

        /// The scalar at `index` through ``ScriptCounts/count(_:)``: lowercased if it is a letter, else
        /// `nil`; `index` moves past it.
        @inline(__always)
        private mutating func readOther(_ input: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar? {
            let (lower, length) = self.countOther(input, at: index)
            index &+= length
            return lower
        }

        /// ``readOther(_:at:)`` out of line, taking `index` by value so that the loop's locals stay
        /// in registers.
        @inline(never)
        private mutating func countOther(
            _ input: UnsafeBufferPointer<UInt8>,
            at index: Int
        ) -> (lower: Unicode.Scalar?, length: Int) {
            let (scalar, length) = UTF8Bytes.scalar(in: input, at: index)
            return (self.scripts.count(scalar), length)
        }
    }

    /// ``stopWords`` by packed word, languages in ``languages`` order.
    private static let stopWordTable = StopWordTable(stopWords: Self.languages.map { Self.stopWords[$0] ?? [] })

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
            // Frequent words no other language here has as often (Spanish's "de", "que", "se", which
            // Portuguese shares, outweighed Portuguese prose without them).
            "o", "mas", "às", "seu", "sua", "nas", "já", "há", "muito", "ter", "estão",
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

    static let languages: [String] = Self.stopWords.keys.sorted()

}

/// The counts of ``ScriptCounts`` that ``TwoByteLetters`` settles, kept apart so that the scan holds
/// them in registers.
private struct LetterCounts {
    var latin = 0
    var cyrillic = 0
    var ukrainianLetters = 0
    var russianLetters = 0

    /// Counts the letter of a ``TwoByteLetters`` entry.
    @inline(__always)
    mutating func count(_ entry: UInt32) {
        if entry & TwoByteLetters.latin != 0 {
            self.latin &+= 1
        } else if entry & TwoByteLetters.cyrillic != 0 {
            self.cyrillic &+= 1
            if entry & TwoByteLetters.ukrainian != 0 { self.ukrainianLetters &+= 1 }
            if entry & TwoByteLetters.russian != 0 { self.russianLetters &+= 1 }
        }
    }
}

/// Letters counted by script, and the letters that single out one language within a script.
struct ScriptCounts: Equatable {
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

    fileprivate mutating func add(_ letters: LetterCounts) {
        self.latin += letters.latin
        self.cyrillic += letters.cyrillic
        self.ukrainianLetters += letters.ukrainianLetters
        self.russianLetters += letters.russianLetters
    }

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
            self.countCyrillic(value)
            return Self.lowercasedCommonCyrillic(value).flatMap(Unicode.Scalar.init)
        default:
            return self.countOther(scalar)
        }
    }

    /// The form a Cyrillic letter of the common ranges (U+0400 to U+0481, U+048A to U+04FF) is matched
    /// against stop words in: the basic capitals (U+0400–U+042F) lowercased, every other letter as it is
    /// (stop words use only basic letters); `nil` for any other value.
    @inline(__always)
    private static func lowercasedCommonCyrillic(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x410...0x42F: value + 0x20
        case 0x400...0x40F: value + 0x50
        case 0x430...0x481, 0x48A...0x4FF: value
        default: nil
        }
    }

    /// Counts the Cyrillic letter `value`, and the letters only Ukrainian (і ї є ґ) or only Russian
    /// (ы э ё ъ) writes, either case.
    @inline(__always)
    mutating func countCyrillic(_ value: UInt32) {
        self.cyrillic += 1
        switch value {
        case 0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490: self.ukrainianLetters += 1
        case 0x44B, 0x44D, 0x451, 0x44A, 0x42B, 0x42D, 0x401, 0x42A: self.russianLetters += 1
        default: break
        }
    }

    /// ``count(_:)`` for the scripts beyond Latin-1, Latin Extended and Cyrillic letters.
    @inline(never)
    private mutating func countOther(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // (Quotation marks and dashes, most of what comes here, are answered without a property lookup.)
        guard UTF8Bytes.isAlphabetic(scalar) else { return nil }
        switch scalar.value {
        case 0x400...0x4FF: self.countCyrillic(scalar.value)
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
