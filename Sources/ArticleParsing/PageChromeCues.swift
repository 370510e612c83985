/// The words of a news page's controls and counters (``PageChrome``), as data, in the languages
/// newsdrop reads: lowercased, straight apostrophes. Sets hold whole words; "stems" open words.
enum PageChromeCues {
    /// Audio and video: what a player line names ("Listen · 4:18", "▶ 1:52 Video: …").
    static let mediaWords: Set<String> = [
        "listen", "hear", "watch", "video", "videos", "audio", "podcast", "play", "vorlesen", "anhören", "hören",
        "audioversion", "аудиоверсия", "аудіоверсія",
        "écouter", "ecouter", "vidéo", "regarder", "escuchar", "escucha", "vídeo", "ver", "pódcast", "слушать",
        "видео", "аудио", "подкаст", "смотреть", "слухати", "відео", "аудіо", "дивитися",
    ]

    /// Labels of a video, a gallery or an episode set into the page, before its title and a colon.
    static let mediaLabels: [String] = [
        // ("Watch:" is left out: a subheading may be an imperative, "Watch: what happens next".)
        "video", "videos", "audio", "podcast", "gallery", "photos", "vidéo", "vidéos", "galerie",
        "bildergalerie", "vídeo", "vídeos", "galería", "видео", "фото", "фотогалерея", "відео", "фотогалерея",
        "аудио", "аудіо", "подкаст",
    ]

    /// Reading: what a reading-time line names ("6 min read", "Lesezeit: 3 Min.", "Час читання: 3 хв").
    static let readingWords: Set<String> = [
        "read", "reading", "lesezeit", "lesedauer", "lecture", "lectura", "leer", "lettura", "чтения", "чтение",
        "читання", "читать", "читати",
    ]

    /// Minutes, as a duration's unit (with the abbreviations a player prints).
    static let minuteWords: Set<String> = [
        "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti", "мин", "минута", "минуты",
        "минут", "хв", "хвилина", "хвилини", "хвилин",
    ]

    /// A credit to the software a site or a widget runs on, as a line or a part opens with it.
    static let platformCredits: [String] = [
        "powered by ", "proudly powered by ", "propulsé par ", "fièrement propulsé par ", "funciona con ",
        "desarrollado con ", "creado con ", "betrieben mit ", "erstellt mit ", "сайт создан на ", "сделано на ",
        "работает на ", "сайт створено на ", "створено на ", "працює на ",
    ]

    /// What a counter counts, and the words around its number ("Comments (14)", "Join the conversation
    /// (8 comments)", "Photo 3 of 12", "Voir les 12 photos", "👁 18,4K").
    static let counterWords: Set<String> = [
        "comments", "comment", "kommentare", "kommentar", "leserkommentare", "commentaires", "commentaire",
        "comentarios", "comentario", "commenti", "комментарии", "комментариев", "комментария", "комментарий",
        "коментарі", "коментарів", "коментар", "conversation", "discussion", "diskussion", "réagir", "réactions",
        "обсуждение", "обговорення", "views", "aufrufe", "vues", "vistas", "просмотров", "переглядів",
        "photo", "photos", "foto", "fotos", "bild", "bilder", "bildergalerie", "galerie", "gallery", "image",
        "images", "imagen", "imágenes", "фото", "фотографии", "світлини", "diaporama", "slideshow",
        "fotogalerie", "galería", "fotogalería", "фотогалерея", "галерея",
        // Likes, shares and a channel's subscribers ("Me gusta (23)", "Нравится 1 412", "8 436 підписників").
        "likes", "like", "gefällt", "j'aime", "me", "gusta", "нравится", "подобається", "shares", "поделиться",
        "поділитися", "reposts", "репостов", "репостів", "subscribers", "followers", "abonnenten", "abonnés",
        "suscriptores", "seguidores", "подписчиков", "подписчика", "подписчики", "підписників", "підписника",
        "підписники",
        // Words around the count.
        "join", "the", "see", "view", "all", "of", "zur", "alle", "von", "voir", "les", "sur", "ver", "todas",
        "de", "смотреть", "все", "из", "дивитися", "всі", "з",
    ]

    /// Labels of a list of the article's topics or tags ("Topics: …", "Temas: …"), before a colon.
    static let tagLabels: Set<String> = [
        "topics", "topic", "tags", "tagged", "keywords", "filed under", "more about", "mehr zu", "mehr zum thema",
        "rubrik", "rubriken", "rubrique", "rubriques", "rubro", "рубрика", "themen", "thema",
        "schlagwörter", "schlagworte", "stichwörter", "sujets", "thèmes", "mots-clés", "mots clés", "temas",
        // A blog's labels ("Libellés : associations, musique").
        "labels", "libellés", "etiquetas", "etiketten", "ярлыки", "мітки",
        // A table of contents, and a list of trending topics.
        "contents", "table of contents", "in this article", "inhalt", "inhaltsverzeichnis", "in diesem artikel",
        "sommaire", "dans cet article", "índice", "contenido", "en este artículo", "содержание", "в этой статье",
        "зміст", "у цій статті", "trending", "trends", "im trend", "tendances", "tendencias", "в тренде",
        "у тренді",
        "etiquetas", "palabras clave", "argomenti", "темы", "теги", "ключевые слова", "рубрики", "теми", "мітки",
        "ключові слова",
    ]

    /// What a page's buttons do ("Share", "Gift this article", "Merken", "Offrir cet article").
    static let buttonVerbs: Set<String> = [
        "share", "gift", "save", "print", "email", "e-mail", "bookmark", "copy", "send", "teilen", "verschenken",
        "merken", "drucken", "speichern", "kopieren", "senden", "partager", "offrir", "imprimer", "enregistrer",
        "sauvegarder", "copier", "envoyer", "compartir", "regalar", "guardar", "imprimir", "copiar", "enviar",
        "condividi", "поделиться", "подарить", "сохранить", "печать", "распечатать", "копировать",
        "скопировать", "отправить", "поділитися", "подарувати", "зберегти", "друк", "надрукувати", "копіювати",
        "скопіювати", "надіслати",
        // A reader comment's buttons ("Reply · Share", "Antworten", "Reply · Report", "Signaler un contenu").
        "reply", "antworten", "répondre", "responder", "ответить", "відповісти", "report", "melden", "signaler",
        "reportar", "denunciar", "пожаловаться", "поскаржитися",
        // Players' buttons ("Hear this story", "Artikel vorlesen lassen", "▶ Anhören").
        "listen", "hear", "anhören", "vorlesen", "écouter", "escuchar", "слушать", "слухати",
        // Consent buttons of an embed ("Externen Inhalt anzeigen").
        "show", "anzeigen", "afficher", "mostrar", "показать", "показати",
    ]

    /// What a button may name besides its verb ("this article", "full article", "cet article").
    static let buttonObjects: Set<String> = [
        "this", "the", "full", "article", "story", "link", "to", "post", "via", "artikel", "beitrag", "den",
        "comment", "abuse", "kommentar", "un", "contenu", "commentaire", "comentario", "комментарий", "коментар",
        "diesen", "dieses", "lassen", "inhalt", "externen", "cet", "cette", "l'article", "le", "lien",
        "par", "esta", "este", "la", "el", "artículo", "noticia", "nota", "enlace", "por", "эту", "статью",
        "статьей", "ссылку", "статтю", "статтею", "цю", "матеріал", "материал", "посилання",
    ]

    /// Networks whose posts a page embeds.
    static let postNetworks: Set<String> = [
        "instagram", "twitter", "x", "facebook", "tiktok", "youtube", "threads", "bluesky", "telegram", "vk",
        "vkontakte", "вконтакте", "вк", "mastodon", "linkedin", "reddit", "pinterest", "vimeo", "twitch",
        "soundcloud", "spotify",
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
        "télécharger", "installez", "descarga", "descargue", "descárgate", "descargate", "baja", "bájala", "bajala",
        "instala",
        "скачайте", "скачивайте", "установите", "загрузите", "завантажуйте", "завантажте", "встановіть",
        "встановлюйте",
    ]

    /// Imperatives to watch or listen ("Stream our newscasts …", "Слушайте нас …").
    static let watchVerbs: [String] = [
        "stream", "watch", "listen", "streamen sie", "schauen sie", "hören sie", "regardez", "écoutez", "mira",
        "escucha", "escuche", "смотрите", "слушайте", "дивіться", "слухайте",
    ]

    /// An app, or the stores that sell one.
    static let appWords: Set<String> = [
        "app", "apps", "appli", "application", "l'app", "l'appli", "l'application", "aplicación", "aplicacion",
        "anwendung", "приложение",
        "приложения", "застосунок", "застосунку", "додаток", "store", "play",
    ]

    /// Stems of "summary" (an AI summary box's disclosure names what the machine wrote).
    static let summaryStems: [String] = [
        "summar", "zusammenfass", "résumé", "resum", "sintesi", "пересказ", "изложени", "выжимк", "переказ",
        "стислий",
    ]

    /// The machine, in an AI disclosure: whole words, then stems.
    static let machineWords: Set<String> = ["ai", "ki", "ia", "ии", "ші", "chatgpt", "llm"]
    static let machineStems: [String] = [
        "artificial", "künstlich", "artificiel", "inteligencia", "нейросет", "нейромереж", "искусствен", "штучн",
    ]

    /// Logging in, or reading on: with a subscription, a paywall's line.
    static let paywallWords: Set<String> = [
        "login", "log", "sign", "anmelden", "einloggen", "connecter", "connectez", "connectez-vous", "connexion",
        "iniciar", "inicia", "sesión", "войти", "войдите", "вход", "увійти", "увійдіть", "вхід",
        // Reading on is what the subscription buys ("Чтобы дочитать материал, оформите подписку").
        "weiterlesen", "дочитать", "дочитати",
    ]

    /// "Only", "exclusive", "reserved", which make a subscription a label ("Subscribers only", "Article
    /// réservé aux abonnés").
    static let onlyWords: Set<String> = [
        "only", "exclusive", "reserved", "nur", "exklusiv", "seulement", "uniquement", "exclusivement", "réservé",
        "réservée", "solo", "sólo", "exclusivo", "reservado", "только", "лише", "тільки",
    ]

    /// A free preview that ends ("Sie haben das Ende der kostenlosen Vorschau erreicht"): with the reader
    /// addressed, a paywall's line.
    static let previewWords: Set<String> = ["preview", "vorschau", "aperçu", "previa", "превью", "прев'ю"]

    /// What a comment counter counts ("Réagissez à cet article (3 commentaires)", "32 comentarios · Deja
    /// el tuyo").
    static let commentWords: Set<String> = [
        "comments", "comment", "kommentare", "kommentar", "leserkommentare", "commentaires", "commentaire",
        "réactions", "réagir", "comentarios", "comentario", "commenti", "комментарии", "комментариев", "комментария",
        "комментарий", "коментарі", "коментарів", "коментар", "коментаря", "responses", "replies", "réponses",
        "respuestas", "ответов", "відповідей", "discussion", "diskussion", "discusión", "обсуждение", "обсуждения",
        "обговорення",
    ]

    /// What a gallery's or a playlist's count counts ("(6 fotos)", "(12 Bilder)").
    static let mediaCountWords: Set<String> = [
        "photo", "photos", "image", "images", "pictures", "videos", "foto", "fotos", "bilder", "videos",
        "vidéos", "imágenes", "vídeos", "фото", "фотографий", "видео", "світлин", "відео",
    ]

    /// A live page's call to reload it for the latest entries ("Actualiser la page pour afficher les derniers
    /// messages", "Refresh the page to see the latest posts"), opening a short line.
    static let refreshCalls: [String] = [
        "refresh the page", "refresh this page", "reload the page", "reload this page", "actualiser la page",
        "actualisez la page", "rafraîchir la page", "rafraîchissez la page", "seite aktualisieren",
        "seite neu laden", "aktualisieren sie die seite", "laden sie die seite neu", "actualiza la página",
        "actualice la página", "recarga la página", "recargue la página", "обновите страницу", "обновить страницу",
        "оновіть сторінку", "оновити сторінку",
    ]

    /// Where the outlet's podcast is heard, everywhere, as the end of a short line
    /// (``PageChrome/isChrome(_:)``).
    static let podcastEverywhere: [String] = [
        "on all podcast platforms", "wherever you get your podcasts", "wherever you listen to podcasts",
        "sur toutes les plateformes de podcast", "sur toutes les plateformes de podcasts",
        "auf allen podcast-plattformen", "überall, wo es podcasts gibt", "en todas las plataformas de podcast",
        "en todas las plataformas de pódcast", "на всех подкаст-платформах", "на всіх подкаст-платформах",
    ]
}
