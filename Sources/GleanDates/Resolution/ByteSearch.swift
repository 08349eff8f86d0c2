extension String {
    /// Whether `needle` occurs in this string, compared byte for byte (UTF-8). The resolvers ask
    /// this of short lowercased phrases ("the past", "last fiscal"); `contains(_:)` on strings goes
    /// through the generic collection search and costs some twenty times more.
    func includes(_ needle: StaticString) -> Bool {
        var haystack = self
        return haystack.withUTF8 { text in
            needle.withUTF8Buffer { word in
                guard word.count <= text.count else { return false }
                guard let first = word.first else { return true }
                var i = 0
                let last = text.count - word.count
                while i <= last {
                    if text[i] == first {
                        var k = 1
                        while k < word.count && text[i + k] == word[k] { k += 1 }
                        if k == word.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

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
