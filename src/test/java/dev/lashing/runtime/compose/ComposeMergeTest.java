package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.Sourced;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Several files (-f a -f b), extends and profiles. */
class ComposeMergeTest {
    private static final String BASE = """
            services:
              web:
                image: web:1
                command: [serve, --port, "80"]
                cap_add: [NET_BIND_SERVICE]
                ports: ["8080:80", "8443:443"]
                volumes: ["data:/data", "./conf:/etc/web:ro"]
                environment: {LEVEL: info, TZ: UTC}
                dns: [1.1.1.1]
                healthcheck: {test: [CMD, check], interval: 30s}
                ulimits: {nofile: {soft: 1024, hard: 2048}}
              db:
                image: postgres
            """;

    private static <T> List<T> values(List<Sourced<T>> list) {
        return list.stream().map(Sourced::value).toList();
    }

    private static Loaded twoFiles(String override) {
        return Compose.file(BASE).with("/p/override.yml", override).load("/p/compose.yml", "/p/override.yml");
    }

    @Test
    void scalarsOverrideAndTheWinningFileIsTheLocation() {
        Loaded l = twoFiles("services:\n  web:\n    image: web:2\n    privileged: true\n");
        assertThat(l.errors()).isEmpty();
        ContainerSpec web = Compose.named(l, "web");
        assertThat(web.image().value()).isEqualTo("web:2");
        assertThat(web.image().location().orElseThrow().file().path()).isEqualTo("/p/override.yml");
        assertThat(web.privileged().value()).isTrue();
        assertThat(web.command().value()).containsExactly("serve", "--port", "80");
        assertThat(web.declaredAt().file().path()).isEqualTo("/p/compose.yml");
        assertThat(l.sources()).extracting(s -> s.path()).containsExactly("/p/compose.yml", "/p/override.yml");
        assertThat(l.containers()).extracting(ContainerSpec::name).containsExactly("web", "db");
    }

    @Test
    void sequencesAppendAndNamesAreKeptOnce() {
        ContainerSpec web = Compose.named(twoFiles("services:\n  web:\n    cap_add: [SYS_ADMIN, NET_BIND_SERVICE]\n"
                + "    dns: 8.8.8.8\n"), "web");
        assertThat(values(web.capAdd())).containsExactly("NET_BIND_SERVICE", "SYS_ADMIN");
    }

    @Test
    void commandAndHealthcheckTestAreReplacedNotAppended() {
        ContainerSpec web = Compose.named(twoFiles("services:\n  web:\n    command: serve --debug\n"
                + "    healthcheck: {test: [CMD, other]}\n"), "web");
        assertThat(web.command().value()).containsExactly("serve", "--debug");
        assertThat(web.health().value().test()).containsExactly("CMD", "other");
    }

    @Test
    void portsAndVolumesMergeByTheirUniqueKey() {
        ContainerSpec web = Compose.named(twoFiles("""
                services:
                  web:
                    ports: ["8080:80", {target: 443, published: 8443}, "9090:90"]
                    volumes: ["other:/data", {type: bind, source: /srv/logs, target: /logs}]
                """), "web");
        assertThat(web.ports()).hasSize(3);
        assertThat(web.mounts()).extracting(m -> m.value().target() + "<-" + m.value().source())
                .containsExactly("/data<-other", "/etc/web<-./conf", "/logs<-/srv/logs");
        assertThat(web.mounts().get(0).location().orElseThrow().file().path()).isEqualTo("/p/override.yml");
    }

    @Test
    void environmentMergesByNameAcrossListAndMapForms() {
        ContainerSpec web = Compose.named(twoFiles("services:\n  web:\n    environment:\n      - LEVEL=debug\n"
                + "      - EXTRA=1\n"), "web");
        assertThat(values(web.env())).containsExactly(EnvVar.literal("LEVEL", "debug"), EnvVar.literal("TZ", "UTC"),
                EnvVar.literal("EXTRA", "1"));
    }

    @Test
    void eachUlimitIsReplacedWhole() {
        ContainerSpec web = Compose.named(twoFiles("services:\n  web:\n    ulimits: {nofile: 4096}\n"), "web");
        assertThat(web.ulimits()).singleElement().satisfies(u -> assertThat(u.value().soft()).isEqualTo(4096));
    }

    @Test
    void resetRemovesAndOverrideReplaces() {
        ContainerSpec web = Compose.named(twoFiles("""
                services:
                  web:
                    ports: !override ["127.0.0.1:8443:443"]
                    volumes: !reset []
                    environment:
                      TZ: !reset null
                    cap_add: !reset null
                """), "web");
        assertThat(web.ports()).singleElement().satisfies(p -> assertThat(p.value().hostIp()).isEqualTo("127.0.0.1"));
        assertThat(web.mounts()).isEmpty();
        assertThat(values(web.env())).containsExactly(EnvVar.literal("LEVEL", "info"));
        assertThat(web.capAdd()).isEmpty();
    }

    @Test
    void resetInTheOnlyFileLeavesTheKeyOut() {
        ContainerSpec c = Compose.file("services:\n  a:\n    image: x\n    privileged: !reset true\n").one();
        assertThat(c.privileged().isExplicit()).isFalse();
    }

    @Test
    void overrideFileAddsServices() {
        Loaded l = twoFiles("services:\n  cache:\n    image: redis\n");
        assertThat(l.containers()).extracting(ContainerSpec::name).containsExactly("web", "db", "cache");
    }

    @Test
    void multiDocumentFileMergesInOrder() {
        ContainerSpec c = Compose.file("services:\n  a:\n    image: x\n---\nservices:\n  a:\n    privileged: true\n").one();
        assertThat(c.privileged().value()).isTrue();
    }

    @Test
    void extendsInTheSameFileShortAndLongForm() {
        Loaded l = Compose.file("""
                services:
                  base:
                    image: app
                    read_only: true
                    cap_drop: [ALL]
                    environment: {A: "1"}
                  web:
                    extends: base
                    environment: {B: "2"}
                  worker:
                    extends: {service: web}
                    read_only: false
                """).load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec worker = Compose.named(l, "worker");
        assertThat(worker.image().value()).isEqualTo("app");
        assertThat(worker.readOnlyRootFilesystem().value()).isFalse();
        assertThat(values(worker.capDrop())).containsExactly("ALL");
        assertThat(values(worker.env())).containsExactly(EnvVar.literal("A", "1"), EnvVar.literal("B", "2"));
        assertThat(worker.declaredAt().start().line()).isEqualTo(10);
        assertThat(Compose.named(l, "web").image().location().orElseThrow().start().line()).isEqualTo(3);
    }

    @Test
    void extendsFromAnotherFileResolvesItsPathsRelativeToThatFile() {
        Loaded l = Compose.file("""
                services:
                  api:
                    extends:
                      file: common/services.yml
                      service: hardened
                    image: api
                """).with("/p/common/services.yml", """
                services:
                  hardened:
                    image: base
                    security_opt: [no-new-privileges:true]
                    env_file: common.env
                """).with("/p/common/common.env", "MODE=prod\n").load();
        assertThat(l.errors()).isEmpty();
        ContainerSpec api = l.containers().get(0);
        assertThat(api.image().value()).isEqualTo("api");
        assertThat(api.noNewPrivileges().value()).isTrue();
        assertThat(api.noNewPrivileges().location().orElseThrow().file().path()).isEqualTo("/p/common/services.yml");
        assertThat(values(api.env())).extracting(EnvVar::name).containsExactly("MODE");
        assertThat(l.sources()).extracting(s -> s.path())
                .containsExactly("/p/compose.yml", "/p/common/services.yml", "/p/common/common.env");
    }

    @Test
    void extendsCyclesAreErrorsNotStackOverflows() {
        Loaded l = Compose.file("""
                services:
                  a: {image: x, extends: b}
                  b: {image: x, extends: c}
                  c: {image: x, extends: a}
                  self: {image: x, extends: self}
                """).load();
        assertThat(Compose.messages(l)).anyMatch(m -> m.contains("\"extends\" cycle:") && m.contains("#a"))
                .anyMatch(m -> m.contains("#self -> ") && m.contains("cycle"));
        assertThat(l.containers()).hasSize(4);
    }

    @Test
    void extendsOfAMissingServiceOrFileIsAnError() {
        Loaded l = Compose.file("services:\n  a: {image: x, extends: nope}\n"
                + "  b: {image: x, extends: {file: gone.yml, service: z}}\n").load();
        assertThat(Compose.messages(l)).anyMatch(m -> m.contains("no service \"nope\""))
                .anyMatch(m -> m.contains("compose file \"/p/gone.yml\" not found"));
    }

    @Test
    void longExtendsChainsStopAtTheLimit() {
        StringBuilder b = new StringBuilder("services:\n");
        for (int i = 100; i >= 1; i--) {
            b.append("  s").append(i).append(": {extends: s").append(i - 1).append("}\n");
        }
        b.append("  s0: {image: x}\n");
        Loaded l = Compose.file(b.toString()).load();
        assertThat(Compose.messages(l)).anyMatch(m -> m.contains("chain longer than"));
        assertThat(l.containers()).hasSize(101);
    }

    private static final String PROFILES = """
            services:
              app: {image: app}
              debug: {image: busybox, privileged: true, profiles: [debug]}
              tools: {image: tools, profiles: [ops, debug]}
            """;

    @Test
    void servicesWithProfilesAreLeftOutUnlessEnabled() {
        assertThat(Compose.file(PROFILES).load().containers()).extracting(ContainerSpec::name).containsExactly("app");
        Loaded ops = Compose.file(PROFILES).load(ComposeRequest.of(Path.of("/p/compose.yml")).withProfiles(Set.of("ops")));
        assertThat(ops.containers()).extracting(ContainerSpec::name).containsExactly("app", "tools");
        Loaded all = Compose.file(PROFILES).load(ComposeRequest.of(Path.of("/p/compose.yml")).withAllProfiles());
        assertThat(all.containers()).extracting(ContainerSpec::name).containsExactly("app", "debug", "tools");
        Loaded star = Compose.file(PROFILES).load(ComposeRequest.of(Path.of("/p/compose.yml")).withProfiles(Set.of("*")));
        assertThat(star.containers()).hasSize(3);
    }

    @Test
    void composeProfilesVariableEnablesProfiles() {
        Loaded l = Compose.file(PROFILES).env(java.util.Map.of("COMPOSE_PROFILES", "debug")).load();
        assertThat(l.containers()).extracting(ContainerSpec::name).containsExactly("app", "debug", "tools");
    }

    @Test
    void includedFilesContributeTheirServices() {
        Loaded l = Compose.file("""
                include:
                  - infra/db.yml
                  - path: [infra/cache.yml]
                services:
                  app: {image: app, depends_on: [db]}
                """).with("/p/infra/db.yml", "services:\n  db: {image: postgres, env_file: db.env}\n")
                .with("/p/infra/db.env", "POSTGRES_PASSWORD=pw\n")
                .with("/p/infra/cache.yml", "services:\n  cache: {image: redis, network_mode: host}\n").load();
        assertThat(l.errors()).isEmpty();
        assertThat(l.containers()).extracting(ContainerSpec::name).containsExactly("db", "cache", "app");
        assertThat(Compose.named(l, "db").env()).hasSize(1);
        assertThat(Compose.named(l, "cache").network().value()).isEqualTo("host");
    }

    @Test
    void includeCyclesAndConflictsAreErrors() {
        Loaded l = Compose.file("include: [other.yml]\nservices:\n  a: {image: x}\n")
                .with("/p/other.yml", "include: [compose.yml]\nservices:\n  a: {image: y}\n").load();
        assertThat(Compose.messages(l)).anyMatch(m -> m.contains("include cycle"))
                .anyMatch(m -> m.contains("also defined by an included file"));
        assertThat(l.containers()).singleElement().satisfies(c -> assertThat(c.image().value()).isEqualTo("x"));
    }
}
