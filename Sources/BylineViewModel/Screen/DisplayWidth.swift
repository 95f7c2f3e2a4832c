/// Terminal column widths and safe display of untrusted text.
///
/// Article text may hold escape sequences, C1 controls and bidi overrides; each becomes a
/// visible placeholder here so nothing a file contains can reach the terminal as a command.
public enum DisplayWidth {
    /// Columns a scalar takes: 0 for combining and format marks, 2 for East Asian wide and
    /// emoji, else 1.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0xFE0F || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// The visible stand-in for a control or bidi character, or nil when the scalar is safe.
    public static func placeholder(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }  // ␀ … ␟ (␛ for ESC)
        if v == 0x7F { return "␡" }
        if (0x80...0x9F).contains(v) { return "�" }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
            || v == 0x061C
        {
            return "⍰"
        }
        return nil
    }

    /// Text made safe to draw: controls replaced by their placeholders (tabs become a space).
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { placeholder($0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\t" { out.append(" ") } else { out.append(placeholder(s) ?? s) }
        }
        return String(out)
    }

    public static func of(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + of($1) } }
}
