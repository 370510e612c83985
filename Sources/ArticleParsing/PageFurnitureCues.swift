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
}
