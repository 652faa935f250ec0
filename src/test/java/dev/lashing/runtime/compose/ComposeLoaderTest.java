package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.Sourced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Whole compose files: real-world shapes, wrong types, unknown keys, hostile files. */
@Timeout(60)
class ComposeLoaderTest {

    @Test
    void singleFileWithSeveralServicesInOrder() {
        Loaded l = Compose.file("""
                version: "3.9"
                name: shop
                services:
                  web:
                    image: nginx:1.25
                    depends_on: [api]
                  api:
                    build: ./api
                    read_only: true
                  db:
                    image: postgres:16
                """).load();
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers()).extracting(ContainerSpec::name).containsExactly("web", "api", "db");
        assertThat(l.containers()).allMatch(c -> c.kind() == dev.lashing.runtime.model.SourceKind.COMPOSE);
        assertThat(Compose.named(l, "api").image().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(l.sources()).extracting(s -> s.path()).containsExactly("/p/compose.yml");
    }

    @Test
    void anchorsAndMergeKeysShareSettings() {
        Loaded l = Compose.file("""
                x-hardening: &hardening
                  read_only: true
                  cap_drop: [ALL]
                  security_opt: [no-new-privileges:true]
                x-logging: &logging
                  logging: {driver: json-file}
                x-env: &env
                  TZ: UTC
                services:
                  web:
                    <<: [*hardening, *logging]
                    image: web
                    read_only: false
                    environment:
                      <<: *env
                      PORT: "80"
                  worker:
                    <<: *hardening
                    image: worker
                """).load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec web = Compose.named(l, "web");
        assertThat(web.readOnlyRootFilesystem().value()).isFalse();
        assertThat(web.readOnlyRootFilesystem().location().orElseThrow().start().line()).isEqualTo(13);
        assertThat(web.capDrop()).extracting(Sourced::value).containsExactly("ALL");
        assertThat(web.noNewPrivileges().value()).isTrue();
        assertThat(web.env()).extracting(Sourced::value).containsExactlyInAnyOrder(EnvVar.literal("TZ", "UTC"),
                EnvVar.literal("PORT", "80"));
        ContainerSpec worker = Compose.named(l, "worker");
        assertThat(worker.readOnlyRootFilesystem().value()).isTrue();
        assertThat(worker.readOnlyRootFilesystem().location().orElseThrow().start().line()).isEqualTo(2);
    }

    @Test
    void earlierMergeSourcesWinOverLaterOnes() {
        Loaded l = Compose.file("""
                x-a: &a {privileged: true}
                x-b: &b {privileged: false, user: "1000"}
                services:
                  s:
                    <<: [*a, *b]
                    image: s
                """).load();
        ContainerSpec s = l.containers().get(0);
        assertThat(s.privileged().value()).isTrue();
        assertThat(s.user().value()).isEqualTo("1000");
    }

    @Test
    void extensionKeysAreIgnoredAtTopLevelAndInServices() {
        Loaded l = Compose.file("""
                x-common: {anything: [1, 2]}
                services:
                  app:
                    image: x
                    x-traefik: {enable: true}
                """).load();
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers()).hasSize(1);
    }

    @Test
    void quotedMergeKeyIsAnOrdinaryKey() {
        Loaded l = Compose.file("services:\n  a:\n    image: x\n    '<<': {privileged: true}\n").load();
        assertThat(l.containers().get(0).privileged().isExplicit()).isFalse();
        assertThat(Compose.messages(l)).singleElement().asString().contains("unknown key \"<<\"");
    }

    @Test
    void unknownServiceKeysAreReportedAndTheRestLoads() {
        Loaded l = Compose.file("services:\n  app:\n    image: x\n    cgroupns_mode: host\n    privileged: true\n").load();
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("unknown key \"cgroupns_mode\" in service \"app\" (not in the Compose "
                    + "Specification; did you mean \"cgroup\"?)");
            assertThat(e.location().orElseThrow().start().line()).isEqualTo(4);
            assertThat(e.location().orElseThrow().text()).isEqualTo("cgroupns_mode");
        });
        assertThat(l.containers().get(0).privileged().value()).isTrue();
    }

    @Test
    void unknownTopLevelKeyIsReported() {
        Loaded l = Compose.file("services:\n  a: {image: x}\nservice:\n  b: {image: y}\n").load();
        assertThat(Compose.messages(l)).singleElement().asString().contains("unknown top-level key \"service\"");
    }

    @Test
    void wrongTypesAreLocatedErrorsAndTheSettingStaysDefault() {
        Loaded l = Compose.file("""
                services:
                  app:
                    image: [not, a, string]
                    privileged: maybe
                    cap_add: SYS_ADMIN
                    mem_limit: lots
                    cpus: -1
                    read_only: {yes: please}
                    restart: sometimes
                    ulimits: 5
                    environment: "A=1"
                """).load();
        List<String> m = Compose.messages(l);
        assertThat(m).contains(
                "/p/compose.yml:3:12: \"image\" must be a string, found a list",
                "/p/compose.yml:4:17: \"privileged\" must be a boolean (true or false), found \"maybe\"",
                "/p/compose.yml:5:14: \"cap_add\" must be a list, found a string",
                "/p/compose.yml:6:16: \"mem_limit\" must be a size such as 512m or 1g, found \"lots\"",
                "/p/compose.yml:7:11: \"cpus\" must be a number not below 0, found \"-1\"",
                "/p/compose.yml:8:16: \"read_only\" must be a boolean (true or false), found a mapping",
                "/p/compose.yml:9:14: \"restart\" must be no, always, on-failure[:N] or unless-stopped, found \"sometimes\"",
                "/p/compose.yml:10:14: \"ulimits\" must be a mapping, found a number",
                "/p/compose.yml:11:18: \"environment\" must be a list or a mapping, found a string");
        ContainerSpec c = l.containers().get(0);
        assertThat(c.privileged().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(c.memoryBytes().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void serviceWithoutImageOrBuildIsReportedButKept() {
        Loaded l = Compose.file("services:\n  lonely:\n    privileged: true\n  empty:\n").load();
        assertThat(Compose.messages(l)).hasSize(2).allMatch(m -> m.contains("has neither an image nor a build context"));
        assertThat(l.containers()).hasSize(2);
    }

    @Test
    void nonMappingDocumentAndMissingServicesAreErrors() {
        assertThat(Compose.messages(Compose.file("- just\n- a list\n").load())).singleElement().asString()
                .contains("a compose file must be a mapping");
        assertThat(Compose.messages(Compose.file("networks: {}\n").load())).singleElement().asString()
                .contains("no services");
        assertThat(Compose.messages(Compose.file("services: [a, b]\n").load())).singleElement().asString()
                .contains("\"services\" must be a mapping");
    }

    @Test
    void missingComposeFileIsAFileError() {
        Loaded l = new Compose().load("/p/nowhere.yml");
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("/p/nowhere.yml");
            assertThat(e.message()).isEqualTo("compose file not found");
        });
        assertThat(l.containers()).isEmpty();
    }

    @Test
    void yamlSyntaxErrorIsLocated() {
        Loaded l = Compose.file("services:\n  a:\n    image: [x\n").load();
        assertThat(l.errors()).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("invalid YAML");
            assertThat(e.location()).isPresent();
        });
    }

    @Test
    void billionLaughsIsRejectedWithAClearError() {
        StringBuilder b = new StringBuilder("x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append("x-").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                b.append(i == 0 ? "" : ",").append('*').append(prev);
            }
            b.append("]\n");
            prev = c;
        }
        b.append("services:\n  a:\n    image: x\n    command: *j\n");
        Loaded l = Compose.file(b.toString()).load();
        assertThat(l.containers()).isEmpty();
        assertThat(Compose.messages(l)).singleElement().asString().contains("billion laughs");
    }

    @Test
    void mergeKeyBombIsRefused() {
        StringBuilder b = new StringBuilder("x-0: &m0 {a0: 1, b0: 2, c0: 3, d0: 4}\n");
        for (int i = 1; i < 40; i++) {
            b.append("x-").append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1).append(", *m")
                    .append(i - 1).append("], k").append(i).append(": [*m").append(i - 1).append(", *m").append(i - 1)
                    .append("]}\n");
        }
        b.append("services:\n  a:\n    image: x\n    labels: *m39\n");
        Loaded l = Compose.file(b.toString()).load();
        assertThat(l.containers()).isEmpty();
        assertThat(l.errors()).isNotEmpty();
    }

    @Test
    void hugeFileIsRejected() {
        String huge = "services:\n  a:\n    image: x\n    command: \"" + "y".repeat(17 * 1024 * 1024) + "\"\n";
        Loaded l = Compose.file(huge).load();
        assertThat(l.containers()).isEmpty();
        assertThat(l.errors()).singleElement().extracting(InputError::message).asString().contains("too large");
    }

    @Test
    void manyServicesExtendingABigBaseExhaustTheBudgetWithAClearError() {
        StringBuilder b = new StringBuilder("services:\n  base:\n    image: x\n    environment:\n");
        for (int i = 0; i < 2000; i++) {
            b.append("      V").append(i).append(": x\n");
        }
        for (int i = 0; i < 2000; i++) {
            b.append("  s").append(i).append(": {extends: base}\n");
        }
        Loaded l = new ComposeLoader(ComposeFiles.inMemory(java.util.Map.of("/p/compose.yml", b.toString())), 1_000_000)
                .load(ComposeRequest.of(Path.of("/p/compose.yml")));
        assertThat(l.containers()).isEmpty();
        assertThat(Compose.messages(l)).singleElement().asString().contains("compose project too large");
    }

    @Test
    void everyLocationLiesInsideItsFile() {
        Loaded l = Compose.file("""
                services:
                  app:
                    image: "${IMAGE:-nginx}"
                    env_file: [a.env]
                    ports: ["80"]
                    volumes: [{type: bind, source: /, target: /host}]
                """).with("/p/a.env", "X=1\n").load();
        for (ContainerSpec c : l.containers()) {
            for (Sourced<?> s : List.of(c.image(), c.env().get(0), c.ports().get(0), c.mounts().get(0), c.privileged())) {
                var at = s.location().orElseThrow();
                assertThat(at.range().end()).isLessThanOrEqualTo(at.file().text().length());
                assertThat(l.sources()).contains(at.file());
            }
        }
    }

    @Test
    void readsFromDisk(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  app:\n    image: ${IMG}\n    env_file: app.env\n");
        Files.writeString(dir.resolve(".env"), "IMG=redis:7\n");
        Files.writeString(dir.resolve("app.env"), "REDIS_PASSWORD=p\n");
        Loaded l = new ComposeLoader().load(ComposeRequest.of(dir.resolve("compose.yaml")));
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers().get(0).image().value()).isEqualTo("redis:7");
        assertThat(l.containers().get(0).env().get(0).value().value()).contains("p");
        assertThat(l.sources()).hasSize(3);
    }
}
