package dev.lashing.image.archive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.oci.Descriptor;
import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.ImageIndex;
import dev.lashing.image.oci.Manifest;
import dev.lashing.image.oci.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses OCI and Docker v2 manifests and indexes (manifest lists), and docker-save {@code manifest.json}. */
public final class ManifestParser {
    /** The most descriptors read from one index or manifest. */
    static final int MAX_DESCRIPTORS = 1000;

    private ManifestParser() {
    }

    /** One entry of docker-save's {@code manifest.json}: the config path, the tags, the layer paths. */
    public record DockerEntry(String config, List<String> repoTags, List<String> layers) {
        /** Copies the lists. */
        public DockerEntry {
            repoTags = List.copyOf(repoTags);
            layers = List.copyOf(layers);
        }
    }

    /** True when the JSON document is an index (it has a {@code manifests} array) rather than a manifest. */
    public static boolean isIndex(byte[] json, String displayName) throws ImageException {
        return Json.read(json, displayName).path("manifests").isArray();
    }

    /** Parses an image manifest. */
    public static Manifest parseManifest(byte[] json, String displayName) throws ImageException {
        JsonNode root = object(json, displayName);
        if (root.path("schemaVersion").asInt(2) == 1) {
            throw new ImageException(displayName + ": Docker schema 1 manifests are not supported");
        }
        if (!root.path("config").isObject()) {
            throw new ImageException(displayName + ": not an image manifest (no config descriptor)");
        }
        Descriptor config = descriptor(root.path("config"), displayName, "/config");
        List<Descriptor> layers = descriptors(root.path("layers"), displayName, "/layers");
        return new Manifest(ImageConfigParser.text(root.path("mediaType")), config, layers,
                ImageConfigParser.stringMap(root.path("annotations")));
    }

    /** Parses an image index or Docker manifest list. */
    public static ImageIndex parseIndex(byte[] json, String displayName) throws ImageException {
        JsonNode root = object(json, displayName);
        if (!root.path("manifests").isArray()) {
            throw new ImageException(displayName + ": not an image index (no manifests array)");
        }
        return new ImageIndex(ImageConfigParser.text(root.path("mediaType")),
                descriptors(root.path("manifests"), displayName, "/manifests"));
    }

    /** Parses docker-save's {@code manifest.json}: an array of images. */
    public static List<DockerEntry> parseDockerManifest(byte[] json, String displayName) throws ImageException {
        JsonNode root = Json.read(json, displayName);
        if (!root.isArray() || root.isEmpty()) {
            throw new ImageException(displayName + ": expected a non-empty JSON array of images");
        }
        if (root.size() > MAX_DESCRIPTORS) {
            throw new ImageException(displayName + ": more than " + MAX_DESCRIPTORS + " images");
        }
        List<DockerEntry> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode e = root.get(i);
            if (!e.path("Config").isTextual() || !e.path("Layers").isArray()) {
                throw new ImageException(displayName + ": entry " + i + " lacks Config or Layers");
            }
            List<String> layers = new ArrayList<>();
            for (JsonNode l : e.path("Layers")) {
                if (!l.isTextual()) {
                    throw new ImageException(displayName + ": entry " + i + " has a layer path that is not a string");
                }
                layers.add(l.asText());
            }
            out.add(new DockerEntry(e.path("Config").asText(), ImageConfigParser.strings(e.path("RepoTags")), layers));
        }
        return out;
    }

    private static JsonNode object(byte[] json, String displayName) throws ImageException {
        JsonNode root = Json.read(json, displayName);
        if (!root.isObject()) {
            throw new ImageException(displayName + ": expected a JSON object");
        }
        return root;
    }

    private static List<Descriptor> descriptors(JsonNode array, String displayName, String pointer)
            throws ImageException {
        if (!array.isArray() && !array.isMissingNode() && !array.isNull()) {
            throw new ImageException(displayName + ": " + pointer + " must be an array");
        }
        if (array.size() > MAX_DESCRIPTORS) {
            throw new ImageException(displayName + ": " + pointer + " lists more than " + MAX_DESCRIPTORS + " entries");
        }
        List<Descriptor> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(descriptor(array.get(i), displayName, pointer + "/" + i));
        }
        return out;
    }

    private static Descriptor descriptor(JsonNode node, String displayName, String pointer) throws ImageException {
        if (!node.isObject()) {
            throw new ImageException(displayName + ": " + pointer + " is not a descriptor object");
        }
        Digest digest;
        try {
            digest = Digest.parse(node.path("digest").isTextual() ? node.path("digest").asText() : null);
        } catch (IllegalArgumentException e) {
            throw new ImageException(displayName + ": " + pointer + "/digest is invalid: " + e.getMessage(), e);
        }
        JsonNode size = node.path("size");
        if (!size.canConvertToLong() || !size.isIntegralNumber() || size.asLong() < 0) {
            throw new ImageException(displayName + ": " + pointer + "/size must be a non-negative integer");
        }
        Optional<Platform> platform = Optional.empty();
        JsonNode p = node.path("platform");
        if (p.isObject()) {
            String os = ImageConfigParser.text(p.path("os"));
            String arch = ImageConfigParser.text(p.path("architecture"));
            platform = Optional.of(new Platform(os, arch, ImageConfigParser.text(p.path("variant"))));
        }
        return new Descriptor(ImageConfigParser.text(node.path("mediaType")), digest, size.asLong(), platform,
                ImageConfigParser.stringMap(node.path("annotations")));
    }
}
