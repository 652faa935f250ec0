package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class RunsAsRootTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RunsAsRoot.class);

    @Test
    void explicitRootIsAWarningInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("root", "--user root"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--user root");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("runs as root (`--user root`)", "`--user 10001:10001`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().user("0:0", "user: \"0:0\""))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`user: \"10001:10001\"`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().user("0", "User=0"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`User=10001`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(0, "runAsUser: 0"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`runAsUser: 0`)",
                        "`securityContext.runAsUser: 10001`"));
    }

    @Test
    void rootWithRunAsNonRootIsRefusedByTheKubelet() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsNonRoot(true, "runAsNonRoot: true")
                .runAsUser(0, "runAsUser: 0"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("the kubelet refuses to start it"));
    }

    @Test
    void aUserLeftToTheImageIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.docker())).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.target()).isEqualTo("docker run");
            assertThat(r.message()).contains("the image's user", "`--user 10001:10001`");
        });
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).as("runAsNonRoot is RT006's").isEmpty();
    }

    @Test
    void nonRootUsersPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("10001:10001", "-u 10001:10001"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().user("app", "user: app"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(10001, "runAsUser: 10001"))).isEmpty();
    }

    @Test
    void anUnresolvedUserCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("user: ${APP_USER}",
                (b, at) -> b.user = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
