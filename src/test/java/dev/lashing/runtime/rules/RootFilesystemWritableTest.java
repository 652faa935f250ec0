package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class RootFilesystemWritableTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RootFilesystemWritable.class);

    @Test
    void aWritableRootIsReportedInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("`--read-only`", "`--tmpfs /tmp:rw,noexec,nosuid`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`read_only: true`", "`tmpfs: [\"/tmp:noexec,nosuid\"]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> assertThat(
                r.message()).contains("`securityContext.readOnlyRootFilesystem: true`", "emptyDir"));
        assertThat(tester.check(RuntimeRuleTester.quadlet())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`ReadOnly=true`", "`Tmpfs=/tmp:rw,noexec,nosuid`"));
    }

    @Test
    void anExplicitFalseIsQuoted() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().readOnly(false, "readOnlyRootFilesystem: false")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("readOnlyRootFilesystem: false");
                    assertThat(r.message()).startsWith("`readOnlyRootFilesystem: false` leaves");
                });
    }

    @Test
    void readOnlyAndUnresolvedPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().readOnly(true, "--read-only"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("read_only: ${RO}",
                (b, at) -> b.readOnlyRootFilesystem = at.unresolved()))).isEmpty();
    }
}
