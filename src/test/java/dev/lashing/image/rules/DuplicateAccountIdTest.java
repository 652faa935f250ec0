package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateAccountIdTest {
    private final ImageRuleTester tester = ImageRuleTester.of(DuplicateAccountId.class);

    @Test
    void duplicateUidsAndGidsAreReportedOnTheLaterLine() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:1000:1000::/:/bin/sh\n"
                        + "worker:x:1000:1000::/:/bin/sh\n")
                .file("/etc/group", "root:x:0:\nwheel:x:0:\napp:x:1000:\n"));
        assertThat(r).extracting(Reported::target)
                .containsExactly("/etc/passwd@0:53-82", "/etc/group@0:10-20");
        assertThat(r.get(0).message()).contains("user \"worker\" has UID 1000, as \"app\" does");
        assertThat(r.get(1).message()).contains("group \"wheel\" has GID 0, as \"root\" does");
    }

    @Test
    void aSecondUidZeroSaysItIsRoot() {
        assertThat(tester.check(ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n")))
                .singleElement().satisfies(x -> assertThat(x.message()).contains("here root"));
    }

    @Test
    void uniqueIdsAndMissingFilesPass() {
        assertThat(tester.check(ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:10001:10001::/:/bin/sh\n")
                .file("/etc/group", "root:x:0:\napp:x:10001:\n"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image())).isEmpty();
    }
}
