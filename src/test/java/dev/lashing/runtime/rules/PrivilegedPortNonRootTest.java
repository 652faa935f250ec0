package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class PrivilegedPortNonRootTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(PrivilegedPortNonRoot.class);

    @Test
    void aLowPortWithANonRootUserIsInfoExplainingDocker() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("4000", "-u 4000").port(80, 8080, "-p 8080:80")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-p 8080:80");
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("port 80 (`-p 8080:80`)", "ip_unprivileged_port_start=0");
                });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsNonRoot(true, "runAsNonRoot: true")
                .port(443, null, "containerPort: 443"))).singleElement()
                .satisfies(r -> assertThat(r.message()).doesNotContain("Docker"));
    }

    @Test
    void netBindServiceDoesNotReachANonRootProcess() {
        assertThat(tester.check(RuntimeRuleTester.docker().user("4000", "-u 4000")
                .capAdd("NET_BIND_SERVICE", "--cap-add=NET_BIND_SERVICE").port(80, 8080, "-p 8080:80")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("bounding set"));
    }

    @Test
    void rootUnknownUsersHighPortsAndALoweredStartPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().port(80, 80, "-p 80:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().user("0", "-u 0").port(80, 80, "-p 80:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().user("4000", "-u 4000").port(8080, 80, "-p 80:8080")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(10001, "runAsUser: 10001")
                .sysctl("net.ipv4.ip_unprivileged_port_start=0", "value: \"0\"").port(80, null, "containerPort: 80")))
                .isEmpty();
    }
}
