package dev.lashing.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.util.List;

/** Test helpers: load a manifest from text, pick containers, check where values come from. */
final class Manifests {
    private Manifests() {
    }

    /** Loads {@code yaml} as {@code k8s.yaml}. */
    static Loaded load(String yaml) {
        return new KubernetesLoader().load(new SourceFile("k8s.yaml", yaml));
    }

    /** Loads {@code yaml}, expecting no errors. */
    static Loaded clean(String yaml) {
        Loaded loaded = load(yaml);
        assertThat(loaded.errors()).extracting(InputError::describe).isEmpty();
        return loaded;
    }

    /** The one container of an error-free manifest. */
    static ContainerSpec only(String yaml) {
        List<ContainerSpec> containers = clean(yaml).containers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** The container named {@code suffix} at the end of its name (e.g. {@code "container app)"}). */
    static ContainerSpec named(Loaded loaded, String suffix) {
        return loaded.containers().stream().filter(c -> c.name().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no container ending " + suffix + " in "
                        + loaded.containers().stream().map(ContainerSpec::name).toList()));
    }

    /** The text at the location of {@code value}. */
    static String at(Sourced<?> value) {
        return value.location().map(Location::text).orElse("<none>");
    }

    /** The 1-based line of {@code value}'s location. */
    static int line(Sourced<?> value) {
        return value.location().orElseThrow().start().line();
    }

    /** The error messages. */
    static List<String> messages(Loaded loaded) {
        return loaded.errors().stream().map(InputError::message).toList();
    }
}
