package dev.lashing.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lashing.image.oci.Platform;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the images built by {@code make-test-images.sh} when they are present (skipped otherwise). */
class RealImagesTest {
    private static final Path DIR = Path.of(System.getProperty("lashing.testImages", "/tmp/testimages"));

    @ParameterizedTest
    @CsvSource({
        "debian-minbase.docker.tar, '', docker-archive",
        "debian-minbase.oci, '', oci-layout",
        "debian-minbase.oci.tar, '', oci-archive",
        "setuid-user.docker.tar, '', docker-archive",
        "busybox-multiarch.oci, linux/amd64, oci-layout",
        "busybox-multiarch.oci, linux/arm64, oci-layout",
    })
    void readsEveryLayerToTheEnd(String name, String platform, String layout) throws Exception {
        Path path = DIR.resolve(name);
        assumeTrue(Files.exists(path), "test image " + path + " not built");
        try (ImageSource source = ImageSources.open(path)) {
            ResolvedImage image = source.resolve(
                    platform.isEmpty() ? Optional.empty() : Optional.of(Platform.parse(platform)), Optional.empty());
            assertThat(image.layout()).isEqualTo(layout);
            assertThat(image.layers()).hasSize(image.config().diffIds().size()).isNotEmpty();
            if (!platform.isEmpty()) {
                assertThat(image.config().architecture()).isEqualTo(Platform.parse(platform).architecture());
                assertThat(image.platforms()).hasSizeGreaterThanOrEqualTo(2);
            }
            if (name.startsWith("setuid-user")) {
                assertThat(image.config().user()).isEqualTo("appuser");
                assertThat(image.config().healthcheck()).isPresent();
                assertThat(image.config().location("/config/User").text()).contains("appuser");
            }
            for (LayerBlob layer : image.layers()) {
                try (InputStream in = layer.openTar()) {
                    assertThat(in.transferTo(OutputStream.nullOutputStream())).isPositive();
                }
            }
        }
    }
}
