package dev.lashing.config;

import dev.lashing.core.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.google.re2j.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Parses the text of a {@code .lashing.yaml}; every key and value is checked and errors carry their position. */
final class LashingConfigParser {
    static final List<String> KEYS = List.of(
            "select", "extend-select", "ignore", "severity", "fail-on", "inline-suppressions", "no-color",
            "exclude", "per-file-ignores", "settings");

    /** Setting names are kebab-case; this pattern is fixed and only sees short keys. */
    private static final Pattern SETTING_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");

    private LashingConfigParser() {}

    static LashingConfig parse(Path file, String text) throws ConfigException {
        Yaml yaml = new Yaml(file);
        Optional<Node> root = yaml.compose(text);
        Path baseDir = baseDir(file);
        LashingConfig d = LashingConfig.defaults(baseDir);
        if (root.isEmpty()) {
            return withSource(d, file);
        }
        List<String> select = List.of();
        List<String> extendSelect = List.of();
        List<String> ignore = List.of();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Optional<FailOn> failOn = Optional.empty();
        MapSettings settings = MapSettings.empty();
        List<PathIgnore> perFile = new ArrayList<>();
        List<String> exclude = List.of();
        boolean inline = true;
        boolean noColor = false;
        for (NodeTuple t : yaml.rootMapping(root.get())) {
            String key = yaml.key(t);
            Node v = t.getValueNode();
            switch (key) {
                case "select" -> select = selectors(yaml, v, key);
                case "extend-select" -> extendSelect = selectors(yaml, v, key);
                case "ignore" -> ignore = selectors(yaml, v, key);
                case "severity" -> {
                    for (NodeTuple s : yaml.mapping(v, key)) {
                        String selector = yaml.key(s);
                        String value = yaml.string(s.getValueNode(), "a severity (error, warning or info)");
                        Severity sev = Severity.parse(value).orElseThrow(() -> yaml.error(s.getValueNode(),
                                "invalid severity '" + value + "' for '" + selector + "'; expected error, warning or info"
                                        + Suggestions.hint(value, List.of("error", "warning", "info"))));
                        severity.put(selector, sev);
                    }
                }
                case "fail-on" -> {
                    String value = yaml.string(v, "one of error, warning, info, never");
                    failOn = Optional.of(FailOn.parse(value).orElseThrow(() -> yaml.error(v,
                            "invalid fail-on '" + value + "'; expected error, warning, info or never"
                                    + Suggestions.hint(value, List.of("error", "warning", "info", "never")))));
                }
                case "inline-suppressions" -> inline = yaml.bool(v, key, false);
                case "no-color" -> noColor = yaml.bool(v, key, false);
                case "exclude" -> exclude = globs(yaml, v, key);
                case "per-file-ignores" -> {
                    for (NodeTuple p : yaml.mapping(v, key)) {
                        String glob = yaml.key(p);
                        checkGlob(yaml, p.getKeyNode(), glob);
                        perFile.add(new PathIgnore(glob, selectors(yaml, p.getValueNode(), glob)));
                    }
                }
                case "settings" -> settings = settings(yaml, v);
                default -> throw yaml.error(t.getKeyNode(), "unknown key '" + key + "'" + Suggestions.hint(key, KEYS));
            }
        }
        return new LashingConfig(Optional.of(file), Origin.LASHING, select, extendSelect, ignore, severity, failOn,
                settings, perFile, exclude, inline, noColor, baseDir);
    }

    static Path baseDir(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    private static LashingConfig withSource(LashingConfig d, Path file) {
        return new LashingConfig(Optional.of(file), Origin.LASHING, d.select(), d.extendSelect(), d.ignore(),
                d.severity(), d.failOn(), d.settings(), d.perFileIgnores(), d.exclude(), d.inlineSuppressions(),
                d.noColor(), d.baseDir());
    }

    private static List<String> selectors(Yaml yaml, Node v, String key) throws ConfigException {
        List<String> out = yaml.stringList(v, key, false);
        if (v instanceof SequenceNode seq) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).isBlank()) {
                    throw yaml.error(seq.getValue().get(i), "empty rule selector in '" + key + "'");
                }
            }
        }
        return out.stream().map(String::trim).toList();
    }

    private static List<String> globs(Yaml yaml, Node v, String key) throws ConfigException {
        List<String> out = yaml.stringList(v, key, false);
        if (v instanceof SequenceNode seq) {
            for (int i = 0; i < out.size(); i++) {
                checkGlob(yaml, seq.getValue().get(i), out.get(i));
            }
        }
        return out;
    }

    private static void checkGlob(Yaml yaml, Node node, String glob) throws ConfigException {
        try {
            dev.lashing.files.Glob.compile(glob);
        } catch (IllegalArgumentException e) {
            throw yaml.error(node, "invalid glob '" + glob + "': " + e.getMessage());
        }
    }

    private static MapSettings settings(Yaml yaml, Node v) throws ConfigException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple t : yaml.mapping(v, "settings")) {
            String name = yaml.key(t);
            if (!SETTING_NAME.matcher(name).matches()) {
                String kebab = CAMEL.matcher(name).replaceAll("$1-$2").replace('_', '-').toLowerCase(java.util.Locale.ROOT);
                throw yaml.error(t.getKeyNode(), "setting names are kebab-case: '" + name + "'"
                        + (SETTING_NAME.matcher(kebab).matches() ? "; did you mean '" + kebab + "'?" : ""));
            }
            Node value = t.getValueNode();
            Object converted;
            if (Yaml.isNull(value)) {
                continue;
            } else if (value instanceof ScalarNode s) {
                converted = org.snakeyaml.engine.v2.nodes.Tag.BOOL.equals(s.getTag())
                        ? (Object) Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT))
                        : s.getValue();
            } else if (value instanceof SequenceNode) {
                converted = yaml.stringList(value, name, false);
            } else if (value instanceof MappingNode) {
                converted = yaml.stringMap(value, name, "");
            } else {
                throw yaml.error(value, "unsupported value for setting '" + name + "'");
            }
            out.put(name, converted);
        }
        return MapSettings.of(out);
    }

    /** Keys accepted at the top level, for documentation and tests. */
    static Set<String> keys() {
        return Set.copyOf(KEYS);
    }
}
