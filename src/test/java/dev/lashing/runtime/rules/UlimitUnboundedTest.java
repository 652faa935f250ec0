package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class UlimitUnboundedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(UlimitUnbounded.class);

    @Test
    void unlimitedIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().ulimit("nofile", -1, -1, "--ulimit nofile=-1")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--ulimit nofile=-1");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("nofile ulimit (`--ulimit nofile=-1`) is unlimited",
                            "`--ulimit nofile=1024:65536`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().ulimit("nproc", 65535, -1, "nproc: {soft: 65535, hard: -1}")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`ulimits: {nproc: {soft: 512, hard: 1024}}`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().ulimit("nofile", -1, -1, "Ulimit=nofile=-1")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`Ulimit=nofile=1024:65536`"));
    }

    @Test
    void veryHighIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.docker().ulimit("nofile", 1024, 4_000_000,
                "--ulimit nofile=1024:4000000"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("more than 1048576 open files");
                });
    }

    @Test
    void boundedLimitsAndOtherResourcesPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().ulimit("nofile", 5, 5, "--ulimit nofile=5")
                .ulimit("nproc", 5, 5, "--ulimit nproc=5"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().ulimit("memlock", -1, -1, "--ulimit memlock=-1"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }
}
