package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Mount;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedMountPropagationTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SharedMountPropagation.class);

    private static Mount bind(String propagation) {
        return new Mount("bind", "/mnt", "/mnt", false, propagation, List.of());
    }

    @Test
    void sharedPropagationIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().mount(bind("rshared"), "-v /mnt:/mnt:rshared")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("rshared propagation (`-v /mnt:/mnt:rshared`)",
                            "bind-propagation=rprivate");
                });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().mount(bind("rshared"),
                "mountPropagation: Bidirectional"))).singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`mountPropagation: None`"));
        assertThat(tester.check(RuntimeRuleTester.compose().mount(bind("shared"), "propagation: shared"))).hasSize(1);
    }

    @Test
    void privateAndSlavePropagationPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().mount(bind("rslave"), "-v /mnt:/mnt:rslave"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().mount(bind(""), "-v /mnt:/mnt"))).isEmpty();
    }
}
