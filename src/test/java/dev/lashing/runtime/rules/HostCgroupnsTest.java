package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.quadlet.QuadletParser;
import dev.lashing.testing.RuntimeRuleTester;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostCgroupnsTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostCgroupns.class);

    private static ContainerSpec docker(String line) {
        return DockerRunParser.parse("x", line).containers().get(0);
    }

    private static ContainerSpec compose(String text) {
        return new ComposeLoader(ComposeFiles.inMemory(Map.of("compose.yaml", text)))
                .load(ComposeRequest.of(Path.of("compose.yaml"))).containers().get(0);
    }

    @Test
    void hostCgroupNamespaceIsAWarningInEverySpelling() {
        assertThat(tester.check(docker("docker run --cgroupns host app:1"))).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.WARNING);
            assertThat(r.target()).isEqualTo("--cgroupns host");
            assertThat(r.message()).contains("cgroup namespace (`--cgroupns host`)", "--cgroupns=private");
        });
        assertThat(tester.check(docker("podman run --cgroupns=host app:1"))).hasSize(1);
        assertThat(tester.check(compose("services:\n  a:\n    image: app:1\n    cgroup: host\n")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`cgroup: private`"));
        assertThat(tester.check(QuadletParser.parse(new SourceFile("a.container",
                "[Container]\nImage=app:1\nPodmanArgs=--cgroupns=host\n")).containers().get(0))).hasSize(1);
    }

    @Test
    void privateDefaultAndUnresolvedModes() {
        assertThat(tester.check(docker("docker run --cgroupns private app:1"))).isEmpty();
        assertThat(tester.check(docker("docker run app:1"))).isEmpty();
        assertThat(tester.check(compose("services:\n  a:\n    image: app:1\n    cgroup: private\n"))).isEmpty();
        assertThat(tester.check(docker("docker run --cgroupns \"$MODE\" app:1"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
    }
}
