import Foundation

/// SHA-256 (FIPS 180-4), so the tests can match records to files by `source.sha256` without a dependency.
enum SHA256 {
    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The lowercase hexadecimal digest of `data`, as `sha256sum` prints it.
    ///
    /// Written against raw buffers: the tests run unoptimized, and the overflow test hashes tens of thousands of
    /// files.
    static func hex(_ data: Data) -> String {
        var padded = [UInt8](data)
        let bitLength = UInt64(padded.count) &* 8
        padded.append(0x80)
        padded.append(contentsOf: repeatElement(0, count: (120 - padded.count % 64) % 64))
        for shift in stride(from: 56, through: 0, by: -8) { padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

        let h = UnsafeMutablePointer<UInt32>.allocate(capacity: 8)
        let w = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        let k = UnsafeMutablePointer<UInt32>.allocate(capacity: 64)
        defer {
            h.deallocate()
            w.deallocate()
            k.deallocate()
        }
        for i in 0..<64 { k[i] = self.k[i] }
        h[0] = 0x6a09_e667
        h[1] = 0xbb67_ae85
        h[2] = 0x3c6e_f372
        h[3] = 0xa54f_f53a
        h[4] = 0x510e_527f
        h[5] = 0x9b05_688c
        h[6] = 0x1f83_d9ab
        h[7] = 0x5be0_cd19
        padded.withUnsafeBufferPointer { buffer in
            let message = buffer.baseAddress!
            var chunk = 0
            while chunk < buffer.count {
                var i = 0
                while i < 16 {
                    let j = chunk &+ i &* 4
                    w[i] = UInt32(message[j]) << 24 | UInt32(message[j &+ 1]) << 16 | UInt32(message[j &+ 2]) << 8
                        | UInt32(message[j &+ 3])
                    i &+= 1
                }
                while i < 64 {
                    let x = w[i &- 15]
                    let y = w[i &- 2]
                    let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
                    let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
                    w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
                    i &+= 1
                }
                var a = h[0]
                var b = h[1]
                var c = h[2]
                var d = h[3]
                var e = h[4]
                var f = h[5]
                var g = h[6]
                var hh = h[7]
                i = 0
                while i < 64 {
                    let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
                    let ch = (e & f) ^ (~e & g)
                    let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
                    let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
                    let maj = (a & b) ^ (a & c) ^ (b & c)
                    hh = g
                    g = f
                    f = e
                    e = d &+ t1
                    d = c
                    c = b
                    b = a
                    a = t1 &+ s0 &+ maj
                    i &+= 1
                }
                h[0] &+= a
                h[1] &+= b
                h[2] &+= c
                h[3] &+= d
                h[4] &+= e
                h[5] &+= f
                h[6] &+= g
                h[7] &+= hh
                chunk &+= 64
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for i in 0..<8 {
            for shift in stride(from: 28, through: 0, by: -4) {
                hex.append(digits[Int((h[i] >> UInt32(shift)) & 0xf)])
            }
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The digest of the file at `url`.
    static func hex(contentsOf url: URL) throws -> String {
        try self.hex(Data(contentsOf: url))
    }
}
