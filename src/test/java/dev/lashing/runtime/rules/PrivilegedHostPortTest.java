package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PrivilegedHostPortTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(PrivilegedHostPort.class);

    @Test
    void aLowHostPortIsInfoAboutTheHostSide() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(2525, 25, "", "-p 25:2525"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-p 25:2525");
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("the host's privileged port 25 (below 1024) goes to the container "
                            + "(`-p 25:2525`)", "`-p 8025:2525`", "front proxy").doesNotContain("non-root");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().publish(8443, 443, "127.0.0.1", "- 127.0.0.1:443:8443")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`ports: [\"127.0.0.1:8443:8443\"]`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().publish(53, 53, "::1", "PublishPort=[::1]:53:53")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`PublishPort=[::1]:8053:53`"));
    }

    @Test
    void aKubernetesHostPortIsSpelledAsTheField() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().publish(8080, 80, "", "containerPort: 8080")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("(`hostPort: 80`)", "drop the hostPort and reach the container through a Service"));
    }

    @Test
    void aRangeIsReportedOnce() {
        assertThat(tester.check(RuntimeRuleTester.docker().with("-p 80-81:8080-8081", (b, at) -> {
            b.ports.add(at.explicit(PortMapping.published(8080, "tcp", OptionalInt.of(80), "")));
            b.ports.add(at.explicit(PortMapping.published(8081, "tcp", OptionalInt.of(81), "")));
        }))).singleElement().satisfies(r -> assertThat(r.message()).contains("privileged ports 80-81 (below 1024) go"));
    }

    @Test
    void unprivilegedRandomAndExposedPortsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, 8080, "", "-p 8080:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, 1024, "", "-p 1024:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, null, "", "-p 80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().port(80, null, "expose: [\"80\"]"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().port(80, null, "containerPort: 80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().publish(80, 8080, "", "PublishPort=8080:80"))).isEmpty();
    }

    @Test
    void portsTheRuntimeDiscardsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().network("host", "--network host")
                .publish(80, 80, "", "-p 80:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().network("host", "hostNetwork: true")
                .publish(80, 80, "", "containerPort: 80"))).isEmpty();
    }
}
