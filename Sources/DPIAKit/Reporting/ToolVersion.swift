/// The version of dpia, printed in reports and by `dpia --version`.
public enum ToolVersion {
    /// The semantic version.
    public static let current = "0.1.0"
}
