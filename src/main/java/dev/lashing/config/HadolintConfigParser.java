package dev.lashing.config;

import dev.lashing.core.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Migrates a {@code .hadolint.yaml} to a {@link LashingConfig}, so hadolint users can switch without
 * editing it. Keys lashing has no use for (output formats, verbosity) are accepted silently; keys
 * hadolint does not know become warnings rather than errors. Values of the wrong type are errors.
 */
final class HadolintConfigParser {
    /** hadolint keys with no lashing equivalent: accepted and ignored. */
    static final Set<String> IGNORED_KEYS = Set.of("format", "formats", "output-format", "output", "verbose",
            "file-path-in-report");
    static final List<String> KEYS = List.of("ignored", "override", "failure-threshold", "trustedRegistries",
            "label-schema", "strict-labels", "disable-ignore-pragma", "no-fail", "no-color", "format", "formats",
            "output-format", "verbose");

    private HadolintConfigParser() {}

    static LoadedConfig parse(Path file, String text, Path baseDir) throws ConfigException {
        Yaml yaml = new Yaml(file);
        Optional<Node> root = yaml.compose(text);
        List<String> warnings = new ArrayList<>();
        List<String> ignore = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Optional<FailOn> threshold = Optional.empty();
        boolean noFail = false;
        boolean inline = true;
        boolean noColor = false;
        Map<String, Object> settings = new LinkedHashMap<>();
        if (root.isPresent()) {
            for (NodeTuple t : yaml.rootMapping(root.get())) {
                String key = yaml.key(t);
                Node v = t.getValueNode();
                switch (key) {
                    case "ignored" -> ignore.addAll(yaml.stringList(v, key, true));
                    case "override" -> {
                        for (NodeTuple o : yaml.mapping(v, key)) {
                            String level = yaml.key(o);
                            List<String> codes = yaml.stringList(o.getValueNode(), "override." + level, true);
                            switch (level) {
                                case "error", "warning", "info", "style" -> {
                                    Severity sev = Severity.parse(level).orElseThrow();
                                    codes.forEach(c -> severity.put(c, sev));
                                }
                                case "ignore", "none" -> ignore.addAll(codes);
                                default -> warnings.add(yaml.where(o.getKeyNode()) + "unknown hadolint override level '"
                                        + level + "' ignored" + Suggestions.hint(level, List.of("error", "warning", "info", "style")));
                            }
                        }
                    }
                    case "failure-threshold" -> {
                        String value = yaml.string(v, "a failure threshold");
                        threshold = Optional.of(threshold(value).orElseThrow(() -> yaml.error(v,
                                "invalid failure-threshold '" + value + "'; expected error, warning, info, style, ignore or none")));
                    }
                    case "trustedRegistries" -> settings.put("trusted-registries", yaml.stringList(v, key, true));
                    case "label-schema" -> settings.put("label-schema", yaml.stringMap(v, key, "text"));
                    case "strict-labels" -> settings.put("strict-labels", yaml.bool(v, key, true));
                    case "disable-ignore-pragma" -> inline = !yaml.bool(v, key, true);
                    case "no-fail" -> noFail = yaml.bool(v, key, true);
                    case "no-color" -> noColor = yaml.bool(v, key, true);
                    default -> {
                        if (!IGNORED_KEYS.contains(key)) {
                            warnings.add(yaml.where(t.getKeyNode()) + "unknown hadolint key '" + key + "' ignored"
                                    + Suggestions.hint(key, KEYS));
                        }
                    }
                }
            }
        }
        Optional<FailOn> failOn = noFail ? Optional.of(FailOn.NEVER) : threshold;
        LashingConfig config = new LashingConfig(Optional.of(file), Origin.HADOLINT, List.of(), List.of(), ignore,
                severity, failOn, MapSettings.of(settings), List.of(), List.of(), inline, noColor, baseDir);
        return new LoadedConfig(config, warnings);
    }

    /**
     * hadolint's threshold names: {@code style} is lashing's INFO, and {@code ignore} / {@code none}
     * are hadolint's lowest level, so with them any finding fails, which is lashing's INFO as well.
     */
    static Optional<FailOn> threshold(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(FailOn.ERROR);
            case "warning" -> Optional.of(FailOn.WARNING);
            case "info", "style", "ignore", "none" -> Optional.of(FailOn.INFO);
            default -> Optional.empty();
        };
    }
}
