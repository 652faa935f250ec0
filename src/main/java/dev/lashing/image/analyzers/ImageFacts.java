package dev.lashing.image.analyzers;

import dev.lashing.image.layer.ImageFileSystem;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.rules.Settings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything image rules judge: the image's identity, config, layers, merged file system and the
 * facts of each analyzer. Pure data; rules read it and never do IO.
 *
 * @param name how the image is named in reports (path or reference)
 * @param reference the reference the user gave or the archive recorded (for {@code :latest} checks), if any
 * @param config the parsed config
 * @param layers per-layer information, base first
 * @param fileSystem the merged view with its hidden versions
 * @param facts analyzer results by fact type
 * @param settings rule settings from configuration
 * @param nowEpochSeconds the time the scan started (for age checks; fixed in tests)
 */
public record ImageFacts(
        String name,
        Optional<String> reference,
        ImageConfig config,
        List<LayerInfo> layers,
        ImageFileSystem fileSystem,
        Map<Class<?>, Object> facts,
        Settings settings,
        long nowEpochSeconds) {

    /** Copies collections and checks fields. */
    public ImageFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(settings, "settings");
        layers = List.copyOf(layers);
        facts = Map.copyOf(facts);
    }

    /** The facts of type {@code type}, when its analyzer ran. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(facts.get(type)));
    }

    /** The layer with {@code index}. */
    public LayerInfo layer(int index) {
        return layers.get(index);
    }

    /** True when layer {@code index} belongs to the base image. */
    public boolean isBase(int index) {
        return index >= 0 && index < layers.size() && layers.get(index).base();
    }
}
