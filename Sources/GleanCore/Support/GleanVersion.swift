/// Versions that a plugin and the host must agree on.
public enum GleanVersion {
    /// The version of Glean's core (the `Extractor` protocol and the types it uses).
    public static let core = "0.1.0"
    /// The version of the C plugin interface (`glean_plugin.h`); a plugin built for another is refused.
    public static let pluginABI: UInt32 = 1
}
