package dev.lashing.runtime.harden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.docker.DockerRunParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerRunHardenerTest {

    @Test
    void privilegedLineOnPort80GetsEveryHardeningBeforeTheImage() {
        Hardened h = DockerRunHardener.harden("docker run -d --privileged -p 80:80 --name web nginx:1.27 nginx -g 'daemon off;'");
        assertThat(h.text()).isEqualTo("docker run -d -p 80:80 --name web --cap-drop=ALL --cap-add=NET_BIND_SERVICE"
                + " --security-opt no-new-privileges --read-only --tmpfs /tmp:rw,noexec,nosuid,size=64m"
                + " --tmpfs /var/cache/nginx:rw,noexec,nosuid,size=64m --tmpfs /var/run:rw,noexec,nosuid,size=64m"
                + " --memory 512m --cpus 1 --pids-limit 200 --user 10001:10001 nginx:1.27 nginx -g 'daemon off;'");
        assertThat(h.notes()).anyMatch(n -> n.contains("docker diff")).anyMatch(n -> n.contains("cannot be known"))
                .anyMatch(n -> n.contains("size them to the workload")).anyMatch(n -> n.contains("port above 1023"));
    }

    @Test
    void hardenedLineHasNoHardeningFindingsAndHardensToItself() {
        Hardened once = DockerRunHardener.harden("docker run --privileged -p 80:80 -v data:/data redis:7");
        assertThat(HardeningFindings.of(DockerRunParser.parse("x", once.text()))).isEmpty();
        Hardened twice = DockerRunHardener.harden(once.text());
        assertThat(twice.changed()).isFalse();
        assertThat(twice.text()).isEqualTo(once.text());
    }

    @Test
    void explicitWeakSettingsAreReplacedNotDuplicated() {
        Hardened h = DockerRunHardener.harden("podman run --user root --memory=0 --read-only=false alpine:3 sh");
        assertThat(h.text()).doesNotContain("--user root", "--memory=0", "--read-only=false")
                .contains("--user 10001:10001", "--memory 512m", "--read-only ");
    }

    @Test
    void strictSettingsAreLeftAlone() {
        String line = "docker run --cap-drop ALL --security-opt=no-new-privileges:true --read-only -m 1g --cpus 2"
                + " --pids-limit 50 --user 20000:20000 alpine:3";
        Hardened h = DockerRunHardener.harden(line);
        assertThat(h.changed()).isFalse();
    }

    @Test
    void unresolvedSettingsAreLeftWithANote() {
        Hardened h = DockerRunHardener.harden("docker run --user \"$RUN_AS\" --memory \"$MEM\" alpine:3");
        assertThat(h.text()).contains("--user \"$RUN_AS\"", "--memory \"$MEM\"").doesNotContain("10001", "512m");
        assertThat(h.notes()).anyMatch(n -> n.contains("the user is unresolved"))
                .anyMatch(n -> n.contains("the memory limit is unresolved"));
    }

    @Test
    void argumentVectorIsQuotedForTheShell() {
        Hardened h = DockerRunHardener.harden(List.of("docker", "run", "--env", "GREETING=hello world", "alpine:3",
                "echo", "it's"));
        assertThat(h.text()).startsWith("docker run --env 'GREETING=hello world' --cap-drop=ALL")
                .endsWith("alpine:3 echo 'it'\\''s'");
    }

    @Test
    void lineWithoutImageIsLeftAlone() {
        Hardened h = DockerRunHardener.harden("docker run --privileged");
        assertThat(h.changed()).isFalse();
    }

    @Test
    void continuedLinesKeepTheirLayoutWithOneNewLinePerFlag() {
        String before = """
                docker run -d \\
                  --name web \\
                  --privileged \\
                  --memory=0 \\
                  -p 127.0.0.1:8080:8080 \\
                  ghcr.io/acme/web:1.2 \\
                  serve --port 8080""";
        Hardened h = DockerRunHardener.harden(before);
        assertThat(h.text()).isEqualTo("""
                docker run -d \\
                  --name web \\
                  -p 127.0.0.1:8080:8080 \\
                  --cap-drop=ALL \\
                  --security-opt no-new-privileges \\
                  --read-only \\
                  --tmpfs /tmp:rw,noexec,nosuid,size=64m \\
                  --memory 512m \\
                  --cpus 1 \\
                  --pids-limit 200 \\
                  --user 10001:10001 \\
                  ghcr.io/acme/web:1.2 \\
                  serve --port 8080""");
        assertThat(HardeningFindings.of(DockerRunParser.parse("x", h.text()))).isEmpty();
        assertThat(DockerRunHardener.harden(h.text()).changed()).isFalse();
    }

    @Test
    void replacedFlagsInsideALineTakeTheirBlanksWithThem() {
        Hardened h = DockerRunHardener.harden("docker run --user root --rm \\\n  -m 0 alpine:3 sh");
        assertThat(h.text()).startsWith("docker run --rm \\\n  --cap-drop=ALL")
                .endsWith("--user 10001:10001 alpine:3 sh");
    }

    @Test
    void rootGroupIsReplacedAndTheUidKept() {
        Hardened h = DockerRunHardener.harden("docker run -u 20000:0 alpine:3");
        assertThat(h.text()).contains("--user 20000:10001").doesNotContain("20000:0");
        assertThat(h.notes()).anyMatch(n -> n.contains("the group becomes 10001"));
        assertThat(DockerRunHardener.harden(h.text()).changed()).isFalse();
    }
}
