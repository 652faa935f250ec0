package dev.lashing.image.archive;

import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.ImageConfig;
import dev.lashing.image.oci.ImageIndex;
import dev.lashing.image.oci.Manifest;
import dev.lashing.image.oci.MediaTypes;
import dev.lashing.image.oci.Platform;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Picks and reads one image from an OCI layout's {@code index.json} (nested indexes included). */
final class OciResolver {
    private static final int MAX_INDEX_DEPTH = 4;

    /** A manifest found in the index tree, with the tag of its top-level entry. */
    private record Candidate(Descriptor descriptor, String refName, Optional<Platform> platform) {
    }

    private final BlobStore store;
    private final String display;
    private final ImageLimits limits;
    private final Map<Digest, Optional<Platform>> platformCache = new HashMap<>();

    OciResolver(BlobStore store, String display, ImageLimits limits) {
        this.store = store;
        this.display = display;
        this.limits = limits;
    }

    /** Resolves by platform and tag; {@code tagsOf} adds tags recorded elsewhere (docker's manifest.json). */
    ResolvedImage resolve(Optional<Platform> platform, Optional<String> tag, String layout,
            Function<Digest, List<String>> extraTags) throws ImageException {
        List<Candidate> all = candidates();
        if (all.isEmpty()) {
            throw new ImageException(display + ": the index lists no image manifests");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (Candidate c : all) {
            if (!c.refName().isEmpty()) {
                tags.add(c.refName());
            }
        }
        List<Candidate> pool = all;
        boolean choseTag = false;
        if (tag.isPresent()) {
            pool = all.stream().filter(c -> Tags.matches(c.refName(), tag.get())).toList();
            if (pool.isEmpty()) {
                throw new ImageException(display + ": no image tagged '" + tag.get() + "'; available tags: "
                        + (tags.isEmpty() ? "(none)" : String.join(", ", tags)));
            }
            choseTag = tags.size() > 1;
        } else if (tags.size() > 1) {
            throw new ImageException(display + " holds several images; choose one with --tag: "
                    + String.join(", ", tags));
        }
        List<Platform> platforms = new ArrayList<>();
        Candidate chosen;
        if (pool.size() == 1 && platform.isEmpty()) {
            chosen = pool.get(0);
            chosen.platform().ifPresent(platforms::add);
        } else {
            Platform want = platform.orElse(Platform.current());
            List<Candidate> matching = new ArrayList<>();
            Candidate exact = null;
            for (Candidate c : pool) {
                Optional<Platform> p = platformOf(c);
                if (p.isPresent() && !platforms.contains(p.get())) {
                    platforms.add(p.get());
                }
                if (p.filter(want::matches).isPresent()) {
                    matching.add(c);
                    if (exact == null && p.get().equals(want)) {
                        exact = c;
                    }
                }
            }
            if (matching.isEmpty()) {
                throw new ImageException(display + ": no image for platform " + want + "; available platforms: "
                        + (platforms.isEmpty() ? "(none recorded)" : join(platforms)));
            }
            chosen = exact != null ? exact : matching.get(0);
        }
        String shown = choseTag ? display + ":" + tag.get() : display;
        List<String> refs = new ArrayList<>();
        if (!chosen.refName().isEmpty()) {
            refs.add(chosen.refName());
        }
        return read(chosen.descriptor(), shown, layout, refs, platforms, extraTags);
    }

    private static String join(List<Platform> platforms) {
        return String.join(", ", platforms.stream().map(Platform::toString).toList());
    }

    /** The candidate's platform: from its descriptor, else from its config. */
    private Optional<Platform> platformOf(Candidate c) throws ImageException {
        if (c.platform().isPresent()) {
            return c.platform();
        }
        Optional<Platform> known = platformCache.get(c.descriptor().digest());
        if (known == null) {
            Manifest m = ManifestParser.parseManifest(readBlob(c.descriptor(), "manifest"),
                    display + "!" + c.descriptor().digest());
            known = Optional.of(ImageConfigParser.parse(readBlob(m.config(), "config"),
                    display + "!" + m.config().digest()).platform());
            platformCache.put(c.descriptor().digest(), known);
        }
        return known;
    }

    private List<Candidate> candidates() throws ImageException {
        BlobStore.Blob indexBlob = find("index.json", "index.json");
        ImageIndex index = ManifestParser.parseIndex(readSmall(indexBlob, display + "!index.json"),
                display + "!index.json");
        List<Candidate> out = new ArrayList<>();
        for (Descriptor d : index.manifests()) {
            String ref = d.annotations().getOrDefault(MediaTypes.REF_NAME, "");
            collect(d, ref, 0, out);
        }
        return out;
    }

    private void collect(Descriptor d, String ref, int depth, List<Candidate> out) throws ImageException {
        if ("attestation-manifest".equals(d.annotations().get(MediaTypes.REFERENCE_TYPE))) {
            return;
        }
        if (d.platform().filter(p -> p.os().equals("unknown") && p.architecture().equals("unknown")).isPresent()) {
            return;
        }
        if (MediaTypes.isIndex(d.mediaType())) {
            if (depth >= MAX_INDEX_DEPTH) {
                throw new ImageException(display + ": image indexes nested more than " + MAX_INDEX_DEPTH + " deep");
            }
            String name = display + "!" + d.digest();
            ImageIndex nested = ManifestParser.parseIndex(readBlob(d, "index"), name);
            for (Descriptor child : nested.manifests()) {
                collect(child, ref, depth + 1, out);
            }
            if (out.size() > ManifestParser.MAX_DESCRIPTORS) {
                throw new ImageException(display + ": more than " + ManifestParser.MAX_DESCRIPTORS + " manifests");
            }
        } else if (MediaTypes.isManifest(d.mediaType()) || d.mediaType().isEmpty()) {
            Optional<Platform> platform = d.platform();
            out.add(new Candidate(d, ref, platform));
        }
    }

    /** The manifest (anywhere in the index tree) whose config blob is {@code configDigest}, when there is one. */
    Optional<Descriptor> findManifestWithConfig(Digest configDigest) throws ImageException {
        for (Candidate c : candidates()) {
            Manifest m = ManifestParser.parseManifest(readBlob(c.descriptor(), "manifest"),
                    display + "!" + c.descriptor().digest());
            if (m.config().digest().equals(configDigest)) {
                return Optional.of(c.descriptor());
            }
        }
        return Optional.empty();
    }

    /** Reads the manifest, config and layer list of the chosen manifest. */
    ResolvedImage read(Descriptor manifestDescriptor, String shown, String layout, List<String> refs,
            List<Platform> platforms, Function<Digest, List<String>> extraTags)
            throws ImageException {
        String manifestName = display + "!" + manifestDescriptor.digest();
        Manifest manifest = ManifestParser.parseManifest(readBlob(manifestDescriptor, "manifest"), manifestName);
        Descriptor configDescriptor = manifest.config();
        ImageConfig config = ImageConfigParser.parse(readBlob(configDescriptor, "config"),
                display + "!" + configDescriptor.digest());
        List<LayerBlob> layers = layers(manifest, config, shown);
        List<String> references = new ArrayList<>(refs);
        for (String t : extraTags.apply(configDescriptor.digest())) {
            if (!references.contains(t)) {
                references.add(t);
            }
        }
        List<Platform> offered = platforms.isEmpty() ? List.of(config.platform()) : platforms;
        return new ResolvedImage(shown, layout, references, Optional.of(manifestDescriptor.digest()),
                configDescriptor.digest(), config, layers, offered, manifest.baseImageName());
    }

    private List<LayerBlob> layers(Manifest manifest, ImageConfig config, String shown) throws ImageException {
        int count = manifest.layers().size();
        if (count > ImageLimits.MAX_LAYERS) {
            throw new ImageException(shown + ": " + count + " layers; at most " + ImageLimits.MAX_LAYERS + " are read");
        }
        if (count != config.diffIds().size()) {
            throw new ImageException(shown + ": the manifest lists " + count + " layers but the config has "
                    + config.diffIds().size() + " diff IDs");
        }
        List<LayerBlob> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Descriptor d = manifest.layers().get(i);
            if (!MediaTypes.isLayer(d.mediaType())) {
                throw new ImageException(shown + ": layer " + (i + 1) + " has media type '" + d.mediaType()
                        + "', which is not an image layer");
            }
            Optional<BlobStore.Blob> blob = lookup(ArchivePaths.blobPath(d.digest()));
            if (blob.isEmpty()) {
                String why = MediaTypes.isNonDistributable(d.mediaType())
                        ? " (a non-distributable layer, which archives may leave out)" : "";
                throw new ImageException(shown + ": layer " + (i + 1) + " blob " + d.digest() + " is missing" + why);
            }
            out.add(new StoredLayer(i, blob.get(), Optional.of(d.digest()), Optional.of(d.size()),
                    config.diffIds().get(i), "layer " + (i + 1) + " (" + d.digest() + ") of " + shown, limits));
        }
        return out;
    }

    /** Reads a JSON blob named by a descriptor, verifying its size and digest. */
    byte[] readBlob(Descriptor d, String what) throws ImageException {
        String name = display + "!" + d.digest();
        Json.checkSize(d.size(), name);
        BlobStore.Blob blob = find(ArchivePaths.blobPath(d.digest()), what + " " + d.digest());
        if (blob.size() != d.size()) {
            throw new ImageException(name + ": " + what + " size mismatch: the descriptor says " + d.size()
                    + " bytes but the blob has " + blob.size());
        }
        try (InputStream in = d.digest().verifying(blob.open(), display + ": " + what + " " + d.digest())) {
            byte[] bytes = in.readNBytes((int) d.size());
            if (bytes.length != d.size()) {
                throw new ImageException(name + ": " + what + " blob is truncated");
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return bytes;
        } catch (Digest.Mismatch e) {
            throw new ImageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageException(name + ": cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private byte[] readSmall(BlobStore.Blob blob, String name) throws ImageException {
        try {
            return store.readSmall(blob, name);
        } catch (IOException e) {
            throw new ImageException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private BlobStore.Blob find(String path, String what) throws ImageException {
        return lookup(path).orElseThrow(() -> new ImageException(display + ": " + what + " is missing (" + path + ")"));
    }

    private Optional<BlobStore.Blob> lookup(String path) throws ImageException {
        try {
            return store.find(path);
        } catch (IOException e) {
            throw new ImageException(display + ": cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
