/// The words ``ReaderPrompts`` weighs, as data, in the languages newsdrop reads (lowercased, straight
/// apostrophes). Each list is one kind of evidence; a rule always needs two kinds.
enum ReaderPromptCues {
    /// Networks and channels that share and follow prompts name (whole words).
    static let networks: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "telegram", "instagram", "linkedin", "email", "e-mail", "mail",
        "courriel", "correo", "reddit", "pinterest", "tiktok", "youtube", "threads", "bluesky", "flipboard",
        "mastodon", "vk", "vkontakte", "вконтакте", "вк", "одноклассники", "однокласники", "viber", "messenger",
        "мессенджер", "мессенджере", "месенджер", "месенджері", "мессенджерах", "месенджерах",
        "xing", "telegram-канал", "telegram-каналі", "telegram-канале", "whatsapp-kanal", "rss", "print",
        "drucken", "imprimer", "imprimir", "друк", "печать", "копировать", "link", "lien", "enlace",
        // Where podcasts are heard.
        "spotify", "ivoox", "deezer", "soundcloud", "podcasts",
    ]

    /// ``networks`` that a share row offers but no one follows or writes to: printing, copying a link.
    static let shareOnlyNetworks: Set<String> = [
        "print", "drucken", "imprimer", "imprimir", "друк", "печать", "копировать", "link", "lien", "enlace",
    ]

    /// ``networks`` as byte phrases for ``index`` (of four bytes or more; X is found by
    /// ``ReaderPrompts``, and VK and RSS never stand alone in a share line).
    static let networkPhrases: [String] =
        networks.filter { $0.utf8.count >= 4 && $0 != "link" && $0 != "lien" }
        // A Telegram channel's short link ("t.me/priozersk_online"), never a word of its own.
        + ["t.me/"]

    /// Verbs that open a follow prompt (word prefixes): "Follow", "Folgen Sie", "Suivez", "Síguenos".
    static let followVerbs: [String] = [
        "follow", "join", "find us", "like us", "connect", "folg", "abonnier", "suiv", "rejoign", "abonnez",
        "читайте", "читай",
        "sigu", "síg", "segu", "únete", "unete", "suscr", "подпис", "следи", "присоедин", "підпис", "стеж", "слідк",
        "приєдн", "долуч",
        // Listening, for a podcast ("Escucha … en Spotify").
        "listen", "hör", "écoutez", "escuch", "слушайте", "слухайте",
        // Writing in through a network ("Есть новость? Пишите в наш бот в Telegram").
        "write", "schreib", "écrivez", "escrib", "escríb", "пишите", "напишите", "пишіть", "напишіть",
        // Sending news in to a channel's bot ("Надіслати новину: @…_bot", "Envoyez-nous vos infos : @…").
        // (Imperatives and a button's infinitive only: "enviar", "schicken", "отправился" tell a story.)
        "envoyez", "envía", "envíanos", "надішліть", "надсилайте", "надіслати", "присылайте", "пришлите",
        "прислать", "отправьте", "отправляйте",
    ]

    /// Verbs of a share prompt's first word ("Share this update", "Teilen Sie …").
    static let shareVerbs: Set<String> = [
        "share", "teilen", "teile", "partager", "partagez", "compartir", "comparte", "compartí", "поделиться",
        "поделитесь", "поділитися", "поділіться", "поширте", "поширюйте", "распространите", "repost",
    ]

    /// Verbs that pass a story on to someone, a share call only when a network is named beside them ("Tell a
    /// neighbour about this update via WhatsApp", "Перешлите её в мессенджер"; "Tell the council what you
    /// think" names none).
    static let passOnVerbs: Set<String> = [
        "tell", "перешлите", "перешліть", "расскажите", "розкажіть",
    ]

    /// "Our" before an outlet's live page, and the word for live ("on our live election tracker",
    /// "in unserem Liveticker", "sur notre direct").
    static let ownLiveWords: [String] = [
        "our", "unserem", "unserer", "notre", "nuestro", "nuestra", "нашем", "нашому", "нашій",
    ]
    static let liveWords: [String] = [
        "live", "liveticker", "live-ticker", "liveblog", "direct", "directo", "онлайн-трансляции", "онлайн",
    ]

    /// An outlet's live pages, after "our live" (stems): "our live election tracker", "notre direct".
    static let livePageStems: [String] = [
        "tracker", "blog", "page", "coverage", "updates", "results", "map", "feed", "ticker", "direct", "directo",
        "трансляц", "liveticker", "liveblog", "live-blog",
    ]

    /// Calls to send a text message, opening a line ("Text ICE to 45370 …", "Envoyez METEO au 71020").
    static let textCallOpenings: [String] = [
        "text", "sms", "send", "envoyez", "envoie", "schicken sie", "senden sie", "simsen sie", "envía", "envíe",
        "manda", "отправьте", "отправь", "надішліть", "надсилайте",
    ]

    /// Between a text call's keyword and its number ("… ICE to 45370", "… METEO au 71020").
    static let textCallPrepositions: [String] = ["to", "an", "au", "al", "a", "на"]

    /// What follows a share verb in a prompt (and not in "Share prices fell").
    static let shareObjects: Set<String> = [
        "this", "the", "on", "via", "article", "story", "diesen", "dieses", "diese", "den", "sie", "cet", "cette",
        "sur", "esta", "este", "en", "эту", "этой", "этим", "цю", "цією", "цим", "на",
        // The article of the page or the story ("Partager la page", "Compartir la noticia", "Teilen Sie
        // die Seite" has "sie").
        "le", "la", "les", "l'article", "el", "los", "las", "das", "die",
        // Where or with whom ("Поделиться в соцсетях", "Share with a friend").
        "в", "у", "with", "mit", "avec", "con",
        // Asked politely ("Поширте, будь ласка, серед знайомих", "Share please").
        "please", "bitte", "будь", "пожалуйста",
    ]

    /// The openings of a question asking the reader for a story or a tip ("Got a story from the islands?").
    static let tipQuestions: [String] = [
        "got a story", "have a story", "got a tip", "have a tip", "got a news tip", "have a news tip", "got news",
        "have news", "know a story", "haben sie einen hinweis", "haben sie eine geschichte", "haben sie ein thema",
        "vous avez une info", "vous avez une histoire", "vous avez une information", "¿tienes una noticia",
        "¿tienes una historia", "¿tienes información", "¿tiene una noticia", "есть новость", "есть история",
        "есть тема", "маєте новину", "маєте історію", "є новина",
    ]

    /// Words of reported speech (whole words): a line that attributes what it says is news, not a prompt.
    static let attributionWords: Set<String> = [
        "said", "says", "told", "according", "added", "sagte", "sagt", "sagten", "erklärte", "erklärt",
        "betonte", "laut", "déclaré", "affirme", "affirmé", "selon", "explique", "expliqué", "dijo", "afirmó",
        "explicó", "según", "señaló", "aseguró", "сказал", "сказала", "заявил", "заявила", "сообщил",
        "сообщила", "словам", "сказав", "заявив", "повідомив", "повідомила", "словами",
        // Reported speech in other verbs ("…, versicherte die Verwaltung.").
        "explained", "noted", "stressed", "insisted", "versicherte", "ergänzte", "betont", "meinte",
        "berichtete", "précise", "précisé", "souligne", "souligné", "indique", "indiqué", "indicó", "precisó",
        "añadió", "subrayó", "отметил", "отметила", "добавил", "добавила", "уточнил", "уточнила", "зазначив",
        "зазначила", "додав", "додала", "наголосив", "наголосила",
        // Warnings and concessions reported ("…, you will be disappointed, Ellison cautioned.").
        "cautioned", "warned", "argued", "urged", "conceded", "admitted", "recalled", "warnte", "mahnte",
        "averti", "prévenu", "advirtió", "admitió", "recordó", "предупредил", "предупредила", "признал",
        "признала", "попередив", "попередила", "визнав", "визнала",
        // The same in the present, as features and reports tell it ("…, explica Salcedo:").
        // (Not "notes", "adds", "recalls" or "recuerda", which prompts say: "Recuerda suscribirte".)
        "explains", "meint", "ergänzt", "berichtet", "ajoute", "raconte", "estime", "explica", "afirma",
        "asegura", "señala", "añade", "relata", "говорит",
        "объясняет", "рассказывает", "отмечает", "поясняет", "каже", "пояснює", "розповідає", "зазначає",
        // Letters and appeals quoted ("Subscribe to the Gazette, one 1871 letter urges a younger sister, …").
        // (Not "writes" or "escribe": a bio "writes about …", a prompt "Escribe a la autora".)
        "urges", "warns", "insists", "argues", "wrote", "schrieb", "escribió", "писал", "писав",
    ]

    /// A subscription or a subscriber, the thing a paywall offers (whole words).
    static let subscriptionWords: Set<String> = ["abo", "abos", "membership", "members"]

    /// The same, as word prefixes ("Abonnent", "subscriber", "suscripción", "подписка", "передплата").
    static let subscriptionStems: [String] = [
        "subscri", "abonn", "suscri", "подпис", "передплат", "mitglied", "adhésion", "adhérent",
    ]

    /// Words for a newsletter (word prefixes).
    static let newsletterWords: [String] = [
        "newsletter", "infolettre", "lettre d'information", "lettre d'info", "boletín", "boletin", "рассылк", "розсилк",
        "briefing", "inbox", "posteingang", "notre lettre", "nos lettres", "morning brief", "evening brief",
        "daily brief", "weekly brief", "alert list", "mailing list", "email list", "e-mail list",
        // Alerts one signs up for, which a newsletter's rules read the same way ("Get breaking news alerts
        // from WRVR: text NEWS to 55104").
        "news alerts", "breaking news alerts", "email alerts", "e-mail alerts", "alertes info", "alertas de",
        "eilmeldungen per", "push-mitteilungen",
        // A digest, and the reader's own inbox named in other words.
        "digest", "дайджест", "votre messagerie", "votre boîte mail", "votre boîte de réception",
        "tu bandeja de entrada", "su bandeja de entrada", "ваш почтовый ящик", "вашу пошту", "свою пошту",
        "postfach", "en tu correo", "en su correo", "dans votre boîte", "in ihr postfach", "на вашу почту",
        "на свою почту",
    ]

    /// Words that address the reader (whole words): the second person, and what an offer promises them.
    static let readerWords: Set<String> = secondPersonWords.union([
        "free", "kostenlos", "kostenlosen", "gratuit", "gratuite", "gratis", "gratuito", "gratuita", "бесплатно",
        "безкоштовно", "here", "hier", "ici", "aquí", "aqui", "здесь", "тут",
    ])

    /// The outlet speaking of its own ("our newsletter", "unseren", "notre", "nuestro", "нашу"), word
    /// prefixes.
    static let ourWords: [String] = ["our", "unser", "notre", "nos", "nuestr", "наш", "наш"]

    /// The outlet as object ("support us", "folgen Sie uns"), whole words.
    static let usWords: Set<String> = ["us", "uns", "nous", "nos", "nosotros", "нас", "нам"]

    /// Words of a pitch to the reader, whole words.
    static let pitchWords: Set<String> = [
        "today", "now", "app", "channel", "month", "week", "year", "edition", "weekly", "daily", "digital",
        "alerts", "alert", "notifications", "benachrichtigungen", "alertes", "alertas", "уведомления",
        "сповіщення",
        "subscription", "ausgabe", "abo", "édition", "abonnement", "edición", "suscripción", "выпуск", "подписка",
        "випуск", "передплата", "heute", "jetzt", "kanal", "monat", "woche",
        "aujourd'hui", "maintenant", "canal", "mois", "semaine", "hoy", "ahora", "mes", "semana", "сегодня",
        "сейчас", "канал", "месяц", "сьогодні", "зараз", "місяць",
        // The possessive a pitch writes them in ("… for the week's local news every Friday").
        "week's", "month's", "today's",
    ]

    /// What opens a German call to action in the infinitive ("Jetzt den Newsletter abonnieren"), and
    /// what stands second in one: an article or "our" before the object, or "free", "here".
    static let germanCallOpenings: Set<String> = ["jetzt", "hier", "gleich"]
    static let germanCallObjects: Set<String> = [
        "den", "die", "das", "unseren", "unsere", "unser", "kostenlos", "gratis", "hier",
    ]

    /// Imperatives to pass a newsletter on, with their object ("Forward this newsletter to a friend",
    /// "Leiten Sie ihn weiter", "Перешліть цей лист …").
    static let forwardCalls: [String] = [
        "forward this ", "forward them ", "forward it ", "forward the ", "forward our ", "forward to ",
        "leiten sie ", "leite ihn ", "transférez cette ", "transférez ce ", "transférez la ", "transférez-la ",
        "transférez-le ", "reenvía este ", "reenvía esta ", "reenvíe este ", "reenvíe esta ", "reenvíalo ",
        "перешлите эт", "перешлите ее ", "перешлите её ", "перешліть ц", "перешліть її ",
    ]

    /// Endings of infinitives, which describe rather than prompt ("подписаться", "підписатися",
    /// "abonnieren" without "Sie").
    static let infinitiveEndings: [String] = ["ться", "тися", "тись", "ieren", "iben"]

    /// A shop button's opening words (``ReaderPrompts/isBuyButton(_:)``).
    static let buyOpenings: [String] = [
        "buy ", "get it for ", "jetzt kaufen", "kaufen:", "kaufen bei", "acheter ", "achetez ", "comprar ", "cómpralo ",
        "купить ", "купити ",
    ]

    /// Stems of "subscribe"/"sign up" (word prefixes).
    static let subscribeStems: [String] = [
        "subscri", "sign", "register", "get", "receive", "abonn", "anmeld", "bestell", "erhalten", "inscri", "recev",
        "suscr", "apúnt", "apunt", "regíst", "recib", "alta", "получ", "отрим",
        "подпис", "підпис", "зарегистр", "зареєстр",
        // Joining a list ("Join the … weather alert list").
        "join", "rejoign", "únete", "unete", "присоедин", "приєдн",
    ]

    /// Cookies, in every language's spelling.
    static let cookieWords: [String] = ["cookie", "куки", "кукі"]

    /// What a cookie banner says about them: that the site uses them, or asks for consent.
    static let cookieConsent: [String] = [
        "we use", "we and our partners", "this site uses", "this website uses", "our website uses",
        "our site uses", "site uses cookies", "by continuing", "wir verwenden", "wir nutzen",
        "diese website verwendet", "diese seite verwendet", "diese website nutzt", "nous utilisons",
        "ce site utilise", "en continuant", "usamos cookies", "utilizamos cookies", "este sitio usa",
        "este sitio utiliza", "al continuar", "мы используем", "сайт использует", "продолжая",
        "ми використовуємо", "сайт використовує", "продовжуючи",
        // A consent box's account of what the site and its partners do.
        "partners store", "store and access information", "store and/or access information",
        "information on your device", "informationen auf ihrem gerät", "informations sur votre appareil",
        "información en su dispositivo", "информацию на вашем устройстве", "інформацію на вашому пристрої",
        // What the site does with them, and consent taken for going on.
        "use cookies", "uses cookies", "setzen cookies", "verwenden cookies", "utilisent des cookies",
        "usan cookies", "utilizan cookies", "используют cookie", "використовують cookie", "en poursuivant",
        "vous acceptez", "you accept", "you agree", "sie akzeptieren", "sie stimmen", "aceptas", "acepta el uso",
        "вы соглашаетесь", "ви погоджуєтесь",
        // Consent asked for, as a blocked embed asks it ("acceptez les cookies Instagram").
        "accept cookies", "accept all cookies", "acceptez les cookies", "accepter les cookies",
        "cookies akzeptieren", "cookies zulassen", "acepta las cookies", "aceptar las cookies", "примите cookie",
        "принять cookie", "прийміть cookie", "прийняти cookie",
    ]

    /// A cookie banner's buttons: evidence only on a short line (a story may quote a button).
    static let cookieButtons: [String] = [
        "accept all", "accept cookies", "manage preferences", "cookie settings", "manage options", "more options",
        "gérer les options", "optionen verwalten", "gestionar opciones", "alle akzeptieren",
        "cookie-einstellungen", "tout accepter", "paramétrer", "aceptar todas", "aceptar cookies", "configurar",
        "принять все", "настройки cookie", "прийняти всі", "налаштування",
    ]

    /// Words for a mistake, asked about in a correction prompt ("Fehler entdeckt?").
    static let errorWords = PhraseSet([
        "error", "mistake", "typo", "correction", "news tip", "fehler", "erreur", "coquille", "errata", "errat",
        "corrección", "ошибк", "опечатк",
        "помилк",
    ])

    /// Words for something wrong that count as an error's only beside an address to write to
    /// ("Spot something wrong? …"; "What went wrong?" heads a story's part).
    static let wrongWords = PhraseSet([
        "something wrong", "inaccura", "anything wrong", "inexact", "falsch", "неточн", "неправильн",
    ])

    /// Offering to give the reader something, at a line's start ("Get the latest headlines …").
    static let receiveOpenings: [String] = [
        "get", "receive", "erhalten sie", "holen sie sich", "bekommen sie", "recevez", "recibe", "reciba",
        "получайте", "получите", "отримуйте", "отримайте",
    ]

    /// News as an outlet offers to deliver it (stems): headlines, stories, "the latest".
    static let deliveredNewsStems: [String] = [
        "headline", "news", "story", "stories", "latest", "nachricht", "schlagzeile", "meldung", "wichtigste",
        "neueste", "neuigkeit", "actualité", "actu", "info", "essentiel", "titres", "nouvelles", "noticia",
        "titular", "novedad", "últim", "новост", "главн", "заголовк", "новин", "головн",
    ]

    /// How or how often an offer's news comes.
    static let deliveries: [String] = [
        "by email", "by e-mail", "in your inbox", "to your inbox", "every morning", "each morning",
        "every evening", "every day", "every week", "each week", "per e-mail", "per mail", "ins postfach",
        "in ihr postfach", "jeden morgen", "jeden abend", "jeden tag", "täglich", "par e-mail", "par mail",
        "par courriel", "dans votre boîte", "chaque matin", "chaque soir", "chaque jour", "chaque semaine",
        "por correo", "por email", "por e-mail", "en tu correo", "en tu bandeja", "cada mañana", "cada día",
        "cada semana", "на почту", "на email", "каждое утро", "каждый день", "каждую неделю", "на пошту",
        "щоранку", "щодня", "щотижня", "щовечора", "every weekday", "jeden werktag", "werktags",
        "du lundi au vendredi", "de lunes a viernes", "по будням", "щобудня",
    ]

    /// The outlet promising to send the reader something.
    static let sendPromises: [String] = [
        "we'll send you", "we will send you", "we'll email you", "we will email you", "we'll deliver",
        "wir schicken ihnen", "wir senden ihnen", "schicken wir ihnen", "senden wir ihnen", "nous vous enverrons",
        "on vous envoie", "te enviaremos", "le enviaremos", "te mandaremos", "мы пришлем вам", "мы пришлём вам",
        "мы будем присылать вам", "ми надішлемо вам", "ми надсилатимемо вам", "ми будемо надсилати вам",
    ]

    /// Calls to subscribe that the outlet's name follows, in quotation marks ("Передплатіть «…»") or, after a
    /// colon, in capitals closing the line ("…: sign up to Travel Watch").
    static let subscribeToTitleCalls: [String] = [
        "subscribe to", "sign up to", "sign up for", "abonnieren sie", "abonnez-vous à", "abonnez-vous au",
        "suscríbase a", "suscríbete a",
        "подпишитесь на", "оформите подписку на", "передплатіть", "оформіть передплату на", "підпишіться на",
    ]

    /// Calls to try something, as imperatives at a line's start, and as German's infinitive after "jetzt".
    static let trialImperatives: [String] = [
        "try", "test", "testez", "essayez", "prueba", "pruebe", "testen sie", "попробуйте", "спробуйте",
    ]
    static let trialInfinitives: [String] = ["testen", "ausprobieren", "probelesen"]

    /// A trial's period (stems), after its number ("4 Wochen", "30 days", "un mes").
    static let trialPeriodStems: [String] = [
        "day", "week", "month", "tag", "woche", "monat", "jour", "semaine", "mois", "día", "dia", "semana",
        "mes", "дн", "день", "недел", "месяц", "тижд", "місяц",
    ]

    /// Asking the reader to become something, at a line's start: imperatives and the infinitive a
    /// button writes ("Стати другом редакції").
    static let becomeOpenings: [String] = [
        "become", "werden sie", "werde", "devenez", "deviens", "devenir", "hazte", "conviértete", "станьте",
        "стань", "стать", "стати", "ставайте",
    ]

    /// Supporters an outlet asks its readers to become (stems): a patron, a member, a friend, a donor.
    static let supporterStems: [String] = [
        "patron", "member", "supporter", "friend", "donor", "sponsor", "subscriber", "mitglied", "förder",
        "unterstützer", "abonnent", "membre", "mécène", "donateur", "abonné", "ami", "socio", "socia",
        "miembro", "mecenas", "suscriptor", "amig", "патрон", "член", "друг", "спонсор", "меценат",
        "подписчик", "підписник", "донатор",
    ]

    /// The outlet as a newsroom (stems): "нашої редакції", "der Redaktion".
    static let newsroomStems: [String] = [
        "newsroom", "редакц", "redaktion", "rédaction", "redacción", "газет", "newspaper",
    ]

    /// A line's opening that says what the reader would write for ("To report an inaccuracy …, email …").
    static let reportPurposeOpenings: [String] = [
        "to report", "to flag", "to request a correction", "to suggest a correction", "um einen fehler",
        "pour signaler", "pour nous signaler", "para reportar", "para informar de", "para comunicar",
        "чтобы сообщить", "щоб повідомити",
    ]

    /// Openings of editors' notes.
    static let noteOpenings: [[UInt8]] = [
        "correction:", "corrections:", "clarification:", "editor's note:", "editors' note:", "editor's note -",
        "an earlier version of this", "korrektur:", "berichtigung:", "anmerkung der redaktion",
        "hinweis der redaktion", "in einer früheren version", "rectificatif", "correctif :", "correctif:",
        "note de la rédaction", "fe de errores", "fe de erratas", "corrección:", "nota del editor",
        "nota de la redacción", "aclaración:", "поправка:", "уточнение:", "от редакции", "примечание редакции",
        "виправлення:", "від редакції", "примітка редакції", "исправление:",
        // A translator's note on the translation ("Translator's note: we have kept the miles …").
        "translator's note", "translators' note", "note du traducteur", "note de la traductrice",
        "note de traduction", "anmerkung der übersetzerin", "anmerkung des übersetzers", "nota del traductor",
        "nota de la traductora", "nota de traducción", "примечание переводчика", "примітка перекладача",
        "примітка перекладачки",
        // A contributor's declared interests under a republished piece ("Disclosure statement: … receives
        // funding from …").
        "disclosure statement", "disclosure:", "conflict of interest:", "conflicts of interest:",
        "competing interests:", "déclaration d'intérêts", "déclaration de liens d'intérêts", "liens d'intérêts :",
        "liens d'intérêts:", "conflit d'intérêts :", "conflit d'intérêts:", "interessenkonflikt:",
        "interessenkonflikte:", "offenlegung:", "transparenzhinweis:", "declaración de intereses",
        "declaración de conflicto de intereses", "conflicto de intereses:", "конфликт интересов:",
        "раскрытие информации:", "конфлікт інтересів:", "розкриття інформації:",
        // A legal notice under a press office's release ("Aviso legal: esta nota no sustituye …").
        "legal notice:", "disclaimer:", "aviso legal:", "rechtlicher hinweis:", "haftungsausschluss:",
        "avertissement légal", "avis juridique", "descargo de responsabilidad:", "отказ от ответственности:",
        "відмова від відповідальності:",
    ].map { Array($0.utf8) }

    /// Labels of a correction that a date follows before the colon ("Correction, 20 November 2025:").
    static let correctionLabels: [String] = [
        "correction", "clarification", "korrektur", "berichtigung", "richtigstellung", "rectificatif",
        "correctif", "corrección", "fe de errores", "aclaración", "исправлено", "исправление", "поправка",
        "виправлено", "виправлення",
    ]

    /// Labels of an update note ("Updated 14:20:", "Aktualisiert um 14:20 Uhr:").
    static let updateLabels: [String] = [
        "update", "updated", "aktualisiert", "aktualisierung", "mise à jour", "mis à jour", "actualizado",
        "actualización", "обновлено", "обновление", "оновлено", "оновлення",
    ]

    /// The newsroom speaking of its own work, opening an update's text ("We have added …").
    static let newsroomOpenings: [String] = [
        "we ", "we've ", "this article ", "this story ", "wir ", "dieser artikel ", "nous ", "cet article ",
        "hemos ", "este artículo ", "мы ", "материал ", "статья ", "ми ", "матеріал ", "статтю ",
    ]

    /// The newsroom named in a dated update's text ("… на запрос редакции"): the update is about the
    /// article's making, not news.
    static let newsroomWords = PhraseSet([
        "the newsroom", "our newsroom", "the editors", "this article", "this story", "der redaktion",
        "die redaktion", "la rédaction", "la redacción", "редакции", "редакция", "редакцію", "редакції",
        "добавлен в текст", "додано до тексту", "in den text", "au texte", "al texto", "to the text",
    ])

    /// The article naming itself ("this story", "cet article").
    static let selfReferences: [String] = [
        "this story", "this article", "this column", "this piece", "this report", "this post", "this essay",
        "this text", "dieser artikel", "dieser text", "dieser beitrag", "diese kolumne", "diese geschichte",
        "cet article", "ce texte", "cette chronique", "cette tribune", "este artículo", "este articulo",
        "esta nota", "este texto", "esta columna", "esta crónica", "эта статья", "этот материал", "этот текст",
        "эта колонка", "ця стаття", "цей матеріал", "цей текст", "ця колонка", "diesem artikel",
        "dieses artikels", "этой статье", "этой статьи", "этому материалу", "цій статті", "цієї статті",
        "цьому матеріалу", "ce récit", "ce reportage", "cette enquête", "diese reportage", "dieser bericht",
        "este reportaje", "этот репортаж", "цей репортаж", "this feature", "this interview",
    ]

    /// What an editor's note says about the article, its making or its age (stems).
    static let editorialVerbs: [String] = [
        "updated", "corrected", "amended", "originally", "first published", "first appeared", "first printed",
        "first ran", "went out first", "first went out", "first sent", "version of", "ran in",
        "appeared in",
        "expressed",
        "reflect", "translated", "was produced", "funded by", "supported by", "funded in part", "paid for by",
        "made possible by", "gefördert", "financé", "financiad", "финансир", "фінансу", "republished", "aktualisiert",
        "korrigiert", "erschien", "erschienen", "veröffentlicht", "übersetzt", "mis à jour", "corrigé",
        "publié", "paru", "traduit", "actualizad", "corregid", "publicad", "publicó", "traducid", "обновл",
        "исправл", "опубликов", "вышел", "вышла", "переведен", "оновл", "виправл", "опублікова", "вийшла",
        "вийшов", "перекладен", "republié", "republicad", "wiederveröffentlicht", "перепечата", "передрукова",
        // Its place in a series or a partnership ("This article is part of …, our series on …").
        "is part of", "ist teil", "fait partie", "forma parte", "является частью", "є частиною", "erscheint",
        "gehört zu", "belongs to", "pertenece a", "входит в", "входить до",
        "appears", "im rahmen", "in partnership", "en partenariat", "en colaboración", "в партнерстве",
        "у партнерстві",
        // Its age ("This article is more than 1 year old").
        "year old", "years old", "über ein jahr alt", "älter als ein jahr", "plus d'un an", "más de un año",
        "больше года", "более года", "понад рік", "більше року",
    ]

    /// A note on how the outlet pays for its work (``PublicationLines/isFundingNote(_:)``): its opening
    /// (with the space after it), the desk or the work it names, and the funding verb after "is"/"are".
    static let fundingOwners: [String] = [
        "our ", "unsere ", "unser ", "notre ", "nos ", "nuestra ", "nuestro ", "nuestros ", "наша ", "наш ",
    ]
    static let fundedWork: [String] = [
        "desk", "reporting", "journalism", "coverage", "newsroom", "series", "project", "reporter", "reporters",
        "correspondent", "section", "newsletter", "podcast", "berichterstattung", "redaktion", "journalismus",
        "rédaction", "couverture", "journalisme", "rubrique", "cobertura", "periodismo", "redacción", "sección",
        "редакция", "журналистика", "редакція", "журналістика", "рубрика",
    ]
    static let fundingCopulas: [String] = ["is", "are", "ist", "sind", "est", "sont", "es", "son"]
    static let fundingVerbs: [String] = [
        "funded", "supported", "paid", "made", "sponsored", "underwritten", "gefördert", "finanziert", "unterstützt",
        "financé", "financée", "financés", "financées", "soutenu", "soutenue", "financiado", "financiada",
        "patrocinado", "patrocinada", "финансируется", "фінансується",
    ]

    /// A digital subscription's term without a call (``ReaderOffers``): what it gives (words of the
    /// key: "e-paper" is cut into two), the word before the price, and a currency's word after it.
    static let digitalProducts: [String] = [
        "epaper", "paper", "app", "artikel", "articles", "article", "digital", "digitalabo", "illimité",
        "unlimited", "artículos", "статьи", "статті",
    ]
    static let priceForWords: [String] = ["für", "for", "pour", "por", "за"]
    static let currencyWords: [String] = ["eur", "euro", "euros", "usd", "gbp", "руб", "грн", "p"]

    /// Where the piece first ran, as a note says it ("Originally published on …", "Erschien zuerst auf
    /// …"), word by word, each word a stem (a phrase's words may decline: "опубликована"). Every one
    /// holds an ``editorialVerbs`` entry, which the phrase search finds first.
    static let provenancePhrases: [[String]] = [
        ["originally", "published"], ["originally", "appeared"], ["first", "published"], ["first", "appeared"],
        ["originally", "printed"], ["first", "printed"],
        ["ursprünglich", "erschienen"],
        ["erschien", "zuerst"], ["zuerst", "erschienen"], ["initialement", "publié"], ["publié", "initialement"],
        ["paru", "initialement"], ["initialement", "paru"], ["publicado", "originalmente"],
        ["publicada", "originalmente"], ["publicó", "originalmente"], ["впервые", "опубликован"],
        ["первоначально", "опубликован"], ["вперше", "опубліковано"], ["спочатку", "опубліковано"],
    ]

    /// Provenance phrases said of other things too (shows run, alerts go out, letters are sent): they
    /// count only in a note that opens with them or speaks of "this" piece.
    static let openingProvenancePhrases: [[String]] = [
        ["originally", "ran"], ["first", "ran"], ["went", "out", "first"], ["first", "went", "out"], ["first", "sent"],
    ]

    /// What stands before the place's name in a provenance note ("on", "auf", "sur", "на"), perhaps with
    /// an article or a few words between ("in the", "en inglés por", "на сайте").
    static let provenancePrepositions: [String] = [
        "on", "in", "at", "by", "of", "auf", "im", "bei", "sur", "dans", "par", "chez", "en", "por", "в", "на", "у",
    ]

    /// Phrases that make a short line a note or prompt wherever they stand.
    static let phrases: [String] = [
        // News and alerts delivered to the reader's phone or inbox ("Price alerts and breaking stories go
        // straight to your phone with the … app").
        "straight to your phone", "straight to your inbox", "direkt auf ihr handy", "direkt auf ihr smartphone",
        "direkt in ihr postfach", "directement sur votre téléphone", "directement dans votre boîte",
        "directo a tu móvil", "directamente en tu móvil", "прямо на ваш телефон", "прямо на ваш смартфон",
        "прямо у ваш телефон",
        // A writer's or a site's page furniture named ("the tip jar is in the sidebar").
        "in the sidebar", "in der seitenleiste", "dans la barre latérale", "en la barra lateral",
        "в боковой колонке", "у бічній колонці",
        // A reader reading in a trial ("Sie lesen diesen Beitrag im Rahmen Ihres Probemonats").
        "im rahmen ihres probemonats", "im rahmen ihres probeabos", "im rahmen ihres abonnements",
        // A newsletter sent free by mail ("Wirtschaft aus dem Landkreis – jeden Freitag gratis per Mail").
        "gratis per mail", "kostenlos per mail", "gratis per e-mail", "kostenlos per e-mail", "free by email",
        "free by e-mail", "gratuit par mail", "gratuitement par mail", "gratuit par e-mail", "gratis por correo",
        "gratis por email", "бесплатно на почту", "безкоштовно на пошту",
        // A newsletter asking for the reader's answer by mail ("Antworten Sie einfach auf diese Mail").
        "reply to this email", "reply to this e-mail", "antworten sie einfach auf diese",
        "antworten sie auf diese mail",
        "répondez simplement à cet", "répondez à cet e-mail", "responde a este correo", "responda a este correo",
        "ответьте на это письмо", "дайте відповідь на цей лист", "відповідайте на цей лист",
        // An app's or an aggregator's bookmark ("Tap the bookmark to read it later").
        // A call to take out a subscription, without the outlet's name ("…: оформіть річну передплату").
        "оформіть передплату", "оформіть річну передплату", "оформіть підписку", "оформите подписку",
        "оформите годовую подписку",
        // An obituary's call to its online guest book.
        "light a candle or leave", "leave a memory in the", "leave a memory or", "share a memory in the",
        "sign the online guest book", "sign the guest book for", "sign the guestbook for",
        "leave your condolences", "ins online-kondolenzbuch", "kondolenzbuch eintragen",
        "livre de condoléances en ligne", "libro de condolencias en línea", "deje sus condolencias",
        "оставьте соболезнования", "залиште співчуття",
        // A trial offer's name ("… : offre d'essai à 1 euro le premier mois").
        "offre d'essai", "période d'essai offerte", "oferta de prueba", "probeabo für", "пробный период за",
        "пробний період за",
        // A guide's disclaimer that it gives no professional advice.
        "not legal or financial advice", "not financial or legal advice", "is not legal advice",
        "is not financial advice", "not investment advice", "keine rechtsberatung", "keine anlageberatung",
        "ne constitue pas un conseil", "no constituye asesoramiento", "не является инвестиционной рекомендацией",
        "не є інвестиційною порадою",
        // A save button's call to keep the piece in the reader's collection or the outlet's app.
        "save this recipe to", "save this recipe in", "save this article to", "save this story to",
        "diesen artikel merken", "rezept speichern", "enregistrez cette recette", "guarda esta receta",
        "сохраните рецепт", "збережіть рецепт",
        "to read it later", "to read later", "pour le lire plus tard", "zum später lesen", "para leerlo más tarde",
        "чтобы прочитать позже", "щоб прочитати пізніше",
        // Support appeals.
        "support us", "support our", "support independent", "support local journalism",
        "support quality journalism", "become a member", "become a subscriber", "become a supporter",
        "make a contribution", "donate now", "unterstützen sie", "werden sie mitglied", "jetzt spenden",
        "unterstütze uns", "soutenez", "faites un don", "devenez membre", "devenez abonné", "apóyanos", "apoyanos",
        "apoya el periodismo", "hazte socio", "hazte miembro", "поддержите", "поддержать нас", "підтримайте",
        "підтримати нас", "chip in", "chipping in", "every contribution", "readers like you", "reader-funded",
        "reader-supported", "our readers fund", "support our work", "support this work",
        "please consider supporting", "please consider donating", "make a donation", "jeder beitrag hilft",
        "chaque contribution", "cada aporte", "cada contribución",
        "soutenir un journalisme", "soutenir le journalisme", "soutenez le journalisme", "soutenir notre travail",
        "unabhängigen journalismus unterstützen", "apoyar el periodismo", "apoya nuestro periodismo",
        "поддержать независимую журналистику", "підтримати незалежну журналістику",
        // A feed's footer ("The post … appeared first on …").
        "appeared first on", "se publicó primero en", "est apparu en premier sur", "apparaît en premier sur",
        "erschien zuerst auf", "впервые появилась на", "вперше з'явилася на", "впервые появился",
        "впервые появилось", "вперше з'явився", "уперше з'явився", "вперше з'явилося", "уперше з'явилося",
        "уперше з'явилася",
        // A metered wall's rest ("Il vous reste 35 % de cet article à lire").
        "il vous reste", "la suite est réservée", "réservée aux abonnés", "der rest des artikels",
        "el resto del artículo",
        // An app's stores ("Disponible en Google Play y App Store").
        "available on the app store", "available on google play", "available in the app store",
        "erhältlich im app store", "erhältlich bei google play", "disponible sur l'app store",
        "disponible sur google play", "disponible en google play", "disponible en app store",
        "disponible en la app store", "доступно в app store", "доступно в google play", "доступний в app store",
        "доступний у google play", "kostenlos im app store", "jetzt im app store", "free on the app store",
        "free in the app store", "gratuit sur l'app store", "gratis en la app store", "gratis en app store",
        // Joining a club, a party or an association.
        "hazte abonado", "hazte abonada", "hazte suscriptor", "hazte suscriptora", "hazte socia", "afíliate",
        "súmate",
        // Letters pages and disclaimers.
        "letter to the editor", "letters to the editor", "leserbrief", "courrier des lecteurs",
        "cartas al director", "carta al director", "письмо в редакцию", "лист до редакції",
        "do not necessarily reflect", "does not necessarily reflect", "views expressed", "nicht unbedingt die",
        "n'engagent que", "no reflejan necesariamente", "no refleja necesariamente",
        // The outlet disowning its readers' comments.
        "responsible for the opinions", "responsible for the comments", "responsable des opinions",
        "responsable des commentaires", "responsable de las opiniones", "responsable de los comentarios",
        "verantwortung für die kommentare", "haftung für kommentare", "редакция не несет ответственности",
        "редакція не несе відповідальності",
        // A podcast or a show of the outlet's own ("Listen to our Inside Politics podcast …").
        "listen to our", "hören sie unseren", "hören sie unser", "écoutez notre", "écoutez nos", "escucha nuestro",
        "escuche nuestro", "слушайте наш", "слухайте наш",
        // Share prompts without a network named.
        "share this article", "share this story", "share this news", "teilen sie diesen", "teilen sie diese",
        "partagez cet article", "comparte esta noticia", "comparte esta nota", "compartí esta nota",
        "поделитесь этой", "поделитесь новостью", "поділіться цією", "поділіться новиною",
        // Paywalls, donation platforms, newsletter chrome.
        "unlimited access", "cancel anytime", "jederzeit kündbar", "jetzt weiterlesen", "sans engagement",
        "cancela cuando quieras", "vous a été offert", "offrez-nous", "buy me a coffee", "ko-fi", "patreon",
        // Series and special projects ("Матеріал підготовлено в межах спецпроєкту …").
        "part of our series", "teil unserer serie", "partie de notre série", "parte de nuestra serie",
        "в рамках спецпроекта", "в межах спецпроєкту", "в рамках проекта", "в межах проєкту", "unserer serie",
        "our series", "notre série", "nuestra serie", "нашего цикла", "нашей серии", "нашого циклу",
        "нашої серії",
        // Metered paywalls and registration walls.
        "free articles this month", "free article this month", "articles gratuits ce mois",
        "artículos gratuitos este mes", "kostenlose artikel", "бесплатных статей", "безкоштовних статей",
        "already a member?", "already a subscriber?", "already have an account?", "bereits ein konto?",
        "schon ein konto?", "bereits registriert?", "déjà un compte ?", "déjà abonné ?", "ya tienes cuenta?",
        "¿ya tienes cuenta?", "ya eres suscriptor?", "уже есть аккаунт?", "уже подписаны?", "вже маєте акаунт?",
        "вже є акаунт?", "not logged in", "nicht angemeldet", "non connecté", "no has iniciado sesión",
        "вы не авторизованы", "ви не авторизовані",
        "boosty", "sign up to our", "sign up for our", "don't miss out", "forwarded this email",
        "forward this email", "forward this newsletter", "reenvíe este correo", "reenvía este correo",
        "leiten sie diese e-mail", "leiten sie diesen newsletter", "transférez cet e-mail",
        "transférez cette newsletter", "перешлите это письмо", "перешліть цей лист",
        "in your browser", "im browser ansehen", "voir dans le navigateur", "ver en el navegador",
        "ábralo en su navegador", "ábrelo en tu navegador", "afficher dans votre navigateur",
        "visualiser dans votre navigateur", "im browser öffnen", "im webbrowser anzeigen", "откройте в браузере",
        "відкрийте в браузері",
        "открыть в браузере", "відкрити в браузері", "you are receiving this email", "you received this email",
        "you're receiving this", "you are receiving this", "receiving this because", "forwarded to you",
        // Why the reader gets the letter, and what to do when it shows badly, as a newsletter's footer
        // and top say ("You're getting the Flyer because you signed up …", "Лист не відображається як слід?").
        "because you signed up", "because you subscribed", "because you are a member of",
        "because you're a member of", "reply stop to", "because you're subscribed", "because you are subscribed",
        "sie erhalten diesen newsletter", "vous recevez cette lettre", "vous recevez cette newsletter",
        "recibes este boletín", "recibes este newsletter", "вы получаете это письмо", "вы получаете эту рассылку",
        "ви отримуєте цей лист", "ви отримуєте цю розсилку", "email not displaying", "trouble viewing this email",
        "e-mail wird nicht richtig angezeigt", "newsletter wird nicht richtig angezeigt",
        "cet e-mail ne s'affiche pas", "ce message ne s'affiche pas", "este correo no se ve",
        "письмо не отображается", "лист не відображається",
        "unsubscribe at any time", "unsubscribe here", "update your preferences", "manage your preferences",
        "newsletter weitergeleitet", "vous a été transféré", "te reenviaron", "вам переслали",
        "sie erhalten diese e-mail", "vous recevez cet e-mail", "recibes este correo", "вы получили это письмо",
        "ви отримали цей лист", "our mailing address", "newsletter abbestellen", "se désabonner",
        "darse de baja", "отписаться от рассылки", "відписатися від розсилки", "einstellungen verwalten",
        "уперше опубліковано", "впервые опубликовано",
        "you are on this list", "you're on this list", "to stop these e-mails", "to stop these emails",
        "to stop receiving", "print this and pop it", "print this and pass it",
        // A newsroom's corrections policy, a reprint condition, comments closed.
        "corrects errors of fact", "to report an error", "to report one, write", "korrigiert fehler",
        "corrige ses erreurs", "corrige sus errores",
        "при использовании материалов", "при використанні матеріалів", "при цитировании",
        "при цитуванні", "comments are closed", "comments closed", "kommentare geschlossen",
        "kommentarfunktion geschlossen", "commentaires fermés", "les commentaires sont fermés",
        "comentarios cerrados", "комментарии закрыты", "коментарі закрито", "коментарі до цього матеріалу закрито",
        "comments have been switched off", "comments have been turned off", "comments have been closed",
        "comments are switched off", "comments are turned off", "comments are disabled", "comments have been disabled",
        "kommentare sind deaktiviert", "kommentarfunktion deaktiviert", "commentaires sont désactivés",
        "commentaires ont été désactivés", "comentarios están desactivados", "комментарии отключены",
        "коментарі вимкнено",
        "be the first to comment", "sei der erste", "seien sie der erste", "soyez le premier à commenter",
        "sé el primero en comentar", "будьте первым", "будьте першим",
        // Invitations to write in, and tip lines ("Got a tip?", "Есть новость?").
        "write to us", "email us", "e-mail us", "contact us", "let us know", "tell us what you think",
        "got a tip?", "have a tip?", "got a story?", "haben sie einen hinweis?", "vous avez une info ?",
        "¿tienes una noticia?", "есть новость?", "есть тема?", "маєте новину?",
        "schreiben sie uns", "écrivez-nous", "ecrivez-nous", "escríbenos", "escribinos", "напишите нам",
        "напишіть нам", "send us a", "schicken sie uns", "senden sie uns", "envoyez-nous", "envíanos",
        "mándanos", "присылайте нам", "надсилайте нам",
        // Passing a newsletter on ("Know someone who'd want this? Forward it on.").
        "forward this email", "forward this newsletter", "forward it to a friend", "forward it on",
        "leiten sie diesen newsletter", "transférez cette lettre", "reenvía este boletín",
        // "Highlight the text and press Ctrl + Enter", in any language.
        "ctrl + enter", "ctrl+enter", "ctrl + entrée", "ctrl+entrée", "strg + enter", "strg+enter",
        "strg + eingabe", "strg+eingabe", "ctrl + intro", "ctrl+intro",
        // Correction prompts.
        "suggest a correction", "report an error", "report a mistake", "request a correction",
        "submit a correction", "fehler melden", "einen fehler gefunden", "signaler une erreur",
        "signalez une erreur", "signaler une faute", "reportar un error", "reporta un error",
        "сообщить об ошибке", "сообщите об ошибке", "повідомити про помилку", "повідомте про помилку",
        // Prompts to read on in an app or to listen.
        "download our app", "download the app", "listen to this article", "listen to this story",
    ]

    /// Headings of a press release's contact block (trailing colon ignored).
    static let contactHeadings: Set<String> = [
        "media contact", "media contacts", "press contact", "press contacts", "contact", "contacts",
        "for more information", "pressekontakt", "kontakt", "contact presse", "contacts presse",
        "contacto de prensa", "contacto", "контакты для сми", "контакт", "контакти для змі",
        "media enquiries", "press enquiries", "media inquiries", "press inquiries", "rückfragen bitte an",
        "presseanfragen", "contact médias", "gabinete de comunicación", "contacto para medios",
        // A release's notes for journalists, to the end of their block.
        "notes to editors", "note to editors", "notes for editors", "editor's notes", "hinweise für redaktionen",
        "hinweis für redaktionen", "notes aux rédactions", "note aux rédactions", "notas para los editores",
        "nota para editores", "примечания для редакторов", "примітки для редакторів",
    ]

    /// Every list searched anywhere in a line, in one pass (``ReaderPrompts`` reads the categories).
    static let index = PhraseIndex([
        networkPhrases, newsletterWords, cookieWords, cookieConsent, selfReferences, editorialVerbs, phrases,
        BoilerplateCues.phrases, cookieButtons, PageChromeCues.summaryStems, paywallSigns, embedLinks, appStores,
        PageWidgetCues.notificationStems, PageWidgetCues.accountStems + PageWidgetCues.accountWords,
        PageWidgetCues.freeStems,
        PageWidgetCues.readOnStems, itemMarks, pointers, starRuns, registrations,
        PageWidgetCues.postNavigationOpenings,
        BoilerplateCues.prefixes + BoilerplateCues.promptPrefixes + BoilerplateCues.prefixLabels,
        BoilerplateCues.recommendWords, BoilerplateCues.weakTeaserHeadings, Array(PageChromeCues.buttonVerbs),
        BoilerplateCues.creditPhrases, PageFurnitureCues.embargoOpenings, buyOpenings,
        FullStoryPointerCues.fullStems,
        BoilerplateCues.teaserLabelAlsoReadEndings + BoilerplateCues.teaserLabelNextWords
            + BoilerplateCues.teaserLabelTrendWords,
        promoCodeWords, BoilerplateCues.photographWords, standardsLinks, emailAddressWords, accessOffers,
    ])

    /// The reader's e-mail address asked for (``ReaderOffers/isEmailFormPitch(_:)``).
    static let emailAddressWords: [String] = [
        "email address", "e-mail address", "adresse e-mail", "adresse email", "adresse mail", "adresse électronique",
        "e-mail-adresse", "mail-adresse", "mailadresse", "correo electrónico", "dirección de correo", "tu correo",
        "tu email", "электронную почту", "электронной почты", "адрес почты", "адрес электронной", "email-адрес",
        "електронну пошту", "електронної пошти", "адресу пошти", "адресу електронної",
    ]

    /// Where a sign-up form's field stands, or the field itself ("in the box underneath", "unten im Feld",
    /// "dans le champ ci-dessous", "в поле ниже").
    static let formPlaceWords: [String] = [
        "box", "field", "form", "below", "underneath", "beneath", "feld", "formular", "unten", "champ",
        "formulaire", "ci-dessous", "casilla", "campo", "formulario", "abajo", "поле", "форму", "форме", "ниже",
        "нижче", "формі",
    ]

    /// A link to the outlet's standards page, as a short line with a label names it ("How we report:
    /// Tallyline editorial standards"); ``Boilerplate/isBoilerplate(_:)``.
    static let standardsLinks: [String] = [
        "editorial standards", "editorial guidelines", "our standards", "ethics policy", "redaktionelle standards",
        "redaktionelle leitlinien", "charte éditoriale", "charte de déontologie", "normas editoriales",
        "principios editoriales", "редакционная политика", "редакционные стандарты", "редакційна політика",
        "редакційні стандарти",
    ]

    /// Words for a code a discount asks the reader to type (``WidgetMarks/hasPromoCode(_:)``).
    static let promoCodeWords: [String] = [
        "code ", "code:", "gutscheincode", "rabattcode", "promocode", "código", "cupón", "промокод",
    ]

    /// A body's registration in a public register, as its footer gives it with the number ("WellSpring Aid
    /// is a registered charity in England and Wales (no. 1123456)"; ``Boilerplate``).
    static let registrations: [String] = [
        "registered charity", "charity no", "charity number", "charity reg", "company no", "company number",
        "registered in england", "registered in scotland", "registered office", "vereinsregister",
        "handelsregister", "association loi 1901", "registro nacional de asociaciones", "registro mercantil",
        "siret", "rcs ", "огрн", "єдрпоу",
    ]

    /// Three stars of a rating in a row, full or empty (readers' ratings, ``Boilerplate/isBoilerplate(_:)``).
    static let starRuns: [String] = ["★", "☆"].flatMap { a in
        ["★", "☆"].flatMap { b in ["★", "☆"].map { c in a + b + c } }
    }

    /// The marks between a row's items, with their spaces (``ItemRows/isMarkedRow(_:)``).
    static let itemMarks: [String] = [" · ", " • "]

    /// The marks between a trail's names, with their spaces (``ItemRows/isTrail(_:)``; `>` is looked
    /// for apart: with its spaces it is three bytes, too few for the index).
    static let pointers: [String] = [
        " › ", " → ",
        // The outlet pointing to its own live page ("… on our live election tracker").
        "our live", "unserem live", "unserer live", "notre direct", "nuestro directo", "нашем онлайн",
        "нашій трансляц", "нашому онлайн",
    ]

    /// The picture link an embedded post's text ends with (``PageChrome``).
    static let embedLinks: [String] = ["pic.twitter.com/", "pic.x.com/"]

    /// What may make a short line a paywall's (``PageChrome``): a subscription or a preview, found
    /// anywhere ("abo " also in "cabo ": the rule reads the words after this first look).
    static let paywallSigns: [String] =
        subscriptionStems + offerStems + Array(PageChromeCues.previewWords) + accessOffers + [
            "abo ", " abo.", " abo?", " abo,", "abo-", "member",
        ]

    /// What a paywall's offer sells when it names no subscription: reading on, unlocking the article
    /// ("Sie möchten weiterlesen? … für 0,99 €. Jetzt freischalten"), word prefixes.
    /// Imperatives that close an offer in a short sentence of their own ("Start today.", "Jetzt testen!",
    /// "Essayez maintenant"), whole words.
    static let offerCallVerbs: Set<String> = [
        "start", "try", "join", "subscribe", "testen", "starten", "abonnieren", "essayez", "commencez",
        "abonnez-vous", "prueba", "pruébalo", "empieza", "suscríbete", "попробуйте", "начните", "подпишитесь",
        "спробуйте", "почніть", "передплатіть", "підпишіться",
    ]

    static let offerStems: [String] = [
        "weiterles", "freischalt", "unlock", "débloq", "desbloq", "разблок", "розблок",
    ]

    /// Digital access as a paywall's offer sells it (``ReaderPrompts``; a phrase category of its own, and
    /// paywall signs too).
    static let accessOffers: [String] = [
        "digital access", "unlimited access", "accès illimité", "accès numérique", "digitalzugang",
        "unbegrenzten zugang", "unbegrenzter zugang", "acceso ilimitado", "acceso digital", "безлимитный доступ",
        "цифровой доступ", "необмежений доступ", "цифровий доступ",
    ]

    /// App stores, named by an app's prompt ("… jetzt kostenlos im App Store und bei Google Play").
    static let appStores: [String] = [
        "app store", "google play", "play store", "appgallery", "app gallery", "rustore", "iphone", "android",
    ]

    /// Words that speak to the reader as a person (whole words): the second person.
    static let secondPersonWords: Set<String> = [
        "you", "your", "you'll", "you're", "sie", "ihr", "ihnen", "ihre", "ihren", "dich", "dir", "vous", "votre",
        "vos", "tu", "te", "tú", "usted", "tus", "вы", "вас", "вам", "ваш", "ваша", "ви", "ваші", "вашого",
        "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem", "ваше", "вашей", "вашим", "ваших", "вашу",
        "вашої",
        // Spanish commands with the reader as their pronoun ("Hazte suscriptor", "Suscríbete", "Regístrese").
        "hazte", "suscríbete", "suscribete", "regístrate", "registrate", "apúntate", "apuntate", "únete", "unete",
        "entérate", "enterate", "infórmate", "informate", "suscríbase", "suscribase", "regístrese", "registrese",
        "hágase", "hagase",
        // The same commands with "vos", as Argentina and Uruguay write them ("Suscribite", "Sumate").
        "suscribite", "sumate", "unite", "anotate", "seguinos", "apoyanos",
    ]

    /// The categories of ``index``, as bits.
    enum Found {
        static let network: UInt64 = 1 << 0
        static let newsletter: UInt64 = 1 << 1
        static let cookie: UInt64 = 1 << 2
        static let cookieConsent: UInt64 = 1 << 3
        static let selfReference: UInt64 = 1 << 4
        static let editorialVerb: UInt64 = 1 << 5
        static let phrase: UInt64 = 1 << 6
        /// ``BoilerplateCues/phrases``: copyright and provenance notices.
        static let notice: UInt64 = 1 << 7
        static let cookieButton: UInt64 = 1 << 8
        /// ``PageChromeCues/summaryStems``: an AI summary's disclosure may follow.
        static let summary: UInt64 = 1 << 9
        /// ``paywallSigns``.
        static let paywall: UInt64 = 1 << 10
        /// ``embedLinks``.
        static let embed: UInt64 = 1 << 11
        /// ``appStores``.
        static let appStore: UInt64 = 1 << 12
        /// ``PageWidgetCues/notificationStems``.
        static let notification: UInt64 = 1 << 13
        /// ``PageWidgetCues/accountStems`` (of four bytes or more).
        static let account: UInt64 = 1 << 14
        /// ``PageWidgetCues/freeStems``.
        static let free: UInt64 = 1 << 15
        /// ``PageWidgetCues/readOnStems``.
        static let readOn: UInt64 = 1 << 16
        /// ``itemMarks``.
        static let itemMark: UInt64 = 1 << 17
        /// ``pointers``.
        static let pointer: UInt64 = 1 << 18
        /// ``starRuns``.
        static let stars: UInt64 = 1 << 19
        /// ``registrations``.
        static let registration: UInt64 = 1 << 20
        /// ``PageWidgetCues/postNavigationOpenings``.
        static let postNavigation: UInt64 = 1 << 21
        /// ``BoilerplateCues/prefixes``, ``BoilerplateCues/promptPrefixes`` and
        /// ``BoilerplateCues/prefixLabels`` anywhere in the line: only
        /// then may one open it (those of four bytes or more; ``Boilerplate`` asks the others always).
        static let prefixCue: UInt64 = 1 << 22
        /// ``BoilerplateCues/recommendWords``.
        static let recommend: UInt64 = 1 << 23
        /// ``BoilerplateCues/weakTeaserHeadings``.
        static let weakTeaserHeading: UInt64 = 1 << 24
        /// ``PageChromeCues/buttonVerbs`` (all of four bytes or more: the search finds every one).
        static let buttonVerb: UInt64 = 1 << 25
        /// ``BoilerplateCues/creditPhrases``.
        static let creditPhrase: UInt64 = 1 << 26
        /// ``PageFurnitureCues/embargoOpenings``.
        static let embargo: UInt64 = 1 << 27
        /// ``buyOpenings``.
        static let buy: UInt64 = 1 << 28
        /// ``FullStoryPointerCues/fullStems``.
        static let fullStory: UInt64 = 1 << 29
        /// ``BoilerplateCues/teaserLabelAlsoReadEndings``, ``BoilerplateCues/teaserLabelNextWords`` and
        /// ``BoilerplateCues/teaserLabelTrendWords``.
        static let teaserLabelWord: UInt64 = 1 << 30
        /// ``promoCodeWords``.
        static let promoCode: UInt64 = 1 << 31
        /// ``BoilerplateCues/photographWords``.
        static let photograph: UInt64 = 1 << 32
        /// ``standardsLinks``.
        static let standards: UInt64 = 1 << 33
        /// ``emailAddressWords``.
        static let emailAddress: UInt64 = 1 << 34
        /// ``accessOffers``.
        static let accessOffer: UInt64 = 1 << 35
    }
}
