package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserLowUidTest {
    private final ImageRuleTester tester = ImageRuleTester.of(UserLowUid.class);

    private static ImageBuilder base() {
        return ImageRuleTester.image().file("/etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/:/bin/sh\n"
                + "node:x:1000:1000::/home/node:/bin/sh\napp:x:10001:0::/app:/bin/sh\n");
    }

    @Test
    void aNameWithALowUidSaysBoth() {
        List<Reported> r = tester.check(base().user("node"));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo("CONFIG");
            assertThat(x.target()).isEqualTo("/config/User");
            assertThat(x.message()).contains("user name \"node\" (UID 1000 in its /etc/passwd)", "runAsNonRoot",
                    "and UID 1000 may equal a real user", "USER 10001:0");
        });
    }

    @Test
    void aNameWithAHighUidIsStillAName() {
        assertThat(tester.check(base().user("app:0"))).singleElement().satisfies(x -> assertThat(x.message())
                .contains("user name \"app\" (UID 10001 in its /etc/passwd)").doesNotContain("may equal"));
    }

    @Test
    void anUnknownNameIsReportedAsANameWithTheReason() {
        assertThat(tester.check(base().user("ghost"))).singleElement().satisfies(x -> assertThat(x.message())
                .contains("user name \"ghost\" (user \"ghost\" is not in the image's /etc/passwd)"));
    }

    @Test
    void aLowNumericUidIsFlagged() {
        assertThat(tester.check(base().user("1000:1000"))).singleElement().satisfies(x -> assertThat(x.message())
                .startsWith("the image runs as UID 1000, which may equal a real user on the host"));
    }

    @Test
    void minUidSettingMovesTheThreshold() {
        assertThat(tester.check(base().user("1000").setting("min-uid", "1000"))).isEmpty();
        assertThat(tester.check(base().user("10001").setting("min-uid", "20000"))).hasSize(1);
    }

    @Test
    void highNumericUidsAndRootPass() {
        assertThat(tester.check(base().user("10001:0"))).isEmpty();
        assertThat(tester.check(base().user("65532"))).isEmpty();
        assertThat(tester.check(base())).isEmpty();
        assertThat(tester.check(base().user("root"))).isEmpty();
        assertThat(tester.check(base().user("toor"))).isEmpty();
    }
}
