package dev.lashing.image.layer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.layer.ImageFileSystem.How;
import dev.lashing.image.oci.Digest;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Walks real images made by {@code ../shared/tools/make-test-images.sh} into {@code /tmp/testimages};
 * skipped when they are absent.
 */
class RealImageLayerWalkTest {
    private static final Path IMAGES = Path.of("/tmp/testimages");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A gzip layer blob of an OCI layout directory. */
    record OciLayer(int index, Path blob, Digest diffId) implements LayerBlob {
        @Override
        public Optional<Digest> blobDigest() {
            return Optional.of(new Digest("sha256", blob.getFileName().toString()));
        }

        @Override
        public long storedSize() {
            try {
                return Files.size(blob);
            } catch (IOException e) {
                return 0;
            }
        }

        @Override
        public String compression() {
            return "gzip";
        }

        @Override
        public InputStream openTar() throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(blob), 1 << 16);
            return diffId.verifying(new GZIPInputStream(raw, 1 << 16), "layer " + index);
        }
    }

    /** The layers of the first image in an OCI layout directory. */
    static List<OciLayer> layers(Path layout) throws IOException {
        Path blobs = layout.resolve("blobs/sha256");
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(blobs, index.get("manifests").get(0).get("digest").asText()).toFile());
        JsonNode config = JSON.readTree(blob(blobs, manifest.get("config").get("digest").asText()).toFile());
        JsonNode diffIds = config.get("rootfs").get("diff_ids");
        List<OciLayer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("layers")) {
            int i = layers.size();
            layers.add(new OciLayer(i, blob(blobs, layer.get("digest").asText()), Digest.parse(diffIds.get(i).asText())));
        }
        return layers;
    }

    private static Path blob(Path blobs, String digest) {
        return blobs.resolve(Digest.parse(digest).hex());
    }

    private static Path image(String name) {
        Path p = IMAGES.resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(p), "no test image " + p);
        return p;
    }

    @Test
    void debianMinbaseLayer() throws Exception {
        WalkResult r = new LayerWalker().walk(layers(image("debian-minbase.oci")), List.of(), WalkListener.NONE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.layers()).singleElement().satisfies(s -> {
            assertThat(s.entries()).isBetween(6000L, 7500L);
            assertThat(s.regularFiles()).isPositive();
            assertThat(s.uncompressedBytes()).isGreaterThan(s.fileBytes());
        });
        assertThat(r.fileSystem().live("usr/bin/passwd")).hasValueSatisfying(e -> {
            assertThat(e.setuid()).isTrue();
            assertThat(e.uid()).isZero();
        });
        assertThat(r.fileSystem().resolve("bin/sh")).isPresent();
    }

    @Test
    void umociWhiteoutHidesTheSecret() throws Exception {
        WalkResult r = new LayerWalker().walk(layers(image("secret-whiteout-umoci.oci")), List.of(), WalkListener.NONE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.fileSystem().live("app/secret.pem")).isEmpty();
        assertThat(r.fileSystem().removed()).anySatisfy(x -> {
            assertThat(x.entry().path()).isEqualTo("app/secret.pem");
            assertThat(x.how()).isEqualTo(How.WHITEOUT);
        });
    }
}
