package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class PrivilegedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(Privileged.class);

    @Test
    void privilegedIsReportedWhereItIsWrittenInEachInput() {
        assertThat(tester.check(RuntimeRuleTester.docker().privileged(true, "--privileged"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--privileged");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("(`--privileged`)", "`--cap-drop=ALL`",
                            "`--cap-add=NET_BIND_SERVICE`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().privileged(true, "privileged: true"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`privileged: true`)", "`cap_drop: [ALL]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().privileged(true, "privileged: true")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`securityContext.capabilities.drop: [\"ALL\"]`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().privileged(true, "PodmanArgs=--privileged")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("(`PodmanArgs=--privileged`)", "`DropCapability=all`"));
    }

    @Test
    void notPrivilegedByDefaultOrWhenSwitchedOff() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().privileged(false, "privileged: false"))).isEmpty();
    }

    @Test
    void anUnresolvedValueCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("privileged: ${PRIV}",
                (b, at) -> b.privileged = at.unresolved()))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.target()).isEqualTo("privileged: ${PRIV}");
                    assertThat(r.message()).contains("cannot be resolved", "whether the container runs privileged");
                });
    }
}
