package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.oci.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks and reads one image from a docker-save archive's {@code manifest.json}: classic
 * ({@code <id>/layer.tar}), skopeo/podman ({@code <diffid>.tar} behind symlink entries) and Docker 25+
 * (an OCI layout inside; its index supplies the digests).
 */
final class DockerArchiveResolver {
    private static final Pattern HEX_JSON = Pattern.compile("(?:.*/)?([0-9a-f]{64})\\.json");
    private static final Pattern BLOB = Pattern.compile("blobs/(sha256|sha512)/([0-9a-f]+)");

    private final TarStore store;
    private final String display;
    private final ImageLimits limits;

    DockerArchiveResolver(TarStore store, String display, ImageLimits limits) {
        this.store = store;
        this.display = display;
        this.limits = limits;
    }

    ResolvedImage resolve(Optional<Platform> platform, Optional<String> tag) throws ImageException {
        String name = display + "!manifest.json";
        byte[] json;
        try {
            json = store.readSmall(store.find("manifest.json").orElseThrow(), name);
        } catch (IOException e) {
            throw new ImageException(name + ": cannot read: " + e.getMessage(), e);
        }
        List<ManifestParser.DockerEntry> entries = ManifestParser.parseDockerManifest(json, name);
        Set<String> tags = new LinkedHashSet<>();
        entries.forEach(e -> tags.addAll(e.repoTags()));
        ManifestParser.DockerEntry chosen;
        boolean choseTag = false;
        if (tag.isPresent()) {
            List<ManifestParser.DockerEntry> hits = entries.stream()
                    .filter(e -> e.repoTags().stream().anyMatch(t -> Tags.matches(t, tag.get()))).toList();
            if (hits.isEmpty()) {
                throw new ImageException(display + ": no image tagged '" + tag.get() + "'; available tags: "
                        + (tags.isEmpty() ? "(none)" : String.join(", ", tags)));
            }
            chosen = hits.get(0);
            choseTag = entries.size() > 1;
        } else if (entries.size() > 1) {
            throw new ImageException(display + " holds " + entries.size() + " images; choose one with --tag: "
                    + (tags.isEmpty() ? "(untagged)" : String.join(", ", tags)));
        } else {
            chosen = entries.get(0);
        }
        String shown = choseTag ? display + ":" + tag.get() : display;
        boolean oci = store.contains("oci-layout") && store.contains("index.json");
        String layout = oci ? "docker-archive (oci)" : "docker-archive";
        String configPath = clean(chosen.config(), "Config");
        Optional<Digest> configDigest = digestFromPath(configPath);
        if (oci && configDigest.isPresent()) {
            Optional<ResolvedImage> viaIndex = viaOciIndex(configDigest.get(), chosen, shown, layout);
            if (viaIndex.isPresent()) {
                checkPlatform(viaIndex.get().config(), platform, shown);
                return viaIndex.get();
            }
        }
        return readDirect(chosen, configPath, configDigest, shown, layout, platform);
    }

    /** Docker 25+: the manifest in the OCI index whose config is this entry's, read with its descriptors. */
    private Optional<ResolvedImage> viaOciIndex(Digest configDigest, ManifestParser.DockerEntry entry, String shown,
            String layout) throws ImageException {
        OciResolver oci = new OciResolver(store, display, limits);
        Optional<dev.lashing.image.oci.Descriptor> manifest = oci.findManifestWithConfig(configDigest);
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(oci.read(manifest.get(), shown, layout, entry.repoTags(), List.of(), d -> List.of()));
    }

    private ResolvedImage readDirect(ManifestParser.DockerEntry entry, String configPath,
            Optional<Digest> configDigest, String shown, String layout, Optional<Platform> platform)
            throws ImageException {
        String configName = display + "!" + configPath;
        BlobStore.Blob configBlob = find(configPath, "config");
        byte[] bytes;
        try {
            bytes = store.readSmall(configBlob, configName);
        } catch (IOException e) {
            throw new ImageException(configName + ": cannot read: " + e.getMessage(), e);
        }
        Digest actual = Digest.of(configDigest.map(Digest::algorithm).orElse("sha256"), bytes);
        if (configDigest.isPresent() && !actual.equals(configDigest.get())) {
            throw new ImageException(configName + ": digest mismatch, expected " + configDigest.get()
                    + " but the content is " + actual);
        }
        ImageConfig config = ImageConfigParser.parse(bytes, configName);
        checkPlatform(config, platform, shown);
        int count = entry.layers().size();
        if (count > ImageLimits.MAX_LAYERS) {
            throw new ImageException(shown + ": " + count + " layers; at most " + ImageLimits.MAX_LAYERS + " are read");
        }
        if (count != config.diffIds().size()) {
            throw new ImageException(shown + ": manifest.json lists " + count + " layers but the config has "
                    + config.diffIds().size() + " diff IDs");
        }
        List<LayerBlob> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = clean(entry.layers().get(i), "Layers");
            BlobStore.Blob blob = find(path, "layer " + (i + 1));
            layers.add(new StoredLayer(i, blob, digestFromPath(path), Optional.empty(), config.diffIds().get(i),
                    "layer " + (i + 1) + " (" + path + ") of " + shown, limits));
        }
        return new ResolvedImage(shown, layout, entry.repoTags(), Optional.empty(), actual, config, layers,
                List.of(config.platform()), Optional.empty());
    }

    private void checkPlatform(ImageConfig config, Optional<Platform> platform, String shown) throws ImageException {
        if (platform.isPresent() && !platform.get().matches(config.platform())) {
            throw new ImageException(shown + ": no image for platform " + platform.get()
                    + "; available platforms: " + config.platform());
        }
    }

    /** Normalises a path from manifest.json, refusing absolute paths and paths that climb out. */
    private String clean(String path, String field) throws ImageException {
        return ArchivePaths.normalise(path).orElseThrow(() -> new ImageException(display
                + "!manifest.json: " + field + " path '" + path + "' is absolute or leaves the archive"));
    }

    private BlobStore.Blob find(String path, String what) throws ImageException {
        return store.find(path).orElseThrow(() -> new ImageException(display + ": " + what + " '" + path
                + "' named in manifest.json is missing from the archive"));
    }

    /** The digest a path spells: {@code <hex>.json} (classic config names) or {@code blobs/<alg>/<hex>}. */
    static Optional<Digest> digestFromPath(String path) {
        Matcher blob = BLOB.matcher(path);
        try {
            if (blob.matches()) {
                return Optional.of(new Digest(blob.group(1), blob.group(2)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher json = HEX_JSON.matcher(path);
        return json.matches() ? Optional.of(new Digest("sha256", json.group(1))) : Optional.empty();
    }
}
