package dev.lashing.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Environment variables that switch off TLS certificate verification: one list for the Dockerfile
 * rules (ENV, ARG, inline in RUN), the image rule on the config's Env and the run-time rules.
 */
public final class TlsSwitches {
    private TlsSwitches() {}

    /** What setting {@code name} to {@code value} switches off, if it switches off certificate checks. */
    public static Optional<String> effect(String name, String value) {
        String v = value.replace("\"", "").replace("'", "").trim().toLowerCase(Locale.ROOT);
        boolean isFalse = v.equals("0") || v.equals("false") || v.equals("no") || v.equals("off");
        String what = switch (name) {
            case "NODE_TLS_REJECT_UNAUTHORIZED" -> v.equals("0") ? "Node.js TLS certificate checks" : null;
            case "PYTHONHTTPSVERIFY" -> v.equals("0") ? "Python's HTTPS certificate checks" : null;
            case "NPM_CONFIG_STRICT_SSL", "npm_config_strict_ssl", "YARN_STRICT_SSL" ->
                    isFalse ? "npm/yarn certificate checks" : null;
            case "GIT_SSL_NO_VERIFY" -> "git's certificate checks (git honours the variable whatever its value)";
            case "PIP_TRUSTED_HOST" -> v.isEmpty() ? null : "pip's certificate checks for " + value.trim();
            case "CURL_INSECURE" -> isFalse || v.isEmpty() ? null : "curl's certificate checks";
            case "CURL_CA_BUNDLE" -> v.isEmpty() ? "certificate checks of older Python requests versions (an empty "
                    + "CURL_CA_BUNDLE is a known way to skip them)" : null;
            case "GOINSECURE" -> v.isEmpty() ? null : "Go's TLS checks for modules matching " + value.trim();
            default -> null;
        };
        return Optional.ofNullable(what);
    }
}
