package dev.lashing.image.oci;

import dev.lashing.core.Location;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An image's configuration blob, parsed (OCI image config and Docker's superset with
 * {@code Healthcheck}). Absent values are empty, never null. {@code document} is the config as
 * shown in reports (pretty-printed), so findings on the config point at the exact key.
 *
 * @param created the {@code created} time, when present and valid
 * @param os the {@code os}
 * @param architecture the {@code architecture}
 * @param variant the {@code variant}, or empty
 * @param user {@code config.User} exactly as written (empty when unset)
 * @param env {@code config.Env} entries ({@code NAME=value})
 * @param entrypoint {@code config.Entrypoint}, empty when unset
 * @param cmd {@code config.Cmd}, empty when unset
 * @param workingDir {@code config.WorkingDir}
 * @param exposedPorts keys of {@code config.ExposedPorts}, e.g. {@code 8080/tcp}
 * @param volumes keys of {@code config.Volumes}
 * @param labels {@code config.Labels}
 * @param healthcheck {@code config.Healthcheck}, Docker-only
 * @param stopSignal {@code config.StopSignal}
 * @param diffIds {@code rootfs.diff_ids}, one per layer, in order
 * @param history {@code history}, in order
 * @param document where each value sits in the shown config
 */
public record ImageConfig(
        Optional<Instant> created,
        String os,
        String architecture,
        String variant,
        String user,
        List<String> env,
        List<String> entrypoint,
        List<String> cmd,
        String workingDir,
        Set<String> exposedPorts,
        Set<String> volumes,
        Map<String, String> labels,
        Optional<Healthcheck> healthcheck,
        String stopSignal,
        List<Digest> diffIds,
        List<HistoryEntry> history,
        ConfigDocument document) {

    /** Copies collections and checks fields. */
    public ImageConfig {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(healthcheck, "healthcheck");
        Objects.requireNonNull(document, "document");
        env = List.copyOf(env);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
        exposedPorts = Set.copyOf(exposedPorts);
        volumes = Set.copyOf(volumes);
        labels = Map.copyOf(labels);
        diffIds = List.copyOf(diffIds);
        history = List.copyOf(history);
    }

    /** The platform the config declares. */
    public Platform platform() {
        return new Platform(os.isEmpty() ? "linux" : os, architecture.isEmpty() ? "unknown" : architecture, variant);
    }

    /**
     * Where a value sits in {@link #document}, by JSON pointer (e.g. {@code /config/User},
     * {@code /config/Env/2}, {@code /history/4/created_by}); the nearest existing parent when the
     * value is absent (a missing {@code User} points at {@code /config}).
     */
    public Location location(String jsonPointer) {
        return document.locate(jsonPointer);
    }

    /** The pretty-printed config text and a JSON-pointer index into it. */
    public interface ConfigDocument {
        /** The location of the value at {@code jsonPointer}, or of its nearest existing parent. */
        Location locate(String jsonPointer);
    }
}
