package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageMissingOciLabelsTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageMissingOciLabels.class);

    private static ImageRuleTester.ImageBuilder labelled() {
        return ImageRuleTester.image()
                .label("org.opencontainers.image.source", "https://github.com/acme/app")
                .label("org.opencontainers.image.revision", "0f3c2a1")
                .label("org.opencontainers.image.version", "2.4.1")
                .label("org.opencontainers.image.created", "2026-11-20T10:00:00Z");
    }

    @Test
    void missingAndEmptyLabelsAreListedInOneFinding() {
        List<Reported> r = tester.check(ImageRuleTester.image().label("org.opencontainers.image.version", "")
                .label("org.opencontainers.image.source", "https://github.com/acme/app"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/config/Labels");
            assertThat(f.message()).contains("org.opencontainers.image.revision, org.opencontainers.image.version, "
                    + "org.opencontainers.image.created labels").doesNotContain("image.source");
        });
    }

    @Test
    void allLabelsPresentIsFine() {
        assertThat(tester.check(labelled())).isEmpty();
    }

    @Test
    void requiredLabelsSettingReplacesTheList() {
        assertThat(tester.check(labelled().setting("required-labels", List.of("com.acme.team")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no com.acme.team label "));
        assertThat(tester.check(ImageRuleTester.image().label("com.acme.team", "payments")
                .setting("required-labels", List.of("com.acme.team")))).isEmpty();
    }
}
