import Crypto
import Foundation

/// The `source.sha256` newsdrop should record for some bytes, as `sha256sum` prints it.
enum FileDigest {
    static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    static func hex(contentsOf url: URL) throws -> String {
        try Self.hex(Data(contentsOf: url))
    }
}
