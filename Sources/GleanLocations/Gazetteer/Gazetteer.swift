import Foundation
import GleanCore

/// The place-name gazetteer built from GeoNames by `build_gazetteer.py`: a prebuilt open-addressing
/// hash table over folded names, read into memory as it is (no parsing), so loading costs one
/// file read. Lookups hash the folded UTF-8 bytes of a candidate (see ``NameKey``).
public final class Gazetteer: @unchecked Sendable {
    /// Counts of what the gazetteer holds.
    public let placeCount: Int, nameCount: Int
    /// The file's bytes, owned by the gazetteer and never written after `init` (a raw pointer, so
    /// that threads reading it share no reference count).
    private let bytes: UnsafeRawBufferPointer
    private let bucketCount: Int
    private let placesOffset: Int, keysOffset: Int, bucketsOffset: Int, postingsOffset: Int, stringsOffset: Int

    private static let placeSize = 28, keySize = 12

    /// The gazetteer shipped with the package, loaded once on first use (or why it could not be).
    public static let shared: Result<Gazetteer, GazetteerError> = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "bin") else {
            return .failure(GazetteerError("the gazetteer resource gazetteer.bin is missing from the GleanLocations bundle"))
        }
        // Read straight into the gazetteer's own storage (not through Data and an array: one copy
        // of the 5 MB, not three).
        guard let storage = Gazetteer.read(path: url.path) else {
            return .failure(GazetteerError("cannot read \(url.path)"))
        }
        do throws(GazetteerError) { return .success(try Gazetteer(owning: storage)) } catch { return .failure(error) }
    }()

    /// The bytes of the file at `path` in a new allocation (nil if it cannot be read).
    private static func read(path: String) -> UnsafeMutableRawBufferPointer? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 0 else { return nil }
        let size = Int(info.st_size)
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 8)
        var done = 0
        while done < size {
            let n = Foundation.read(fd, storage.baseAddress! + done, size - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { storage.deallocate(); return nil }
            done += n
        }
        return UnsafeMutableRawBufferPointer(rebasing: storage[0..<size])
    }

    /// Reads a gazetteer from the bytes of a `gazetteer.bin`.
    public convenience init(data: Data) throws(GazetteerError) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 8)
        data.copyBytes(to: storage)
        try self.init(owning: UnsafeMutableRawBufferPointer(rebasing: storage[0..<data.count]))
    }

    /// A gazetteer over the bytes of a `gazetteer.bin` in `storage`, which it takes over (and
    /// deallocates if they are no gazetteer).
    private init(owning storage: UnsafeMutableRawBufferPointer) throws(GazetteerError) {
        let bytes = UnsafeRawBufferPointer(storage)
        guard bytes.count >= 28, bytes[0] == 0x47, bytes[1] == 0x4C, bytes[2] == 0x47, bytes[3] == 0x5A else {
            storage.deallocate()
            throw GazetteerError("not a gazetteer file")
        }
        func u32(_ at: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
        guard u32(4) == 1 else { storage.deallocate(); throw GazetteerError("unsupported gazetteer version \(u32(4))") }
        placeCount = u32(8)
        nameCount = u32(12)
        bucketCount = u32(16)
        let postingCount = u32(20), stringsSize = u32(24)
        placesOffset = 28
        keysOffset = placesOffset + placeCount * Gazetteer.placeSize
        bucketsOffset = keysOffset + nameCount * Gazetteer.keySize
        postingsOffset = bucketsOffset + bucketCount * 4
        stringsOffset = postingsOffset + postingCount * 4
        guard stringsOffset + stringsSize == bytes.count, bucketCount > 0, bucketCount & (bucketCount - 1) == 0 else {
            storage.deallocate()
            throw GazetteerError("gazetteer file is truncated or inconsistent")
        }
        self.bytes = bytes
        // The filter: three bits per name key, set from the key's hash.
        let filter = UnsafeMutablePointer<UInt64>.allocate(capacity: Gazetteer.filterWords)
        filter.initialize(repeating: 0, count: Gazetteer.filterWords)
        // The prefix filter: the same over each key and each of its prefixes that a space, a
        // hyphen or a period follows (where a name's first token can end).
        let prefixFilter = UnsafeMutablePointer<UInt64>.allocate(capacity: Gazetteer.filterWords)
        prefixFilter.initialize(repeating: 0, count: Gazetteer.filterWords)
        @inline(__always) func set(_ filter: UnsafeMutablePointer<UInt64>, _ hash: UInt32) {
            let (word, mask) = Gazetteer.filterBits(hash)
            filter[word] |= mask
        }
        let key = UnsafePointer(storage.baseAddress!.assumingMemoryBound(to: UInt8.self))
        for index in 0..<nameCount {
            let start = stringsOffset + Int(storage.loadUnaligned(fromByteOffset: keysOffset + index * Gazetteer.keySize, as: UInt32.self).littleEndian)
            let length = Int(storage[start])
            // (The first byte is never a prefix's end; letters and digits, most bytes, are above 0x2E.)
            var hash = Gazetteer.hash(Gazetteer.hashSeed, length > 0 ? key[start + 1] : 0)
            if length == 0 { hash = Gazetteer.hashSeed }
            var i = start + 2
            let end = start + 1 + length
            while i < end {
                let byte = key[i]
                if byte <= 0x2E && (byte == 0x20 || byte == 0x2D || byte == 0x2E) { set(prefixFilter, hash) }
                hash = (hash ^ UInt32(byte)) &* 0x0100_0193
                i += 1
            }
            set(filter, hash)
        }
        // Whole keys are in the prefix filter too.
        for w in 0..<Gazetteer.filterWords { prefixFilter[w] |= filter[w] }
        self.filter = UnsafePointer(filter)
        self.prefixFilter = UnsafePointer(prefixFilter)
    }

    deinit {
        bytes.deallocate()
        filter.deallocate()
        prefixFilter.deallocate()
    }

    /// A Bloom filter over the name keys' hashes (128 KiB, four bits a key, all in one 64-bit
    /// word: one memory read a question, and about 1 in 70 absent keys passes): most spans looked
    /// up are no name, and the filter, small enough to stay in cache, says so without touching
    /// the 5 MB table. No false negatives, so lookups answer as without it.
    private let filter: UnsafePointer<UInt64>
    private static let filterBitCount = 1 << 20, filterWords = filterBitCount / 64

    /// The word of a hash in a filter and its four bits there (from the high bits of the hash
    /// times the golden ratio: each depends on all of the hash's bits).
    @inline(__always) private static func filterBits(_ hash: UInt32) -> (word: Int, mask: UInt64) {
        let x = UInt64(hash) &* 0x9E37_79B9_7F4A_7C15
        let mask = (1 as UInt64) << ((x >> 26) & 63) | (1 as UInt64) << ((x >> 32) & 63)
            | (1 as UInt64) << ((x >> 38) & 63) | (1 as UInt64) << ((x >> 44) & 63)
        return (Int(truncatingIfNeeded: x >> 50), mask)
    }

    /// The filter over keys and their prefixes that end where a space, hyphen or period follows.
    private let prefixFilter: UnsafePointer<UInt64>

    /// Whether a name may begin with the folded bytes of this hash, followed by nothing, a space, a
    /// hyphen or a period (false: surely none does).
    @inline(__always) func mayStartName(hash: UInt32) -> Bool {
        let (word, mask) = Gazetteer.filterBits(hash)
        return prefixFilter[word] & mask == mask
    }

    /// Whether a key with this hash may be in the table (false: it surely is not).
    @inline(__always) func mayContain(hash: UInt32) -> Bool {
        let (word, mask) = Gazetteer.filterBits(hash)
        return filter[word] & mask == mask
    }

    @inline(__always) private func u32(_ at: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian
    }
    @inline(__always) private func u16(_ at: Int) -> UInt16 {
        bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian
    }
    @inline(__always) private func f32(_ at: Int) -> Float {
        Float(bitPattern: u32(at))
    }

    private func string(at offset: UInt32) -> String? {
        if offset == UInt32.max { return nil }
        let start = stringsOffset + Int(offset)
        let length = Int(bytes[start])
        return utf8String(start + 1, length)
    }

    /// The string of the `count` bytes at `start` of the file, decoded from a typed `UInt8` buffer
    /// (the specialized fast path: a raw buffer takes a generic one that looks up metadata per call).
    @inline(__always) private func utf8String(_ start: Int, _ count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: count), as: UTF8.self)
    }

    /// The name entry whose folded key is exactly `key` (folded UTF-8, see ``NameKey``), or nil.
    public func entry(forKey key: UnsafeBufferPointer<UInt8>) -> NameEntry? {
        guard let index = keyIndex(key) else { return nil }
        return entry(at: index)
    }

    /// The name entry for a name as written ("Kazan", "KAZAN", "Zürich").
    public func entry(for name: String) -> NameEntry? {
        var key = NameKey()
        var name = name
        return name.withUTF8 { utf8 in
            key.fold(utf8, 0..<utf8.count)
            return key.withBytes { entry(forKey: $0) }
        }
    }

    private func keyIndex(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return keyIndex(key, hash: hash)
    }

    /// The FNV-1a hash the table is built with, before any byte.
    static let hashSeed: UInt32 = 0x811C_9DC5
    /// One byte more of an FNV-1a hash.
    @inline(__always) static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 0x0100_0193 }

    /// The index of the name whose folded key is `key`, whose FNV-1a hash is `hash` (see ``hash(_:_:)``).
    @inline(__always) func keyIndex(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        guard mayContain(hash: hash) else { return nil }
        var slot = Int(hash) & (bucketCount - 1)
        while true {
            let value = Int(u32(bucketsOffset + slot * 4))
            if value == 0 { return nil }
            let index = value - 1
            let start = stringsOffset + Int(u32(keysOffset + index * Gazetteer.keySize))
            let length = Int(bytes[start])
            if length == key.count {
                if length == 0 || memcmp(bytes.baseAddress! + start + 1, key.baseAddress!, length) == 0 { return index }
            }
            slot = (slot + 1) & (bucketCount - 1)
        }
    }

    private func entry(at index: Int) -> NameEntry {
        let base = keysOffset + index * Gazetteer.keySize
        let first = Int(u32(base + 4)), count = Int(u16(base + 8))
        let flags = NameEntry.Flags(rawValue: u16(base + 10))
        var places: [Int] = []
        places.reserveCapacity(count)
        for i in 0..<count { places.append(Int(u32(postingsOffset + (first + i) * 4))) }
        return NameEntry(index: index, places: places, flags: flags)
    }

    /// The name entry at `index` without its places copied out: its first posting, count and flags.
    @inline(__always) func entryRef(at index: Int) -> EntryRef {
        let base = keysOffset + index * Gazetteer.keySize
        return EntryRef(index: Int32(truncatingIfNeeded: index), first: u32(base + 4), count: u16(base + 8),
                        flags: NameEntry.Flags(rawValue: u16(base + 10)))
    }

    /// The gazetteer index of the `i`th place of an entry.
    @inline(__always) func posting(_ entry: EntryRef, _ i: Int) -> Int {
        Int(u32(postingsOffset + (Int(entry.first) + i) * 4))
    }

    /// The feature byte as ``Place/Feature`` (an unknown byte reads as a city), without the
    /// enum's failable initializer.
    @inline(__always) static func feature(_ byte: UInt8) -> Place.Feature {
        switch byte {
        case 0: return .country
        case 1: return .admin1
        case 2: return .admin2
        case 4: return .continent
        case 5: return .region
        case 6: return .water
        default: return .city
        }
    }

    /// The feature of the place at `index` (as ``placeRef(_:)`` gives it).
    @inline(__always) func feature(_ index: Int) -> Place.Feature {
        Gazetteer.feature(bytes[placesOffset + index * Gazetteer.placeSize + 26])
    }

    /// The population of the place at `index` (as ``placeRef(_:)`` gives it).
    @inline(__always) func population(_ index: Int) -> Int {
        Int(u32(placesOffset + index * Gazetteer.placeSize + 12))
    }

    /// Whether the place at `index` is in the US (as ``placeRef(_:)``'s `isUS`).
    @inline(__always) func isUS(_ index: Int) -> Bool {
        let base = placesOffset + index * Gazetteer.placeSize
        return (Int(bytes[base + 24]) << 8 | Int(bytes[base + 25])) == PlaceRef.us
    }

    /// What resolution needs of the place at `index`, without creating strings.
    @inline(__always)
    func placeRef(_ index: Int) -> PlaceRef {
        let base = placesOffset + index * Gazetteer.placeSize
        let countryKey = Int(bytes[base + 24]) << 8 | Int(bytes[base + 25])
        let admin1Offset = u32(base + 20), nameOffset = u32(base + 16)
        let feature = Gazetteer.feature(bytes[base + 26])
        var homeNation = false
        if feature == .admin1, nameOffset != UInt32.max {
            let start = stringsOffset + Int(nameOffset)
            let length = Int(bytes[start])
            // (England, Scotland, Wales, Northern Ireland: 7, 8, 5 and 16 bytes.)
            if length == 7 || length == 8 || length == 5 || length == 16 {
                let name = bytes.baseAddress! + start + 1
                for nation in PlaceRef.homeNations where nation.count == length {
                    if nation.withUnsafeBytes({ memcmp($0.baseAddress!, name, length) }) == 0 { homeNation = true }
                }
            }
        }
        return PlaceRef(index: Int32(truncatingIfNeeded: index), population: Int(u32(base + 12)), countryKey: countryKey,
                        regionKey: admin1Offset == UInt32.max ? -1 : Int(admin1Offset) << 16 | countryKey,
                        nameOffset: nameOffset, admin1Offset: admin1Offset, feature: feature,
                        isCapital: bytes[base + 27] & 1 != 0, isHomeNation: homeNation)
    }

    /// The bytes of a string of the table (empty for none).
    @inline(__always) func stringBytes(_ offset: UInt32) -> UnsafeRawBufferPointer {
        if offset == UInt32.max { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let start = stringsOffset + Int(offset)
        let length = Int(bytes[start])
        return UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<(start + 1 + length)])
    }

    /// Whether two strings of the table are equal (as optional strings: none equals none).
    @inline(__always) func sameString(_ a: UInt32, _ b: UInt32) -> Bool {
        if a == b { return true }
        if a == UInt32.max || b == UInt32.max { return false }
        let x = stringBytes(a), y = stringBytes(b)
        return x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
    }

    /// Whether a place's name (empty for none) equals a string of the table that is present.
    @inline(__always) func nameEquals(_ name: UInt32, _ other: UInt32) -> Bool {
        if other == UInt32.max { return false }
        if name == other { return true }
        let x = stringBytes(name), y = stringBytes(other)
        return x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
    }

    /// Appends the output fields of the place at `index` (name, geonames_id, lat, lon, country,
    /// admin1, feature: the values ``place(_:)`` gives), without making a ``Place``.
    func appendFields(of index: Int, to attributes: inout JSONObject) {
        let base = placesOffset + index * Gazetteer.placeSize
        let id = Int(u32(base))
        attributes.append("name", .string(string(at: u32(base + 16)) ?? ""))
        attributes.append("geonames_id", id == 0 ? .null : .int(id))
        attributes.append("lat", .double((Double(f32(base + 4)) * 10_000).rounded() / 10_000))
        attributes.append("lon", .double((Double(f32(base + 8)) * 10_000).rounded() / 10_000))
        let c0 = bytes[base + 24], c1 = bytes[base + 25]
        if c0 == 0x20 && c1 == 0x20 {
            attributes.append("country", .null)
        } else {
            attributes.append("country", .string(utf8String(base + 24, 2)))
        }
        attributes.append("admin1", string(at: u32(base + 20)).map { .string($0) } ?? .null)
        attributes.append("feature", .string((Place.Feature(rawValue: bytes[base + 26]) ?? .city).name))
    }

    /// The place at gazetteer index `index`.
    public func place(_ index: Int) -> Place {
        let base = placesOffset + index * Gazetteer.placeSize
        let id = Int(u32(base))
        let country = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(base + 24)..<(base + 26)]), as: UTF8.self)
        let countryKey = Int(bytes[base + 24]) << 8 | Int(bytes[base + 25])
        let admin1Offset = u32(base + 20)
        return Place(index: index, geonamesID: id == 0 ? nil : id,
                     latitude: Double(f32(base + 4)), longitude: Double(f32(base + 8)),
                     population: Int(u32(base + 12)),
                     name: string(at: u32(base + 16)) ?? "", admin1: string(at: u32(base + 20)),
                     country: country == "  " ? "" : country,
                     feature: Place.Feature(rawValue: bytes[base + 26]) ?? .city,
                     isCapital: bytes[base + 27] & 1 != 0,
                     countryKey: countryKey,
                     regionKey: admin1Offset == UInt32.max ? nil : Int(admin1Offset) << 16 | countryKey)
    }
}

/// A gazetteer file that cannot be read.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
