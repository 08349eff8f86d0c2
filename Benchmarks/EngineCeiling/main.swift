// The engine's ceiling: one date-like PCRE2 JIT pattern scanned over a corpus's article text,
// already in memory. `glean run` cannot go faster than this per pattern pass.
//
// usage: glean-engine-ceiling FILE.jsonl[.gz] [REPEAT]
import Foundation
import GleanCore
import GleanPCRE
import GleanRunner

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: glean-engine-ceiling FILE.jsonl[.gz] [REPEAT]\n".utf8))
    exit(2)
}
let repeatCount = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let texts = try CorpusTexts.load(arguments[1])
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
let pattern = try Pattern(#"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"#)

var best = Double.infinity
var matches = 0
for _ in 0..<repeatCount {
    matches = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for text in texts {
        try pattern.forEachMatch(in: text) { _ in matches += 1; return true }
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
print(String(format: "%d documents, %.1f MB, %d matches, best %.4f s, %.1f MB/s", texts.count, Double(bytes) / 1e6, matches, best, Double(bytes) / 1e6 / best))
