import Foundation

/// The progress line on standard error: documents, MB, MB/s, and ETA when the input size is known.
final class Progress {
    private let enabled: Bool
    private let totalInputBytes: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, totalInputBytes: Int?) {
        self.enabled = enabled && isatty(2) != 0
        self.totalInputBytes = totalInputBytes
    }

    func update(documents: Int, textBytes: Int, inputBytesRead: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let mb = Double(textBytes) / 1_000_000
        var line = String(format: "\r%d documents  %.1f MB  %.1f MB/s", documents, mb, mb / elapsed)
        if let total = totalInputBytes, total > 0, inputBytesRead > 0 {
            let fraction = min(1, Double(inputBytesRead) / Double(total))
            let remaining = elapsed / max(fraction, 1e-6) - elapsed
            line += String(format: "  %3.0f%%  ETA %d:%02d", fraction * 100, Int(remaining) / 60, Int(remaining) % 60)
        }
        FileHandle.standardError.write((line + "\u{1B}[K").data(using: .utf8)!)
        drawn = true
    }

    func clear() {
        if drawn { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
    }
}
