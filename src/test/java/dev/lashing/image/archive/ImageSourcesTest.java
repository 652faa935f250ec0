package dev.lashing.image.archive;

import static dev.lashing.image.archive.TestImages.Entry.file;
import static dev.lashing.image.archive.TestImages.configJson;
import static dev.lashing.image.archive.TestImages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.image.archive.TestImages.DockerFlavour;
import dev.lashing.image.archive.TestImages.Image;
import dev.lashing.image.archive.TestImages.Layer;
import dev.lashing.image.oci.Digest;
import dev.lashing.image.oci.Platform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImageSourcesTest {
    private static final Layer BASE = TestImages.gzipLayer(TestImages.Entry.dir("etc"), file("etc/os-release", "ID=test"));
    private static final Layer APP = TestImages.gzipLayer(file("app/run.sh", "echo hi", 0755));

    @TempDir
    Path tmp;

    private static Image image(String arch, Layer... layers) {
        return Image.of(configJson(arch, "\"User\": \"app\"", List.of(layers)), layers);
    }

    private final List<ImageSource> open = new ArrayList<>();

    @AfterEach
    void closeSources() {
        open.forEach(ImageSource::close);
    }

    /** Resolves from a source kept open until the test ends, so its layers stay readable. */
    private ResolvedImage resolve(Path path, String platform, String tag) throws ImageException {
        ImageSource source = ImageSources.open(path);
        open.add(source);
        return source.resolve(Optional.ofNullable(platform).map(Platform::parse), Optional.ofNullable(tag));
    }

    /** Reads every layer to EOF and returns the entry names of each. */
    static List<List<String>> readAll(ResolvedImage image) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (LayerBlob layer : image.layers()) {
            List<String> names = new ArrayList<>();
            try (InputStream in = layer.openTar()) {
                TarArchiveInputStream tar = new TarArchiveInputStream(in);
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    names.add(e.getName());
                }
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            out.add(names);
        }
        return out;
    }

    @Test
    void readsAnOciLayoutDirectory() throws Exception {
        Path dir = TestImages.ociLayout(image("amd64", BASE, APP).tagged("1.0")
                .annotated(Map.of("org.opencontainers.image.base.name", "docker.io/library/debian:12")))
                .writeDirectory(tmp.resolve("img"));
        ResolvedImage image = resolve(dir, null, null);
        assertThat(image.layout()).isEqualTo("oci-layout");
        assertThat(image.display()).isEqualTo(dir.toString());
        assertThat(image.references()).containsExactly("1.0");
        assertThat(image.manifestDigest()).isPresent();
        assertThat(image.config().user()).isEqualTo("app");
        assertThat(image.baseImageName()).contains("docker.io/library/debian:12");
        assertThat(image.layers()).hasSize(2);
        assertThat(image.layers().get(0).blobDigest()).contains(BASE.digest());
        assertThat(image.layers().get(1).diffId()).isEqualTo(APP.diffId());
        assertThat(image.layers().get(0).compression()).isEqualTo("gzip");
        assertThat(readAll(image)).containsExactly(List.of("etc/", "etc/os-release"), List.of("app/run.sh"));
    }

    @Test
    void readsAnOciArchive() throws Exception {
        Path file = TestImages.ociLayout(image("amd64", BASE)).writeArchive(tmp.resolve("img.oci.tar"));
        ResolvedImage image = resolve(file, null, null);
        assertThat(image.layout()).isEqualTo("oci-archive");
        assertThat(readAll(image)).containsExactly(List.of("etc/", "etc/os-release"));
    }

    @ParameterizedTest
    @EnumSource(DockerFlavour.class)
    void readsEachDockerArchiveFlavour(DockerFlavour flavour) throws Exception {
        Image img = image("amd64", BASE, APP).tagged("docker.io/library/demo:1");
        Path file = TestImages.writeDockerArchive(tmp.resolve("img.tar"), flavour, img);
        ResolvedImage image = resolve(file, null, null);
        assertThat(image.layout()).isEqualTo(flavour == DockerFlavour.DOCKER25 ? "docker-archive (oci)" : "docker-archive");
        assertThat(image.references()).contains("docker.io/library/demo:1");
        assertThat(image.configDigest()).isEqualTo(TestImages.sha256(utf8(img.config())));
        assertThat(image.manifestDigest().isPresent()).isEqualTo(flavour == DockerFlavour.DOCKER25);
        assertThat(readAll(image)).containsExactly(List.of("etc/", "etc/os-release"), List.of("app/run.sh"));
    }

    @Test
    void choosesAmongSeveralTaggedImages() throws Exception {
        Path file = TestImages.writeDockerArchive(tmp.resolve("two.tar"), DockerFlavour.CLASSIC,
                image("amd64", BASE).tagged("docker.io/library/one:1"), image("amd64", APP).tagged("docker.io/library/two:2"));
        assertThatThrownBy(() -> resolve(file, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("--tag").hasMessageContaining("docker.io/library/one:1")
                .hasMessageContaining("docker.io/library/two:2");
        ResolvedImage two = resolve(file, null, "two:2");
        assertThat(two.display()).isEqualTo(file + ":two:2");
        assertThat(two.layers().get(0).diffId()).isEqualTo(APP.diffId());
        assertThatThrownBy(() -> resolve(file, null, "three")).hasMessageContaining("no image tagged 'three'")
                .hasMessageContaining("one:1");

        Path dir = TestImages.ociLayout(image("amd64", BASE).tagged("a"), image("amd64", APP).tagged("b"))
                .writeDirectory(tmp.resolve("oci"));
        assertThat(resolve(dir, null, "b").references()).containsExactly("b");
        assertThatThrownBy(() -> resolve(dir, null, null)).hasMessageContaining("a, b");
    }

    @Test
    void resolvesANestedIndexByPlatform() throws Exception {
        TestImages.Layout layout = new TestImages.Layout();
        String amd = layout.image(image("amd64", BASE).on("linux/amd64"));
        String arm = layout.image(image("arm64", APP).on("linux/arm64/v8"));
        String attestation = layout.blob("application/vnd.oci.image.manifest.v1+json", utf8("{}"),
                ", \"platform\": {\"os\": \"unknown\", \"architecture\": \"unknown\"}, \"annotations\": "
                        + "{\"vnd.docker.reference.type\": \"attestation-manifest\"}");
        layout.top(List.of(layout.index("latest", List.of(layout.index("", List.of(amd, arm, attestation))))));
        Path dir = layout.writeDirectory(tmp.resolve("multi"));

        ResolvedImage armImage = resolve(dir, "linux/arm64", null);
        assertThat(armImage.config().architecture()).isEqualTo("arm64");
        assertThat(armImage.platforms()).containsExactly(Platform.parse("linux/amd64"), Platform.parse("linux/arm64/v8"));
        assertThat(armImage.references()).containsExactly("latest");
        assertThat(resolve(dir, "linux/amd64", null).config().architecture()).isEqualTo("amd64");
        assertThatThrownBy(() -> resolve(dir, "linux/s390x", null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("no image for platform linux/s390x")
                .hasMessageContaining("linux/amd64, linux/arm64/v8");
    }

    @Test
    void blobDigestMismatchSurfacesWhenReading() throws Exception {
        TestImages.Layout layout = TestImages.ociLayout(image("amd64", BASE));
        byte[] other = TestImages.gzip(TestImages.tar(file("evil", "x")));
        byte[] padded = Arrays.copyOf(other, BASE.blob().length);
        layout.put("blobs/sha256/" + BASE.digest().hex(), padded);
        ResolvedImage image = resolve(layout.writeDirectory(tmp.resolve("bad")), null, null);
        assertThatThrownBy(() -> readAll(image)).isInstanceOf(IOException.class)
                .hasMessageContaining(BASE.digest().toString());
    }

    @Test
    void layerSizeMismatchIsReported() throws Exception {
        TestImages.Layout layout = TestImages.ociLayout(image("amd64", BASE));
        byte[] longer = Arrays.copyOf(BASE.blob(), BASE.blob().length + 10);
        layout.put("blobs/sha256/" + BASE.digest().hex(), longer);
        ResolvedImage image = resolve(layout.writeDirectory(tmp.resolve("big")), null, null);
        assertThatThrownBy(() -> readAll(image)).isInstanceOf(IOException.class).hasMessageContaining("size mismatch");
    }

    @Test
    void diffIdMismatchNamesTheLayerAndBothDigests() throws Exception {
        Digest wrong = TestImages.sha256(utf8("not the layer"));
        String config = configJson("amd64", "", List.of()).replace("\"diff_ids\": []", "\"diff_ids\": [\"" + wrong + "\"]");
        Path file = TestImages.writeDockerArchive(tmp.resolve("d.tar"), DockerFlavour.CLASSIC, Image.of(config, BASE));
        ResolvedImage image = resolve(file, null, null);
        assertThatThrownBy(() -> readAll(image)).isInstanceOf(Digest.Mismatch.class)
                .hasMessageContaining("layer 1 (").hasMessageContaining(wrong.toString())
                .hasMessageContaining(BASE.diffId().toString());
    }

    @Test
    void configAndManifestBlobsAreVerified() throws Exception {
        Image img = image("amd64", BASE);
        TestImages.Layout layout = TestImages.ociLayout(img);
        String configHex = TestImages.sha256(utf8(img.config())).hex();
        byte[] tampered = utf8(img.config().replace("\"app\"", "\"xyz\""));
        layout.put("blobs/sha256/" + configHex, tampered);
        Path dir = layout.writeDirectory(tmp.resolve("cfg"));
        assertThatThrownBy(() -> resolve(dir, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("digest mismatch").hasMessageContaining(configHex);

        Path docker = TestImages.writeTar(tmp.resolve("cfg.tar"), Map.of(
                "manifest.json", utf8("[{\"Config\": \"" + configHex + ".json\", \"Layers\": []}]"),
                configHex + ".json", tampered));
        assertThatThrownBy(() -> resolve(docker, null, null)).hasMessageContaining("digest mismatch");
    }

    @Test
    void refusesManifestPathsThatLeaveTheArchive() throws Exception {
        for (String path : List.of("../x.json", "/etc/passwd", "a/../../x")) {
            Path file = TestImages.writeTar(tmp.resolve("esc.tar"),
                    Map.of("manifest.json", utf8("[{\"Config\": \"" + path + "\", \"Layers\": []}]")));
            assertThatThrownBy(() -> resolve(file, null, null)).isInstanceOf(ImageException.class)
                    .hasMessageContaining("leaves the archive");
        }
    }

    @Test
    void symlinkEntriesNeverResolveOutsideTheArchive() throws Exception {
        Path file = tmp.resolve("link.tar");
        java.nio.file.Files.write(file, TestImages.tar(
                TestImages.Entry.symlink("cfg.json", "../../etc/passwd"),
                new TestImages.Entry("manifest.json", org.apache.commons.compress.archivers.tar.TarConstants.LF_NORMAL,
                        utf8("[{\"Config\": \"cfg.json\", \"Layers\": []}]"), "", 0644)));
        assertThatThrownBy(() -> resolve(file, null, null)).hasMessageContaining("missing");
    }

    @Test
    void missingBlobIsAnImageException() throws Exception {
        TestImages.Layout layout = TestImages.ociLayout(image("amd64", BASE, APP));
        layout.remove("blobs/sha256/" + APP.digest().hex());
        Path dir = layout.writeDirectory(tmp.resolve("missing"));
        assertThatThrownBy(() -> resolve(dir, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("layer 2 blob").hasMessageContaining(APP.digest().toString())
                .hasMessageContaining("missing");
    }

    @Test
    void truncatedGzipFailsClearly() throws Exception {
        byte[] big = TestImages.tar(file("data", "x".repeat(100_000) + Math.random()));
        byte[] gz = TestImages.gzip(big);
        Layer truncated = new Layer(big, Arrays.copyOf(gz, gz.length / 2), TestImages.GZIP_LAYER);
        Path dir = TestImages.ociLayout(image("amd64", truncated)).writeDirectory(tmp.resolve("trunc"));
        ResolvedImage image = resolve(dir, null, null);
        assertThatThrownBy(() -> readAll(image)).isInstanceOf(IOException.class).hasMessageContaining("layer 1 (");
    }

    @Test
    void truncatedOuterTarIsAnImageException() throws Exception {
        Path full = TestImages.writeDockerArchive(tmp.resolve("full.tar"), DockerFlavour.CLASSIC, image("amd64", BASE));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("cut.tar"), Arrays.copyOf(bytes, 1500));
        assertThatThrownBy(() -> resolve(cut, null, null)).isInstanceOf(ImageException.class);
    }

    @Test
    void layerCountMustMatchDiffIds() throws Exception {
        String config = configJson("amd64", "", List.of(BASE));
        Path dir = TestImages.ociLayout(Image.of(config, BASE, APP)).writeDirectory(tmp.resolve("count"));
        assertThatThrownBy(() -> resolve(dir, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("2 layers").hasMessageContaining("1 diff IDs");
    }

    @Test
    void oversizedConfigIsRefused() throws Exception {
        String config = configJson("amd64", "\"Env\": [\"X=" + "y".repeat(9 << 20) + "\"]", List.of());
        Path file = TestImages.writeDockerArchive(tmp.resolve("huge.tar"), DockerFlavour.CLASSIC, Image.of(config));
        assertThatThrownBy(() -> resolve(file, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("limit for JSON documents");
    }

    @Test
    void malformedConfigNamesLineAndColumn() throws Exception {
        String config = "{\n  \"architecture\": \"amd64\",\n  \"os\" \"linux\"\n}";
        Path file = TestImages.writeDockerArchive(tmp.resolve("bad.tar"), DockerFlavour.CLASSIC, Image.of(config));
        assertThatThrownBy(() -> resolve(file, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining(".json:3:").hasMessageContaining("malformed JSON");
    }

    @Test
    void readsZstdAndUncompressedLayers() throws Exception {
        Layer z = TestImages.zstdLayer(file("z", "zstd content"));
        Layer p = TestImages.plainLayer(file("p", "plain content"));
        Path dir = TestImages.ociLayout(image("amd64", z, p)).writeDirectory(tmp.resolve("zstd"));
        ResolvedImage image = resolve(dir, null, null);
        assertThat(image.layers().get(0).compression()).isEqualTo("zstd");
        assertThat(image.layers().get(1).compression()).isEqualTo("none");
        assertThat(readAll(image)).containsExactly(List.of("z"), List.of("p"));
    }

    @Test
    void decompressionBombIsStopped() throws Exception {
        byte[] zeros = new byte[80 << 20];
        Layer bomb = new Layer(zeros, TestImages.gzip(zeros), TestImages.GZIP_LAYER);
        Path dir = TestImages.ociLayout(image("amd64", bomb)).writeDirectory(tmp.resolve("bomb"));
        ResolvedImage image = resolve(dir, null, null);
        assertThatThrownBy(() -> readAll(image)).hasMessageContaining("decompression ratio exceeded");
        try (ImageSource source = ImageSources.open(dir, new ImageLimits(1 << 20))) {
            ResolvedImage limited = source.resolve(Optional.empty(), Optional.empty());
            assertThatThrownBy(() -> readAll(limited)).hasMessageContaining("exceeds the limit of 1048576 bytes");
        }
    }

    @Test
    void readsLayersInParallel() throws Exception {
        Path file = TestImages.writeDockerArchive(tmp.resolve("par.tar"), DockerFlavour.SKOPEO, image("amd64", BASE, APP));
        try (ImageSource source = ImageSources.open(file)) {
            ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<byte[]>> reads = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    LayerBlob layer = image.layers().get(i % 2);
                    reads.add(pool.submit(() -> {
                        try (InputStream in = layer.openTar()) {
                            return in.readAllBytes();
                        }
                    }));
                }
                for (int i = 0; i < 16; i++) {
                    assertThat(reads.get(i).get()).isEqualTo(i % 2 == 0 ? BASE.tar() : APP.tar());
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void zstdDataTheDecoderRefusesIsACleanErrorNotACrash() throws Exception {
        // a zstd frame header that asks for a custom dictionary, found by ImageArchiveFuzzTest in CI
        byte[] frame = java.util.Base64.getDecoder().decode("KLUv/SkAAAAAAAAAigp0");
        byte[] archive = java.util.Arrays.copyOf(frame, frame.length - 1);
        Path spool = Files.createDirectories(tmp.resolve("spool-bad-zstd"));
        assertThatThrownBy(() -> ImageSources.openStdin(new ByteArrayInputStream(archive), spool, 1 << 20).close())
                .isInstanceOf(ImageException.class).hasMessageContaining("cannot decompress: Custom dictionaries");
        try (var listing = Files.list(spool)) {
            assertThat(listing.count()).as("spools removed").isZero();
        }
    }

    @Test
    void compressedArchivesAreDecompressedOnceAndTheCopyDeleted() throws Exception {
        Path file = TestImages.writeDockerArchive(tmp.resolve("in.tar"), DockerFlavour.CLASSIC, image("amd64", BASE, APP));
        byte[] tar = Files.readAllBytes(file);
        Path spool = Files.createDirectories(tmp.resolve("spool"));
        for (byte[] packed : List.of(TestImages.gzip(tar), TestImages.zstd(tar))) {
            // docker save app | gzip | lashing image -
            try (ImageSource source = ImageSources.openStdin(new ByteArrayInputStream(packed), spool, 1 << 24)) {
                ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
                assertThat(readAll(image)).hasSize(2);
                try (var listing = Files.list(spool)) {
                    assertThat(listing.count()).as("the compressed spool and the decompressed one").isEqualTo(2);
                }
            }
            try (var listing = Files.list(spool)) {
                assertThat(listing.count()).isZero();
            }
        }
        Path gz = Files.write(tmp.resolve("app.tar.gz"), TestImages.gzip(tar));
        try (ImageSource source = ImageSources.open(gz)) {
            ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
            assertThat(image.display()).isEqualTo(gz.toString());
            assertThat(readAll(image)).hasSize(2);
        }
    }

    @Test
    void aCompressedArchiveThatInflatesTooMuchIsRefused() throws Exception {
        byte[] zeros = new byte[(int) (ImageLimits.RATIO_THRESHOLD + (1 << 20))];
        Path bomb = Files.write(tmp.resolve("bomb.tar.gz"), TestImages.gzip(zeros));
        assertThatThrownBy(() -> ImageSources.open(bomb)).isInstanceOf(ImageException.class)
                .hasMessageContaining("decompression ratio exceeded");
        Path cut = Files.write(tmp.resolve("cut.tar.gz"), Arrays.copyOf(TestImages.gzip(TestImages.tar(file("a",
                "x".repeat(10_000) + Math.PI))), 40));
        assertThatThrownBy(() -> ImageSources.open(cut)).isInstanceOf(ImageException.class)
                .hasMessageContaining("cannot decompress");
    }

    @Test
    void spoolsStandardInputAndDeletesTheCopy() throws Exception {
        Path file = TestImages.writeDockerArchive(tmp.resolve("in.tar"), DockerFlavour.SKOPEO, image("amd64", BASE));
        Path spool = Files.createDirectories(tmp.resolve("spool"));
        try (ImageSource source = ImageSources.openStdin(new ByteArrayInputStream(Files.readAllBytes(file)), spool,
                1 << 20)) {
            ResolvedImage image = source.resolve(Optional.empty(), Optional.empty());
            assertThat(image.display()).isEqualTo("-");
            assertThat(readAll(image)).hasSize(1);
            try (var listing = Files.list(spool)) {
                assertThat(listing.count()).isEqualTo(1);
            }
        }
        try (var listing = Files.list(spool)) {
            assertThat(listing.count()).isZero();
        }
        assertThatThrownBy(() -> ImageSources.openStdin(new ByteArrayInputStream(Files.readAllBytes(file)), spool, 100))
                .isInstanceOf(ImageException.class).hasMessageContaining("more than 100 bytes");
        assertThatThrownBy(() -> ImageSources.openStdin(new ByteArrayInputStream(utf8("not a tar")), spool, 100))
                .isInstanceOf(ImageException.class);
        try (var listing = Files.list(spool)) {
            assertThat(listing.count()).isZero();
        }
    }

    @Test
    void detectsWhatItCannotRead() throws Exception {
        assertThatThrownBy(() -> ImageSources.open(tmp.resolve("nope"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> ImageSources.open(Files.createDirectories(tmp.resolve("empty"))))
                .hasMessageContaining("not an OCI layout");
        Path gz = Files.write(tmp.resolve("x.tar.gz"), TestImages.gzip(TestImages.tar(file("a", "b"))));
        assertThatThrownBy(() -> ImageSources.open(gz)).hasMessageContaining("neither a docker-save archive");
        Path plain = Files.write(tmp.resolve("plain.tar"), TestImages.tar(file("a", "b")));
        assertThatThrownBy(() -> ImageSources.open(plain)).hasMessageContaining("neither a docker-save archive");
    }

    @Test
    void refusesInvalidDescriptorDigests() throws Exception {
        TestImages.Layout layout = new TestImages.Layout();
        layout.top(List.of("{\"mediaType\": \"application/vnd.oci.image.manifest.v1+json\", "
                + "\"digest\": \"sha256:../../etc/passwd\", \"size\": 10}"));
        Path dir = layout.writeDirectory(tmp.resolve("dig"));
        assertThatThrownBy(() -> resolve(dir, null, null)).isInstanceOf(ImageException.class)
                .hasMessageContaining("/manifests/0/digest is invalid");
    }
}
