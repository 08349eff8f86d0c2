import Foundation
import GleanCore

/// How results are written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON object per input document, in input order: `{"id":..., "extractions":[...]}`,
    /// plus `error` / `warning` when there were any (the evaluation predictions format).
    case jsonl
    /// One row per extraction: `id,type,start,end,text,value,attributes,error` (attributes as JSON);
    /// a document that failed gets a row with its error.
    case csv

    /// The header line, if the format has one.
    var header: String? {
        switch self {
        case .jsonl: return nil
        case .csv: return "id,type,start,end,text,value,attributes,error\n"
        }
    }

    /// Appends one document's output.
    func write(_ result: DocumentResult, into out: inout JSONWriter) {
        switch self {
        case .jsonl: writeJSONL(result, into: &out)
        case .csv: writeCSV(result, into: &out)
        }
    }

    private func writeJSONL(_ result: DocumentResult, into out: inout JSONWriter) {
        out.raw("{\"id\":")
        out.write(string: result.id)
        out.raw(",\"extractions\":")
        Extraction.write(result.extractions, into: &out)
        if !result.errors.isEmpty {
            out.raw(",\"error\":")
            out.write(string: result.errors.joined(separator: "; "))
        }
        if !result.warnings.isEmpty {
            out.raw(",\"warning\":")
            out.write(string: result.warnings.joined(separator: "; "))
        }
        out.raw("}\n")
    }

    private func writeCSV(_ result: DocumentResult, into out: inout JSONWriter) {
        for e in result.extractions {
            var rest = e.attributes
            let value = rest["value"]
            rest["value"] = nil
            let valueText: String
            switch value {
            case .string(let s)?: valueText = s
            case let v?: valueText = v.jsonText
            case nil: valueText = ""
            }
            let row = [result.id, e.type, String(e.start), String(e.end), e.text, valueText,
                       rest.isEmpty ? "" : JSONValue.object(rest).jsonText, ""]
            out.raw(row.map(OutputFormat.csvField).joined(separator: ",") + "\n")
        }
        if !result.errors.isEmpty {
            let row = [result.id, "", "", "", "", "", "", result.errors.joined(separator: "; ")]
            out.raw(row.map(OutputFormat.csvField).joined(separator: ",") + "\n")
        }
    }

    /// RFC 4180 quoting.
    static func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
