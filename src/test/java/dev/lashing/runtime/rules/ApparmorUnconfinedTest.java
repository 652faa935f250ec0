package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ApparmorUnconfinedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ApparmorUnconfined.class);

    @Test
    void unconfinedIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().apparmor("unconfined", "--security-opt apparmor=unconfined")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`--security-opt apparmor=unconfined`)",
                            "`--security-opt apparmor=docker-default`");
                });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().apparmor("unconfined", "type: Unconfined")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`securityContext.appArmorProfile.type: RuntimeDefault`"));
        assertThat(tester.check(RuntimeRuleTester.compose().apparmor("unconfined", "- apparmor:unconfined"))).hasSize(1);
    }

    @Test
    void defaultsAndProfilesPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().apparmor("my-profile", "--security-opt apparmor=my-profile")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("- apparmor:${P}",
                (b, at) -> b.apparmor = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
