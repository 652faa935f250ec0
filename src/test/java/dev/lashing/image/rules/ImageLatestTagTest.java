package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageLatestTagTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageLatestTag.class);

    @Test
    void explicitLatestTag() {
        List<Reported> r = tester.check(ImageRuleTester.image().reference("registry.example.com:5000/team/app:latest"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("IMAGE");
            assertThat(f.message()).contains(":latest").contains("registry.example.com:5000/team/app:latest");
        });
    }

    @Test
    void noTagMeansLatest() {
        assertThat(tester.check(ImageRuleTester.image().reference("alpine"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("alpine without a tag"));
        assertThat(tester.check(ImageRuleTester.image().reference("localhost:5000/app"))).hasSize(1);
    }

    @Test
    void versionTagsDigestsAndUnknownReferencesAreFine() {
        assertThat(tester.check(ImageRuleTester.image().reference("alpine:3.20"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().reference("localhost:5000/app:1.2"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().reference("app:latest@sha256:"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image())).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().reference("not a reference"))).isEmpty();
    }
}
