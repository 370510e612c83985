/// The words of a news page's controls and counters (``PageChrome``), as data, in the languages
/// newsdrop reads: lowercased, straight apostrophes. Sets hold whole words; "stems" open words.
enum PageChromeCues {
    /// Audio and video: what a player line names ("Listen · 4:18", "▶ 1:52 Video: …").
    static let mediaWords: Set<String> = [
        "listen", "watch", "video", "videos", "audio", "podcast", "play", "vorlesen", "anhören", "hören",
        "écouter", "ecouter", "vidéo", "regarder", "escuchar", "escucha", "vídeo", "ver", "pódcast", "слушать",
        "видео", "аудио", "подкаст", "смотреть", "слухати", "відео", "аудіо", "дивитися",
    ]

    /// Reading: what a reading-time line names ("6 min read", "Lesezeit: 3 Min.", "Час читання: 3 хв").
    static let readingWords: Set<String> = [
        "read", "reading", "lesezeit", "lesedauer", "lecture", "lectura", "leer", "lettura", "чтения", "чтение",
        "читання", "читать",
    ]

    /// Minutes, as a duration's unit (with the abbreviations a player prints).
    static let minuteWords: Set<String> = [
        "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "мин", "минута", "минуты",
        "минут", "хв", "хвилина", "хвилини", "хвилин",
    ]

    /// Comments, as a counter names them ("Comments (14)", "31 comentarios").
    static let commentWords: Set<String> = [
        "comments", "comment", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios",
        "comentario", "commenti", "комментарии", "комментариев", "комментария", "комментарий", "коментарі",
        "коментарів", "коментар",
    ]

    /// Labels of a list of the article's topics or tags ("Topics: …", "Temas: …"), before a colon.
    static let tagLabels: Set<String> = [
        "topics", "topic", "tags", "tagged", "keywords", "filed under", "more about", "themen", "thema",
        "schlagwörter", "schlagworte", "stichwörter", "sujets", "thèmes", "mots-clés", "mots clés", "temas",
        "etiquetas", "palabras clave", "argomenti", "темы", "теги", "ключевые слова", "рубрики", "теми", "мітки",
        "ключові слова",
    ]

    /// What a page's buttons do ("Share", "Gift this article", "Merken", "Offrir cet article").
    static let buttonVerbs: Set<String> = [
        "share", "gift", "save", "print", "email", "e-mail", "bookmark", "copy", "teilen", "verschenken",
        "merken", "drucken", "speichern", "kopieren", "partager", "offrir", "imprimer", "enregistrer",
        "sauvegarder", "copier", "compartir", "regalar", "guardar", "imprimir", "copiar", "condividi",
        "поделиться", "подарить", "сохранить", "печать", "распечатать", "копировать", "поділитися",
        "подарувати", "зберегти", "друк", "надрукувати", "копіювати",
    ]

    /// What a button may name besides its verb ("this article", "full article", "cet article").
    static let buttonObjects: Set<String> = [
        "this", "the", "full", "article", "story", "link", "artikel", "beitrag", "den", "diesen", "dieses", "cet",
        "cette", "l'article", "article", "esta", "este", "la", "el", "artículo", "noticia", "nota", "эту",
        "статью", "статьей", "статтю", "статтею", "цю", "матеріал", "материал",
    ]

    /// Verbs that ask the reader to look at a post on a network ("View this post on Instagram").
    static let viewVerbs: Set<String> = [
        "view", "see", "watch", "open", "ansehen", "anschauen", "anzeigen", "öffnen", "voir", "regarder",
        "afficher", "ver", "mira", "abrir", "смотреть", "посмотреть", "открыть", "переглянути", "дивитися",
        "відкрити",
    ]

    /// Imperatives that open an app prompt ("Get the … app", "Скачайте приложение").
    static let downloadVerbs: Set<String> = [
        "download", "get", "install", "laden", "lade", "holen", "hol", "installieren", "téléchargez",
        "télécharger", "installez", "descarga", "descargue", "descárgate", "descargate", "baja", "instala",
        "скачайте", "скачивайте", "установите", "загрузите", "завантажуйте", "завантажте", "встановіть",
        "встановлюйте",
    ]

    /// An app, or the stores that sell one.
    static let appWords: Set<String> = [
        "app", "apps", "appli", "application", "aplicación", "aplicacion", "anwendung", "приложение",
        "приложения", "застосунок", "застосунку", "додаток", "store", "play",
    ]

    /// Stems of "summary" (an AI summary box's disclosure names what the machine wrote).
    static let summaryStems: [String] = [
        "summar", "zusammenfass", "résumé", "resum", "sintesi", "пересказ", "переказ", "стислий",
    ]

    /// The machine, in an AI disclosure: whole words, then stems.
    static let machineWords: Set<String> = ["ai", "ki", "ia", "ии", "ші", "chatgpt", "llm"]
    static let machineStems: [String] = [
        "artificial", "künstlich", "artificiel", "inteligencia", "нейросет", "нейромереж", "искусствен", "штучн",
    ]

    /// Logging in, or a text reserved for subscribers: with a subscription, a paywall's line.
    static let paywallWords: Set<String> = [
        "login", "log", "sign", "anmelden", "einloggen", "connecter", "connectez", "connectez-vous", "connexion",
        "réservé", "réservée", "reserved", "exclusive", "exklusiv", "iniciar", "inicia", "sesión", "exclusivo",
        "reservado", "войти", "войдите", "вход", "увійти", "увійдіть", "вхід",
    ]

    /// A free preview that ends ("Sie haben das Ende der kostenlosen Vorschau erreicht"): with the reader
    /// addressed, a paywall's line.
    static let previewWords: Set<String> = ["preview", "vorschau", "aperçu", "previa", "превью", "прев'ю"]
}
