package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class ContainerHostPortTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ContainerHostPort.class);

    @Test
    void aHostPortIsAWarningPointingAtAService() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().publish(8080, 80, "", "containerPort: 8080")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("containerPort: 8080");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("binds host port 80 on every interface of the node",
                            "(`hostPort: 80` for containerPort 8080)", "baseline Pod Security Standard", "Service");
                });
    }

    @Test
    void aHostIpDoesNotMakeItPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().publish(53, 53, "10.0.0.5", "containerPort: 53")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("on the node's address 10.0.0.5"));
    }

    @Test
    void containerPortsAloneAndTheHostNetworkPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().port(8080, null, "containerPort: 8080"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().network("host", "hostNetwork: true")
                .publish(9100, 9100, "", "containerPort: 9100"))).isEmpty();
    }

    @Test
    void otherInputsAreLeftToTheInterfaceRule() {
        for (SourceKind kind : new SourceKind[] {SourceKind.DOCKER_RUN, SourceKind.COMPOSE, SourceKind.QUADLET}) {
            assertThat(tester.check(RuntimeRuleTester.of(kind).publish(80, 80, "", "80:80"))).isEmpty();
        }
    }

    @Test
    void aTemplatedPortCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("{{ .Values.ports }}",
                (b, at) -> b.ports.add(at.unresolved())))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
