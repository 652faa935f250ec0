package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Command lines as guides and READMEs write them. */
class DockerRunRealWorldTest {

    /**
     * The hardened example of a container security guide (shared/guides), with the line continuations a shell
     * needs; the guide's {@code --bridge=none} (a daemon flag) is left out and its log driver placeholder filled.
     */
    private static final String HARDENED = """
            docker run \\
            --name myapp \\
            --rm -it \\
            -u 4000 \\
            --security-opt no-new-privileges \\
            --cap-drop=ALL \\
            --cap-add=NET_BIND_SERVICE \\
            -p 8080:80 \\
            --cpus=0.5 \\
            --restart=on-failure:5 \\
            --ulimit nofile=5 \\
            --ulimit nproc=5 \\
            --memory 128m \\
            --read-only \\
            --tmpfs /tmp:rw,noexec,nosuid \\
            -v /usr/local/myapp:/app/:ro \\
            --network=web \\
            --log-driver=json-file \\
            myimage:latest
            """;

    @Test
    void theHardenedGuideLineReadsWithoutErrors() {
        ContainerSpec s = spec(HARDENED);
        assertThat(s.runAsUser().value()).isEqualTo(4000L);
        assertThat(s.noNewPrivileges().is(true)).isTrue();
        assertThat(s.capDrop()).extracting(Sourced::value).containsExactly("ALL");
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("NET_BIND_SERVICE");
        assertThat(s.cpus().value()).isEqualTo(0.5);
        assertThat(s.restart().value()).isEqualTo(new RestartPolicy("on-failure", OptionalInt.of(5)));
        assertThat(s.ulimits()).extracting(Sourced::value).containsExactly(new Ulimit("nofile", 5, 5),
                new Ulimit("nproc", 5, 5));
        assertThat(s.memoryBytes().value()).isEqualTo(128L << 20);
        assertThat(s.readOnlyRootFilesystem().is(true)).isTrue();
        assertThat(s.mounts()).extracting(Sourced::value).containsExactly(
                new Mount("tmpfs", "", "/tmp", false, "", List.of("noexec", "nosuid")),
                new Mount("bind", "/usr/local/myapp", "/app/", true, "", List.of()));
        assertThat(s.network().value()).isEqualTo("web");
        assertThat(s.image().value()).isEqualTo("myimage:latest");
        assertThat(s.image().location().orElseThrow().start().line()).isEqualTo(19);
    }

    @Test
    void theGuidesDaemonFlagIsReportedAsUnknown() {
        assertThat(errors("docker run --bridge=none myimage")).singleElement().asString()
                .contains("unknown flag --bridge");
    }

    @Test
    void theGuideLineWithoutContinuationsIsReportedAsSeveralCommands() {
        assertThat(errors("docker run\n--name myapp\nmyimage:latest")).contains(
                "cmd:1:1: docker run needs an image: none is given after the flags");
    }

    @Test
    void dockerInDockerFromAReadme() {
        ContainerSpec s = spec("docker run -v /var/run/docker.sock:/var/run/docker.sock -ti docker");
        assertThat(s.mounts()).singleElement().satisfies(m -> assertThat(m.value().isHostPath()).isTrue());
        assertThat(s.image().value()).isEqualTo("docker");
    }

    @Test
    void aPrivilegedMonitoringAgent() {
        ContainerSpec s = spec("""
                sudo docker run -d --name=cadvisor --privileged --pid=host --net=host \\
                  --volume=/:/rootfs:ro --volume=/var/run:/var/run:ro --volume=/sys:/sys:ro \\
                  --volume=/var/lib/docker/:/var/lib/docker:ro --device=/dev/kmsg \\
                  --restart unless-stopped gcr.io/cadvisor/cadvisor:v0.49.1 --docker_only=true
                """);
        assertThat(s.privileged().is(true)).isTrue();
        assertThat(s.pid().value()).isEqualTo("host");
        assertThat(s.network().value()).isEqualTo("host");
        assertThat(s.mounts()).hasSize(4);
        assertThat(s.command().value()).containsExactly("--docker_only=true");
    }

    @Test
    void aPodmanRootlessLine() {
        ContainerSpec s = spec("podman run --rm --userns=keep-id --security-opt label=disable -v \"$HOME\"/src:/src:Z"
                + " --read-only-tmpfs --pids-limit=512 registry.fedoraproject.org/fedora:40 bash");
        assertThat(s.userns().value()).isEqualTo("keep-id");
        assertThat(s.selinuxDisabled().is(true)).isTrue();
        assertThat(s.mounts().get(0).isUnresolved()).isTrue();
        assertThat(s.pidsLimit().value()).isEqualTo(512L);
    }
}
