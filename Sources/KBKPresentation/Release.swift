/// This build of kbk, as `kbk --version`, the manual and messages about newer databases name it.
public enum Release {
    public static let version = "0.1.0"
}
