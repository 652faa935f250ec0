package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class CapabilitiesNotDroppedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(CapabilitiesNotDropped.class);

    @Test
    void defaultCapabilitiesAreReportedAtTheDeclarationInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("NET_RAW", "`--cap-drop=ALL`", "`--cap-add=NET_BIND_SERVICE`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose())).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`cap_drop: [ALL]`", "`cap_add: [NET_BIND_SERVICE]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> assertThat(
                r.message()).contains("`securityContext.capabilities.drop: [\"ALL\"]`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet())).singleElement().satisfies(r -> assertThat(r.message())
                .contains("Podman's default capabilities", "`DropCapability=all`").doesNotContain("NET_RAW"));
    }

    @Test
    void droppingSomeIsNotDroppingAll() {
        assertThat(tester.check(RuntimeRuleTester.docker().capDrop("NET_RAW", "--cap-drop=NET_RAW")
                .capDrop("MKNOD", "--cap-drop=MKNOD"))).singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--cap-drop=NET_RAW");
                    assertThat(r.message()).contains("drops only NET_RAW, MKNOD");
                });
    }

    @Test
    void droppingAllInAnySpellingPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().capDrop("ALL", "--cap-drop=ALL"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().capDrop("all", "DropCapability=all"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().capDrop("SETUID", "- SETUID").capDrop("ALL", "- ALL")))
                .isEmpty();
    }

    @Test
    void privilegedContainersAreLeftToTheirOwnRule() {
        assertThat(tester.check(RuntimeRuleTester.docker().privileged(true, "--privileged"))).isEmpty();
    }

    @Test
    void anUnresolvedDropCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("cap_drop: [\"${DROP}\"]",
                (b, at) -> b.capDrop.add(at.unresolved())))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
