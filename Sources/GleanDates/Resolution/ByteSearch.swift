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
