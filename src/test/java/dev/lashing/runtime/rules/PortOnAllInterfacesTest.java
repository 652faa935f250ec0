package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PortOnAllInterfacesTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(PortOnAllInterfaces.class);

    @Test
    void aPortWithoutAnAddressIsAWarningWithAdviceInTheInputsOwnWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(5432, 5432, "", "-p 5432:5432"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-p 5432:5432");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("container port 5432 is published on every interface",
                            "(`-p 5432:5432` names no address) (the usual port of PostgreSQL", "ufw",
                            "`-p 127.0.0.1:5432:5432`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().publish(80, 8080, "", "- \"8080:80\"")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("`ports: [\"127.0.0.1:8080:80\"]`").doesNotContain("usual port");
                });
        assertThat(tester.check(RuntimeRuleTester.quadlet().publish(80, 8080, "", "PublishPort=8080:80")))
                .singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`PublishPort=127.0.0.1:8080:80`").doesNotContain("ufw"));
    }

    @Test
    void backEndPortsAreWarningsAndOtherPortsInfo() {
        assertThat(tester.check(RuntimeRuleTester.compose().publish(6379, 6379, "", "- \"6379:6379\"")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("the usual port of Redis");
                });
        assertThat(tester.check(RuntimeRuleTester.quadlet().publish(27017, 27018, "0.0.0.0",
                "PublishPort=0.0.0.0:27018:27017"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.WARNING));
        assertThat(tester.check(RuntimeRuleTester.docker().publish(3000, 3000, "", "-p 3000:3000"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        assertThat(tester.check(RuntimeRuleTester.docker().publish(5432, 5432, "127.0.0.1", "-p 127.0.0.1:5432:5432")))
                .isEmpty();
    }

    @Test
    void theUnspecifiedAddressesInAnySpellingAreEveryInterface() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, 80, "0.0.0.0", "-p 0.0.0.0:80:80")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("(`-p 0.0.0.0:80:80`)"));
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, 80, "::", "-p [::]:80:80"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.compose().publish(80, 80, "::ffff:0.0.0.0", "- ::ffff:0.0.0.0:80:80")))
                .hasSize(1);
    }

    @Test
    void aRandomHostPortIsStillOnEveryInterface() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, null, "", "-p 80"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("container port 80", "`-p 127.0.0.1::80`"));
        assertThat(tester.check(RuntimeRuleTester.compose().publish(3000, null, "", "- \"3000\""))).hasSize(1);
    }

    @Test
    void aRangeIsReportedOnce() {
        RuntimeRuleTester.SpecBuilder spec = RuntimeRuleTester.docker().with("-p 8000-8002:8000-8002", (b, at) -> {
            for (int p = 8000; p <= 8002; p++) {
                b.ports.add(at.explicit(PortMapping.published(p, "tcp", OptionalInt.of(p), "")));
            }
        });
        assertThat(tester.check(spec)).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("container ports 8000-8002 are published",
                        "`-p 127.0.0.1:8000-8002:8000-8002`"));
    }

    @Test
    void publishAllIsReported() {
        assertThat(tester.check(RuntimeRuleTester.docker().publishAll(true, "-P"))).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("-P");
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.message()).contains("every port the image exposes", "(`-P`)", "nobody chose");
        });
        assertThat(tester.check(RuntimeRuleTester.quadlet().publishAll(true, "PodmanArgs=-P"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`PodmanArgs=-P`"));
        assertThat(tester.check(RuntimeRuleTester.docker().publishAll(false, "--publish-all=false"))).isEmpty();
    }

    @Test
    void aSpecificAddressPasses() {
        assertThat(tester.check(RuntimeRuleTester.docker().publish(5432, 5432, "127.0.0.1", "-p 127.0.0.1:5432:5432")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().publish(80, 8080, "::1", "-p [::1]:8080:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().publish(80, 8080, "192.168.1.10", "- 192.168.1.10:8080:80")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().publish(80, null, "127.0.0.1", "PublishPort=127.0.0.1::80")))
                .isEmpty();
    }

    @Test
    void exposedPortsAndDiscardedPortsPass() {
        assertThat(tester.check(RuntimeRuleTester.docker().port(80, null, "--expose 80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().port(3000, null, "expose: [\"3000\"]"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().network("host", "--network host")
                .publish(80, 80, "", "-p 80:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().network("service:vpn", "network_mode: service:vpn")
                .publish(80, 80, "", "- 80:80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().network("none", "--network none")
                .publishAll(true, "-P"))).isEmpty();
    }

    @Test
    void kubernetesHostPortsAreLeftToTheirOwnRule() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().publish(80, 80, "", "containerPort: 80"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().port(8080, null, "containerPort: 8080"))).isEmpty();
    }

    @Test
    void unresolvedPortsCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("- \"${PORT}:80\"", (b, at) -> b.ports.add(
                at.unresolved())))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("the host interface the port is published on cannot be decided");
                });
        assertThat(tester.check(RuntimeRuleTester.docker().with("--publish-all=$ALL",
                (b, at) -> b.publishAll = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
