package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageLargeTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageLarge.class);

    private static ImageBuilder threeLayers() {
        return ImageRuleTester.image()
                .layer("/bin/sh -c #(nop) ADD file:abc in /").file("/base", "x".repeat(1000))
                .layer("RUN apt-get install -y openjdk-17-jdk").file("/jdk", "x".repeat(3000))
                .layer("COPY app.jar /app/").file("/app/app.jar", "x".repeat(2000))
                .layer("RUN echo").file("/tiny", "x");
    }

    @Test
    void sizeOverThresholdNamesTheLargestLayers() {
        var r = tester.check(threeLayers().setting("max-image-mb", "0").setting("max-image-mb", "1")
                .file("/big", "x".repeat(1024 * 1024)));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("IMAGE");
            assertThat(f.message()).contains("uncompressed (threshold 1.0 MiB)",
                    "layer 4 1.0 MiB from \"RUN echo\"; layer 2 2.9 KiB from \"RUN apt-get install -y openjdk-17-jdk\"; "
                            + "layer 3 2.0 KiB");
            assertThat(f.message()).doesNotContain("layer 1 ");
        });
    }

    @Test
    void fileCountOverThreshold() {
        assertThat(tester.check(threeLayers().setting("max-image-files", "3"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("4 files (threshold 3)"));
    }

    @Test
    void smallImageUnderDefaultsIsClean() {
        assertThat(tester.check(threeLayers())).isEmpty();
        assertThat(tester.check(threeLayers().setting("max-image-files", List.of("bad")))).isEmpty();
    }
}
