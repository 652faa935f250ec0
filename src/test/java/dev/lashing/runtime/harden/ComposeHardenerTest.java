package dev.lashing.runtime.harden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.compose.ComposeFiles;
import dev.lashing.runtime.compose.ComposeLoader;
import dev.lashing.runtime.compose.ComposeRequest;
import dev.lashing.runtime.model.Loaded;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeHardenerTest {
    @TempDir
    Path dir;

    private Hardened harden(String text) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, text);
        return ComposeHardener.harden(file, Map.of(), Optional.empty());
    }

    private Loaded reload(String text) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, text);
        return new ComposeLoader(ComposeFiles.disk(dir)).load(ComposeRequest.of(file));
    }

    private void assertHardenedAndIdempotent(String before) throws IOException {
        Hardened once = harden(before);
        assertThat(once.errors()).isEmpty();
        Loaded again = reload(once.text());
        assertThat(again.errors()).isEmpty();
        assertThat(HardeningFindings.of(again)).isEmpty();
        Hardened twice = harden(once.text());
        assertThat(twice.text()).isEqualTo(once.text());
    }

    @Test
    void blockServiceGetsKeysAtItsIndentationAndKeepsComments() throws IOException {
        String before = """
                # the web tier
                services:
                    web:
                        image: nginx:1.27   # pinned
                        privileged: true
                        ports:
                            - "80:80"
                    # the database
                    db:
                        image: postgres:16
                """;
        Hardened h = harden(before);
        assertThat(h.text()).isEqualTo("""
                # the web tier
                services:
                    web:
                        image: nginx:1.27   # pinned
                        privileged: false
                        ports:
                            - "80:80"
                        cap_drop: [ALL]
                        cap_add: [NET_BIND_SERVICE]
                        security_opt: [no-new-privileges:true]
                        read_only: true
                        tmpfs: ["/tmp:rw,noexec,nosuid,size=64m", "/var/cache/nginx:rw,noexec,nosuid,size=64m", \
                "/var/run:rw,noexec,nosuid,size=64m"]
                        mem_limit: 512m
                        cpus: 1
                        pids_limit: 200
                        user: "10001:10001"
                    # the database
                    db:
                        image: postgres:16
                        cap_drop: [ALL]
                        security_opt: [no-new-privileges:true]
                        read_only: true
                        tmpfs: ["/tmp:rw,noexec,nosuid,size=64m", "/var/run/postgresql:rw,noexec,nosuid,size=64m"]
                        mem_limit: 512m
                        cpus: 1
                        pids_limit: 200
                        user: "10001:10001"
                """);
        assertHardenedAndIdempotent(before);
    }

    @Test
    void flowListsAnchorsAndMergeKeysAreEditedInPlace() throws IOException {
        String before = """
                x-base: &base
                  restart: unless-stopped
                  user: root
                services:
                  api:
                    <<: *base
                    image: example/api:1.2
                    cap_drop: [NET_RAW]   # only this
                    cap_add: [CHOWN]
                    security_opt:
                      - no-new-privileges:false
                    tmpfs: /run
                    deploy:
                      resources:
                        limits:
                          cpus: "0.5"
                  worker: {image: example/worker:1.2, read_only: false}
                """;
        Hardened h = harden(before);
        assertThat(h.text()).contains("x-base: &base\n  restart: unless-stopped\n  user: root\n")
                .contains("cap_drop: [NET_RAW, ALL]   # only this")
                .contains("      - no-new-privileges:true\n")
                .contains("tmpfs: [/run, \"/tmp:rw,noexec,nosuid,size=64m\"]")
                .contains("          cpus: \"0.5\"\n    read_only: true\n    mem_limit: 512m")
                .contains("    user: \"10001:10001\"\n")
                .contains("worker: {image: example/worker:1.2, read_only: true, cap_drop: [ALL]");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void listsInheritedThroughAMergeKeyKeepTheirItemsWhenReplacedLocally() throws IOException {
        String before = """
                x-hardening: &hardening
                  security_opt:
                    - label:type:app_t
                    - no-new-privileges:false
                  tmpfs: [/run]
                  cap_add: [CHOWN]
                services:
                  app:
                    <<: *hardening
                    image: example/app:1
                """;
        Hardened h = harden(before);
        assertThat(h.text()).startsWith(before.substring(0, before.indexOf("services:")))
                .contains("    security_opt: [label:type:app_t, no-new-privileges:true]\n")
                .contains("    tmpfs: [/run, \"/tmp:rw,noexec,nosuid,size=64m\"]\n");
        Loaded again = reload(h.text());
        assertThat(again.containers().get(0).capAdd()).extracting(c -> c.value()).containsExactly("CHOWN");
        assertThat(again.containers().get(0).mounts()).extracting(m -> m.value().target()).contains("/run", "/tmp");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void aServiceThatEndsWithAMergeKeyGetsItsKeysAfterItNotInTheAnchor() throws IOException {
        // sentry self-hosted's shape: "snuba-api: {<<: *snuba_defaults}", the anchor ending in an environment map
        String before = """
                x-snuba-defaults: &snuba_defaults
                  image: getsentry/snuba:24.1.0
                  environment:
                    SNUBA_SETTINGS: self_hosted
                    SENTRY_EVENT_RETENTION_DAYS:
                services:
                  snuba-api:
                    <<: *snuba_defaults
                  snuba-consumer:
                    command: rust-consumer --storage errors
                    <<:
                      *snuba_defaults
                  web:
                    image: nginx:1.27
                """;
        Hardened h = harden(before);
        assertThat(h.text()).startsWith(before.substring(0, before.indexOf("services:")))
                .contains("  snuba-api:\n    <<: *snuba_defaults\n    cap_drop: [ALL]\n")
                .contains("      *snuba_defaults\n    cap_drop: [ALL]\n");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void unresolvedVariablesAreLeftWithANote() throws IOException {
        Hardened h = harden("""
                services:
                  app:
                    image: alpine:3
                    mem_limit: ${MEM}
                """);
        assertThat(h.text()).contains("mem_limit: ${MEM}").doesNotContain("512m");
        assertThat(h.notes()).anyMatch(n -> n.startsWith("app: the memory limit is unresolved"));
    }

    @Test
    void oneServiceCanBeChosen() throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "services:\n  a:\n    image: alpine:3\n  b:\n    image: alpine:3\n");
        Hardened h = ComposeHardener.harden(file, Map.of(), Optional.of("b"));
        assertThat(h.text()).startsWith("services:\n  a:\n    image: alpine:3\n  b:\n    image: alpine:3\n    cap_drop");
    }

    @Test
    void rootGroupIsReplacedAndTheUidKept() throws IOException {
        String before = "services:\n  app:\n    image: alpine:3\n    user: \"20000:0\"\n";
        assertThat(harden(before).text()).contains("    user: \"20000:10001\"\n");
        assertHardenedAndIdempotent(before);
    }

    @Test
    void rootGroupIsReplacedAndTheUidKeptAsWrittenWithItsVariable() throws IOException {
        // apache/airflow's compose file: user: "${AIRFLOW_UID:-50000}:0", through a merge key
        String before = """
                x-airflow-common: &airflow-common
                  image: apache/airflow:3.0.2
                  user: "${AIRFLOW_UID:-50000}:0"
                services:
                  scheduler:
                    <<: *airflow-common
                    command: scheduler
                  worker:
                    image: apache/airflow:3.0.2
                    user: ${AIRFLOW_UID:-50000}:0
                """;
        Hardened h = harden(before);
        assertThat(h.text()).contains("    command: scheduler\n").contains("    user: \"${AIRFLOW_UID:-50000}:10001\"\n")
                .contains("    user: \"${AIRFLOW_UID:-50000}:10001\"\n  worker:");
        assertThat(h.text().split("AIRFLOW_UID:-50000\\}:10001", -1)).hasSize(3);
        assertHardenedAndIdempotent(before);
    }

    @Test
    void ofDuplicateKeysTheOneThatCountsIsEdited() throws IOException {
        // the loader takes the last of duplicate keys, as compose does; editing the first would change nothing
        Hardened h = harden("services:\n  app:\n    image: alpine:3\n    read_only: true\n    read_only: false\n");
        assertThat(h.text()).contains("    read_only: true\n    read_only: true\n");
        assertThat(HardeningFindings.of(reload(h.text()))).isEmpty();
    }
}
