package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names of files and directories that hold credentials or development leftovers, shared by the
 * rules on leftovers (IM034) and on deleted files (IM038). Paths are sanitised (no leading slash).
 */
final class SensitivePaths {
    /** Directories reported once each, whatever they contain. */
    private static final Set<String> CREDENTIAL_DIRS = Set.of(".aws", ".azure", ".gcp");
    private static final Set<String> LEFTOVER_DIRS = Set.of(".vscode", ".idea");
    /** Files reported wherever they are. */
    private static final Set<String> CREDENTIAL_FILES = Set.of(".npmrc", ".pypirc", ".netrc", ".git-credentials",
            ".env", "credentials.json", "credential.json", ".dockercfg");
    private static final Set<String> CREDENTIAL_EXTENSIONS = Set.of(".jks", ".ovpn", ".keystore");
    private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults");
    private static final Set<String> SSH_KEYS = Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk",
            "id_ed25519_sk", "identity");
    /** Extensions of key material, flagged only for files a later layer deleted (CA bundles make them noisy when live). */
    private static final Set<String> KEY_EXTENSIONS = Set.of(".pem", ".key", ".p12", ".pfx", ".pkcs12", ".asc");

    private SensitivePaths() {}

    /**
     * A leftover: the path to report (a directory for leftover directories, else the file), what it
     * is, and how severe shipping it is.
     */
    record Leftover(String root, String what, Severity severity) {}

    /** The leftover {@code path} belongs to, if any; paths under node_modules/ and vendor/ are skipped, as dockle does. */
    static Optional<Leftover> leftover(String path) {
        String[] segs = path.split("/");
        for (String s : segs) {
            if (s.equals("node_modules") || s.equals("vendor")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            String root = String.join("/", Arrays.copyOf(segs, i + 1));
            if (CREDENTIAL_DIRS.contains(s)) {
                return Optional.of(new Leftover(root, "cloud credentials directory", Severity.WARNING));
            }
            if (s.equals("gcloud") && i > 0 && segs[i - 1].equals(".config")) {
                return Optional.of(new Leftover(root, "gcloud credentials directory", Severity.WARNING));
            }
            if (s.equals(".git")) {
                return Optional.of(new Leftover(root, "git repository (history, remotes, maybe tokens)",
                        Severity.WARNING));
            }
            if (LEFTOVER_DIRS.contains(s)) {
                return Optional.of(new Leftover(root, "editor settings directory", Severity.INFO));
            }
        }
        String name = segs[segs.length - 1];
        String parent = segs.length > 1 ? segs[segs.length - 2] : "";
        String lower = name.toLowerCase(Locale.ROOT);
        if (parent.equals(".ssh") && (SSH_KEYS.contains(name) || name.startsWith("id_") && !name.endsWith(".pub"))) {
            return Optional.of(new Leftover(path, "SSH private key", Severity.WARNING));
        }
        if (parent.equals(".docker") && name.equals("config.json")) {
            return Optional.of(new Leftover(path, "Docker registry credentials", Severity.WARNING));
        }
        if (parent.equals(".kube") && name.equals("config")) {
            return Optional.of(new Leftover(path, "Kubernetes credentials", Severity.WARNING));
        }
        if (CREDENTIAL_FILES.contains(name) || isEnvFile(name)) {
            return Optional.of(new Leftover(path, "credentials file", Severity.WARNING));
        }
        for (String ext : CREDENTIAL_EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return Optional.of(new Leftover(path, ext.substring(1) + " file (keystore or VPN profile)",
                        Severity.WARNING));
            }
        }
        return Optional.empty();
    }

    /** True for key material by name ({@code *.pem}, {@code *.key}, ...) or a leftover credential file. */
    static boolean secretLike(String path) {
        String lower = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (String ext : KEY_EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return true;
            }
        }
        return lower.contains("secret") || lower.contains("password") || lower.contains("token")
                || leftover(path).filter(l -> l.severity() == Severity.WARNING).isPresent();
    }

    private static boolean isEnvFile(String name) {
        if (!name.startsWith(".env.")) {
            return false;
        }
        return !ENV_TEMPLATES.contains(name.substring(5).toLowerCase(Locale.ROOT));
    }
}
