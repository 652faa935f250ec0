package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interpolation in whole projects: the environment, .env, --env-file, required and unset variables. */
class ComposeInterpolationTest {

    @Test
    void dotEnvNextToTheFirstFileAndTheEnvironmentWins() {
        Loaded l = Compose.file("""
                services:
                  app:
                    image: "registry/app:${TAG}"
                    user: "${UID:-1000}:${GID:-1000}"
                    mem_limit: ${MEM}
                """).with("/p/.env", "TAG=1.0\nMEM=256m\nUID=0\n").env(Map.of("TAG", "2.0")).load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec c = l.containers().get(0);
        assertThat(c.image().value()).isEqualTo("registry/app:2.0");
        assertThat(c.image().text()).isEqualTo("image: registry/app:${TAG}");
        assertThat(c.user().value()).isEqualTo("0:1000");
        assertThat(c.runAsUser().value()).isZero();
        assertThat(c.memoryBytes().value()).isEqualTo(256L * 1024 * 1024);
        assertThat(l.sources()).extracting(s -> s.path()).containsExactly("/p/.env", "/p/compose.yml");
    }

    @Test
    void envFilesGivenReplaceTheDefaultDotEnv() {
        Compose p = Compose.file("services:\n  app:\n    image: ${IMAGE}\n")
                .with("/p/.env", "IMAGE=from-dotenv\n").with("/p/prod.env", "IMAGE=from-prod\n");
        Loaded l = p.load(ComposeRequest.of(Path.of("/p/compose.yml")).withEnvFiles(List.of(Path.of("/p/prod.env"))));
        assertThat(l.containers().get(0).image().value()).isEqualTo("from-prod");
        Loaded missing = p.load(ComposeRequest.of(Path.of("/p/compose.yml")).withEnvFiles(List.of(Path.of("/p/no.env"))));
        assertThat(Compose.messages(missing)).contains("/p/no.env: env file not found");
    }

    @Test
    void unsetVariablesLeaveValuesUnresolvedNeverEmpty() {
        Loaded l = Compose.file("""
                services:
                  app:
                    image: app:${TAG}
                    privileged: ${PRIVILEGED}
                    ports: ["${PORT}:80"]
                    volumes: ["${DATA_DIR}:/data"]
                    security_opt: ["seccomp=${PROFILE}"]
                    environment:
                      PASSWORD: ${DB_PASSWORD}
                    cap_add: [$CAP]
                    command: run ${ARGS}
                    network_mode: ${NET}
                """).load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec c = l.containers().get(0);
        assertThat(List.of(c.image(), c.privileged(), c.ports().get(0), c.mounts().get(0), c.seccomp(), c.env().get(0),
                c.capAdd().get(0), c.command(), c.network())).allSatisfy(s -> {
                    assertThat(s.origin()).isEqualTo(Origin.UNRESOLVED);
                    assertThat(s.value()).isNull();
                    assertThat(s.location()).isPresent();
                });
        assertThat(c.privileged().text()).isEqualTo("privileged: ${PRIVILEGED}");
        assertThat(c.privileged().location().orElseThrow().start().line()).isEqualTo(4);
    }

    @Test
    void requiredVariableMissingIsAnErrorAtItsValue() {
        Loaded l = Compose.file("services:\n  db:\n    image: postgres\n    environment:\n"
                + "      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}\n").load();
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("required variable DB_PASSWORD is missing a value: set DB_PASSWORD");
            assertThat(e.location().orElseThrow().start().line()).isEqualTo(5);
            assertThat(e.location().orElseThrow().start().column()).isEqualTo(26);
        });
        assertThat(l.containers().get(0).env().get(0).isUnresolved()).isTrue();
    }

    @Test
    void anAliasedValueIsInterpolatedAndReportedOnce() {
        Loaded l = Compose.file("""
                x-env: &env
                  TOKEN: ${TOKEN:?needed}
                services:
                  a: {image: x, environment: *env}
                  b: {image: x, environment: *env}
                """).load();
        assertThat(l.errors()).hasSize(1);
    }

    @Test
    void doubleDollarIsLiteralAndKeysAreNotInterpolated() {
        Loaded l = Compose.file("""
                services:
                  app:
                    image: x
                    command: sh -c 'echo $$HOME'
                    environment:
                      $NOT_A_VAR: kept
                """).load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec c = l.containers().get(0);
        assertThat(c.command().value()).containsExactly("sh", "-c", "echo $HOME");
        assertThat(c.env().get(0).value()).isEqualTo(EnvVar.literal("$NOT_A_VAR", "kept"));
    }

    @Test
    void invalidTemplateIsReported() {
        Loaded l = Compose.file("services:\n  app:\n    image: x\n    command: echo $1\n").load();
        assertThat(Compose.messages(l)).singleElement().asString().contains("invalid interpolation");
        assertThat(l.containers().get(0).command().isUnresolved()).isTrue();
    }

    @Test
    void interpolationHappensBeforeMergingFiles() {
        Loaded l = Compose.file("services:\n  web:\n    image: x\n    ports: [\"${P}:80\"]\n")
                .with("/p/b.yml", "services:\n  web:\n    ports: [\"8080:80\"]\n").env(Map.of("P", "8080"))
                .load("/p/compose.yml", "/p/b.yml");
        assertThat(l.containers().get(0).ports()).hasSize(1);
    }

    @Test
    void envFileValuesInterpolateFromTheProjectVariables() {
        Loaded l = Compose.file("services:\n  app:\n    image: x\n    env_file: app.env\n")
                .with("/p/app.env", "URL=postgres://${DB_HOST:-db}:5432\nRAW='${DB_HOST}'\n").load();
        assertThat(l.containers().get(0).env()).extracting(s -> s.value().value().orElseThrow())
                .containsExactly("postgres://db:5432", "${DB_HOST}");
    }
}
