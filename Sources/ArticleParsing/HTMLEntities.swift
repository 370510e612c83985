/// Named HTML character references that scraped article text actually contains, as data.
///
/// Not the full HTML5 table (2,000+ names): the Latin-1 block plus typography covers what news
/// scrapers leave behind; an unknown name is left as written rather than guessed.
enum HTMLEntities {
    /// Looks up `name` (without `&` and `;`).
    static func scalar(named name: String) -> Unicode.Scalar? {
        guard let value = Self.table[name] else { return nil }
        return Unicode.Scalar(value)
    }

    private static let table: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
            "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "hairsp": 0x200A, "numsp": 0x2007,
            "zwsp": 0x200B, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
            "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "hyphen": 0x2010, "minus": 0x2212,
            "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D,
            "bdquo": 0x201E, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
            "hellip": 0x2026, "bull": 0x2022, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030,
            "euro": 0x20AC, "trade": 0x2122, "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191,
            "darr": 0x2193, "harr": 0x2194, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160,
            "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6, "tilde": 0x2DC,
            "nbsp": 0xA0, "NewLine": 0x0A, "Tab": 0x09,
        ]
        // HTML 4's names for U+00A1…U+00FF, in code point order.
        let latin1 = """
            iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn \
            sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave \
            Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc \
            Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml \
            Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc \
            euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash \
            ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            table[String(name)] = 0xA1 + UInt32(offset)
        }
        return table
    }()
}
