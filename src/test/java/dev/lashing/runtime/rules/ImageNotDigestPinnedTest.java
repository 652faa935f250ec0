package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.rules.Rule;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ImageNotDigestPinnedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ImageNotDigestPinned.class);

    @Test
    void isOptIn() {
        assertThat(ImageNotDigestPinned.class.getAnnotation(Rule.class).enabledByDefault()).isFalse();
    }

    @Test
    void aTagWithoutDigestIsReported() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().image("nginx:1.27", "image: nginx:1.27")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("`image: nginx:1.27` is referenced by tag only",
                            "nginx:1.27@sha256:");
                });
    }

    @Test
    void aDigestPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().image("nginx@sha256:" + "b".repeat(64), "nginx@sha256:bbb")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
