extension String {
    /// The characters that are numbers, as `filter(\.isNumber)` gives them: for ASCII text (the
    /// usual case) the digits, picked from the bytes without iterating characters.
    var numberCharacters: String {
        var copy = self
        let fast = copy.withUTF8 { utf8 -> String? in
            for byte in utf8 where byte >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: utf8.count) { out in
                var n = 0
                for byte in utf8 where byte >= 0x30 && byte <= 0x39 {
                    out[n] = byte
                    n += 1
                }
                return n
            }
        }
        return fast ?? filter(\.isNumber)
    }
}
