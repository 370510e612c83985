/// The words of dates in the languages newsdrop reads, as data: months, weekdays, zones, and the
/// small words that surround a date on a date line ("Published", "Updated", "at", "de", "г.").
enum DateVocabulary {
    /// Month names and abbreviations (lowercased, without a trailing dot), to month numbers.
    static let months: [String: Int] = {
        let names: [[String]] = [
            // en, de, fr, es, it, pt, ru (genitive and nominative), uk (genitive and nominative)
            [
                "january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "janeiro",
                "января", "январь", "січня", "січень",
            ],
            [
                "february", "feb", "febr", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero",
                "febbraio",
                "fevereiro", "fev", "февраля", "февраль", "лютого", "лютий",
            ],
            [
                "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "марта", "март", "березня",
                "березень",
            ],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "квітня", "квітень"],
            ["may", "mai", "mayo", "maggio", "maio", "мая", "май", "травня", "травень"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "июня", "июнь", "червня", "червень"],
            [
                "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "июля", "июль", "липня",
                "липень",
            ],
            ["august", "aug", "août", "aout", "agosto", "ago", "августа", "август", "серпня", "серпень"],
            [
                "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "set",
                "сентября", "сентябрь", "вересня", "вересень",
            ],
            [
                "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "out", "октября",
                "октябрь", "жовтня", "жовтень",
            ],
            [
                "november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "листопада",
                "листопад",
            ],
            [
                "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
                "dicembre", "dezembro", "декабря", "декабрь", "грудня", "грудень",
            ],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя",
        // Abbreviated, as date lines print them ("Mi., 14. Januar 2026", "mer. 14 janvier 2026", "ср, 12
        // ноября"). (Not Spanish "mar": March's abbreviation too.)
        "mo", "di", "mi", "do", "fr", "sa", "so", "lun", "mer", "jeu", "ven", "sam", "dim", "mié", "mie", "jue",
        "vie", "sáb", "sab", "dom", "пн", "вт", "ср", "чт", "пт", "сб", "вс", "нд",
    ]

    /// Zone abbreviations that are unambiguous in news datelines, to minutes east of UTC.
    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "west": 60, "cet": 60, "mez": 60,
        "cest": 120, "mesz": 120, "eet": 120, "eest": 180, "msk": 180, "мск": 180,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
        "aest": 600, "aedt": 660, "acst": 570, "acdt": 630, "awst": 480, "nzst": 720, "nzdt": 780, "jst": 540,
        "kst": 540, "hkt": 480, "sgt": 480, "sast": 120,
        // Canadian French: heure normale / avancée de l'Atlantique, de l'Est, du Centre, des Rocheuses, du
        // Pacifique.
        "hna": -240, "haa": -180, "hne": -300, "hae": -240, "hnc": -360, "hac": -300, "hnr": -420, "har": -360,
        "hnp": -480, "hap": -420,
    ]

    /// Zone abbreviations of several zones ("IST": India, Ireland, Israel): read only right after a time,
    /// as part of a date line whose time then has no zone (the date alone is given).
    static let ambiguousZones: Set<String> = ["ist"]

    /// US zones written without standard or daylight ("09:00 ET"), to their standard offset; only
    /// read right after a time, since "et" is also a word.
    static let usGenericZones: [String: Int] = ["et": -300, "ct": -360, "mt": -420, "pt": -480]

    /// Words that may stand around a date on a line that carries nothing else.
    static let fillers: Set<String> = [
        "published", "posted", "first", "on", "at", "date", "dated", "of", "the", "and", "time",
        "de", "del", "le", "à", "a", "um", "uhr", "am", "stand", "veröffentlicht", "publié", "publiée",
        "publicado", "publicada", "pubblicato", "publicação", "г", "года", "року", "р", "в", "о", "от",
        "опубликовано", "опубліковано", "et", "y", "e", "|", "•", "·", "-", "–", "—", "/", "@",
        // Labels of date lines ("Fecha de publicación:", "Дата публикации:", "Zuletzt aktualisiert am").
        "el", "la", "las", "los", "den", "h", "hs", "created", "erstellt", "datum", "fecha", "publicación",
        "publication",
        "дата", "публикации", "публікації", "zuletzt", "dernière", "última", "ultima", "последнее", "останнє",
        "publiziert", "gepostet", "letzte", "letzten",
    ]

    /// Words that start the "published" part of a line ("Updated Y | Published X"): a new part, not an update.
    static let publishWords: Set<String> = [
        "published", "posted", "veröffentlicht", "publiziert", "publié", "publiée", "publicado", "publicada",
        "pubblicato", "опубликовано", "опубліковано", "erstellt", "created", "gepostet",
    ]

    /// Words that start the "updated" part of "Published X | Updated Y": its date is not the published one.
    static let updateWords: Set<String> = [
        "updated", "update", "modified", "edited", "last", "aktualisiert", "geändert", "mis",
        "actualizado", "actualizada", "aggiornato", "atualizado", "обновлено", "оновлено", "змінено",
        "actualización", "actualizacion", "mise", "обновление", "оновлення", "aktualisierung",
    ]

    /// Words of relative dates ("2 hours ago", "il y a 3 heures"), which give no published date.
    static let relativeWords: Set<String> = [
        "ago", "just", "now", "today", "yesterday", "hour", "hours", "hr", "hrs", "minute", "minutes",
        "min", "mins", "second", "seconds", "day", "days", "week", "weeks", "month", "months",
        "vor", "stunde", "stunden", "std", "minuten", "tag", "tagen", "gestern", "heute",
        "il", "y", "heure", "heures", "jours", "jour", "hier", "aujourd'hui",
        "hace", "hora", "horas", "minutos", "días", "ayer", "hoy",
        "назад", "час", "часа", "часов", "минут", "минуты", "вчера", "сегодня",
        "тому", "годину", "години", "годин", "хвилин", "хвилини", "хв", "вчора", "сьогодні",
    ]

    static let meridiems: [String: Bool] = ["am": false, "a.m": false, "pm": true, "p.m": true]
}
