package dev.lashing.image.archive;

import dev.lashing.image.oci.Digest;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Builds small images in code for tests: layer tars, compressed blobs, configs, and whole OCI
 * layouts, OCI archives and the three docker-archive flavours. Public so layer-walker and end-to-end
 * tests can use it too.
 */
public final class TestImages {
    /** OCI gzip layer media type. */
    public static final String GZIP_LAYER = "application/vnd.oci.image.layer.v1.tar+gzip";
    /** OCI zstd layer media type. */
    public static final String ZSTD_LAYER = "application/vnd.oci.image.layer.v1.tar+zstd";
    /** OCI uncompressed layer media type. */
    public static final String TAR_LAYER = "application/vnd.oci.image.layer.v1.tar";

    private TestImages() {
    }

    /** One entry of a layer tar: a file (content), directory ({@code name/}), symlink or hard link. */
    public record Entry(String name, byte type, byte[] content, String link, int mode) {
        /** A regular file with mode 0644. */
        public static Entry file(String name, String content) {
            return new Entry(name, TarConstants.LF_NORMAL, content.getBytes(StandardCharsets.UTF_8), "", 0644);
        }

        /** A regular file with the given mode (e.g. 04755 for setuid). */
        public static Entry file(String name, String content, int mode) {
            return new Entry(name, TarConstants.LF_NORMAL, content.getBytes(StandardCharsets.UTF_8), "", mode);
        }

        /** A directory. */
        public static Entry dir(String name) {
            return new Entry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, new byte[0], "", 0755);
        }

        /** A symbolic link. */
        public static Entry symlink(String name, String target) {
            return new Entry(name, TarConstants.LF_SYMLINK, new byte[0], target, 0777);
        }

        /** A hard link to another entry. */
        public static Entry hardlink(String name, String target) {
            return new Entry(name, TarConstants.LF_LINK, new byte[0], target, 0644);
        }
    }

    /** A tar of the given entries (POSIX long names). */
    public static byte[] tar(Entry... entries) {
        return tar(List.of(entries));
    }

    /** A tar of the given entries (POSIX long names). */
    public static byte[] tar(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry e : entries) {
                TarArchiveEntry t = new TarArchiveEntry(e.name(), e.type());
                t.setMode(e.mode());
                if (!e.link().isEmpty()) {
                    t.setLinkName(e.link());
                }
                if (e.type() == TarConstants.LF_NORMAL) {
                    t.setSize(e.content().length);
                }
                out.putArchiveEntry(t);
                if (e.type() == TarConstants.LF_NORMAL) {
                    out.write(e.content());
                }
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A tar of named files (outer archives): names map to contents, written in order. */
    public static byte[] tarFiles(Map<String, byte[]> files) {
        List<Entry> entries = new ArrayList<>();
        files.forEach((name, content) -> entries.add(new Entry(name, TarConstants.LF_NORMAL, content, "", 0644)));
        return tar(entries);
    }

    /** Gzip-compressed bytes. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Zstd-compressed bytes (aircompressor's pure-Java encoder). */
    public static byte[] zstd(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new ZstdOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The sha256 digest of {@code data}. */
    public static Digest sha256(byte[] data) {
        return Digest.of("sha256", data);
    }

    /** UTF-8 bytes of {@code text}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A layer: its uncompressed tar, stored blob and media type. */
    public record Layer(byte[] tar, byte[] blob, String mediaType) {
        /** The diff ID (digest of the uncompressed tar). */
        public Digest diffId() {
            return sha256(tar);
        }

        /** The digest of the stored blob. */
        public Digest digest() {
            return sha256(blob);
        }
    }

    /** A gzip layer of the given entries. */
    public static Layer gzipLayer(Entry... entries) {
        byte[] t = tar(entries);
        return new Layer(t, gzip(t), GZIP_LAYER);
    }

    /** A zstd layer of the given entries. */
    public static Layer zstdLayer(Entry... entries) {
        byte[] t = tar(entries);
        return new Layer(t, zstd(t), ZSTD_LAYER);
    }

    /** An uncompressed layer of the given entries. */
    public static Layer plainLayer(Entry... entries) {
        byte[] t = tar(entries);
        return new Layer(t, t, TAR_LAYER);
    }

    /**
     * A config JSON for {@code os/arch} with the layers' diff IDs; {@code configBody} is inserted as
     * the {@code config} object's members (e.g. {@code "User": "app"}), may be empty.
     */
    public static String configJson(String arch, String configBody, List<Layer> layers) {
        StringBuilder ids = new StringBuilder();
        StringBuilder history = new StringBuilder();
        for (Layer l : layers) {
            ids.append(ids.length() == 0 ? "" : ", ").append('"').append(l.diffId()).append('"');
            history.append(history.length() == 0 ? "" : ", ")
                    .append("{\"created\": \"2024-01-02T03:04:05Z\", \"created_by\": \"ADD layer\"}");
        }
        return "{\"created\": \"2024-01-02T03:04:05.123456789Z\", \"architecture\": \"" + arch
                + "\", \"os\": \"linux\", \"config\": {" + configBody + "}, \"rootfs\": {\"type\": \"layers\", "
                + "\"diff_ids\": [" + ids + "]}, \"history\": [" + history + "]}";
    }

    /** One image for a layout: config, layers, optional platform, tag (ref name) and manifest annotations. */
    public record Image(String config, List<Layer> layers, String platform, String tag,
            Map<String, String> annotations) {
        /** An untagged image without platform in its descriptor. */
        public static Image of(String config, Layer... layers) {
            return new Image(config, List.of(layers), "", "", Map.of());
        }

        /** The same image with a tag (OCI ref name / RepoTag). */
        public Image tagged(String newTag) {
            return new Image(config, layers, platform, newTag, annotations);
        }

        /** The same image with a platform ({@code os/arch[/variant]}) on its index descriptor. */
        public Image on(String newPlatform) {
            return new Image(config, layers, newPlatform, tag, annotations);
        }

        /** The same image with manifest annotations. */
        public Image annotated(Map<String, String> newAnnotations) {
            return new Image(config, layers, platform, tag, newAnnotations);
        }
    }

    /** The blobs and descriptors of an OCI layout being assembled in memory: path → content. */
    public static final class Layout {
        private final Map<String, byte[]> files = new LinkedHashMap<>();

        /** Starts a layout with its {@code oci-layout} file. */
        public Layout() {
            files.put("oci-layout", utf8("{\"imageLayoutVersion\": \"1.0.0\"}"));
        }

        /** Stores a blob under {@code blobs/sha256/<hex>} and returns its descriptor JSON. */
        public String blob(String mediaType, byte[] content, String extra) {
            Digest d = sha256(content);
            files.put("blobs/sha256/" + d.hex(), content);
            return "{\"mediaType\": \"" + mediaType + "\", \"digest\": \"" + d + "\", \"size\": " + content.length
                    + extra + "}";
        }

        /** Stores an image's config, layers and manifest; returns the manifest's descriptor JSON. */
        public String image(Image image) {
            StringBuilder layers = new StringBuilder();
            for (Layer l : image.layers()) {
                layers.append(layers.length() == 0 ? "" : ", ").append(blob(l.mediaType(), l.blob(), ""));
            }
            String config = blob("application/vnd.oci.image.config.v1+json", utf8(image.config()), "");
            StringBuilder annotations = new StringBuilder();
            image.annotations().forEach((k, v) -> annotations.append(annotations.length() == 0 ? "" : ", ")
                    .append('"').append(k).append("\": \"").append(v).append('"'));
            String manifest = "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.oci.image.manifest.v1+json\", "
                    + "\"config\": " + config + ", \"layers\": [" + layers + "]"
                    + (annotations.length() == 0 ? "" : ", \"annotations\": {" + annotations + "}") + "}";
            return blob("application/vnd.oci.image.manifest.v1+json", utf8(manifest), descriptorExtras(image));
        }

        /** Stores a nested index of the given manifest descriptors; returns its descriptor JSON. */
        public String index(String tag, List<String> manifestDescriptors) {
            String index = "{\"schemaVersion\": 2, \"mediaType\": \"application/vnd.oci.image.index.v1+json\", "
                    + "\"manifests\": [" + String.join(", ", manifestDescriptors) + "]}";
            return blob("application/vnd.oci.image.index.v1+json", utf8(index),
                    tag.isEmpty() ? "" : ", \"annotations\": {\"org.opencontainers.image.ref.name\": \"" + tag + "\"}");
        }

        /** Writes {@code index.json} listing the given descriptors. */
        public Layout top(List<String> descriptors) {
            files.put("index.json", utf8("{\"schemaVersion\": 2, \"mediaType\": "
                    + "\"application/vnd.oci.image.index.v1+json\", \"manifests\": ["
                    + String.join(", ", descriptors) + "]}"));
            return this;
        }

        /** Adds or replaces any file (to corrupt a layout on purpose). */
        public Layout put(String path, byte[] content) {
            files.put(path, content);
            return this;
        }

        /** Removes a file. */
        public Layout remove(String path) {
            files.remove(path);
            return this;
        }

        /** The files, path → content. */
        public Map<String, byte[]> files() {
            return files;
        }

        /** Writes the layout as a directory. */
        public Path writeDirectory(Path dir) throws IOException {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return dir;
        }

        /** Writes the layout as a tar (an OCI archive). */
        public Path writeArchive(Path file) throws IOException {
            Files.write(file, tarFiles(files));
            return file;
        }

        private static String descriptorExtras(Image image) {
            StringBuilder s = new StringBuilder();
            if (!image.platform().isEmpty()) {
                String[] p = image.platform().split("/");
                s.append(", \"platform\": {\"os\": \"").append(p[0]).append("\", \"architecture\": \"").append(p[1])
                        .append('"').append(p.length > 2 ? ", \"variant\": \"" + p[2] + "\"" : "").append('}');
            }
            if (!image.tag().isEmpty()) {
                s.append(", \"annotations\": {\"org.opencontainers.image.ref.name\": \"").append(image.tag())
                        .append("\"}");
            }
            return s.toString();
        }
    }

    /** An OCI layout holding the given images, each listed in {@code index.json}. */
    public static Layout ociLayout(Image... images) {
        Layout layout = new Layout();
        List<String> descriptors = new ArrayList<>();
        for (Image image : images) {
            descriptors.add(layout.image(image));
        }
        return layout.top(descriptors);
    }

    /** The three docker-save flavours. */
    public enum DockerFlavour {
        /** {@code docker save} up to 24: {@code <id>/layer.tar} files and {@code <hex>.json} configs. */
        CLASSIC,
        /** skopeo/podman: top-level {@code <diffid>.tar}, {@code <id>/layer.tar} symlink entries. */
        SKOPEO,
        /** Docker 25+: an OCI layout inside, manifest.json naming {@code blobs/sha256/<hex>}. */
        DOCKER25
    }

    /** The files of a docker-save archive of the given images (tags become RepoTags). */
    public static Map<String, byte[]> dockerArchiveFiles(DockerFlavour flavour, Image... images) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder();
        Layout oci = new Layout();
        List<String> descriptors = new ArrayList<>();
        for (Image image : images) {
            byte[] config = utf8(image.config());
            String configPath;
            List<String> layerPaths = new ArrayList<>();
            if (flavour == DockerFlavour.DOCKER25) {
                descriptors.add(oci.image(image));
                configPath = "blobs/sha256/" + sha256(config).hex();
                for (Layer l : image.layers()) {
                    layerPaths.add("blobs/sha256/" + l.digest().hex());
                }
            } else {
                configPath = sha256(config).hex() + ".json";
                files.put(configPath, config);
                int i = 0;
                for (Layer l : image.layers()) {
                    String id = sha256(utf8(image.config() + "/" + i++)).hex();
                    if (flavour == DockerFlavour.CLASSIC) {
                        files.put(id + "/VERSION", utf8("1.0"));
                        files.put(id + "/json", utf8("{\"id\": \"" + id + "\"}"));
                        files.put(id + "/layer.tar", l.tar());
                        layerPaths.add(id + "/layer.tar");
                    } else {
                        files.put(l.diffId().hex() + ".tar", l.tar());
                        files.put(id + "/layer.tar", null);
                        layerPaths.add(l.diffId().hex() + ".tar");
                    }
                }
            }
            manifest.append(manifest.length() == 0 ? "" : ", ").append("{\"Config\": \"").append(configPath)
                    .append("\", \"RepoTags\": [").append(image.tag().isEmpty() ? "" : "\"" + image.tag() + "\"")
                    .append("], \"Layers\": [").append(String.join(", ", layerPaths.stream()
                            .map(p -> "\"" + p + "\"").toList())).append("]}");
        }
        if (flavour == DockerFlavour.DOCKER25) {
            oci.top(descriptors);
            files.putAll(oci.files());
        }
        files.put("manifest.json", utf8("[" + manifest + "]"));
        return files;
    }

    /**
     * Writes a docker-save archive; in the skopeo flavour a {@code null} content marks the
     * {@code <id>/layer.tar} symlink entry to {@code ../<diffid>.tar}, written after its target.
     */
    public static Path writeDockerArchive(Path file, DockerFlavour flavour, Image... images) throws IOException {
        return writeTar(file, dockerArchiveFiles(flavour, images));
    }

    /**
     * Writes an outer tar from path → content; a {@code null} content for {@code <id>/layer.tar} becomes a
     * symlink to the most recent {@code <hex>.tar} written before it.
     */
    public static Path writeTar(Path file, Map<String, byte[]> files) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String lastTop = "";
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getValue() == null) {
                entries.add(Entry.symlink(f.getKey(), "../" + lastTop));
            } else {
                if (f.getKey().endsWith(".tar") && !f.getKey().contains("/")) {
                    lastTop = f.getKey();
                }
                entries.add(new Entry(f.getKey(), TarConstants.LF_NORMAL, f.getValue(), "", 0644));
            }
        }
        Files.write(file, tar(entries));
        return file;
    }
}
