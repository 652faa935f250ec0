package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeUserCanWriteCodeTest {
    private final ImageRuleTester tester = ImageRuleTester.of(RuntimeUserCanWriteCode.class);

    private static ImageBuilder base() {
        return ImageRuleTester.image().layer("base")
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n")
                .file("/etc/group", "root:x:0:\nnode:x:1000:\ndev:x:50:node\n")
                .dir("/usr", 0755, 0, 0).dir("/usr/bin", 0755, 0, 0).file("/usr/bin/node", 0755, 0, 0, "elf")
                .dir("/bin", 0755, 0, 0).file("/bin/sh", 0755, 0, 0, "elf");
    }

    @Test
    void aWorkingDirOwnedByTheUserIsOneFindingCountingWhatIsBeneath() {
        List<Reported> r = tester.check(base().user("node").workingDir("/app").cmd("node", "server.js")
                .layer("COPY --chown=node:node . .")
                .dir("/app", 0755, 1000, 1000)
                .file("/app/server.js", 0644, 1000, 1000, "")
                .dir("/app/lib", 0755, 1000, 1000)
                .file("/app/lib/a.js", 0644, 1000, 1000, ""));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.target()).isEqualTo("/app@1");
            assertThat(x.message()).contains("(the WorkingDir) is writable by the runtime user node (uid 1000) who "
                    + "owns it (drwxr-xr-x node:node), as are 3 entries beneath it", "COPY --chown=root:root");
            assertThat(x.severity()).isNull();
        });
    }

    @Test
    void writableFilesUnderARootOwnedWorkingDirAreEachReported() {
        List<Reported> r = tester.check(base().user("node").workingDir("/app")
                .layer("COPY").dir("/app", 0755, 0, 0)
                .file("/app/server.js", 0644, 1000, 0, "")
                .file("/app/readme", 0644, 0, 0, "")
                .file("/app/util.js", 0664, 0, 50, ""));
        assertThat(r).extracting(Reported::target).containsExactly("/app/server.js@1", "/app/util.js@1");
        assertThat(r.get(1).message()).contains("through group dev (-rw-rw-r-- root:dev)");
    }

    @Test
    void pathDirectoriesAndTheEntrypointScriptAreCode() {
        List<Reported> r = tester.check(base().user("10001").env("PATH=/opt/bin:/usr/bin")
                .entrypoint("/bin/sh", "/entrypoint.sh")
                .layer("COPY").file("/entrypoint.sh", 0775, 0, 0, "#!/bin/sh\n")
                .dir("/opt", 0755, 0, 0).dir("/opt/bin", 0777, 0, 5)
                .file("/usr/bin/tool", 0755, 10001, 0, "elf"));
        assertThat(r).extracting(Reported::target)
                .containsExactly("/entrypoint.sh@1", "/opt/bin@1", "/usr/bin/tool@1");
        assertThat(r.get(0).message()).contains("(run by the image's Entrypoint/Cmd)",
                "uid 10001 through group root");
        assertThat(r.get(1).message()).contains("(a PATH directory)", "world-writable");
        assertThat(r.get(2).message()).contains("(on PATH (/usr/bin))", "who owns it");
    }

    @Test
    void rootOwnedCodeAndWritableScratchDirectoriesPass() {
        assertThat(tester.check(base().user("node").workingDir("/app").cmd("node", "server.js")
                .layer("COPY").dir("/app", 0755, 0, 0).file("/app/server.js", 0644, 0, 0, "")
                .dir("/app/tmp", 01777, 0, 0)
                .dir("/data", 0755, 1000, 1000))).isEmpty();
    }

    @Test
    void rootIsNotThisRulesBusiness() {
        assertThat(tester.check(base().workingDir("/app").layer("COPY").dir("/app", 0777, 0, 0))).isEmpty();
        assertThat(tester.check(base().user("0:0").workingDir("/app").layer("COPY").dir("/app", 0777, 0, 0)))
                .isEmpty();
    }

    @Test
    void anUnknownUserCannotBeDecided() {
        List<Reported> r = tester.check(base().user("app").workingDir("/app").layer("COPY").dir("/app", 0777, 0, 0));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("CONFIG");
            assertThat(x.target()).isEqualTo("/config/User");
            assertThat(x.message()).contains("cannot tell", "\"app\" is not in the image's /etc/passwd");
            assertThat(x.severity()).isEqualTo(Severity.INFO);
        });
    }
}
