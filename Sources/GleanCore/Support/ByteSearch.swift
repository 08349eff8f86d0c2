/// Substring search on UTF-8 bytes, for the extractors' short lowercased phrases and units
/// ("the past", " per "): `String.contains(_:)` goes through the generic collection search and
/// costs some twenty times more.
@usableFromInline
package enum ByteSearch {
    /// Whether `needle`'s bytes occur in `text` (an empty needle occurs everywhere).
    @inlinable
    package static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        guard count <= text.count else { return false }
        let word = needle.utf8Start
        let first = word[0]
        var i = 0
        let last = text.count - count
        while i <= last {
            if text[i] == first {
                var k = 1
                while k < count && text[i + k] == word[k] { k += 1 }
                if k == count { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// Whether `needle`'s bytes occur in this string's UTF-8 (``ByteSearch/contains(_:_:)``).
    @inlinable
    package func containsBytes(_ needle: StaticString) -> Bool {
        var haystack = self
        return haystack.withUTF8 { ByteSearch.contains($0, needle) }
    }
}
