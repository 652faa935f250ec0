package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: a compose project held in memory under {@code /p}. */
final class Compose {
    private final Map<String, String> files = new HashMap<>();
    private Map<String, String> env = Map.of();
    private ComposeRequest request;

    static Compose file(String text) {
        return new Compose().with("/p/compose.yml", text);
    }

    Compose with(String path, String text) {
        files.put(path, text);
        return this;
    }

    Compose env(Map<String, String> environment) {
        this.env = environment;
        return this;
    }

    Loaded load(String... paths) {
        List<Path> ps = paths.length == 0 ? List.of(Path.of("/p/compose.yml"))
                : java.util.Arrays.stream(paths).map(Path::of).toList();
        ComposeRequest r = request != null ? request
                : new ComposeRequest(ps, env, List.of(), java.util.Set.of(), false);
        return new ComposeLoader(ComposeFiles.inMemory(files)).load(r);
    }

    Loaded load(ComposeRequest r) {
        return new ComposeLoader(ComposeFiles.inMemory(files)).load(r.withEnvironment(r.environment().isEmpty() ? env
                : r.environment()));
    }

    /** The only container of a project that must load without errors. */
    ContainerSpec one() {
        Loaded l = load();
        assertThat(messages(l)).isEmpty();
        assertThat(l.containers()).hasSize(1);
        return l.containers().get(0);
    }

    static ContainerSpec named(Loaded l, String name) {
        return l.containers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> messages(Loaded l) {
        return l.errors().stream().map(InputError::describe).collect(Collectors.toList());
    }
}
