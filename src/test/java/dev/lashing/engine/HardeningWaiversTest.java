package dev.lashing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.SourceFile;
import dev.lashing.registry.BuiltinRules;
import dev.lashing.registry.CodeResolver;
import dev.lashing.runtime.harden.ComposeHardener;
import dev.lashing.runtime.harden.Hardened;
import dev.lashing.runtime.harden.KubernetesHardener;
import dev.lashing.runtime.harden.QuadletHardener;
import dev.lashing.runtime.model.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardeningWaiversTest {
    private static final CodeResolver RESOLVER = new CodeResolver(BuiltinRules.catalog().rules());

    @TempDir
    Path dir;

    private Hardened compose(String text) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, text);
        return ComposeHardener.harden(file, Map.of(), Optional.empty(),
                new HardeningWaivers(RESOLVER::resolve, SourceKind.COMPOSE));
    }

    @Test
    void aCommentAboveAServiceWaivesItsRulesForThatServiceOnly() throws IOException {
        Hardened h = compose("""
                services:
                  # lashing ignore=RT008,container-memory-unlimited -- writes all over its root; sized by the host
                  legacy:
                    image: acme/legacy:3
                  web:
                    image: acme/web:3
                """);
        String legacy = h.text().substring(h.text().indexOf("legacy:"), h.text().indexOf("  web:"));
        String web = h.text().substring(h.text().indexOf("  web:"));
        assertThat(legacy).contains("cap_drop: [ALL]", "cpus: 1").doesNotContain("read_only", "tmpfs", "mem_limit");
        assertThat(web).contains("read_only: true", "tmpfs:", "mem_limit: 512m");
        assertThat(h.notes()).contains("legacy: left as written where the input suppresses RT008, RT010");
    }

    @Test
    void aCommentAboveAKeyWaivesOnlyTheRuleOfThatSettingAndAliasesWork() throws IOException {
        Hardened h = compose("""
                services:
                  tools:
                    image: acme/tools:1
                    # lashing ignore=CIS-DOCKER-5.5 -- needs the host's devices for the test rig
                    privileged: true
                """);
        assertThat(h.text()).contains("privileged: true").contains("cap_drop: [ALL]", "read_only: true");
    }

    @Test
    void kubernetesAnnotationsAndComments() {
        String manifest = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: operator
                  annotations:
                    lashing.dev/ignore: "RT039 -- talks to the API server"
                    ignore-check.kube-linter.io/no-read-only-root-fs: "caches on disk"
                spec:
                  template:
                    spec:
                      containers:
                      - name: op
                        image: acme/op:1
                """;
        Hardened h = KubernetesHardener.harden(new SourceFile("op.yaml", manifest), Optional.empty(),
                new HardeningWaivers(RESOLVER::resolve, SourceKind.KUBERNETES));
        assertThat(h.text()).doesNotContain("automountServiceAccountToken", "readOnlyRootFilesystem", "emptyDir")
                .contains("allowPrivilegeEscalation: false", "runAsNonRoot: true");
        Hardened all = KubernetesHardener.harden(new SourceFile("op.yaml", manifest), Optional.empty());
        assertThat(all.text()).contains("automountServiceAccountToken: false", "readOnlyRootFilesystem: true");
    }

    @Test
    void quadletGlobalComment() {
        Hardened h = QuadletHardener.harden(new SourceFile("a.container", """
                # lashing global ignore=RT011
                [Container]
                Image=acme/a:1
                """), new HardeningWaivers(RESOLVER::resolve, SourceKind.QUADLET));
        assertThat(h.text()).contains("ReadOnly=true").doesNotContain("--cpus");
    }
}
