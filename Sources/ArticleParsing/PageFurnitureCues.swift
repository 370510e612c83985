/// The words of ``PageFurniture``'s lines, lowercased, as data.
enum PageFurnitureCues {
    /// A jump line's words before the page's number.
    static let jumpOpenings: [String] = [
        "continued on page", "continued from page", "continued on p", "continued from p", "suite page",
        "suite en page", "suite de la page", "lire la suite page", "fortsetzung auf seite", "fortsetzung von seite",
        "fortsetzung seite", "weiter auf seite", "continúa en la página", "continúa en página", "viene de la página",
        "viene de página", "продолжение на стр", "продолжение на странице", "начало на стр", "продовження на стор",
        "продовження на сторінці", "початок на стор",
    ]

    /// Labels of a wire story's count of words.
    static let wordCountLabels: [String] = [
        "words", "word count", "mots", "nombre de mots", "wörter", "palabras", "слов", "слів",
    ]

    /// An embargo's opening words on a wire story ("EMBARGOED UNTIL 0001 GMT SATURDAY", "Sperrfrist: 10 Uhr").
    static let embargoOpenings: [String] = [
        "embargoed until", "embargoed till", "embargoed to", "embargoed for", "embargoed:", "embargoed –",
        "embargoed -", "embargo:", "embargo :", "embargo until", "embargo till", "embargo –", "embargo -",
        "strictly embargoed", "strict embargo", "under embargo until", "not for publication before",
        "not for release before", "not to be published before", "sperrfrist", "gesperrt bis", "embargo bis",
        "ne pas diffuser avant", "ne pas publier avant", "embargo jusqu", "sous embargo jusqu", "embargo hasta",
        "no publicar antes", "no difundir antes", "embargo до", "эмбарго до", "эмбарго:", "не публиковать до",
        "не для публикации до", "ембарго до", "ембарго:", "не публікувати до", "не для публікації до",
    ]
}
