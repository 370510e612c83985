/// The HTML5 named character references (`&eacute;`, `&rcaron;`, `&NotEqualTilde;`), looked up by name.
///
/// The table is the HTML standard's, generated at build time by the HTMLEntityTable plugin into
/// ``html5Table``; names are case-sensitive, and a few stand for two characters.
enum HTMLEntities {
    /// The characters `name` (without `&` and `;`) stands for; `nil` for an unknown name, which is then
    /// left as written rather than guessed.
    static func scalars(named name: String) -> [Unicode.Scalar]? {
        Self.table[name]
    }

    private static let table: [String: [Unicode.Scalar]] = {
        var table: [String: [Unicode.Scalar]] = [:]
        table.reserveCapacity(2_200)
        for entry in Self.html5Table.split(separator: ";") {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            let scalars = entry[entry.index(after: equals)...].split(separator: " ").compactMap {
                UInt32($0, radix: 16).flatMap(Unicode.Scalar.init)
            }
            if !scalars.isEmpty { table[String(entry[..<equals])] = scalars }
        }
        return table
    }()
}
