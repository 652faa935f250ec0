package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.kubernetes.KubernetesLoader;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesMissingTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(ProbesMissing.class);

    @Test
    void missingProbesAreInfoAtTheContainer() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("- name: app");
            assertThat(r.severity()).isEqualTo(Severity.INFO);
            assertThat(r.message()).contains("no livenessProbe and no readinessProbe");
        });
        assertThat(tester.check(RuntimeRuleTester.kubernetes().health(new Health(false, List.of("httpGet :8080/"),
                List.of("liveness")), "livenessProbe:"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("no readinessProbe").doesNotContain("livenessProbe:"));
    }

    @Test
    void bothProbesPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().health(new Health(false, List.of(),
                List.of("liveness", "readiness")), "readinessProbe:"))).isEmpty();
    }

    @Test
    void jobsInitAndEphemeralContainersAreNotJudged() {
        for (ContainerRole role : List.of(ContainerRole.JOB, ContainerRole.INIT, ContainerRole.EPHEMERAL)) {
            assertThat(tester.check(RuntimeRuleTester.kubernetes().role(role, "role"))).as(role.name()).isEmpty();
        }
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("restartPolicy: {{ .Values.restart }}",
                (b, at) -> b.role = at.unresolved()))).isEmpty();
    }

    @Test
    void theRoleDecidesNotTheName() {
        ContainerSpec named = ContainerSpec.builder("Deployment/init-db (container init container)",
                SourceKind.KUBERNETES, RuntimeRuleTester.kubernetes().build().declaredAt()).build();
        assertThat(tester.check(named)).as("a service whose name says init").hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.kubernetes().role(ContainerRole.SERVICE, "restartPolicy: Always")))
                .as("a native sidecar").hasSize(1);
    }

    @Test
    void realManifestsGetTheirRolesFromTheLoader() {
        String manifest = """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: migrate}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: m, image: m}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      initContainers: [{name: wait, image: w}]
                      containers: [{name: app, image: a}]
                """;
        var loaded = new KubernetesLoader().load(new SourceFile("k8s.yaml", manifest));
        assertThat(loaded.containers()).hasSize(3);
        assertThat(loaded.containers().stream().filter(c -> !tester.check(c).isEmpty()).map(ContainerSpec::name))
                .containsExactly("Deployment/api (container app)");
    }

    @Test
    void otherInputsAreNotJudged() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose())).isEmpty();
    }
}
