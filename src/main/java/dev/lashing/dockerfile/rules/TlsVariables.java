package dev.lashing.dockerfile.rules;

import java.util.Optional;

/** Environment variables that switch off TLS verification, in ENV, ARG or inline in RUN. */
final class TlsVariables {
    private TlsVariables() {}

    /** Why {@code NAME=value} disables TLS verification, if it does. */
    static Optional<String> judge(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            return Optional.empty();
        }
        return judge(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    /** Why setting {@code name} to {@code value} disables TLS verification, if it does. */
    static Optional<String> judge(String name, String value) {
        String v = value.replace("\"", "").replace("'", "").trim();
        String effect = switch (name) {
            case "PYTHONHTTPSVERIFY" -> v.equals("0") ? "Python's HTTPS certificate checks" : null;
            case "NODE_TLS_REJECT_UNAUTHORIZED" -> v.equals("0") ? "Node.js TLS certificate checks" : null;
            case "NPM_CONFIG_STRICT_SSL", "npm_config_strict_ssl", "YARN_STRICT_SSL" ->
                    ShellFlags.isFalse(v) ? "npm/yarn certificate checks" : null;
            case "GIT_SSL_NO_VERIFY" -> "git's certificate checks (git honours the variable whatever its value)";
            case "PIP_TRUSTED_HOST" -> v.isEmpty() ? null : "pip's certificate checks for " + v;
            case "CURL_INSECURE" -> ShellFlags.isFalse(v) ? null : "curl's certificate checks";
            default -> null;
        };
        return Optional.ofNullable(effect).map(e -> name + " switches off " + e
                + ": anyone on the network path can substitute what is downloaded; fix the CA trust store instead");
    }
}
