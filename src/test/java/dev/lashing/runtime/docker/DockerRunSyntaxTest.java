package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.errors;
import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerRunSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"docker run", "docker container run", "docker create", "docker container create",
        "podman run", "podman create", "podman container run", "/usr/bin/docker run", "sudo docker run",
        "sudo -E docker run", "DOCKER_HOST=unix:///x docker run", "docker -H unix:///var/run/docker.sock run",
        "docker --context prod --debug run", "podman --remote --log-level=debug run"})
    void everyRunAndCreateInvocationIsRead(String invocation) {
        ContainerSpec s = spec(invocation + " --privileged nginx:1.27 nginx -g 'daemon off;'");
        assertThat(s.kind()).isEqualTo(SourceKind.DOCKER_RUN);
        assertThat(s.privileged().is(true)).isTrue();
        assertThat(s.image().value()).isEqualTo("nginx:1.27");
        assertThat(s.command().value()).containsExactly("nginx", "-g", "daemon off;");
    }

    @Test
    void theNameSaysHowTheContainerWasStarted() {
        assertThat(spec("podman container create nginx").name()).isEqualTo("podman container create");
        assertThat(spec("--rm nginx").name()).isEqualTo("docker run");
    }

    @Test
    void bareArgumentsStartingWithFlagsAreRead() {
        Loaded l = DockerRunParser.parseArgs("lashing run", List.of("--cap-add=SYS_ADMIN", "-v", "/:/host:ro",
                "nginx:1.27", "nginx", "-g", "daemon off;"));
        assertThat(l.errors()).isEmpty();
        ContainerSpec s = l.containers().get(0);
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("SYS_ADMIN");
        assertThat(s.mounts().get(0).value().source()).isEqualTo("/");
        assertThat(s.command().value()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(l.sources().get(0).text()).isEqualTo("--cap-add=SYS_ADMIN -v /:/host:ro nginx:1.27 nginx -g"
                + " 'daemon off;'");
        assertThat(s.command().location().orElseThrow().text()).isEqualTo("nginx -g 'daemon off;'");
    }

    @Test
    void argvWordsAreLiteralEvenWithDollarSigns() {
        Loaded l = DockerRunParser.parseArgs("argv", List.of("docker", "run", "-e", "PASS=$ecret", "alpine"));
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers().get(0).env().get(0).value().value()).contains("$ecret");
        assertThat(l.sources().get(0).text()).isEqualTo("docker run -e 'PASS=$ecret' alpine");
    }

    @Test
    void everySpellingOfAValueFlagIsRead() {
        for (String line : List.of("docker run --user=1000 x", "docker run --user 1000 x", "docker run -u 1000 x",
                "docker run -u1000 x", "docker run -u=1000 x", "docker run -itu 1000 x", "docker run -itu1000 x")) {
            assertThat(spec(line).runAsUser().value()).as(line).isEqualTo(1000L);
        }
    }

    @Test
    void combinedSwitchesAreReadAndTheLastLetterMayTakeAValue() {
        ContainerSpec s = spec("docker run -itdp 8080:80 -P nginx");
        assertThat(s.ports()).extracting(p -> p.value().hostPort().getAsInt()).containsExactly(8080);
        assertThat(s.image().value()).isEqualTo("nginx");
    }

    @Test
    void switchesTakeAnExplicitBooleanAfterAnEqualsSign() {
        assertThat(spec("docker run --privileged=false x").privileged().isExplicit()).isTrue();
        assertThat(spec("docker run --privileged=false x").privileged().is(false)).isTrue();
        assertThat(spec("docker run --read-only=1 x").readOnlyRootFilesystem().is(true)).isTrue();
        assertThat(errors("docker run --privileged=maybe x")).singleElement().asString()
                .isEqualTo("cmd:1:12: --privileged: invalid boolean value \"maybe\"");
    }

    @Test
    void aSwitchNeverTakesTheNextWordSoItStaysTheImage() {
        ContainerSpec s = spec("docker run --privileged false");
        assertThat(s.image().value()).isEqualTo("false");
    }

    @Test
    void repeatedFlagsAccumulateAndScalarsKeepTheLast() {
        ContainerSpec s = spec("docker run --cap-add NET_ADMIN --cap-add SYS_TIME -m 1g -m 2g x");
        assertThat(s.capAdd()).extracting(Sourced::value).containsExactly("NET_ADMIN", "SYS_TIME");
        assertThat(s.memoryBytes().value()).isEqualTo(2L << 30);
    }

    @Test
    void valuesOfFlagsThatDoNotMatterAreNotTakenForTheImage() {
        ContainerSpec s = spec("docker run --name web --hostname h -h h2 --label a=b -l c=d --log-opt max-size=1m"
                + " --log-driver json-file --add-host db:10.0.0.2 --dns 1.1.1.1 --workdir /app -w /app --stop-signal"
                + " SIGTERM --cidfile /tmp/c --platform linux/amd64 --pull always --runtime runc --attach stdout"
                + " --detach-keys ctrl-x --mac-address 92:d0:c6:0a:29:33 --shm-size 64m --stop-timeout 5"
                + " --health-interval 30s --health-retries 3 --health-timeout 1m30s --health-start-period 500ms"
                + " --blkio-weight 300 --memory-swappiness 10 --oom-score-adj -500 nginx");
        assertThat(s.image().value()).isEqualTo("nginx");
        assertThat(s.command().isExplicit()).isFalse();
    }

    @Test
    void doubleDashEndsTheFlags() {
        ContainerSpec s = spec("docker run --rm -- nginx -g x");
        assertThat(s.image().value()).isEqualTo("nginx");
        assertThat(s.command().value()).containsExactly("-g", "x");
    }

    @Test
    void flagsAfterTheImageBelongToTheCommand() {
        ContainerSpec s = spec("docker run alpine --privileged");
        assertThat(s.privileged().isExplicit()).isFalse();
        assertThat(s.command().value()).containsExactly("--privileged");
    }

    @Test
    void unknownFlagsAreReportedAndNeverDroppedSilently() {
        assertThat(errors("docker run --foo bar nginx")).containsExactly(
                "cmd:1:12: unknown flag --foo; its value, if any, may have been taken for the image");
        assertThat(errors("docker run -xit nginx")).containsExactly(
                "cmd:1:12: unknown shorthand flag -x in -xit; its value, if any, may have been taken for the image");
        assertThat(errors("docker --bogus run nginx")).singleElement().asString().contains("unknown global flag --bogus");
    }

    @Test
    void podmanOnlyFlagsAreUnknownToDocker() {
        assertThat(errors("docker run --pod web nginx")).singleElement().asString().contains("unknown flag --pod");
        assertThat(errors("podman run --pod web nginx")).isEmpty();
        assertThat(errors("podman run --use-api-socket nginx")).singleElement().asString().contains("unknown flag");
    }

    @Test
    void aMissingValueIsLocatedAtTheFlag() {
        assertThat(errors("docker run --rm -m")).contains("cmd:1:17: the flag -m needs a value");
        assertThat(errors("docker run --memory")).contains("cmd:1:12: the flag --memory needs a value");
    }

    @Test
    void aMissingImageIsReportedAtTheCommand() {
        assertThat(errors("docker run --rm -it")).containsExactly("cmd:1:1: docker run needs an image: none is given"
                + " after the flags");
        Loaded l = DockerRunParser.parse("cmd", "docker run --rm");
        assertThat(l.containers()).singleElement().satisfies(s -> assertThat(s.image().origin()).isEqualTo(Origin.DEFAULT));
    }

    @Test
    void otherDockerCommandsAreNotRead() {
        Loaded l = DockerRunParser.parse("cmd", "docker exec -it web sh");
        assertThat(l.containers()).isEmpty();
        assertThat(l.errors()).singleElement().satisfies(e -> assertThat(e.describe()).isEqualTo(
                "cmd:1:8: not a run or create command: lashing reads docker run, docker create and their container forms"));
        assertThat(DockerRunParser.parse("cmd", "   ").errors()).singleElement().satisfies(
                e -> assertThat(e.message()).isEqualTo("no command to read"));
    }

    @Test
    void eachValueIsLocatedAtItsFlagAndDefaultsAtTheCommand() {
        String line = "docker run \\\n  --cap-drop ALL \\\n  --user=app nginx";
        Loaded l = DockerRunParser.parse("cmd", line);
        ContainerSpec s = l.containers().get(0);
        Location cap = s.capDrop().get(0).location().orElseThrow();
        assertThat(cap.text()).isEqualTo("--cap-drop ALL");
        assertThat(cap.start().line()).isEqualTo(2);
        assertThat(cap.start().column()).isEqualTo(3);
        assertThat(s.capDrop().get(0).text()).isEqualTo("--cap-drop ALL");
        assertThat(s.user().location().orElseThrow().text()).isEqualTo("--user=app");
        assertThat(s.runAsUser().isUnresolved()).isTrue();
        assertThat(s.declaredAt().text()).isEqualTo(line);
        assertThat(s.privileged().location()).contains(s.declaredAt());
        assertThat(s.privileged().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void errorsCarryLineAndColumn() {
        assertThat(errors("docker run \\\n  --memory 12x \\\n  nginx")).containsExactly(
                "cmd:2:3: --memory: invalid size \"12x\": expected a number with an optional unit b, k, m, g, t or p");
    }

    @Test
    void anExpandedWordInTheImagePositionIsFlaggedAsAmbiguous() {
        Loaded l = DockerRunParser.parse("cmd", "docker run $OPTS nginx");
        assertThat(l.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("may hold flags"));
        assertThat(l.containers().get(0).image().isUnresolved()).isTrue();
        assertThat(l.containers().get(0).command().isUnresolved()).isFalse();
    }

    @Test
    void aFlagWhoseValueIsAnExpansionIsUnresolved() {
        ContainerSpec s = spec("docker run --memory=$MEM -u \"$UID\" --privileged=${P} --cap-add $CAP nginx:$TAG");
        assertThat(s.memoryBytes().isUnresolved()).isTrue();
        assertThat(s.memoryBytes().text()).isEqualTo("--memory=$MEM");
        assertThat(s.user().isUnresolved()).isTrue();
        assertThat(s.runAsUser().isUnresolved()).isTrue();
        assertThat(s.privileged().isUnresolved()).isTrue();
        assertThat(s.capAdd()).singleElement().satisfies(c -> assertThat(c.isUnresolved()).isTrue());
        assertThat(s.image().isUnresolved()).isTrue();
        assertThat(s.image().text()).isEqualTo("nginx:$TAG");
    }

    @Test
    void envFilesAreLeftUnreadWithoutABaseDirectory() {
        Loaded l = DockerRunParser.parse("cmd", "docker run --env-file app.env nginx", Optional.empty());
        assertThat(l.containers().get(0).env()).singleElement().satisfies(e -> {
            assertThat(e.isUnresolved()).isTrue();
            assertThat(e.text()).isEqualTo("--env-file app.env");
        });
    }
}
