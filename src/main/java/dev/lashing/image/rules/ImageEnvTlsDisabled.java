package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image config's Env switches off TLS certificate verification for the running application. */
@Rule(
        id = "IM012",
        name = "image-env-tls-disabled",
        summary = "Image environment switches off TLS certificate verification (NODE_TLS_REJECT_UNAUTHORIZED=0, ...)",
        severity = Severity.WARNING,
        practices = {"P12"},
        references = {"CWE-295"})
public final class ImageEnvTlsDisabled implements ImageRule {

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        List<String> env = image.config().env();
        for (int i = 0; i < env.size(); i++) {
            String e = env.get(i);
            int eq = e.indexOf('=');
            if (eq > 0) {
                String name = e.substring(0, eq);
                String pointer = "/config/Env/" + i;
                effect(name, e.substring(eq + 1)).ifPresent(what -> findings.config(pointer, "Env " + name
                        + " switches off " + what + " in every container started from the image: anyone on the network path can impersonate the servers it talks "
                        + "to; remove it and add the needed CA certificate to the trust store instead"));
            }
        }
    }

    /** What setting {@code name} to {@code value} switches off, if it switches off certificate checks. */
    static Optional<String> effect(String name, String value) {
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
