import Testing

@testable import ArticleParsing

@Suite struct LanguageDetectionTests {
    static let samples: [(String, String)] = [
        ("The council said on Monday that it would review the plan, which has been criticised by residents.", "en"),
        (
            "Der Stadtrat hat am Montag beschlossen, das Bad zu sanieren. Die Arbeiten sollen im Herbst beginnen und mit den Vereinen abgestimmt werden.",
            "de"
        ),
        ("Le conseil municipal a approuvé le projet, qui doit être achevé dans les deux ans, selon la mairie.", "fr"),
        (
            "El equipo volverá a jugar en Segunda División tras ganar el sábado por 4-0 ante su afición, que llenó el estadio.",
            "es"
        ),
        (
            "Жители Северного полушария смогут увидеть комету, которую обнаружил астроном-любитель. Это было неожиданно.",
            "ru"
        ),
        ("Міжнародна група дослідників розробила метод підрахунку гнізд лелек за допомогою дронів і програми.", "uk"),
        // Portuguese shares "de", "que", "se" with Spanish: its own frequent words must outweigh them.
        (
            "O Governo pediu às partes que regressem à mesa das negociações. Os números indicavam 63 navios em espera, mais 18 do que de manhã, e muitos estivadores já não conseguem pedir um empréstimo.",
            "pt"
        ),
        (
            "La asociación de vecinos pidió al ayuntamiento que revise el plan, que ya ha sido criticado por los comerciantes del centro.",
            "es"
        ),
        ("Ο δήμος ανακοίνωσε ότι το έργο θα ολοκληρωθεί μέσα σε δύο χρόνια.", "el"),
        ("市議会は月曜日、新しい図書館の建設を承認しました。", "ja"),
        ("ok", "und"),
        ("12 34 56 — 78", "und"),
    ]

    @Test(arguments: Self.samples)
    func detects(text: String, language: String) {
        #expect(LanguageDetection.detect([text]) == language)
    }
}

/// The reading stops early once the verdict is beyond doubt, and only then.
@Suite struct LanguageSettlingTests {
    static let english = String(
        repeating:
            "The council said on Monday that it would review the plan, which has been criticised by residents of the town. ",
        count: 6
    )
    static let spanish = String(
        repeating:
            "El equipo volverá a jugar en Segunda División tras ganar el sábado por cuatro goles ante su afición, que llenó el estadio. ",
        count: 6
    )

    @Test func aClearTextOfEnoughWordsIsSettled() {
        let (scripts, scores) = LanguageDetection.tally([Self.english])
        #expect(LanguageDetection.isSettled(scripts, scores, words: LanguageDetection.settledWords))
        #expect(!LanguageDetection.isSettled(scripts, scores, words: LanguageDetection.settledWords - 1))
    }

    @Test func anEvenMixIsNotSettled() {
        let (scripts, scores) = LanguageDetection.tally([
            String(Self.english.prefix(300)) + String(Self.spanish.prefix(300))
        ])
        #expect(!LanguageDetection.isSettled(scripts, scores, words: LanguageDetection.wordLimit))
    }

    @Test func ukrainianAndRussianSettleByTheLettersOnlyOneWrites() {
        let ukrainian = String(
            repeating:
                "Міська рада ухвалила рішення про ремонт школи, і роботи почнуться вже цієї осені, повідомили у відділі освіти. ",
            count: 8
        )
        let russian = String(
            repeating:
                "Городской совет принял решение о ремонте школы, и работы начнутся уже этой осенью, сообщили в отделе образования. ",
            count: 8
        )
        for (text, language) in [(ukrainian, "uk"), (russian, "ru")] {
            let (scripts, scores) = LanguageDetection.tally([text])
            #expect(LanguageDetection.isSettled(scripts, scores, words: LanguageDetection.settledWords))
            #expect(LanguageDetection.detect([text]) == language)
        }
    }

    /// Reading stops at a paragraph's end once settled: a later paragraph in another language is not
    /// read, and the verdict is the one the first paragraphs settled.
    @Test func paragraphsAfterASettledVerdictAreNotRead() {
        let (_, scoresAlone) = LanguageDetection.tally([Self.english])
        let (_, scoresWithMore) = LanguageDetection.tally([Self.english, Self.spanish])
        let spanish = LanguageDetection.languages.firstIndex(of: "es")!
        #expect(scoresWithMore[spanish] == scoresAlone[spanish])
        #expect(LanguageDetection.detect([Self.english, Self.spanish]) == "en")
    }
}
