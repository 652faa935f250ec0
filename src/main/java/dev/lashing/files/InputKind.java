package dev.lashing.files;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of container input a file is, for {@code lashing scan DIR}: decided by name first
 * (Dockerfiles, compose files, Quadlet units), then, for other YAML files, by a look at the first
 * {@value #SNIFF_BYTES} bytes for a Kubernetes object ({@code apiVersion:} and {@code kind:} at the
 * start of a line). Helm chart templates (YAML with {@code {{ }}} actions) are not manifests until
 * rendered, so they are left out.
 */
public enum InputKind {
    /** A Dockerfile or Containerfile. */
    DOCKERFILE,
    /** A docker-compose file. */
    COMPOSE,
    /** A Kubernetes manifest (one or more objects). */
    KUBERNETES,
    /** A Podman Quadlet {@code .container} unit. */
    QUADLET;

    /** An {@code apiVersion} key of a flow mapping, plain or quoted. */
    private static final Pattern FLOW_API_VERSION = Pattern.compile("[{,\\s][\"']?apiVersion[\"']?\\s*:");
    /** A {@code kind} key of a flow mapping, plain or quoted. */
    private static final Pattern FLOW_KIND = Pattern.compile("[{,\\s][\"']?kind[\"']?\\s*:");

    /** How much of a YAML file is read to decide whether it is a Kubernetes manifest. */
    public static final int SNIFF_BYTES = 64 * 1024;

    /** The kind of {@code file}, or empty when it is none of these (or cannot be read). */
    public static Optional<InputKind> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (FileDiscovery.isDockerfileName(name)) {
            return Optional.of(DOCKERFILE);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (isComposeName(lower)) {
            return Optional.of(COMPOSE);
        }
        if (lower.endsWith(".container")) {
            return Optional.of(QUADLET);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return head(file).filter(InputKind::looksLikeKubernetes).map(h -> KUBERNETES);
        }
        return Optional.empty();
    }

    /**
     * The kind of a file named on the command line for one kind of input: as {@link #of}, and a {@code .yml} or
     * {@code .yaml} file that {@link #of} leaves out (a compose file with another name, a manifest with template
     * leftovers) is a manifest when it has the {@code apiVersion} and {@code kind} keys, else a compose file.
     */
    public static Optional<InputKind> named(Path file) {
        Optional<InputKind> kind = of(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (kind.isPresent() || !name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return kind;
        }
        return Optional.of(head(file).filter(InputKind::hasManifestKeys).isPresent() ? KUBERNETES : COMPOSE);
    }

    /** Compose's own file names, and the common {@code docker-compose.<env>.yml} overrides. */
    static boolean isComposeName(String lower) {
        if (!(lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
            return false;
        }
        String stem = lower.substring(0, lower.lastIndexOf('.'));
        return stem.equals("compose") || stem.equals("docker-compose") || stem.startsWith("compose.")
                || stem.startsWith("docker-compose.") || stem.startsWith("docker-compose-");
    }

    /**
     * True when the text has {@code apiVersion:} and {@code kind:} keys at the start of a line, or is one flow
     * mapping (JSON included) with those keys, and has no template actions.
     */
    static boolean looksLikeKubernetes(String head) {
        return !head.contains("{{") && hasManifestKeys(head);
    }

    /** True when the text has {@code apiVersion} and {@code kind} keys as {@link #looksLikeKubernetes} finds them. */
    private static boolean hasManifestKeys(String head) {
        if (startsWithFlowMapping(head)) {
            return FLOW_API_VERSION.matcher(head).find() && FLOW_KIND.matcher(head).find();
        }
        boolean api = false;
        boolean kind = false;
        for (String line : head.split("\n", -1)) {
            String l = line.startsWith("- ") ? line.substring(2) : line; // a List's items
            api |= l.startsWith("apiVersion:");
            kind |= l.startsWith("kind:");
        }
        return api && kind;
    }

    /** True when the first content after comments and a {@code ---} marker opens a flow mapping. */
    private static boolean startsWithFlowMapping(String head) {
        for (String line : head.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.equals("---")) {
                continue;
            }
            return l.startsWith("{");
        }
        return false;
    }

    private static Optional<String> head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
