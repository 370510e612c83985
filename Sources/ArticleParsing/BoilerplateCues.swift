/// The words of boilerplate in the languages newsdrop reads, as data (lowercased, straight apostrophes).
///
/// Keep these to what a sub-editor would strike as "not the story": markers, prompts, teasers,
/// footers. A cue that could open a real sentence belongs in ``prefixes`` only if it is followed by
/// a colon or is unmistakable ("support us on", "subscribe to").
enum BoilerplateCues {
    /// An advertisement's marker, as ``AdMarkerNotes`` finds it before a note to read on.
    static let adMarkers: [String] = [
        "advertisement", "advertising", "advert", "ad", "ads", "anzeige", "werbung", "werbeanzeige", "publicité",
        "publicite", "publicidad", "anuncio", "anuncio publicitario", "espacio publicitario", "pubblicità",
        "реклама", "рекламный блок", "рекламний блок", "рекламное объявление", "рекламне оголошення",
        // The slot named as a sponsor's or an ad's space ("Sponsored message · the article carries on …").
        "sponsored", "sponsored message", "werbefläche", "annonce", "спонсорский блок", "спонсорський блок",
        "advertiser content", "gesponserter inhalt", "contenu sponsorisé", "contenido de un anunciante",
        "contenido patrocinado",
    ]
    /// Word openings of an advertisement's note saying the text goes on ("Story continues below", "Der
    /// Artikel geht unten weiter", "La suite de l'article ci-dessous", "материал продолжится ниже").
    static let adNoteStems: [String] = [
        "continu", "below", "underneath", "beneath", "scroll", "fortsetz", "weiterles", "unten", "suite", "ci-dessous",
        "dessous",
        "abajo", "debajo",
        "sigue", "continú", "reprend", "ниже", "далее", "дальше", "продолж", "далі", "нижче", "продовж",
    ]
    /// Word openings of a partner or sponsor named right after the marker ("Реклама від партнера",
    /// "Anzeige unseres Partners", "Publicité de nos partenaires").
    static let adPartnerStems: [String] = [
        "partner", "partenaire", "socio", "patrocinador", "sponsor", "партнер", "партнёр", "спонсор",
    ]
    /// Whole words of such a note too short or too common to be openings ("geht unten weiter").
    static let adNoteWords: [String] = ["weiter"]

    /// Whole lines (trailing `.:!»›…` and spaces ignored).
    static let lines: Set<String> = Set([
        "advertisement", "advertising", "ad", "ads", "advert", "sponsored", "sponsored content", "paid content",
        "paid post", "partner content", "promoted", "member-only story", "members-only story", "anzeige", "werbung",
        "publicité", "publicite",
        "publicidad", "pubblicità", "publicidade", "реклама", "anuncio", "annonce", "werbeanzeige", "share",
        "share this", "share this article",
        "share this story", "share article", "print", "email", "e-mail", "tweet", "comments", "comment",
        "skip to main content", "skip to content", "skip to navigation", "zum inhalt springen",
        "jump to article", "jump to content", "jump to main content", "jump to story", "skip to article",
        "skip to story", "zum artikel springen", "aller à l'article", "ir a la noticia", "saltar a la noticia",
        "перейти к статье", "перейти к новости", "перейти до статті", "перейти до новини",
        "aller au contenu", "aller au contenu principal", "ir al contenido", "saltar al contenido",
        "ir al contenido principal", "saltar al contenido principal", "zum hauptinhalt springen",
        "zum hauptinhalt", "skip to main article", "перейти к основному содержимому",
        "перейти до основного вмісту",
        "перейти к содержимому", "перейти к основному содержанию", "перейти до вмісту",
        "back to top", "retour en haut", "retour en haut de page", "nach oben", "zurück nach oben",
        "volver arriba", "ir arriba", "наверх", "вгору", "read more", "continue reading", "show more", "load more",
        "skip advertisement", "sponsored links",
        // An advertisement's slot named so ("— Sponsored message —", "Рекламный блок").
        "sponsored message", "sponsored messages", "message sponsorisé", "mensaje patrocinado",
        "gesponserte nachricht", "рекламный блок", "рекламний блок", "bloc publicitaire", "bloque publicitario",
        "werbeblock",
        // The story going on after an advertisement ("Publicité – la suite de l'article après cette annonce").
        "article continues after advertisement", "la suite de l'article après cette annonce",
        "la suite après cette publicité", "la suite après la publicité", "l'article continue après la publicité",
        "weiter nach der anzeige", "artikel geht nach der anzeige weiter", "lesen sie nach der anzeige weiter",
        "el artículo continúa tras el anuncio", "continúa después de la publicidad", "sigue después del anuncio",
        "продолжение после рекламы", "материал продолжится после рекламы", "матеріал продовжиться після реклами",
        "продовження після реклами", "sponsored link", "la suite après cette annonce", "la suite après l'annonce",
        "continúa leyendo", "continúa leyendo tras el anuncio", "sigue leyendo", "sigue leyendo tras el anuncio",
        "weiterlesen nach der anzeige", "рекламне оголошення", "рекламное объявление",
        // A player's label for the article read aloud.
        "слухати новину", "слушать новость", "écouter l'article", "écouter cet article", "escuchar noticia",
        "escuchar la noticia", "artikel anhören", "listen to this story", "listen to article",
        "gesponserte links", "liens sponsorisés",
        "enlaces patrocinados",
        // A live blog's controls and labels.
        "key events", "show key events only", "skip to key events", "pinned post", "pinned",
        "please turn on javascript to use this feature", "please enable javascript", "javascript is disabled",
        // A comment section's buttons and notes ("Publicar comentario", "Pas encore de commentaire").
        "post comment", "post a comment", "leave a comment", "leave a reply", "publicar comentario",
        "deja un comentario",
        "laisser un commentaire", "publier le commentaire", "kommentar abschicken", "kommentar schreiben",
        "отправить комментарий", "оставить комментарий", "надіслати коментар", "залишити коментар",
        "no comments yet", "pas encore de commentaire", "aucun commentaire", "noch keine kommentare",
        "aún no hay comentarios", "sin comentarios", "комментариев пока нет", "коментарів поки немає",
        "show more comments", "load more comments", "voir plus de commentaires", "weitere kommentare laden",
        "ver más comentarios", "показать следующие комментарии", "показать все комментарии",
        "показати наступні коментарі", "показати всі коментарі",
        // A search box's field ("Buscar …").
        "search", "search this site", "buscar", "rechercher", "suche", "suchen", "поиск", "пошук",
        // A mobile or AMP page's link to its full version; a live blog's refresh button.
        "view full site", "view full version", "switch to full site", "switch to desktop site",
        "zur desktop-version", "version classique du site", "versión de escritorio",
        "voir la version complète du site", "version complète du site",
        "zur vollversion", "vollständige version anzeigen", "ver versión completa", "versión completa del sitio",
        "полная версия сайта", "повна версія сайту", "обновить ленту", "оновити стрічку", "refresh feed",
        "actualiser le direct", "liveticker aktualisieren",
        "scroll to continue with content", "scroll to continue", "continue below", "story continues below",
        "story continues below advertisement", "story continues below ad", "article continues below",
        "article continues below ad", "continue reading below", "lire plus tard", "read later", "save for later",
        "später lesen", "leer más tarde", "читать позже", "прочитати пізніше", "reading continues below",
        "espacio publicitario", "paid partnership", "scroll to continue reading", "scroll down to continue reading",
        "espace publicitaire", "advertising space", "advertiser content", "scroll on for more",
        "scroll down for more",
        "teilen", "partager", "compartir", "поделиться", "поділитися", "weiterlesen", "lire la suite",
        "leer más", "читать далее", "читати далі", "subscribe", "sign up", "log in", "register",
        // Sponsored-content markers.
        "contenu sponsorisé", "contenu partenaire", "patrocinado", "contenido patrocinado", "спецпроект",
        "партнерский материал", "партнерський матеріал", "на правах рекламы", "на правах реклами",
        // Newsletter and site chrome (also as parts of "Impressum | Datenschutz").
        "view in browser", "view this email in your browser", "unsubscribe", "manage preferences",
        "update your preferences", "change settings", "einstellungen ändern", "modifier mes préférences",
        "gérer mes préférences", "cambiar preferencias", "gestionar preferencias", "изменить настройки",
        "змінити налаштування", "abmelden", "newsletter abbestellen", "se désabonner", "se désinscrire",
        "darse de baja", "cancelar suscripción", "отписаться", "відписатися", "impressum", "datenschutz",
        "privacy policy", "terms of use", "kontakt",
        "ver comentarios", "comentarios", "je m'inscris", "hier anmelden", "jetzt artikel teilen",
        // A phone's signature under an article sent on by mail.
        "sent from my iphone", "sent from my android", "sent from my phone", "von meinem iphone gesendet",
        "von meinem smartphone gesendet", "envoyé de mon iphone", "envoyé depuis mon iphone", "enviado desde mi iphone",
        "enviado desde mi móvil", "отправлено с iphone", "отправлено с моего iphone", "надіслано з iphone",
        // A comment section's prompts and links.
        "leave a comment", "add a comment", "post a comment", "write a comment", "show all comments",
        "show more comments", "load more comments", "mehr kommentare", "weitere kommentare anzeigen", "reply",
        "antworten", "répondre", "responder", "ответить", "відповісти",
        "afficher plus de commentaires", "ver más comentarios", "показать еще комментарии",
        "показати більше коментарів",
        "view all comments", "see all comments", "kommentar schreiben", "schreiben sie einen kommentar",
        "alle kommentare anzeigen", "alle kommentare", "laisser un commentaire", "laissez un commentaire",
        "écrire un commentaire", "voir tous les commentaires", "voir les commentaires", "escribe tu comentario",
        "deja tu comentario", "deja un comentario", "ver todos los comentarios", "оставить комментарий",
        "написать комментарий", "показать все комментарии", "все комментарии", "залишити коментар",
        "написати коментар", "показати всі коментарі", "усі коментарі", "всі коментарі",
        "add your comment", "leave a reply", "leave a response", "join the conversation", "sign in to comment",
        "sign in to join the conversation",
        "log in to comment", "jetzt kommentieren", "kommentieren", "artikel kommentieren", "commenter",
        "réagir", "commentez", "comentar", "comenta", "комментировать", "прокомментировать", "коментувати",
        "sort by: newest", "sort by: oldest", "sort by: best", "newest first", "oldest first",
        "jetzt kostenlos anmelden", "kostenlos anmelden", "jetzt anmelden", "sign up free", "sign up for free",
        "inscrivez-vous gratuitement", "regístrate gratis", "зарегистрироваться бесплатно",
        // A profile's or a channel's buttons alone on their line, as a blogging platform or a social
        // network prints them under the author's name ("Follow"; "Follow the water" is a subheading); its
        // follow buttons are ``PageWidgetCues/followButtons``, added below.
        "abonnieren", "suscribirse", "записаться", "записатися",
        // A page's placeholders and a newsletter form's confirmation.
        "loading", "article content", "sign up here", "subscribe here", "register here",
        "your subscription has been successful", "thanks for signing up", "thank you for subscribing",
        // A print view's buttons, and the link to one.
        "print version", "printer-friendly version", "printable version", "print-friendly version",
        "druckversion", "druckansicht", "version imprimable", "version à imprimer", "versión para imprimir",
        "versión imprimible", "версия для печати", "версія для друку",
        // A button to report a mistake.
        "report a typo", "report an error", "report a typo or error", "report an error or typo", "report a mistake",
        "fehler melden", "fehler gefunden", "signaler une erreur", "signaler une coquille", "reportar un error",
        "informar de un error", "сообщить об ошибке", "повідомити про помилку",
        "print page", "print this page", "close window", "seite drucken", "fenster schließen",
        "diese seite drucken", "artikel drucken", "imprimer cette page", "imprimir esta página",
        "распечатать страницу", "роздрукувати сторінку", "надрукувати сторінку",
        // A newsletter's button alone on its line.
        "newsletter abonnieren", "newsletter bestellen", "zum newsletter anmelden", "subscribe to our newsletter",
        "subscribe to the newsletter",
        "s'abonner à la newsletter", "s'inscrire à la newsletter", "suscribirse al boletín", "suscríbete al boletín",
        "подписаться на рассылку", "підписатися на розсилку",
        "imprimer la page", "fermer la fenêtre", "imprimir página", "cerrar ventana", "печать страницы",
        "закрыть окно", "друк сторінки", "закрити вікно",
        // Ticket buttons.
        "book tickets", "book now", "buy tickets", "get tickets", "tickets kaufen", "jetzt tickets sichern",
        "réserver mes billets", "réserver vos billets", "acheter mes billets", "acheter vos billets",
        "comprar entradas", "reservar entradas", "купить билет", "купить билеты", "купить билет онлайн",
        "купити квиток", "купити квитки",
        // A press release's label and its end mark.
        "press release", "for immediate release", "press release – for immediate release",
        "press release - for immediate release", "immediate release", "pressemitteilung", "communiqué de presse",
        "nota de prensa", "пресс-релиз", "прес-реліз", "ends", "-ends-", "- ends -", "fin", "###",
        // The end of a wire story: the teleprinter's end of message.
        "nnnn",
        // A live blog that has ended.
        "this live blog has ended", "live coverage has ended", "this live coverage has ended", "liveblog beendet",
        "der liveblog ist beendet", "le direct est terminé", "ce direct est terminé", "directo finalizado",
        "трансляция завершена", "трансляція завершена", "онлайн завершен", "онлайн завершено",
        // A site's accessibility links.
        "version for the visually impaired", "leichte sprache", "gebärdensprache", "версия для слабовидящих",
        "версія для людей з порушеннями зору", "версія для слабозорих",
        // A newsletter form's field ("Email address").
        "email address", "your email", "your email address", "e-mail-adresse", "ihre e-mail-adresse",
        "adresse e-mail", "votre adresse e-mail", "votre e-mail", "correo electrónico", "tu correo electrónico",
        "tu email", "ваш email", "ваш e-mail", "электронная почта", "електронна пошта",
        // The heading of an author's bio box.
        "about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor",
        "sobre la autora", "об авторе", "про автора",
        // A consent box's heading.
        "we value your privacy", "your privacy", "your privacy choices", "privacy settings",
        "wir respektieren ihre privatsphäre", "ihre privatsphäre", "datenschutzeinstellungen",
        "nous respectons votre vie privée", "votre vie privée", "gestion des cookies", "valoramos tu privacidad",
        "tu privacidad", "tu privacidad es importante", "мы ценим вашу конфиденциальность",
        "ваша конфиденциальность", "ми цінуємо вашу приватність", "ваша приватність",
        // Kickers above a headline.
        "breaking", "breaking news", "exclusive", "live", "live updates", "developing", "developing story",
        "just in", "eilmeldung", "exklusiv", "liveticker", "live-ticker", "en direct", "exclusif", "urgent",
        "alerte", "en directo", "en vivo", "última hora", "exclusiva", "срочно", "эксклюзив", "молния",
        "онлайн", "терміново", "ексклюзив", "наживо", "live blog", "liveblog", "live-blog", "directo",
        "онлайн-трансляция", "прямая трансляция", "онлайн-трансляція", "пряма трансляція",
        // A live blog's pinned entry, a newsletter box's heading, an embed's consent placeholder.
        "pinned", "épinglé", "angeheftet", "fijado", "закреплено", "закріплено", "newsletter", "sign up now",
        "external content", "externer inhalt", "contenu externe", "contenido externo", "внешний контент",
        "зовнішній контент",
        // A breaking story's promise of more ("Weitere Informationen folgen in Kürze.").
        "more to follow", "more details to follow", "further details to follow", "details to follow",
        "more soon", "more details soon", "this story will be updated", "this story is being updated",
        "this is a developing story", "check back for updates", "check back later for updates",
        "check back for more", "check back later", "weitere informationen folgen",
        "weitere informationen folgen in kürze",
        "weitere details folgen", "mehr in kürze", "mehr informationen in kürze", "wir berichten weiter",
        "plus d'informations à venir", "plus d'informations suivront", "plus d'informations à suivre",
        "suite à venir", "article en cours d'actualisation", "article mis à jour régulièrement",
        "más información en breve", "ampliaremos información", "ampliaremos la información",
        "noticia en desarrollo", "noticia en ampliación", "información en ampliación", "подробности позже",
        "подробности следуют", "подробности будут позже", "новость дополняется", "новость обновляется",
        "подробиці згодом", "деталі згодом", "новина доповнюється", "новина оновлюється",
        // Paywall labels.
        "subscribers only", "for subscribers only", "nur für abonnenten", "abonnenten exklusiv",
        "réservé aux abonnés", "solo para suscriptores", "exclusivo para suscriptores", "только для подписчиков",
        "лише для передплатників",
    ]).union(Self.donationButtons).union(PageWidgetCues.followButtons)

    /// Donation buttons, which may head a box of the outlet's pitch ("Підтримати «Поділля-Інфо»").
    static let donationButtons: Set<String> = [
        "donate", "donate now", "give now", "jetzt spenden", "spenden", "je fais un don", "faire un don",
        "je donne", "donar", "dona ahora", "haz un donativo", "пожертвовать", "поддержать", "поддержать нас",
        "підтримати", "задонатити", "підтримати нас",
        // Support for the newsroom itself.
        "support the newsroom", "support our newsroom", "redaktion unterstützen", "soutenir la rédaction",
        "soutenez la rédaction", "apoya a la redacción", "apoyar a la redacción", "поддержать редакцию",
        "поддержите редакцию", "підтримати редакцію", "підтримайте редакцію",
    ]

    /// The labels of ``prefixes`` that end in a colon, without it and with a space after them ("also read
    /// "): what a spaced dash, bar or arrow standing for the colon follows ("Also read — …").
    static let prefixLabels: [String] = Self.prefixes.filter { $0.hasSuffix(":") }.map { label in
        String(label.dropLast().trimmingSpaces()) + " "
    }

    /// Line openings. Each must end at a word boundary in the line.
    static let prefixes: [String] = [
        // Teasers for other articles.
        "related article:", "related articles:", "related:", "related story:", "related stories:",
        "related coverage:", "related reading:", "related link:", "related links:", "noticia relacionada",
        "noticias relacionadas:", "nota relacionada", "artículo relacionado", "relacionado:", "relacionada:",
        "zum thema:", "ähnliche artikel", "article lié", "à lire également", "a lire également",
        "материал по теме", "матеріал за темою", "за темою:", "read more:", "read more »", "read also:", "also read:",
        "see also:", "read next:", "recommended:", "more on this:", "keep reading:", "continue reading:",
        "te recomendamos:", "le recomendamos:",
        // A teaser heading's words as a label before its headline ("Вас може зацікавити: У Хоролі …").
        "you may also like:", "you might also like:", "das könnte sie auch interessieren:",
        "vous aimerez aussi :", "vous aimerez aussi:", "te puede interesar:", "также по теме:", "еще по теме:",
        "також за темою:", "ще за темою:", "ще на тему:", "вас может заинтересовать:",
        "вас може зацікавити:", "вам може бути цікаво:", "вам также может быть интересно:",
        // A broadcaster's note of the programme a web story was first aired in ("Sendung: RMR Aktuell, …").
        "sendung:", "sendung vom",
        // A metered wall's offer to read on with the outlet's plan ("Lesen Sie jetzt weiter mit WK+"), in
        // the polite imperative only ("Continue reading with care: …" opens a story's sentence).
        "lesen sie jetzt weiter mit", "lesen sie weiter mit", "jetzt weiterlesen mit", "poursuivez votre lecture avec",
        "continuez votre lecture avec", "продолжите чтение с", "продовжте читання з",
        // A translated or reposted piece's original ("Titre original : « … »", "Ссылка на источник: …").
        "original title:", "originaltitel:", "titre original :", "titre original:", "título original:",
        "оригинальное название:", "оригінальна назва:", "ссылка на источник:", "посилання на джерело:",
        "weiterlesen:", "à lire ensuite :", "sigue leyendo:", "читайте далее:", "читайте далі:",
        "lesen sie auch", "lesen sie mehr", "mehr zum thema:", "auch interessant:", "siehe auch:",
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire également",
        "lee también", "leer también", "lea también", "te puede interesar", "ver también", "leer más:",
        // Rioplatense Spanish speaks to the reader with "vos": "Leé también", "Mirá también".
        "leé también", "mirá también", "leé más:",
        "leggi anche", "vedi anche", "leia também", "leia mais", "veja também",
        "читайте также", "читать также", "смотрите также", "читайте по теме", "по теме:",
        "читайте також", "дивіться також", "по темі:", "читать по теме", "также читайте", "також читайте",
        "читайте на тему", "читати також", "читайте еще:", "читайте ще:", "смотрите еще:", "дивіться ще:",
        // A newsletter's contents at its top ("IN THIS ISSUE: Oyster reef finished / Terns return").
        "in this issue:", "in this edition:", "in today's issue:", "in dieser ausgabe:", "dans ce numéro :",
        "dans ce numéro:", "en este número:", "в этом выпуске:", "у цьому випуску:",
        // An embed's consent placeholder with its explanation.
        "externer inhalt:", "external content:", "contenu externe :", "contenu externe:", "contenido externo:",
        "внешний контент:", "зовнішній контент:",
        // Prompts that name the outlet or the reader themselves.
        "support us on", "support us by", "support our journalism", "click here", "follow us on", "follow us:",
        "share this on", "download our app", "join our", "listen to this article", "enjoyed this article",
        "enjoying this story", "enjoying this article", "enjoying this newsletter", "enjoyed this story",
        "enjoyed this newsletter", "liked this story?", "liked this article?", "like this story?",
        "cet article vous a plu", "vous avez aimé cet article", "hat ihnen dieser artikel gefallen",
        "hat ihnen der artikel gefallen", "gefällt ihnen dieser artikel", "¿te gustó esta nota?",
        "¿te gustó este artículo?", "¿te ha gustado este artículo?", "понравилась статья?",
        "понравился материал?", "сподобалася стаття?", "сподобався матеріал?",
        "if you enjoyed this", "folgen sie uns", "suivez-nous", "síguenos", "siguenos", "seguinos", "apóyanos",
        "apoyanos",
        "seguici", "siga-nos", "следите за нами", "стежте за нами",
        // The article's feedback question, before the prompt that follows it ("Cet article vous a été
        // utile ? Abonnez-vous à …").
        "was this article helpful", "was this article useful", "did you find this article", "did you enjoy this",
        "war dieser artikel hilfreich", "hat ihnen dieser artikel gefallen", "hat ihnen der artikel gefallen",
        "cet article vous a été utile", "cet article vous a plu", "vous avez aimé cet article",
        "¿te ha resultado útil", "¿te ha gustado este artículo", "¿le ha resultado útil",
        "¿le ha gustado este artículo",
        "была ли эта статья полезной", "вам понравилась статья", "понравилась статья?", "чи була ця стаття корисною",
        "вам сподобалася стаття", "сподобалася стаття?",
        // A statistics office's or a regulator's next release ("Следующая публикация: 11 апреля 2025 г.").
        "next release:", "next publication:", "next update:", "nächste veröffentlichung:", "prochaine publication :",
        "prochaine publication:", "próxima publicación:", "следующая публикация:", "наступна публікація:",
        // A caption under its label ("Photo: the largest fragment and a 10p coin.").
        "photo: ", "foto: ", "фото: ", "picture: ",
        "más información:", "sur le même sujet", "також на тему", "archivado en:", "tags:", "schlagwörter:",
        "mots-clés :", "etiquetas:", "теги:", "мітки:",
        // An author's or a show's note under its label ("Über die Autorin: Katrin Albers leitet …").
        "about the author:", "about the authors:", "about the writer:", "über die autorin:", "über den autor:",
        "über die autoren:", "zur autorin:", "zum autor:", "à propos de l'auteur", "à propos de l'autrice",
        "à propos :", "a propos :", "sobre el autor:", "sobre la autora:", "об авторе:", "про автора:",
        "про авторку:",
        // A writer's note to the desk that edits the copy ("Note to desk: quotes checked with …").
        "note to desk", "note to the desk", "notes to desk", "desk note:", "note to subs", "note for subs",
        "hinweis an die redaktion", "hinweis für die redaktion", "note à la rédaction", "note pour la rédaction",
        "nota para la redacción", "nota a la redacción", "примечание для редакции", "примітка для редакції",
        // Wire credits and standards footers.
        "(reporting by", "(editing by", "(writing by", "(additional reporting", "(compiled by", "our standards:",
        "(edición:", "(coordinación:", "(redacción:", "(bearbeitung:", "(redaktion:", "(mitarbeit:",
        "(rédaction :", "(rédaction:", "(édition :", "(édition:", "(редактор:", "(редакция:", "(редакція:",
        "editorial standards:",
        // A picture's label ("File photo: …", "Header image: …"), a comment box's and a newsletter form's
        // small print, a share prompt with comments, an Australian site's acknowledgement of country.
        "file photo:", "file image:", "header image:", "featured image:", "lead image:",
        "by providing an email address", "by providing your email", "disclaimer: comments",
        "share or comment on this article", "we acknowledge aboriginal", "we acknowledge the traditional custodians",
        "we acknowledge the traditional owners",
        // A broadcaster's note of the programme and its catch-up service.
        "dieses thema im programm", "sendung verpasst?", "missed the programme?", "missed the show?",
        "vous avez manqué l'émission", "¿te perdiste el programa?",
        // A broadcaster's pointer to its report on air ("Watch the report on Evening News at 6").
        "watch the report", "watch the full report", "watch the segment", "sehen sie den beitrag",
        "sehen sie den ganzen beitrag", "regardez le reportage", "voir le reportage", "vea el reportaje",
        "mira el reportaje", "смотрите сюжет", "смотрите репортаж", "дивіться сюжет", "дивіться репортаж",
        // An appeal with the place to give ("Give online to St Anne's: https://…").
        "give online", "donate online", "online spenden", "faire un don en ligne", "donar en línea",
        // Links back to the site's front or a section's page ("Zur Übersicht Rheinhessen").
        "zur startseite", "zur übersicht", "back to home", "retour à l'accueil", "volver a la portada",
        "на главную", "на головну",
        // A radio station's strip ("ON AIR NOW: Drivetime with …") and a picture's labels ("Image caption:
        // …", "Image source, Reuters").
        "on air now:", "now playing:", "on air:", "listen live:", "image caption:", "image caption,",
        "image source:", "image source,", "image copyright:", "image copyright,", "media caption:",
        "media caption,",
        // Footers: corrections, provenance, copyright.
        "to suggest a correction", "you can also highlight the text", "spotted a mistake",
        "this article was originally published", "this story was originally published",
        "this article originally appeared", "this story originally appeared",
        "©", "(c) 20", "copyright ©", "copyright 19", "copyright 20",
    ]

    /// The heading of an author's bio box, whose block holds the bio under it (``BodySelection``); each
    /// is a whole-line cue too.
    static let authorBoxHeadings: [String] = [
        "about the author", "about the authors", "about the writer", "über den autor", "über die autorin",
        "à propos de l'auteur", "sobre el autor", "sobre la autora", "об авторе", "про автора",
    ]

    /// Markers of a sponsor's own content (not an ad's slot: "Advertisement" marks a picture the dump
    /// leaves out), over the sponsor's pitch.
    static let sponsorMarkers: Set<String> = [
        "sponsored", "sponsored content", "paid content", "paid post", "partner content", "promoted",
        "gesponsert", "partnerinhalt", "contenu sponsorisé", "contenu partenaire", "patrocinado",
        "contenido patrocinado", "спецпроект", "партнерский материал", "партнерський матеріал",
        "espacio patrocinado", "sponsored post", "paid partnership",
    ]

    /// Headings of a poll's box (``BodySelection``: with a vote button closing the block).
    static let pollHeadings: Set<String> = [
        "poll", "reader poll", "quick poll", "umfrage", "leserumfrage", "abstimmung", "sondage",
        "encuesta", "опрос", "голосование", "опитування", "голосування",
    ]

    /// A poll's vote button.
    static let voteButtons: Set<String> = [
        "vote", "submit vote", "cast your vote", "abstimmen", "jetzt abstimmen", "voter", "je vote", "votar",
        "enviar voto", "проголосовать", "голосовать", "проголосувати", "голосувати",
    ]

    /// The credits of a wire service's sign-off ("Reporting by …; Editing by …").
    static let wireCredits: [String] = [
        "reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
        "fact-checking by ", "graphics by ", "mitarbeit: ", "redaktion: ",
    ]

    /// Imperatives that open a prompt ("Subscribe to …", "Abonnez-vous …") but also a slogan or a
    /// sentence in a story: they count only with a second piece of evidence in the rest of the line
    /// (the reader or the outlet addressed, a network, a newsletter, an app, a price, a link).
    static let promptPrefixes: [String] = [
        // A newsletter form's legal line ("By signing up you agree to our Terms …").
        "by signing up", "by subscribing", "mit der anmeldung", "mit ihrer anmeldung", "en vous inscrivant",
        "al suscribirte", "al registrarte", "подписываясь", "підписуючись",
        "support independent journalism", "subscribe to", "subscribe now", "subscribe for", "subscribe and",
        "sign up for", "sign up to", "sign up here", "share on", "share via", "download the app", "get the app",
        "become a member", "unterstützen sie", "abonnieren sie", "jetzt abonnieren", "teilen auf",
        "abonnez-vous", "inscrivez-vous", "partager sur", "soutenez", "suscríbete", "suscribete",
        "compartir en", "iscriviti", "assine", "подписывайтесь", "подпишитесь", "поддержите", "підписуйтеся",
        "підписуйтесь", "підпишіться", "підтримайте",
    ]

    /// Phrases that mark a short line anywhere in it (copyright notices, provenance).
    static let phrases: [String] = [
        "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
        // A comment form's note on the address asked for.
        "your email address will not be published", "required fields are marked", "tu correo no se mostrará",
        "tu dirección de correo electrónico no será publicada", "campos obligatorios están marcados",
        "votre adresse e-mail ne sera pas publiée", "les champs obligatoires sont indiqués",
        "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind",
        "ваш адрес email не будет опубликован",
        "обязательные поля помечены", "ваша адреса email не буде опублікована", "обов'язкові поля позначені",
        "tutti i diritti riservati", "todos os direitos reservados", "все права защищены", "усі права захищені",
        "всі права захищені", "read the original article", "originally published on", "originally appeared on",
        // Where the piece first ran, in Russian and Ukrainian ("Оригинал материала опубликован на сайте …").
        "оригинал материала опубликован", "материал впервые опубликован", "впервые опубликован на",
        "оригінал матеріалу опубліковано", "матеріал вперше опубліковано", "вперше опубліковано на",
        // A wire story run as the agency sent it, a reprint's terms and a partner's content disowned
        // ("Dépêche de l'AFP diffusée sans modification par notre rédaction", "При перепечатке
        // материалов обязательна ссылка на …", "la rédaction n'a pas participé à sa réalisation").
        "sans modification par notre rédaction", "diffusée sans modification", "publiée sans modification",
        "publicada sin edición", "publicada sin editar", "published without editing", "published unedited",
        "ohne redaktionelle bearbeitung", "unverändert übernommen", "при перепечатке", "при использовании материалов",
        "при цитировании материалов", "при передруку", "при використанні матеріалів", "при цитуванні матеріалів",
        "free to reuse", "free to republish", "n'a pas participé à sa réalisation",
        "la rédaction n'a pas participé", "the newsroom was not involved", "our newsroom was not involved",
        "die redaktion war nicht beteiligt", "la redacción no ha participado", "contenu proposé en partenariat",
        "from our network partners", "from our partners at",
        // The publisher's legal mention in French ("Directeur de la publication : …").
        "directeur de la publication", "directrice de la publication",
        // The token Russian law puts on every online advertisement ("Реклама. ООО …, ИНН …. erid: 2Vtz…").
        "erid:",
        // The print edition ("A version of this article appears in print on …").
        "appears in print", "appeared in print", "in the print edition", "in der printausgabe",
        "in der gedruckten ausgabe", "dans l'édition papier", "dans notre édition papier",
        "en la edición impresa", "en su edición impresa", "в печатном выпуске", "в печатной версии",
        "у друкованому випуску", "в друкованій версії", "друкованому номері", "номері газети", "номере газеты",
        "печатном номере",
        // Reprint and licensing notices ("Licensing & reprints: sales@…", "Nachdruck nur mit Genehmigung").
        "licensing & reprints", "reprints & licensing", "reprint or licensing", "reprints and permissions",
        "republish this", "republishing guidelines", "may not be published, broadcast",
        "may not be published or broadcast", "may not be reproduced", "nachdruck nur", "nachdruck und weitergabe",
        "reproduction interdite", "reproduction totale ou partielle", "reproducción total o parcial",
        "prohibida su reproducción", "перепечатка материалов", "передрук матеріалів", "використання матеріалів",
        // Reuse on the outlet's terms ("Republication needs our written permission", "Использование … допускается
        // только с гиперссылкой на источник").
        "our written permission", "our prior written permission", "republication needs", "republication requires",
        "weiterverwendung auf anfrage", "weiterverwendung nur",
        "только с гиперссылкой", "только с активной ссылкой", "лише з гіперпосиланням", "лише з активним посиланням",
        // Disclaimers: advice, liability, the writer's opinion, a funder's responsibility.
        "not investment advice", "does not constitute investment advice", "market data delayed",
        // Market data's notes: advice disowned, prices delayed, where the figures come from ("Nothing here is
        // investment advice", "Share price shown at least 15 minutes behind live trading", "Cours différés
        // d'au moins quinze minutes", "Index and bond levels supplied by … · indicative closing values").
        "nothing here is investment advice", "is not investment advice", "fall as well as rise",
        "ne constituent pas un conseil", "behind live trading", "minutes behind the market", "cours différés",
        "kurse zeitverzögert", "kurse verzögert", "zeitverzögerte kurse", "cotizaciones diferidas",
        "datos con retraso", "котировки с задержкой", "котирування із затримкою", "indicative closing values",
        "indicative closing prices", "levels supplied by", "prices supplied by",
        "keine anlageberatung", "ne constitue pas un conseil", "no constituye asesoramiento",
        "не является инвестиционной рекомендацией", "не є інвестиційною порадою", "ohne gewähr",
        "sans garantie d'exactitude", "irrtümer und änderungen vorbehalten", "sous réserve d'erreurs",
        "salvo error u omisión", "not a substitute for professional medical advice",
        "does not replace professional medical advice", "ersetzt keine ärztliche", "ersetzt keine untersuchung",
        "ne remplace pas une consultation", "ne remplace pas l'avis", "no sustituye la consulta",
        "не заменяет консультацию", "не замінює консультацію", "geben die meinung",
        "do not necessarily reflect", "does not necessarily reflect", "n'engagent que leur",
        "no reflejan necesariamente", "может не совпадать с позицией редакции",
        "може не збігатися з позицією редакції", "sole responsibility of", "seule responsabilité",
        "responsabilidad exclusiva", "исключительной ответственностью", "виключною відповідальністю",
        // Affiliate disclosures ("We may earn a commission if you book through links on this page").
        "earn a commission", "earns a commission", "affiliate links", "affiliate-links", "erhalten wir eine provision",
        "percevoir une commission", "liens affiliés", "enlaces de afiliado", "recibir una comisión",
        "партнерские ссылки", "партнерські посилання",
        // A story interrupted by an advertisement ("Продолжение интервью — после рекламы").
        "after the ad", "after this ad", "below this ad", "below the ad", "after the advertisement",
        "nach der werbung", "nach der anzeige", "après la publicité", "après cette publicité", "tras la publicidad",
        "después del anuncio", "после рекламы", "після реклами",
        // A newsletter's sponsor ("This week's issue is supported by Halvorsen Hardware").
        "issue is supported by", "issue is sponsored by", "newsletter is supported by", "newsletter is sponsored by",
        "episode is supported by", "episode is sponsored by", "this post is sponsored by",
        "this post is brought to you by",
        // Comment policies ("Comments are moderated …", "Die Kommentarfunktion ist … geschlossen").
        "comments are moderated", "our comment policy", "civil forum for discussion",
        "keep comments relevant and respectful", "read our comment policy", "kommentarfunktion",
        "commentaires sont modérés", "comentarios están moderados", "комментарии модерируются",
        "коментарі модеруються",
    ]

    /// Words that head a story's own facts as often as a teaser block ("Más información"): a teaser
    /// block's heading only over two headlines or more in its block.
    static let weakTeaserHeadings: [String] = [
        "more information", "more info", "mehr informationen", "mehr infos", "plus d'informations", "plus d'infos",
        "más información", "más info", "больше информации", "подробнее", "більше інформації", "детальніше",
    ]

    /// A teaser label's first word ("Related news:", "Mehr Fahrberichte:"): related, more, other.
    static let teaserLabelMoreWords: [String] = [
        "related", "more", "other", "mehr", "weitere", "andere", "ähnliche", "autres", "plus", "más",
        "otros", "otras",
        "ещё", "еще", "другие", "похожие", "більше", "інші", "схожі",
    ]

    /// Calls to follow or watch a live report, opening the part after its marker.
    static let liveFollowOpenings: [String] = [
        "follow ", "watch ", "sigue ", "siga ", "mira ", "suivez ", "regardez ", "verfolgen sie ", "folgen sie ",
        "следите ", "смотрите ", "стежте ", "дивіться ",
    ]

    /// "Our" and a series or special report, a teaser label of two words ("Notre dossier :").
    static let teaserLabelSeriesOwnerWords: [String] = [
        "our", "notre", "unsere", "unser", "nuestro", "nuestra", "наш", "наша", "наше",
    ]
    static let teaserLabelSeriesWords: [String] = [
        "dossier", "series", "special", "serie", "reihe", "spezial", "especial", "спецпроект", "спецпроєкт",
        "досье", "досьє", "серия", "серія",
    ]

    /// "Also" opening a teaser label that names the outlet's own site ("Also on our site:", "Auch auf
    /// unserer Seite:"), the site's owner ("our") and the site.
    static let teaserLabelAlsoWords: [String] = [
        "also", "auch", "aussi", "également", "también", "также", "тоже", "також", "теж",
    ]
    /// Where: what stands before an outlet's name or its page after "also" ("Also in the Courier", "Auch
    /// im …"), after a fixed teaser heading ("Most watched on WKDN 7"), before "our live …" ("on our
    /// live election tracker").
    static let placePrepositions: [String] = [
        "in", "on", "at", "im", "auf", "bei", "dans", "sur", "en", "в", "у", "на",
    ]
    static let teaserLabelAlsoArticles: [String] = ["the", "der", "die", "dem", "le", "la", "les", "el", "los"]
    /// Where from, after "also" ("Also from the Courier", "Auch aus dem Gerichtssaal", "Aussi de la rédaction").
    static let teaserLabelFromPrepositions: [String] = ["from", "aus", "von", "de", "desde", "из", "з", "із", "від"]
    static let teaserLabelSiteOwnerWords: [String] = [
        "our", "unserer", "unserem", "unseren", "notre", "nos", "nuestra", "nuestro", "nuestros", "нашем", "нашому",
        "наших", "нашей", "нашій",
    ]
    static let teaserLabelSiteWords: [String] = [
        "site", "website", "pages", "page", "blog", "seite", "webseite", "seiten", "sitio", "web",
        "página", "páginas", "сайте", "сайті", "страницах", "сторінках", "странице", "сторінці",
    ]
    /// A desk of the outlet after "our" and its beat ("Also from our health desk:", "Auch aus unserer
    /// Sportredaktion" has it in one word and is no label of this shape).
    static let teaserLabelDeskWords: [String] = [
        "desk", "desks", "newsroom", "team", "redaktion", "rédaction", "redacción", "редакции", "редакції",
    ]

    /// "Our" before "other" in a teaser label ("Nos autres recettes :", "Unsere weiteren Tests:").
    static let teaserLabelOurWords: [String] = ["our", "unsere", "nos", "nuestros", "nuestras", "наши", "наші"]
    static let teaserLabelOtherWords: [String] = [
        "other", "weiteren", "anderen", "autres", "otros", "otras", "другие", "інші",
    ]

    /// A teaser label's last two words when it offers what other readers read ("Nos abonnés ont aussi
    /// lu :", "Our subscribers also read:", "Unsere Leser lasen auch:").
    static let teaserLabelAlsoReadEndings: [String] = [
        "also read", "also reading", "aussi lu", "également lu", "lasen auch", "auch gelesen",
        "también leyeron", "también leído", "también leen", "также читают", "также прочитали", "также читали",
        "також читають", "також прочитали", "також читали", "also like", "also enjoy", "aussi aimer",
        "auch gefallen", "auch interessieren", "puede gustar", "podría gustar", "podría interesar", "также понравится",
        "також сподобається",
        // "À découvrir aussi :", "Ebenfalls lesenswert:": a label of discovering or reading too.
        "découvrir aussi", "découvrir également", "ebenfalls lesenswert", "auch lesenswert",
        // "Further reading:" ("Further afield: The Lakes and the Dales" heads a travel story's part).
        "further reading", "further coverage", "recommended reading", "weiterführende lektüre",
        // "Nos lecteurs ont aussi consulté", "Readers also viewed": what others also looked at.
        "also viewed", "also visited", "aussi consulté", "également consulté", "aussi regardé", "auch angesehen",
        "auch angeklickt", "también vieron", "también visitaron", "también consultaron", "также смотрели",
        "также просматривали", "також переглядали", "також дивилися",
    ]

    /// "Trending on Harbourline:", "Beliebt bei unseren Lesern:": what is trending, and where or among whom
    /// (first word, then second; "Trending down: DVDs and audiobooks" heads a story's list).
    static let teaserLabelTrendWords: [String] = [
        "trending", "popular", "beliebt", "tendance", "tendances", "tendencia", "tendencias", "популярное",
        "популярне",
    ]
    static let teaserLabelTrendPlaces: [String] = [
        "on", "at", "now", "in", "among", "with", "auf", "bei", "jetzt", "sur", "chez", "en", "ahora", "entre",
        "на", "у", "в", "сейчас", "зараз",
    ]
    /// When it trends, after the trend's word ("popular this week", "beliebt heute", "популярное за неделю").
    static let teaserLabelTrendTimes: [String] = [
        "this", "today", "tonight", "heute", "diese", "dieser", "cette", "ce", "aujourd'hui", "esta", "este",
        "hoy", "за", "сегодня", "этой", "сьогодні", "цього", "цієї",
    ]

    /// A teaser label naming the next item of a feed or a digest ("Следующая новость дайджеста:", "Next
    /// item:"): a word for "next" and a word for an item, anywhere in the label.
    static let teaserLabelNextWords: [String] = [
        "next", "nächster", "nächste", "nächstes", "suivant", "suivante", "prochain", "prochaine", "siguiente",
        "próxima", "próximo", "следующая", "следующий", "следующее", "наступна", "наступний", "наступне",
    ]
    static let teaserLabelItemWords: [String] = [
        "story", "item", "article", "post", "entry", "artikel", "beitrag", "meldung", "nachricht", "noticia",
        "nota", "artículo", "entrada", "новость", "статья", "материал", "запись", "новина", "стаття", "матеріал",
        "запис",
    ]

    /// A heading's last word when the outlet recommends its pieces ("Le Réveil vous recommande").
    static let recommendWords: [String] = [
        "recommends", "recommend", "recommande", "recommandent", "empfiehlt", "empfehlen", "recomienda",
        "recomiendan", "recomendamos", "рекомендует", "рекомендуем", "рекомендує", "рекомендуємо",
    ]

    /// Headings of teaser blocks ("Other Topics of Interest", "Most read"): the heading, the headline
    /// printed with it and the list or card under it are all boilerplate.
    static let teaserHeadings: Set<String> = [
        "other topics of interest", "most read", "most popular", "most viewed", "most shared", "trending",
        "recent posts", "latest posts", "entradas recientes", "publicaciones recientes", "articles récents",
        "derniers articles", "neueste beiträge", "letzte beiträge", "последние записи", "останні записи",
        "most watched", "most commented", "meistgesehen", "meistkommentiert", "les plus vus", "les plus commentés",
        "lo más comentado", "самое просматриваемое", "самое обсуждаемое", "найпереглядуваніше", "найобговорюваніше",
        "trending now", "popular now", "top stories", "related", "related articles", "related stories",
        "related news", "related coverage", "related content", "more on this story", "more stories",
        "more news", "you may also like", "you might also like", "recommended", "recommended for you",
        "recommended stories", "read next", "up next", "what to read next", "elsewhere on the site",
        "elsewhere on our site", "elsewhere on the website", "auch auf unserer seite", "ailleurs sur le site",
        "en otras secciones", "еще на сайте", "ще на сайті", "следующий материал",
        "следующая новость", "наступний матеріал", "наступна новина", "editor's picks", "latest news",
        "meistgelesen", "meistgelesene artikel", "das könnte sie auch interessieren", "mehr zum thema",
        "weitere artikel", "les plus lus", "sur le même sujet", "à lire aussi", "lo más leído", "lo más visto",
        "te puede interesar", "noticias relacionadas", "i più letti", "leggi anche", "mais lidas",
        "самое читаемое", "популярное", "читайте также", "по теме", "найпопулярніше", "популярне",
        "читайте також", "по темі", "найчитаніше", "найчитаніші", "самые читаемые", "читаемое",
        "recommended videos", "related videos", "more videos", "top videos", "empfohlene videos",
        "our videos", "video of the day", "unsere videos", "video des tages", "nos vidéos", "vidéo du jour",
        "vídeos relacionados", "videos relacionados", "nuestros vídeos", "vídeo del día", "видео дня",
        "наши видео", "відео дня", "наші відео", "трендове", "в тренде", "у тренді", "tendencias", "tendances",
        "weitere videos", "vidéos recommandées", "vídeos recomendados", "videos recomendados", "más vídeos",
        "рекомендуемые видео", "другие видео", "рекомендовані відео", "інші відео",
        "unsere empfehlung", "empfehlungen", "te recomendamos", "recomendados", "vous aimerez aussi",
        "à voir aussi", "in case you missed it", "новини партнерів", "новости партнеров", "вас може зацікавити",
        "вам може бути цікаво", "вам также может быть интересно", "также по теме",
        // "Read also" standing alone over its teasers ("Lesen Sie auch" / a headline).
        "read also", "also read", "see also", "lesen sie auch", "lesen sie mehr", "siehe auch", "lire aussi",
        "lire également", "à lire également", "à découvrir", "à découvrir aussi", "a découvrir aussi",
        "lee también", "lea también", "leer también", "ver también", "leé también", "mirá también",
        "смотрите также", "читайте по теме", "дивіться також", "читайте також на тему",
        // Sponsored teasers ("Новости партнёров" over clickbait headlines).
        "материалы партнеров", "матеріали партнерів", "news from our partners", "from our partners",
        "aus dem netz", "contenus partenaires", "contenido patrocinado de socios",
        // "Other Topics of Interest" in the other languages.
        "weitere themen", "andere themen", "themen von interesse", "autres sujets", "autres sujets d'intérêt",
        "sujets connexes", "related topics", "verwandte themen", "sujets associés", "связанные темы", "пов'язані теми",
        "otros temas", "otros temas de interés", "temas relacionados", "другие темы",
        "другие новости", "похожие материалы", "інші теми", "інші новини", "схожі матеріали",
        // More of the same kind, another release, another report.
        "más reportajes", "more reports", "more features", "weitere reportagen", "autres reportages",
        "другие выпуски", "інші випуски", "other releases", "weitere veröffentlichungen", "autres publications",
        "otras publicaciones",
        "related posts", "ähnliche beiträge", "articles similaires", "entradas relacionadas", "похожие записи",
        "схожі записи",
        // The latest of the site's other stories.
        "latest stories", "latest articles", "neueste artikel", "neueste nachrichten", "dernières actualités",
        "dernières nouvelles", "últimas noticias", "последние новости", "свежие новости", "останні новини",
        "свіжі новини",
    ]

    /// Openings of teaser-block headings beyond the fixed ones ("More from City Hall", "Mehr aus der
    /// Region", "Más noticias de Deportes"), for short lines only.
    static let teaserHeadingOpenings: [String] = [
        "more from ", "more stories", "more news", "more on ", "other stories", "other news", "also in ",
        "más sobre ", "plus sur ", "mehr über ", "больше о ", "більше про ",
        "in other news", "you may also", "you might also", "previous episodes", "more episodes",
        "frühere folgen", "weitere folgen", "épisodes précédents", "episodios anteriores", "предыдущие выпуски",
        "попередні випуски", "lo más leído en ", "lo más visto en ", "latest from ", "останні новини ",
        "последние новости ", "nos autres ", "d'autres recettes", "most popular in ", "recommended ", "most read",
        "most popular", "more in ", "mehr in ", "plus dans ", "más en ", "еще в ", "більше в ",
        "sponsored stories", "promoted stories", "sponsored content", "paid content", "partner content",
        "gesponserte inhalte", "contenus sponsorisés", "contenido patrocinado", "спонсорские материалы",
        "top stories", "latest from", "latest news", "around the web", "from around", "don't miss",
        "trending on ", "trending in ", "popular on ", "most read on ", "beliebt bei ", "tendances",
        "mehr aus ", "mehr zum ", "mehr news", "mehr nachrichten", "mehr artikel", "weitere artikel",
        "weitere nachrichten", "weitere meldungen", "meistgelesen", "auch interessant", "das könnte",
        "à lire", "a lire", "lire aussi", "à découvrir", "a découvrir", "sur le même", "dans la même",
        "les plus lus", "les plus partagés", "à voir aussi", "más noticias", "más leíd", "mas leid", "más vist",
        "lo más", "lo último", "otras noticias", "te puede", "también te", "noticias relacionadas",
        "вам также", "вам может", "вам також", "вам може", "вам будет интересно", "вам буде цікаво", "другие новости",
        "еще по теме",
        "новости по теме", "главное за", "главное сегодня", "самое читаемое", "самое популярное",
        "популярное", "читайте также", "больше новостей", "інші новини", "головне за", "головне сьогодні",
        "найпопулярніше", "популярне", "читайте також", "більше новин", "новини на тему",
        "popular right now", "popular this week", "popular today", "últimas noticias", "pour aller plus loin",
        "most viewed", "most watched", "trending across ", "related ", "les articles qui", "articles qui font",
        "еще на ", "материалы по теме", "ще на ", "матеріали за темою", "матеріали на тему",
        // What the outlet thinks worth the reader's time ("Also Worth Your Time", "Lesenswert").
        "also worth", "worth reading", "worth a read", "worth your time", "auch lesenswert", "lesenswert",
        "vale la pena leer", "стоит прочитать", "варто прочитати",
        // What readers pick, what is hot, what is read now ("Readers' picks this morning", "Hot topics on …",
        // "Vos lectures favorites depuis l'aube", "Читают прямо сейчас"), and the outlet's whole coverage of a
        // topic ("Alles zur Kommunalwahl in unserer Region").
        "readers' picks", "readers' choice", "hot topics", "vos lectures", "читают ", "читають ", "alles zur ",
        "alles zum ", "les plus consultés", "больше всего просмотров", "найбільше переглядів", "dazu passend",
        "passend dazu", "weitere ", "busiest pages", "busiest stories", "most-read",
    ]

    /// A club's or an event's sponsor named after its label ("Patrocinador principal: Aceites Sierra
    /// Almazara"): a line of its own.
    static let sponsorLabels: [String] = [
        "main sponsor:", "official sponsor:", "match sponsor:", "today's match sponsor:", "matchday sponsor:",
        "match ball sponsor:", "spieltagssponsor:", "hauptsponsor:", "sponsor principal :", "sponsor principal:",
        "patrocinador principal:", "patrocinador oficial:", "генеральный спонсор:", "генеральний спонсор:",
    ]

    /// Openings of a sponsor's part of a marker line ("Sponsored · Presented by Bayline Credit Union").
    static let sponsorOpenings: [String] =
        Self.sponsorLabels + [
            "presented by ", "sponsored by ", "in partnership with ", "präsentiert von ", "gesponsert von ",
            "in kooperation mit ", "présenté par ", "sponsorisé par ", "en partenariat avec ", "presentado por ",
            "patrocinado por ", "en colaboración con ", "при поддержке ", "спонсор ", "за підтримки ", "партнер ",
        ]

    /// The home page, where a breadcrumb's path starts ("Главная / Происшествия / ЖКХ").
    static let homePages: Set<String> = [
        "home", "startseite", "start", "accueil", "inicio", "portada", "главная", "головна",
    ]

    /// Labels that, before a colon and a headline, make a line a teaser ("Watch: …", "Opinion: …").
    static let teaserLabels: Set<String> = [
        "watch", "video", "listen", "podcast", "opinion", "analysis", "explainer", "live", "photos", "gallery",
        "read", "see", "factbox", "editorial", "interview", "exclusive", "breaking", "also", "more",
        "related", "recommended", "read more", "read also", "see also", "lesen sie", "lire", "lee", "читайте",
    ]

    /// A picture from the archive, as the last word or two of a caption ("… in St Andrew. File").
    static let archiveWords: [String] = [
        "file", "file photo", "file picture", "archive", "archive photo", "archiv", "archivbild", "archivfoto",
        "archives", "photo d'archives", "archivo", "foto de archivo", "архив", "архивное фото", "архів",
        "архівне фото",
    ]
    /// A picture's source, opening the sentence after a caption ("… в первый день работы. Снимок пресс-службы
    /// мэрии", "… at the opening. Photo courtesy of the council").
    static let pictureSourceOpenings: [String] = [
        "photo courtesy", "picture courtesy", "image courtesy", "photo provided by", "picture supplied by",
        "снимок пресс-службы", "фото пресс-службы", "фото предоставлено", "фото прес-служби", "фото надано",
        "foto cedida por", "foto cortesía de", "photo transmise par", "photo fournie par", "bild zur verfügung",
        "foto zur verfügung",
    ]
    /// A picture a reader sent, named so after the caption ("… на улице Котельной. Фото читателя"), as
    /// ``archiveWords`` name the archive's.
    static let readerPhotoWords: [String] = [
        "reader photo", "reader's photo", "photo from a reader", "leserfoto", "foto: leser", "photo d'un lecteur",
        "photo lecteur", "foto de un lector", "foto del lector", "фото читателя", "фото читательницы",
        "фото подписчика", "фото читача", "фото читачки", "фото підписника",
    ]

    /// Words that credit a photo at the end of a caption ("… Photo: Kremlin.ru", "Foto: Jana Weber").
    static let creditLabels: [String] = [
        "photo", "photos", "photograph", "photo credit", "photo credits", "image", "images", "image credit",
        "image credits", "picture", "pictures", "picture credit", "credit", "credits", "bildnachweis", "crédito",
        "créditos", "illustration", "graphic", "video", "source", "foto", "fotos", "bild", "bildquelle",
        "quelle", "crédit", "crédits", "crédit photo", "imagen", "fuente", "fotografía", "immagine",
        "фото", "источник", "джерело", "ілюстрація", "иллюстрация",
    ]

    /// Phrases that credit a photo without a colon ("Photo by …", "… via Getty Images").
    static let creditPhrases: [String] = [
        "photo by ", "photograph by ", "image by ", "photo courtesy", "image courtesy", "courtesy of ",
        "getty images", "via reuters", "ap photo", "afp photo", "foto von ",
        // A picture given by someone, or a desk's own illustration.
        "foto cedida por", "imagen cedida por", "photo illustration", "photo-illustration", "photo fournie par",
        "photo transmise par", "foto zur verfügung gestellt", "фото предоставлено", "фото надано",
    ]

    /// A guest book's or a comment box's heading, before its count in brackets ("Libro de condolencias
    /// (23)"): the rest of its block is the box's entries.
    static let countedBoxHeadings: [String] = [
        "comments", "reader comments", "guest book", "guestbook", "online guest book", "condolences",
        "kommentare", "leserkommentare", "kondolenzbuch", "gästebuch", "beileidsbekundungen", "commentaires",
        "livre d'or", "livre de condoléances", "condoléances", "comentarios", "libro de condolencias",
        "condolencias", "комментарии", "книга соболезнований", "соболезнования", "коментарі", "книга співчуттів",
        "співчуття",
    ]

    /// What opens a masthead's description of its newsletter ("a weekly letter from …"), and the
    /// newsletter's words in it (``Boilerplate``).
    static let newsletterArticles: [String] = [
        "a", "an", "the", "your", "our", "ein", "eine", "der", "die", "dein", "ihr", "unser", "la", "le", "une",
        "un", "votre", "notre", "el", "una", "tu", "su", "nuestro", "nuestra", "ваш", "ваша", "наш", "наша",
    ]
    /// The words a masthead's description may open with besides an article: how often or when the
    /// newsletter comes ("autumn bulletin of …").
    static let newsletterTimes: [String] = [
        "weekly", "daily", "monthly", "quarterly", "fortnightly", "spring", "summer", "autumn", "fall", "winter",
        "morning", "evening", "sunday", "saturday", "wöchentlicher", "täglicher", "monatlicher", "hebdomadaire",
        "mensuelle", "quotidienne", "semanal", "mensual", "diario", "еженедельная", "ежедневная", "щотижнева",
        "щоденна",
    ]
    /// What a town or the outlet's readers do in a teaser heading ("What Hatherby is reading today").
    static let teaserReadingVerbs: [String] = ["reading", "watching", "listening", "clicking", "sharing"]

    /// A call to join a newsletter, or what it costs, after its name and description.
    static let newsletterCalls: [String] = [
        "join", "subscribe", "sign", "free", "nothing", "kostenlos", "gratis", "abonnieren", "gratuit",
        "gratuite", "inscrivez-vous", "abonnez-vous", "suscríbete", "apúntate", "бесплатно", "подпишитесь",
        "безкоштовно", "підпишіться",
    ]
    static let newsletterNouns: [String] = [
        "letter", "newsletter", "bulletin", "digest", "briefing", "dispatch", "roundup", "round-up", "rundbrief",
        "lettre", "infolettre", "boletín", "carta", "рассылка", "розсилка", "бюллетень", "бюлетень",
        "дайджест", "письмо", "лист",
    ]

    /// A caption placing its scene in a photograph (``Boilerplate/isCaption(_:_:)``): the photograph's
    /// words (which the phrase search finds), who gave or took it after them, and the place before them
    /// (a preposition and its article, or a preposition alone).
    static let photographWords: [String] = [
        "photo", "photograph", "picture", "foto", "fotografie", "fotografía", "photographie", "фото",
        "фотографии", "фотографії", "снимке", "знімку", "світлині",
    ]
    static let photographGivers: [String] = [
        "supplied", "provided", "taken", "released", "courtesy", "from", "by", "shared", "handed", "given",
        "von", "aus", "de", "del", "fournie", "cedida", "из", "з", "предоставленной", "наданій",
    ]
    static let photographPlaces: [String] = [
        "in a", "in an", "in this", "in the", "auf einem", "auf diesem", "auf dem", "sur une", "sur cette",
        "en una", "en esta", "на", "на этом", "на этой", "на цьому", "на цій",
    ]

    /// A word for the outlet's team that a byline credits after "the" ("By the Wexcombe transport team").
    static let bylineTeamWords: [String] = [
        "team", "desk", "staff", "newsroom", "editors", "reporters", "correspondents",
    ]

    /// The newsroom as a byline names it instead of an author, after an opening ("Par la rédaction").
    static let newsroomNames: [String] = [
        "the newsroom", "our newsroom", "the editors", "our staff", "the staff", "staff", "la rédaction",
        "notre rédaction", "der redaktion", "die redaktion", "unserer redaktion", "la redacción",
        "nuestra redacción", "la redaccion",
    ]

    /// Openings of bylines ("By Kenji Mori", "Par Hugo Lemaire"), case-sensitive.
    static let bylineOpenings: [String] = [
        "By ", "BY ", "Words by ", "Written by ", "Reporting by ", "Par ", "Von ", "Text: ", "Por ", "Di ",
        "Door ", "Av ", "Author of the article: ", "Автор: ", "Автор ", "Авторка: ", "Текст: ",
        "Propos recueillis par ", "Interview by ",
        "Interview: ", "Interviewed by ", "Das Gespräch führte ", "Interview von ", "Entrevista de ",
        "Entrevista: ", "Беседовал ", "Беседовала ", "Розмовляв ", "Розмовляла ",
        // A reviewer credited under the headline ("Medically reviewed by …", "Medizinisch geprüft von …").
        "Medically reviewed by ", "Reviewed by ", "Fact-checked by ", "Fact checked by ", "Medizinisch geprüft von ",
        "Fachlich geprüft von ", "Geprüft von ", "Relu par ", "Vérifié par ", "Revisado por ", "Verificado por ",
        "Проверено: ", "Перевірено: ",
    ]
}
