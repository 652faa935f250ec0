package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class SensitiveHostPathTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(SensitiveHostPath.class);

    @Test
    void writableSensitivePathsAreErrorsWithReadOnlyAdviceInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/etc", "/host/etc", false, "-v /etc:/host/etc")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-v /etc:/host/etc");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("host's /etc writable (`-v /etc:/host/etc`)", "password hashes",
                            "`-v /etc:/host/etc:ro`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/", "/host", false, "- /:/host"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("whole filesystem", "`volumes: [\"/:/host:ro\"]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().bind("/var/lib/kubelet", "/k", false,
                "path: /var/lib/kubelet"))).singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`volumeMounts: [{mountPath: /k, readOnly: true}]`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().bind("/root/.ssh", "/keys", false,
                "Volume=/root/.ssh:/keys"))).singleElement().satisfies(r -> assertThat(r.message())
                        .contains("`Volume=/root/.ssh:/keys:ro`"));
    }

    @Test
    void readOnlySensitivePathsAreWarnings() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/proc", "/host/proc", true,
                "-v /proc:/host/proc:ro"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("read-only");
                });
    }

    @Test
    void theHostsClockNameAndCertificatesReadOnlyAreNotSecrets() {
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/etc/localtime", "/etc/localtime", true,
                "- /etc/localtime:/etc/localtime:ro"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/etc/timezone", "/etc/timezone", true,
                "-v /etc/timezone:/etc/timezone:ro"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().bind("/etc/ssl/certs", "/etc/ssl/certs", true,
                "path: /etc/ssl/certs"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().bind("/etc/os-release", "/host/etc/os-release", true,
                "Volume=/etc/os-release:/host/etc/os-release:ro"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/usr/share/zoneinfo/UTC", "/etc/localtime", true,
                "- /usr/share/zoneinfo/UTC:/etc/localtime:ro"))).isEmpty();
    }

    @Test
    void theHostsClockWritableOrItsNeighboursReadOnlyAreStillReported() {
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/etc/localtime", "/etc/localtime", false,
                "- /etc/localtime:/etc/localtime"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/etc/shadow", "/etc/shadow", true,
                "- /etc/shadow:/etc/shadow:ro"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/etc/ssl/private", "/keys", true,
                "- /etc/ssl/private:/keys:ro"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.compose().bind("/etc/ssl", "/ssl", true, "- /etc/ssl:/ssl:ro")))
                .hasSize(1);
    }

    @Test
    void subtreesFollowThePolicy() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/usr/local/myapp", "/app", true,
                "-v /usr/local/myapp:/app/:ro"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/usr/", "/u", true, "-v /usr/:/u:ro"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/home/alice/src", "/src", false,
                "-v /home/alice/src:/src"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/home/alice", "/h", false, "-v /home/alice:/h")))
                .hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.docker().bind("~/.aws", "/root/.aws", true, "-v ~/.aws:/root/.aws:ro")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("credentials (.aws)"));
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/srv/../etc/ssl", "/ssl", true,
                "-v /srv/../etc/ssl:/ssl:ro"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.compose().bind("./data", "/data", false, "- ./data:/data"))).isEmpty();
    }

    @Test
    void socketsAreLeftToTheirOwnRule() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/var/run/docker.sock", "/var/run/docker.sock", false,
                "-v /var/run/docker.sock:/var/run/docker.sock"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/var/run", "/var/run", false, "-v /var/run:/var/run")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("runtime's socket"));
    }
}
