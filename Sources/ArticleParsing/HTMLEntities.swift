/// The HTML5 named character references (`&eacute;`, `&rcaron;`, `&NotEqualTilde;`), looked up by name.
///
/// The table is the HTML standard's, generated at build time by the HTMLEntityTable plugin into
/// ``html5Names`` and ``html5Entries``: constant data, so nothing is built when the process starts.
/// Names are case-sensitive, and a few stand for two characters.
enum HTMLEntities {
    /// The characters `name` (without `&` and `;`) stands for; `nil` for an unknown name, which is then
    /// left as written rather than guessed.
    static func scalars(named name: String) -> [Unicode.Scalar]? {
        guard let entry = UTF8Bytes.withBytes(name, Self.entry(named:)) else { return nil }
        let first = Unicode.Scalar(UInt32(truncatingIfNeeded: entry >> Self.scalarBits) & Self.scalarMask)!
        let second = UInt32(truncatingIfNeeded: entry) & Self.scalarMask
        return second == 0 ? [first] : [first, Unicode.Scalar(second)!]
    }

    /// Where a name starts in ``html5Names`` (above), then two scalars of 21 bits each (see the plugin).
    private static let nameShift: UInt64 = 42
    private static let scalarBits: UInt64 = 21
    private static let scalarMask: UInt32 = 1 << 21 - 1

    /// The packed entry of the name whose UTF-8 bytes are `name`: a binary search of the sorted names.
    private static func entry(named name: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let names = UnsafeBufferPointer(
            start: Self.html5Names.utf8Start,
            count: Self.html5Names.utf8CodeUnitCount
        )
        return Self.html5Entries.withUnsafeBufferPointer { entries in
            // The last entry only marks where the last name ends.
            var low = 0
            var high = entries.count - 1
            while low < high {
                let middle = (low + high) / 2
                let start = Int(truncatingIfNeeded: entries[middle] >> Self.nameShift)
                let end = Int(truncatingIfNeeded: entries[middle + 1] >> Self.nameShift)
                switch Self.compare(name, UnsafeBufferPointer(rebasing: names[start..<end])) {
                case .equal: return entries[middle]
                case .less: high = middle
                case .greater: low = middle + 1
                }
            }
            return nil
        }
    }

    private enum Order { case less, equal, greater }

    /// `left` against `right` by bytes, a proper prefix first (the order the plugin sorts in).
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Order {
        for index in 0..<min(left.count, right.count) where left[index] != right[index] {
            return left[index] < right[index] ? .less : .greater
        }
        if left.count == right.count { return .equal }
        return left.count < right.count ? .less : .greater
    }
}
