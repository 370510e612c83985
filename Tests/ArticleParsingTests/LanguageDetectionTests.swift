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
