package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class PrivilegeEscalationTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(PrivilegeEscalation.class);

    @Test
    void missingByDefaultIsReportedAtTheDeclarationInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("`--security-opt no-new-privileges`", "unless the daemon");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`security_opt: [\"no-new-privileges:true\"]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> assertThat(
                r.message()).contains("`securityContext.allowPrivilegeEscalation: false`").doesNotContain("daemon"));
        assertThat(tester.check(RuntimeRuleTester.quadlet())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("`NoNewPrivileges=true`"));
    }

    @Test
    void explicitEscalationIsQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().noNewPrivileges(false,
                "allowPrivilegeEscalation: true"))).singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("allowPrivilegeEscalation: true");
                    assertThat(r.message()).startsWith("`allowPrivilegeEscalation: true` allows privilege escalation");
                });
    }

    @Test
    void noNewPrivilegesPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().noNewPrivileges(true, "--security-opt no-new-privileges")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().noNewPrivileges(true,
                "allowPrivilegeEscalation: false"))).isEmpty();
    }

    @Test
    void privilegedContainersAreLeftToTheirOwnRule() {
        assertThat(tester.check(RuntimeRuleTester.docker().privileged(true, "--privileged"))).isEmpty();
    }

    @Test
    void anUnresolvedValueCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("security_opt: [\"${OPT}\"]",
                (b, at) -> b.noNewPrivileges = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
