package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class UserLowUidTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(UserLowUid.class);

    @Test
    void aLowUidIsInfoInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("4000", "-u 4000"))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("-u 4000");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("UID 4000 (`-u 4000`)", "below 10000", "`--user 10001:10001`");
        });
        assertThat(tester.check(RuntimeRuleTester.compose().user("1000:1000", "user: 1000:1000"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`user: \"10001:10001\"`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(1000, "runAsUser: 1000"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`securityContext.runAsUser: 10001`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().user("999", "User=999"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`User=10001`"));
    }

    @Test
    void highUidsRootNamesAndDefaultsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("10001", "-u 10001"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().user("0", "-u 0"))).as("root is RT005's").isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().user("app", "-u app"))).as("a name's UID is the image's")
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }

    @Test
    void minUidSettingMovesTheThreshold() {
        tester.setting("min-uid", "1000");
        assertThat(tester.check(RuntimeRuleTester.docker().user("1000", "-u 1000"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().user("999", "-u 999"))).hasSize(1);
    }

    @Test
    void anUnresolvedUserSaysNothing() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("user: ${UID}", (b, at) -> b.user = at.unresolved())))
                .isEmpty();
    }
}
