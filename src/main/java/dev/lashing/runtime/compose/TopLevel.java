package dev.lashing.runtime.compose;

import java.util.List;
import java.util.Set;

/**
 * Checks the top-level {@code secrets}, {@code configs}, {@code networks} and {@code volumes}
 * definitions: each a mapping (or empty), a secret or config taken from exactly one of {@code file},
 * {@code environment}, {@code external} (or {@code content} for a config).
 */
final class TopLevel {
    private static final List<String> SECRET_SOURCES = List.of("file", "environment", "external");
    private static final List<String> CONFIG_SOURCES = List.of("file", "environment", "external", "content");
    private static final Set<String> SECRET_KEYS = Set.of("name", "environment", "file", "external", "labels", "driver",
            "driver_opts", "template_driver");
    private static final Set<String> CONFIG_KEYS = Set.of("name", "content", "environment", "file", "external", "labels",
            "template_driver");

    private TopLevel() {}

    /** Reports what is wrong in the top-level definitions of {@code root}. */
    static void check(MapValue root, Project project) {
        definitions("secret", project.secrets, SECRET_SOURCES, SECRET_KEYS, project);
        definitions("config", project.configs, CONFIG_SOURCES, CONFIG_KEYS, project);
        for (MapValue section : List.of(project.networks, project.volumes)) {
            for (MapValue.Entry e : section.all()) {
                if (!(e.value() instanceof MapValue) && !ServiceMapper.isNull(e.value())) {
                    project.error(e.value().location(), "\"" + e.key() + "\" must be a mapping, found "
                            + e.value().describe());
                }
            }
        }
    }

    private static void definitions(String what, MapValue section, List<String> sources, Set<String> keys,
            Project project) {
        for (MapValue.Entry e : section.all()) {
            if (!(e.value() instanceof MapValue def)) {
                project.error(e.value().location(), "the " + what + " \"" + e.key() + "\" must be a mapping with one of "
                        + String.join(", ", sources) + ", found " + e.value().describe());
                continue;
            }
            for (MapValue.Entry k : def.all()) {
                if (!keys.contains(k.key()) && !k.key().startsWith("x-")) {
                    project.error(k.keyLocation(), "unknown key \"" + k.key() + "\" in the " + what + " \"" + e.key()
                            + "\" (not in the Compose Specification)");
                }
            }
            long given = sources.stream().filter(s -> def.get(s).isPresent()).count();
            if (given != 1) {
                project.error(e.keyLocation(), "the " + what + " \"" + e.key() + "\" must set exactly one of "
                        + String.join(", ", sources) + (given == 0 ? "" : " (it sets " + given + ")"));
            }
        }
    }
}
