package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.Sourced;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerRunPortAndEnvFlagsTest {

    private static PortMapping port(String flags) {
        ContainerSpec s = spec("docker run " + flags + " x");
        assertThat(s.ports()).hasSize(1);
        return s.ports().get(0).value();
    }

    @Test
    void publishInEveryForm() {
        assertThat(port("-p 80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.empty(), ""));
        assertThat(port("-p 8080:80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.of(8080), ""));
        assertThat(port("--publish=127.0.0.1:8080:80/udp")).isEqualTo(PortMapping.published(80, "udp", OptionalInt.of(8080),
                "127.0.0.1"));
        assertThat(port("-p 127.0.0.1::80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.empty(), "127.0.0.1"));
        assertThat(port("-p [::1]:8080:80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.of(8080), "::1"));
        assertThat(port("-p ::1:8080:80/sctp")).isEqualTo(PortMapping.published(80, "sctp", OptionalInt.of(8080), "::1"));
        assertThat(port("-p 0:80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.empty(), ""));
        assertThat(port("-p8080:80")).isEqualTo(PortMapping.published(80, "tcp", OptionalInt.of(8080), ""));
    }

    @Test
    void publishRangesExpandToOneMappingPerPort() {
        ContainerSpec s = spec("docker run -p 8000-8010:9000-9010 x");
        assertThat(s.ports()).hasSize(11);
        assertThat(s.ports().get(10).value()).isEqualTo(PortMapping.published(9010, "tcp", OptionalInt.of(8010), ""));
        assertThat(spec("docker run -p 8000-8010:80 x").ports()).singleElement()
                .satisfies(p -> assertThat(p.value().hostPort()).isEmpty());
        assertThat(errors("docker run -p 8000-8002:80-81 x")).singleElement().asString().contains("differ in size");
    }

    @Test
    void badPortsAreErrors() {
        assertThat(errors("docker run -p 70000:80 x")).hasSize(1);
        assertThat(errors("docker run -p 80:http x")).hasSize(1);
        assertThat(errors("docker run -p 80/icmp x")).singleElement().asString().contains("invalid protocol");
        assertThat(errors("docker run -p 0 x")).hasSize(1);
        assertThat(errors("docker run -p 90-80 x")).hasSize(1);
    }

    @Test
    void hugeRangesAreBounded() {
        StringBuilder line = new StringBuilder("docker run");
        for (int i = 0; i < 3; i++) {
            line.append(" -p 1-65535:1-65535");
        }
        Loaded l = DockerRunParser.parse("cmd", line + " x");
        assertThat(l.containers().get(0).ports()).hasSize(RunSpecWriter.MAX_PORTS);
        assertThat(l.errors()).isNotEmpty();
    }

    @Test
    void exposeAndPublishAll() {
        ContainerSpec s = spec("docker run -P --expose 80 --expose 5000-5001/udp x");
        assertThat(s.ports()).extracting(Sourced::value).containsExactly(
                PortMapping.exposed(80, "tcp"), PortMapping.exposed(5000, "udp"),
                PortMapping.exposed(5001, "udp"));
        assertThat(spec("podman run -p 80:80,443:443 x").ports()).hasSize(2);
        assertThat(s.publishAll().value()).isTrue();
        assertThat(s.publishAll().text()).isEqualTo("-P");
    }

    @Test
    void publishedAndExposedPortsAreTold() {
        ContainerSpec s = spec("docker run -p 80 -p 127.0.0.1::81 --expose 82 x");
        assertThat(s.ports()).extracting(p -> p.value().published()).containsExactly(true, true, false);
        assertThat(s.ports()).extracting(p -> p.value().randomHostPort()).containsExactly(true, true, false);
        assertThat(s.publishAll().isExplicit()).isFalse();
        assertThat(s.publishAll().value()).isFalse();
        assertThat(spec("podman run --publish-all=false x").publishAll().value()).isFalse();
        assertThat(spec("docker run --publish-all=$ALL x").publishAll().isUnresolved()).isTrue();
    }

    @Test
    void badHostAddressesAreErrors() {
        assertThat(errors("docker run -p localhost:8080:80 x")).singleElement().asString()
                .contains("invalid host IP address \"localhost\"");
        assertThat(errors("docker run -p 8080:80/ x")).isEmpty();
    }

    @Test
    void environmentLiteralAndFromTheHost() {
        ContainerSpec s = spec("docker run -e A=1 --env B= -eC=x=y --env=D -e 'E=a b' x");
        assertThat(s.env()).extracting(Sourced::value).containsExactly(EnvVar.literal("A", "1"),
                EnvVar.literal("B", ""), EnvVar.literal("C", "x=y"), new EnvVar("D", Optional.empty(), "host environment"),
                EnvVar.literal("E", "a b"));
        assertThat(errors("docker run -e =x x")).singleElement().asString().contains("invalid environment variable");
    }

    @Test
    void environmentFromAnExpansionIsUnresolved() {
        ContainerSpec s = spec("docker run -e TOKEN=$TOKEN -e \"K=${KEY}\" -e 'L=$lit' x");
        assertThat(s.env().get(0).isUnresolved()).isTrue();
        assertThat(s.env().get(0).text()).isEqualTo("-e TOKEN=$TOKEN");
        assertThat(s.env().get(1).isUnresolved()).isTrue();
        assertThat(s.env().get(2).value()).isEqualTo(EnvVar.literal("L", "$lit"));
    }

    @Test
    void envFilesAreReadRelativeToTheBaseDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.env"), "# settings\nDB_PASSWORD=hunter2\n\n  HOME_DIR=/x\nFROM_HOST\n"
                + "BAD NAME=1\n");
        Loaded l = DockerRunParser.parse("cmd", "docker run --env-file app.env --env-file missing.env x",
                Optional.of(dir));
        ContainerSpec s = l.containers().get(0);
        assertThat(l.sources()).extracting(SourceFile::path).containsExactly("cmd", "app.env");
        assertThat(s.env()).hasSize(4);
        Sourced<EnvVar> pass = s.env().get(0);
        assertThat(pass.value()).isEqualTo(new EnvVar("DB_PASSWORD", Optional.of("hunter2"), "env file app.env"));
        assertThat(pass.location().orElseThrow().file().path()).isEqualTo("app.env");
        assertThat(pass.location().orElseThrow().start().line()).isEqualTo(2);
        assertThat(s.env().get(1).location().orElseThrow().start().column()).isEqualTo(3);
        assertThat(s.env().get(2).value().value()).isEmpty();
        assertThat(s.env().get(3).isUnresolved()).isTrue();
        assertThat(l.errors()).singleElement().satisfies(e -> assertThat(e.describe())
                .isEqualTo("app.env:6:1: invalid variable name \"BAD NAME\" in env file"));
    }

    @Test
    void podmanPassesTheHostEnvironmentAsAnUnresolvedSource() {
        assertThat(spec("podman run --env-host x").env()).singleElement()
                .satisfies(e -> assertThat(e.isUnresolved()).isTrue());
    }

    @Test
    void secretsOfPodman() {
        assertThat(spec("podman run --secret db_pass,type=env,target=DB_PASS x").secrets()).extracting(Sourced::value)
                .containsExactly("db_pass");
    }
}
