package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ImageLatestTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ImageLatest.class);

    @Test
    void latestAndNoTagAreWarningsQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().image("myimage:latest", "myimage:latest"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("myimage:latest");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("`myimage:latest` is referenced by the tag :latest");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().image("nginx", "image: nginx"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`image: nginx` has no tag"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().image("registry:5000/app", "image: registry:5000/app")))
                .hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().image("docker.io/library/redis:latest",
                "Image=docker.io/library/redis:latest"))).hasSize(1);
    }

    @Test
    void versionsDigestsAndUnknownsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().image("nginx:1.27", "nginx:1.27"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().image("nginx:latest@sha256:" + "a".repeat(64),
                "nginx:latest@sha256:..."))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().image("app.image", "Image=app.image"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("image: app:${TAG}",
                (b, at) -> b.image = at.unresolved()))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
