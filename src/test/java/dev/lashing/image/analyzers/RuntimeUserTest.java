package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.analyzers.RuntimeUser.State;
import dev.lashing.testing.ImageRuleTester;
import org.junit.jupiter.api.Test;

class RuntimeUserTest {
    private final Accounts accounts = ImageRuleTester.image()
            .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\ntoor:x:0:0::/root:/bin/sh\n"
                    + "app:x:10001:10001::/app:/bin/sh\nweb:x:33:33::/var/www:/bin/sh\n")
            .file("/etc/group", "root:x:0:\napp:x:10001:\nstaff:x:50:app\nwww-data:x:33:\n")
            .build().get(Accounts.class).orElseThrow();

    @Test
    void emptyUserAndUidZeroAreRoot() {
        assertThat(RuntimeUser.resolve("", accounts).state()).isEqualTo(State.ROOT);
        assertThat(RuntimeUser.resolve("0:0", accounts).state()).isEqualTo(State.ROOT);
        RuntimeUser toor = RuntimeUser.resolve("toor", accounts);
        assertThat(toor.state()).isEqualTo(State.ROOT);
        assertThat(toor.name()).contains("toor");
    }

    @Test
    void namesResolveThroughPasswdWithSupplementaryGroups() {
        RuntimeUser app = RuntimeUser.resolve("app", accounts);
        assertThat(app.state()).isEqualTo(State.RESOLVED);
        assertThat(app.uid()).isEqualTo(10001);
        assertThat(app.gid()).isEqualTo(10001);
        assertThat(app.groups()).containsExactlyInAnyOrder(10001L, 50L);
        assertThat(app.describe()).isEqualTo("app (uid 10001)");
    }

    @Test
    void groupPartOverridesThePrimaryGroup() {
        RuntimeUser u = RuntimeUser.resolve("app:www-data", accounts);
        assertThat(u.gid()).isEqualTo(33);
        assertThat(RuntimeUser.resolve("10001:0", accounts).gid()).isZero();
    }

    @Test
    void numericUidWithoutEntryGetsGroupZero() {
        RuntimeUser u = RuntimeUser.resolve("12345", accounts);
        assertThat(u.state()).isEqualTo(State.RESOLVED);
        assertThat(u.gid()).isZero();
        assertThat(u.name()).isEmpty();
        assertThat(u.describe()).isEqualTo("uid 12345");
    }

    @Test
    void unknownNamesAndGroupsAreUnresolvedNeverGuessed() {
        RuntimeUser u = RuntimeUser.resolve("ghost", accounts);
        assertThat(u.state()).isEqualTo(State.UNRESOLVED);
        assertThat(u.reason()).contains("\"ghost\" is not in the image's /etc/passwd");
        assertThat(RuntimeUser.resolve("app:nogroup", accounts).state()).isEqualTo(State.UNRESOLVED);
        assertThat(RuntimeUser.resolve("app", Accounts.NONE).reason()).contains("has no /etc/passwd");
        assertThat(RuntimeUser.resolve("${UID}", accounts).state()).isEqualTo(State.UNRESOLVED);
    }

    @Test
    void writePermissionFollowsOwnerThenGroupThenOthers() {
        RuntimeUser app = RuntimeUser.resolve("app", accounts);
        assertThat(app.canWrite(0644, 10001, 0)).isTrue();
        assertThat(app.canWrite(0464, 10001, 50)).isFalse(); // owner class wins even if group may write
        assertThat(app.canWrite(0664, 0, 50)).isTrue();
        assertThat(app.canWrite(0664, 0, 0)).isFalse();
        assertThat(app.canWrite(0646, 0, 0)).isTrue();
        assertThat(RuntimeUser.resolve("ghost", accounts).canWrite(0777, 0, 0)).isFalse();
    }
}
