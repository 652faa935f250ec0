package dev.lashing.image.analyzers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.image.analyzers.Accounts.Password;
import dev.lashing.image.analyzers.Accounts.PasswdEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.ImageBuilder;
import org.junit.jupiter.api.Test;

class AccountsAnalyzerTest {

    private static Accounts accounts(ImageBuilder image) {
        return image.build().get(Accounts.class).orElseThrow();
    }

    @Test
    void parsesPasswdGroupAndShadow() {
        Accounts a = accounts(ImageRuleTester.image()
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\napp:x:10001:10001::/home/app:/bin/sh\n")
                .file("/etc/group", "root:x:0:\napp:x:10001:\nwheel:x:10:app, ops\n")
                .file("/etc/shadow", "root:*:19000:0:99999:7:::\napp::19000:0:99999:7:::\n"));
        assertThat(a.users()).extracting(PasswdEntry::name).containsExactly("root", "app");
        assertThat(a.user("app").orElseThrow().uid()).isEqualTo(10001);
        assertThat(a.user("app").orElseThrow().home()).isEqualTo("/home/app");
        assertThat(a.group("wheel").orElseThrow().members()).containsExactly("app", "ops");
        assertThat(a.memberships("app")).containsExactly(10L);
        assertThat(a.shadow().orElseThrow().entries()).extracting(Accounts.ShadowEntry::password)
                .containsExactly(Password.LOCKED, Password.EMPTY);
        assertThat(a.masterPasswd()).isEmpty();
    }

    @Test
    void junkLinesAreCountedAndSkipped() {
        Accounts a = accounts(ImageRuleTester.image().file("/etc/passwd", """
                # comment

                root:x:0:0:root:/root:/bin/sh
                garbage without colons
                bad:x:notanumber:0::/:/bin/sh
                big:x:99999999999:0::/:/bin/sh
                +::::::
                nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\r
                """));
        assertThat(a.users()).extracting(PasswdEntry::name).containsExactly("root", "nobody");
        assertThat(a.users().get(1).shell()).isEqualTo("/usr/sbin/nologin");
        assertThat(a.passwd().orElseThrow().junkLines()).isEqualTo(3);
    }

    @Test
    void theVersionLiveInTheMergedViewWins() {
        Accounts a = accounts(ImageRuleTester.image()
                .layer("base").file("/etc/passwd", "root:x:0:0::/root:/bin/sh\nold:x:1000:1000::/:/bin/sh\n")
                .layer("RUN userdel old && useradd -u 10001 app")
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\napp:x:10001:10001::/:/bin/sh\n")
                .layer("RUN true").file("/etc/hostname", "x\n"));
        assertThat(a.users()).extracting(PasswdEntry::name).containsExactly("root", "app");
        assertThat(a.passwd().orElseThrow().source().layer()).isEqualTo(1);
    }

    @Test
    void aDeletedFileIsAbsent() {
        Accounts a = accounts(ImageRuleTester.image()
                .layer("base").file("/etc/shadow", "root::19000::::::\n")
                .layer("RUN rm /etc/shadow").whiteout("/etc/shadow"));
        assertThat(a.shadow()).isEmpty();
        assertThat(a.shadowFiles()).isEmpty();
    }

    @Test
    void aSymlinkToAnotherAccountFileIsFollowedAndOtherTargetsAreUnknown() {
        Accounts a = accounts(ImageRuleTester.image().dir("/etc", 0755, 0, 0).dir("/usr", 0755, 0, 0)
                .dir("/usr/share", 0755, 0, 0)
                .file("/etc/master.passwd", "root::0:0::0:0:Charlie &:/root:/bin/sh\n")
                .symlink("/etc/shadow", "master.passwd")
                .symlink("/etc/passwd", "/usr/share/passwd")
                .file("/usr/share/passwd", "root:x:0:0::/root:/bin/sh\n"));
        assertThat(a.shadow().orElseThrow().entries()).hasSize(1);
        assertThat(a.masterPasswd().orElseThrow().entries().get(0).password()).isEqualTo(Password.EMPTY);
        assertThat(a.passwd()).isEmpty();
    }

    @Test
    void passwordHashesAreMaskedInTheKeptText() {
        Accounts a = accounts(ImageRuleTester.image()
                .file("/etc/shadow", "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\nbin:!:19000::::::\n")
                .file("/etc/passwd", "root:plaintext:0:0::/root:/bin/sh\n"));
        String shadow = a.shadow().orElseThrow().text();
        assertThat(shadow).doesNotContain("saltsalt", "hashhash").startsWith("root:$6$s*****").contains("bin:!:");
        assertThat(shadow).hasSize("root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\nbin:!:19000::::::\n".length());
        assertThat(a.passwd().orElseThrow().text()).startsWith("root:plai*****:0:0");
        assertThat(a.users().get(0).password()).isEqualTo(Password.SET);
    }

    @Test
    void directoriesAndOtherEntriesAtThePathsAreIgnored() {
        Accounts a = accounts(ImageRuleTester.image().entry("/etc/group", EntryType.FIFO, 0644, ""));
        assertThat(a).isEqualTo(Accounts.NONE);
    }
}
