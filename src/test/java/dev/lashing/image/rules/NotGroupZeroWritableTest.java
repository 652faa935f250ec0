package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotGroupZeroWritableTest {
    private final ImageRuleTester tester = ImageRuleTester.of(NotGroupZeroWritable.class);

    private static ImageBuilder base() {
        return ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:10001:10001::/:/bin/sh\n")
                .file("/etc/group", "root:x:0:\napp:x:10001:\n");
    }

    @Test
    void directoriesOwnedByAnotherGroupAreFlagged() {
        List<Reported> r = tester.check(base().workingDir("/app").volume("/data")
                .dir("/app", 0755, 10001, 10001).dir("/data", 0750, 0, 0));
        assertThat(r).extracting(Reported::target).containsExactly("/app@0", "/data@0");
        assertThat(r.get(0).message()).contains("the WorkingDir /app is drwxr-xr-x app:app",
                "chgrp -R 0 /app && chmod -R g=u /app");
        assertThat(r.get(1).message()).contains("the VOLUME /data is drwxr-x--- root:root");
    }

    @Test
    void missingDirectoriesAreCreatedByRootSoTheyAreFlagged() {
        List<Reported> r = tester.check(base().volume("/var/lib/app"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("CONFIG");
            assertThat(x.target()).isEqualTo("/config/Volumes/~1var~1lib~1app");
            assertThat(x.message()).contains("does not exist in the image", "install -d -g 0 -m 775 /var/lib/app");
        });
    }

    @Test
    void groupZeroWritableOrWorldWritableDirectoriesPass() {
        assertThat(tester.check(base().workingDir("/app").volume("/data", "/scratch")
                .dir("/app", 0775, 10001, 0).dir("/data", 02770, 0, 0).dir("/scratch", 01777, 0, 0))).isEmpty();
    }

    @Test
    void rootWorkingDirAndNoVolumesAreNotJudged() {
        assertThat(tester.check(base().workingDir("/"))).isEmpty();
        assertThat(tester.check(base())).isEmpty();
    }
}
