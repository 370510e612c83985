/// The words of a page's widgets (``PageWidgets``), as data, in the languages newsdrop reads
/// (lowercased, straight apostrophes, `е` for `ё`).
enum PageWidgetCues {
    /// What a widget's buttons say: consent boxes, notification prompts, login walls, offers. A line
    /// of nothing else is a row of buttons; one after a sentence ends a box ("… Réservez votre place").
    static let buttonLabels: [String] = [
        // Consent.
        "accept", "accept all", "reject", "reject all", "decline", "manage options", "manage preferences",
        "manage settings", "customize", "customise", "settings", "agree", "i agree", "got it", "ok",
        "akzeptieren", "alle akzeptieren", "ablehnen", "alle ablehnen", "einstellungen", "zustimmen",
        "accepter", "tout accepter", "refuser", "tout refuser", "personnaliser", "paramètres", "j'accepte",
        "aceptar", "aceptar todo", "aceptar todas", "rechazar", "rechazar todo", "configurar", "ajustes",
        "принять", "принять все", "отклонить", "отклонить все", "настроить", "настройки", "прийняти",
        "прийняти всі", "відхилити", "відхилити всі", "налаштувати", "налаштування",
        // Notifications.
        "allow", "block", "not now", "no thanks", "no, thanks", "maybe later", "later", "enable", "erlauben",
        "später", "nicht jetzt", "nein danke", "aktivieren", "autoriser", "activer", "plus tard",
        "pas maintenant", "non merci", "permitir", "activar", "ahora no", "más tarde", "no, gracias",
        "разрешить", "не сейчас", "позже", "нет, спасибо", "включить", "дозволити", "не зараз", "пізніше",
        "ні, дякую", "увімкнути", "turn on alerts", "turn on notifications", "allow notifications",
        "yes, please", "ja, gerne", "oui, volontiers", "sí, claro", "да, хочу", "так, хочу",
        "agree and close", "review settings", "nur notwendige", "nur notwendige cookies", "paramétrer",
        "continuer sans accepter", "solo necesarias", "только необходимые", "лише необхідні",
        // Logging in, registering.
        "log in", "login", "sign in", "register", "sign up", "create account", "anmelden", "registrieren",
        "einloggen", "konto erstellen", "se connecter", "s'inscrire", "connexion", "créer un compte",
        "iniciar sesión", "inicia sesión", "regístrate", "registrarse", "crear cuenta", "войти",
        "зарегистрироваться", "регистрация", "увійти", "зареєструватися", "реєстрація", "ya tengo cuenta",
        "créer mon compte", "j'ai déjà un compte", "i already have an account", "ich habe bereits ein konto",
        "у меня есть аккаунт", "я вже маю акаунт", "sign me up", "continue with google", "continue with email",
        "continue with apple", "mit google fortfahren", "mit e-mail fortfahren", "continuer avec google",
        "continuar con google", "oui, j'active", "ja, aktivieren", "sí, activar", "создать аккаунт",
        "створити акаунт",
    ]

    /// A feedback box's answers ("Was this helpful? 👍 Yes 👎 No", "… Ja | Nein", "… 👍 Helpful 👎 Not helpful").
    static let answerLabels: [String] = [
        "yes", "no", "ja", "nein", "oui", "non", "sí", "si", "да", "нет", "так", "ні", "helpful", "not helpful",
        "hilfreich", "nicht hilfreich", "utile", "pas utile", "útil", "no útil", "полезно", "бесполезно",
        "корисно", "некорисно",
    ]

    /// Calls to action that end an advertisement's or an offer's box: a button's words, opening the
    /// last part of a line that ends no sentence ("… members get rates from 6.49% APR. Learn more").
    static let callsToAction: [String] = [
        "learn more", "more info", "book now", "buy now", "shop now",
        "order now", "get started", "sign up", "subscribe", "donate", "join now", "try it free", "apply now",
        "mehr erfahren", "jetzt buchen", "jetzt kaufen", "jetzt bestellen", "jetzt spenden", "jetzt anmelden",
        "jetzt abonnieren", "jetzt registrieren", "jetzt freischalten", "hier klicken", "zum angebot",
        "en savoir plus", "réservez", "réserver", "je m'inscris", "je m'abonne", "je fais un don", "je donne",
        "s'inscrire", "acheter", "découvrir", "más información", "saber más", "reserva", "reservar",
        "compra ya", "comprar", "suscríbete", "apúntate", "dona", "regístrate", "подробнее", "узнать больше",
        "купить", "поддержать", "подписаться", "пожертвовать", "зарегистрироваться", "детальніше",
        "дізнатися більше", "купити", "підтримати", "підписатися", "задонатити", "зареєструватися",
        "sign me up", "subscribe free", "give today", "give now", "download", "jetzt laden", "jetzt herunterladen",
        "herunterladen", "kostenlos abonnieren", "jetzt sichern", "télécharger", "s'abonner", "abonnez-vous",
        "quiero colaborar", "colabora", "descargar", "descárgala", "скачать", "оформить подписку", "завантажити",
        "jetzt unterstützen", "unterstützen", "support us", "jetzt testen", "gratis testen", "kostenlos testen",
        "try it now", "essayer gratuitement", "probar gratis", "soutenir", "je soutiens", "je teste", "tester",
        "quiero aportar", "aportar", "apoyar", "поддержать редакцию", "підтримати редакцію",
        // A newsletter box's and a poll's buttons.
        "quiero recibirlo", "quiero recibirla", "quiero suscribirme", "cast your vote", "vote now",
        "abstimmen", "jetzt abstimmen", "je vote", "votar", "голосовать", "проголосовать", "голосувати",
        "проголосувати",
        // A search box's call to type ("Résultats commune par commune · Tapez le nom de votre ville").
        "type your", "enter your", "tapez", "saisissez", "geben sie ihre", "escribe tu", "introduce tu", "введите",
        "введіть",
        // A quote widget's link to the share's page ("Action MRCL : -3 % à l'ouverture · fiche valeur").
        "fiche valeur", "zur aktie", "ficha del valor", "stock page", "full quote",
    ]

    /// A poll's label before its question ("Poll: …?").
    static let pollLabels: [String] = [
        "poll", "quick poll", "reader poll", "umfrage", "sondage", "encuesta", "опрос", "опитування", "голосование",
    ]

    /// A profile's button to follow its author, the line under the name on a blogging platform's or a
    /// social network's card ("Harriet Osei" / "Follow").
    static let followButtons: [String] = ["follow", "folgen", "suivre", "seguir"]

    /// Followers, as a profile card counts them ("2.3K followers").
    static let followerWords: [String] = [
        "followers", "follower", "subscribers", "suscriptores", "abonnenten", "follower:innen", "abonnés",
        "seguidores", "подписчиков",
        "подписчика", "подписчики", "підписників", "підписника", "підписники",
    ]

    /// "Free" as a button says it between its call's words ("Jetzt kostenlos anmelden").
    static let freeWords: [String] = [
        "free", "kostenlos", "gratis", "gratuitement", "gratuito", "gratuita", "бесплатно", "безкоштовно",
    ]

    /// Notifications, as a browser's prompt names them (stems).
    static let notificationStems: [String] = [
        "notification", "benachrichtigung", "push-nachricht", "push-mitteilung", "mitteilungen", "notificaci",
        "уведомлен", "сповіщен", "push alert", "push-alert",
    ]

    /// Missing nothing, which a notification prompt promises (stems: "verpassen", "miss", "manquer",
    /// "perderte", "пропустить").
    static let missStems: [String] = ["verpass", "miss", "manque", "rater", "perd", "pierd", "пропуст", "пропуск"]

    /// Allowing or switching on, which a notification prompt asks (stems).
    static let allowStems: [String] = [
        "allow", "enable", "turn on", "erlaub", "aktivier", "autoris", "activ", "permit", "разреш", "включ",
        "дозвол", "увімкн",
    ]

    /// What a metered paywall counts in ("2 of your 3 free stories this month"): free, and a month
    /// (word prefixes).
    static let freeStems: [String] = ["free", "kostenlos", "gratuit", "gratis", "бесплатн", "безкоштовн"]
    static let monthStems: [String] = ["month", "monat", "mois", "месяц", "місяц"]
    /// Month words too short to be stems ("mes" opens "mesure", "mesa").
    static let monthWords: [String] = ["mes", "meses"]
    /// What a metered wall counts: articles, stories, pieces read (word prefixes).
    static let readingStems: [String] = [
        "article", "artikel", "stor", "piece", "beitr", "artícul", "articul", "noticia", "nota", "contenu",
        "стат", "материал", "матеріал", "публикац", "публікац", "read", "lese", "lire", "leer", "leído",
        "прочит", "читат", "читач",
    ]
    /// Reading words too short to be stems ("lu" opens "lundi", "lui").
    static let readingWords: [String] = ["lu", "lus", "lue", "lues"]

    /// An account, registering, logging in: what a login wall asks for (word prefixes).
    static let accountStems: [String] = [
        "account", "regist", "login", "log-in", "signin", "sign-in", "signup", "sign-up", "konto", "anmeld",
        "connect", "inscri", "regístr",
        "registr", "аккаунт", "акаунт", "регистр", "войд", "войти", "реєстр", "увійд", "увійти", "inicia",
        // (Whole openings for the phrase search, which skips stems under four bytes: "log".)
        "log in",
    ]

    /// Words of an account that are words of their own, not stems: "sign" (in, up) and "log" (in), not
    /// "signs", "signal", "logistics" ("Read the signs – all of them" heads a guide's step); "compte" and
    /// "cuenta", not "compter" (to count) and "cuentan" (they tell).
    static let accountWords: [String] = ["sign", "log", "compte", "comptes", "cuenta", "cuentas"]

    /// Reading on, which a login wall offers in a longer line ("Войдите, чтобы дочитать материал"), or
    /// commenting, which the wall in front of a comment section offers ("Inicia sesión o regístrate para
    /// comentar"), word prefixes.
    static let readOnStems: [String] = [
        "read", "keep", "weiterles", "lesen", "lire", "leer", "seguir", "дочит", "читат", "comment", "kommentier",
        "comentar", "комментир", "коментув", "комментар", "коментар",
    ]

    /// Reading on, which a login wall's short line offers ("Weiterlesen mit NB-Konto", "Sigue leyendo
    /// gratis"), as line openings.
    static let keepReading: [String] = [
        "continue reading", "keep reading", "read on", "weiterlesen", "lire la suite", "continuer la lecture",
        "sigue leyendo", "seguir leyendo", "continuar leyendo", "читать дальше", "читать далее",
        "продолжить чтение", "читати далі", "продовжити читання",
    ]

    /// Headings of a page's boxes of listings (events, traffic, the weather), whose block is the box.
    static let boxHeadings: Set<String> = Set<String>([
        "events", "upcoming events", "this weekend", "what's on", "traffic", "traffic update", "weather",
        "termine", "termine am wochenende", "veranstaltungen", "veranstaltungstipps", "verkehr",
        "verkehr aktuell", "verkehrslage", "wetter", "agenda", "agenda du week-end", "sortir ce week-end",
        "trafic", "info trafic", "météo", "agenda del fin de semana", "planes para el fin de semana", "tráfico",
        "estado del tráfico", "el tiempo", "agenda cultural", "афиша", "афиша выходных", "пробки", "дорожная ситуация",
        "погода",
        "öpnv", "öpnv aktuell", "nahverkehr",
        "афіша", "афіша вихідних", "дорожня ситуація",
    ]).union(Self.eventLabels)

    /// A date to keep, over an event's line or before it ("À noter dans vos agendas", "Próxima cita: …").
    static let eventLabels: Set<String> = [
        "diary dates", "dates for your diary", "upcoming dates", "coming up", "nächste termine", "termine",
        "prochains rendez-vous", "próximas citas", "próximos eventos", "ближайшие события", "найближчі події",
        "save the date", "for your diary", "next event", "zum vormerken", "nächster termin", "à vos agendas",
        "à noter dans vos agendas", "prochain rendez-vous", "apunta la fecha", "próxima cita", "ближайшее событие",
        "наступна подія",
    ]

    /// Words that place a picture in a gallery ("Photo 1 of 4:", "Bild 1 von 9:", "Фото 1/6.").
    static let galleryWords: Set<String> = [
        "photo", "picture", "image", "slide", "bild", "foto", "imagen", "diapositive", "фото", "снимок", "світлина",
    ]
    static let galleryOf: Set<String> = ["of", "von", "sur", "de", "из", "з", "із"]

    /// Days as a listings box abbreviates them ("Mer. 20 h 30", "Fr, 11.04.", "Сб, 28 лютого"), besides
    /// ``DateVocabulary/weekdays`` (kept out of it: "mar", "so", "do" are other words in a date).
    static let dayAbbreviations: Set<String> = [
        "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mié", "jue",
        "vie", "sáb", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "нд",
    ]

    /// Words of a comment's age ("3 hours ago", "il y a 2 heures", "hace 5 horas", "2 години тому").
    static let agoWords: Set<String> = [
        "ago", "il", "hace", "vor", "тому", "назад", "today", "yesterday", "heute", "gestern", "aujourd'hui",
        "hier", "hoy", "ayer", "сегодня", "вчера", "сьогодні", "вчора",
    ]

    /// What a weather widget's line opens with ("Wetter Mainz −1 °C …", "Clima en Bahía Norte: 27° …").
    static let weatherHeadings: [String] = [
        "weather", "forecast", "wetter", "météo", "meteo", "clima", "tiempo", "pronóstico", "погода", "прогноз",
    ]

    /// "All", which a link to the rest of a box says ("Alle Termine anzeigen", "Ver agenda completa").
    static let allWords: Set<String> = [
        "all", "alle", "allen", "tous", "toutes", "tout", "todos", "todas", "completa", "completo", "все", "всю",
        "всі", "усі", "уся", "весь",
    ]

    /// What a link back to the page the reader came from opens with ("Back to news", "Zurück zur
    /// Übersicht", "Retour aux actualités", "Volver al listado", "Назад к новостям"), after any arrow.
    /// A blog's links to the posts before and after ("← Previous post: …", "Nächster Beitrag →").
    static let postNavigationOpenings: [String] = [
        "previous post", "next post", "older post", "newer post", "previous article", "next article",
        "previous story", "next story", "previous entry", "next entry", "vorheriger beitrag", "nächster beitrag",
        "vorheriger artikel", "nächster artikel", "article précédent", "article suivant", "billet précédent",
        "billet suivant", "entrada anterior", "entrada siguiente", "siguiente entrada", "artículo anterior",
        "artículo siguiente", "предыдущая статья", "следующая статья", "предыдущая запись", "следующая запись",
        "попередня стаття", "наступна стаття", "попередній запис", "наступний запис",
    ]

    static let backOpenings: [String] = [
        "back to ", "back ", "go back ", "return to ", "zurück zu", "zurück ", "retour à ", "retour aux ",
        "retour au ", "retour ", "revenir ", "volver a", "volver ", "regresar a", "назад к ", "назад до ",
        "назад ", "вернуться к ", "вернуться ", "повернутися до ", "повернутися ",
    ]

    /// Where a back link leads, by its words' openings: a listing, an overview, the home page ("Back to
    /// school", "Zurück zur Normalität" are headings, not links).
    static let backTargets: [String] = [
        "news", "overview", "home", "top", "list", "index", "article", "stories", "results", "archive", "blog",
        "press", "homepage", "übersicht", "startseite", "nachrichten", "meldungen", "archiv", "liste",
        "einsatzübersicht", "aktuelles", "actualité", "accueil", "sommaire", "articles", "communiqués",
        "noticias", "inicio", "portada", "listado", "actualidad", "новост", "главн", "списк", "новин", "головн",
        "стрічк", "лент", "всіх", "всех",
    ]

    /// What stands between a reader's name and the date in a comment's header ("says:", "am", "le"),
    /// whole words.
    static let commentConnectors: Set<String> = [
        "says:", "says", "said:", "wrote:", "writes:", "am", "schrieb:", "schreibt:", "sagt:", "le", "a", "écrit :",
        "dice:", "escribió:", "el", "написал:", "написала:", "пишет:", "написав:", "написала", "пише:",
    ]

    /// A newsroom's job titles, as a name's byline or contact box gives them ("Тарас Мельник, кореспондент").
    static let roleWords: Set<String> = [
        "reporter", "correspondent", "editor", "staff writer", "writer", "columnist", "photographer",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "autor", "autorin",
        "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "periodista",
        "corresponsal", "redactor", "redactora", "журналист", "журналистка", "корреспондент", "редактор",
        "обозреватель", "журналіст", "журналістка", "кореспондент", "кореспондентка", "редакторка", "оглядач",
    ]

    /// A staff member's bio at the foot or under the headline (``BodySelection``): the verb after the
    /// name ("is", "—"), what may follow it before the post, contributors' posts besides a newsroom's
    /// (``roleWords``), and the verb and preposition of what a writer writes about.
    static let staffBioVerbs: [String] = ["is", "ist", "est", "es", "—"]
    static let staffBioArticles: [String] = [
        "the", "a", "an", "our", "die", "der", "eine", "ein", "unsere", "unser", "la", "le", "une", "un", "notre",
        "el", "una", "nuestra", "nuestro",
    ]
    static let contributorWords: Set<String> = [
        "author", "novelist", "autora", "auteure", "auteur", "автор", "авторка",
    ]
    static let writesVerbs: [String] = ["writes", "schreibt", "écrit", "escribe", "пишет", "пише"]
    static let writesPrepositions: [String] = ["about", "on", "über", "sur", "sobre", "о", "об", "про"]

    /// A scoreboard's status before the teams and the score (``PageWidgets/isScoreboard(_:)``), each
    /// with the space after it.
    static let scoreStatuses: [String] = [
        "ft ", "full time ", "full-time ", "final ", "final score ", "aet ", "ht ", "half-time ", "half time ",
        "endstand ", "endergebnis ", "abpfiff ", "spielende ", "fin du match ", "score final ", "terminé ",
        "final del partido ", "finalizado ", "resultado final ", "итог ", "матч завершен ", "финальный счет ",
        "фінальний свисток ", "матч завершено ", "рахунок ",
    ]
}
