package dev.lashing.dockerfile.rules;

import dev.lashing.core.Severity;
import dev.lashing.core.TextRange;
import dev.lashing.dockerfile.syntax.VariableExpander;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.rules.FindingSink;
import dev.lashing.rules.Rule;
import java.util.List;
import java.util.Locale;

/** An image is pulled from a registry that the {@code trusted-registries} setting does not list. */
@Rule(
        id = "DF040",
        name = "untrusted-registry",
        summary = "Image pulled from a registry not in the trusted-registries setting",
        severity = Severity.ERROR,
        practices = {"P01"},
        aliases = {"DL3026"},
        references = {"CIS Docker Benchmark 4.2"})
public final class UntrustedRegistry implements DockerfileRule {
    static final String SETTING = "trusted-registries";
    private static final List<String> HUB_ALIASES = List.of("docker.io", "index.docker.io", "registry-1.docker.io",
            "hub.docker.com");

    @Override
    public void check(DockerfileContext context, FindingSink findings) {
        List<String> trusted = context.settings().stringList(SETTING).stream()
                .map(p -> normalise(p.trim().toLowerCase(Locale.ROOT))).filter(p -> !p.isEmpty()).toList();
        if (trusted.isEmpty()) {
            return;
        }
        for (ImageUses.Use use : ImageUses.of(context)) {
            if (use.reference().isPresent()) {
                judge(use.reference().get(), use.range(), use.what(), trusted, findings);
            } else {
                judgeText(use.unresolved().get(), use.written(), use.range(), use.what(), trusted, findings);
            }
        }
    }

    private static void judgeText(VariableExpander.Expansion e, String written, TextRange range, String what,
            List<String> trusted, FindingSink findings) {
        // The registry is known when the first path component (or the whole name) holds no variable.
        String v = e.value();
        int slash = v.indexOf('/');
        String head = slash >= 0 ? v.substring(0, slash) : v.substring(0, cut(v));
        if (head.contains("$")) {
            findings.report(range, "cannot tell which registry " + what + " " + written + " comes from: it depends on "
                    + String.join(", ", e.unresolvedNames()) + ", which has no default here; give the ARG a default "
                    + "from a trusted registry or pass --build-arg", Severity.INFO);
            return;
        }
        boolean isHost = slash >= 0 && (head.contains(".") || head.contains(":") || head.equals("localhost"));
        String host = normalise(isHost ? head.toLowerCase(Locale.ROOT) : ImageReference.DOCKER_HUB);
        String repo = isHost ? v.substring(slash + 1) : v;
        int lastSlash = repo.lastIndexOf('/');
        repo = repo.substring(0, lastSlash + 1 + cut(repo.substring(lastSlash + 1)));
        String library = !isHost && lastSlash < 0 ? "library/" : "";
        String path = host + "/" + library + repo;
        boolean pathKnown = !repo.contains("$");
        for (String pattern : trusted) {
            if (pattern.contains("/") ? pathKnown && matches(pattern, path) : matches(pattern, host)) {
                return;
            }
        }
        if (!pathKnown && trusted.stream().anyMatch(p -> p.contains("/"))) {
            findings.report(range, "cannot tell whether " + what + " " + written + " is trusted: its repository "
                    + "depends on " + String.join(", ", e.unresolvedNames()) + ", which has no default here",
                    Severity.INFO);
            return;
        }
        untrusted(host, v, range, what, trusted, findings);
    }

    /** Host patterns match the registry; patterns with a slash match {@code registry/repository}. */
    private static void judge(ImageReference ref, TextRange range, String what, List<String> trusted,
            FindingSink findings) {
        String host = normalise(ref.registry().toLowerCase(Locale.ROOT));
        String path = host + "/" + ref.repository();
        for (String pattern : trusted) {
            if (matches(pattern, pattern.contains("/") ? path : host)) {
                return;
            }
        }
        untrusted(host, ref.familiarName(), range, what, trusted, findings);
    }

    private static void untrusted(String host, String name, TextRange range, String what, List<String> trusted,
            FindingSink findings) {
        findings.report(range, what + " " + name + " comes from registry " + host + ", which is not in "
                + SETTING + " (" + String.join(", ", trusted) + "); pull it from a trusted registry (mirror it there) "
                + "or add the registry to the setting");
    }

    /** {@code *} matches any host, {@code *.suffix} a host ending in it, {@code prefix*} one starting with it. */
    static boolean matches(String pattern, String host) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return host.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return host.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return host.equals(pattern);
    }

    private static int cut(String v) {
        int i = 0;
        while (i < v.length() && v.charAt(i) != ':' && v.charAt(i) != '@') {
            i++;
        }
        return i;
    }

    private static String normalise(String pattern) {
        int slash = pattern.indexOf('/');
        String host = slash < 0 ? pattern : pattern.substring(0, slash);
        return HUB_ALIASES.contains(host) ? ImageReference.DOCKER_HUB + pattern.substring(host.length()) : pattern;
    }
}
