package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class UidZeroByAnotherNameTest {
    private final ImageRuleTester tester = ImageRuleTester.of(UidZeroByAnotherName.class);

    private static ImageBuilder withToor() {
        return ImageRuleTester.image().file("/etc/passwd",
                "root:x:0:0:root:/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\napp:x:10001:0::/app:/bin/sh\n");
    }

    @Test
    void anotherNameForUidZeroIsReportedOnItsLine() {
        List<Reported> r = tester.check(withToor().user("10001"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.target()).isEqualTo("/etc/passwd@0:30-55");
            assertThat(x.message()).contains("user \"toor\" has UID 0", "root under another name");
            assertThat(x.severity()).isNull();
        });
    }

    @Test
    void runningAsItIsAlsoReportedOnTheConfig() {
        List<Reported> r = tester.check(withToor().user("toor:0"));
        assertThat(r).extracting(Reported::kind).containsExactly("CONTENT", "CONFIG");
        assertThat(r.get(1).target()).isEqualTo("/config/User");
        assertThat(r.get(1).message()).contains("runs as \"toor\", which is UID 0");
    }

    @Test
    void rootAloneAndOrdinaryUsersPass() {
        assertThat(tester.check(ImageRuleTester.image().user("root")
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:10001:0::/app:/bin/sh\n"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().user("toor"))).isEmpty();
    }
}
