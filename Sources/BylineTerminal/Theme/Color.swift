/// A colour as a theme names it: the terminal's default, one of the 16 ANSI colours,
/// a 256-palette index, or a 24-bit RGB value (shown as the nearest palette colour).
public enum ThemeColor: Hashable, Sendable {
    case terminalDefault
    case palette(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses `default`, `red`, `bright-red`, `208`, `#ff8800`; nil for anything else.
    public init?(_ text: String) {
        let t = text.lowercased()
        if t == "default" || t == "none" { self = .terminalDefault; return }
        if let i = ThemeColor.names.firstIndex(of: t) { self = .palette(i); return }
        if t.hasPrefix("bright-"), let i = ThemeColor.names.firstIndex(of: String(t.dropFirst(7))) {
            self = .palette(i + 8); return
        }
        if let n = Int(t), (0...255).contains(n) { self = .palette(n); return }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
            return
        }
        return nil
    }

    /// The colour number for a terminal with `colors` colours (-1 is the default colour).
    public func index(colors: Int) -> Int {
        switch self {
        case .terminalDefault: return -1
        case let .palette(n):
            if n < colors { return n }
            return ThemeColor.rgb(of: n).map { nearestBasic($0, count: min(colors, 16)) } ?? n % 8
        case let .rgb(r, g, b):
            if colors >= 256 { return ThemeColor.cube(r, g, b) }
            return nearestBasic((Int(r), Int(g), Int(b)), count: min(colors, 16))
        }
    }

    /// The xterm 256-colour cube index nearest an RGB value.
    static func cube(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func level(_ v: UInt8) -> Int { v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        let (lr, lg, lb) = (level(r), level(g), level(b))
        if lr == lg && lg == lb, r > 8, r < 238, abs(Int(r) - Int(g)) < 10, abs(Int(g) - Int(b)) < 10 {
            return 232 + min(23, (Int(r) - 8) / 10)
        }
        return 16 + 36 * lr + 6 * lg + lb
    }

    static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    static func rgb(of index: Int) -> (Int, Int, Int)? {
        if index < 16 { return basicRGB[index] }
        if index < 232 {
            let i = index - 16, steps = [0, 95, 135, 175, 215, 255]
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        if index < 256 { let v = 8 + (index - 232) * 10; return (v, v, v) }
        return nil
    }

    func nearestBasic(_ c: (Int, Int, Int), count: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for (i, b) in ThemeColor.basicRGB.prefix(max(1, count)).enumerated() {
            let d = (c.0 - b.0) * (c.0 - b.0) + (c.1 - b.1) * (c.1 - b.1) + (c.2 - b.2) * (c.2 - b.2)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }
}
