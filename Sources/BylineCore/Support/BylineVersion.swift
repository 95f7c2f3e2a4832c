/// Byline's version, as `byline --version` prints it (and, for fetching, as the
/// User-Agent names it).
public enum BylineVersion {
    public static let current = "0.5.0"
}
