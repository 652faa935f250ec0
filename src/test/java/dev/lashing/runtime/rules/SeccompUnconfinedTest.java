package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class SeccompUnconfinedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SeccompUnconfined.class);

    @Test
    void unconfinedIsAWarningQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().seccomp("unconfined", "--security-opt seccomp=unconfined")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--security-opt seccomp=unconfined");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`--security-opt seccomp=unconfined`)");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().seccomp("unconfined", "- seccomp:unconfined"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().seccomp("unconfined", "SeccompProfile=unconfined")))
                .hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().seccomp("Unconfined", "type: Unconfined")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`securityContext.seccompProfile.type: RuntimeDefault`"));
    }

    @Test
    void kubernetesWithoutAProfileIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("--seccomp-default");
        });
    }

    @Test
    void defaultsProfilesAndPrivilegedPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        // the loader reads RuntimeDefault as "" (the runtime's default profile), set explicitly
        assertThat(tester.check(RuntimeRuleTester.kubernetes().seccomp("", "type: RuntimeDefault"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().seccomp("localhost/p.json", "type: Localhost")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().seccomp("/p.json", "--security-opt seccomp=/p.json")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().privileged(true, "--privileged")
                .seccomp("unconfined", "--security-opt seccomp=unconfined"))).isEmpty();
    }
}
