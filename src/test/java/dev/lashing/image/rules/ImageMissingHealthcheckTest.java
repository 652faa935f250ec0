package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageMissingHealthcheckTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageMissingHealthcheck.class);

    @Test
    void noHealthcheckIsReportedAtTheDefaultSeverity() {
        List<Reported> r = tester.check(ImageRuleTester.image());
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/config/Healthcheck");
            assertThat(f.message()).contains("no health check").contains("OCI-format");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void healthcheckNoneDisablingAnInheritedOneIsAWarning() {
        List<Reported> r = tester.check(ImageRuleTester.image().healthcheck("NONE"));
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo("/config/Healthcheck/Test");
            assertThat(f.message()).contains("HEALTHCHECK NONE");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aRealHealthcheckIsFine() {
        assertThat(tester.check(ImageRuleTester.image().healthcheck("CMD-SHELL", "curl -f http://localhost/"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().healthcheck("CMD", "/bin/probe"))).isEmpty();
    }
}
