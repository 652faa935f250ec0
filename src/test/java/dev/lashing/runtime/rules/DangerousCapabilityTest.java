package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class DangerousCapabilityTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(DangerousCapability.class);

    @Test
    void escapeCapabilitiesAreErrorsQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().capAdd("SYS_ADMIN", "--cap-add=SYS_ADMIN")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--cap-add=SYS_ADMIN");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("adds SYS_ADMIN (`--cap-add=SYS_ADMIN`)", "release_agent");
                });
        assertThat(tester.check(RuntimeRuleTester.quadlet().capAdd("CAP_SYS_PTRACE", "AddCapability=CAP_SYS_PTRACE")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("adds SYS_PTRACE"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().capAdd("ALL", "- ALL"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void isolationWeakeningCapabilitiesAreWarnings() {
        assertThat(tester.check(RuntimeRuleTester.compose().capAdd("NET_ADMIN", "- NET_ADMIN")
                .capAdd("NET_RAW", "- NET_RAW"))).extracting(RuntimeRuleTester.Reported::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING);
    }

    @Test
    void harmlessCapabilitiesPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().capAdd("NET_BIND_SERVICE", "--cap-add=NET_BIND_SERVICE")
                .capAdd("CHOWN", "--cap-add CHOWN"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }

    @Test
    void anUnresolvedCapabilityCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("- ${CAP}", (b, at) -> b.capAdd.add(at.unresolved()))))
                .singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
