package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyPasswordTest {
    private final ImageRuleTester tester = ImageRuleTester.of(EmptyPassword.class);

    @Test
    void emptyShadowPasswordIsAnError() {
        List<Reported> r = tester.check(ImageRuleTester.image().file("/etc/shadow",
                "root::19700:0:99999:7:::\nbin:*:19700::::::\nsvc:!!:19700::::::\nbob::19700::::::\n"
                        + "carol:$6$abcdefgh$longhash:19700::::::\n"));
        assertThat(r).extracting(Reported::target)
                .containsExactly("/etc/shadow@0:0-24", "/etc/shadow@0:62-78");
        assertThat(r.get(0).message()).contains("user \"root\" has an empty password field in /etc/shadow",
                "become root", "passwd -l root");
        assertThat(r.get(1).message()).contains("\"bob\"", "without knowing a password");
        assertThat(r.get(0).severity()).isNull();
    }

    @Test
    void bsdMasterPasswdAndPasswdWithoutShadowAreRead() {
        List<Reported> r = tester.check(ImageRuleTester.image()
                .file("/etc/master.passwd", "root::0:0::0:0:Charlie &:/root:/bin/sh\n")
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\nguest::405:100::/:/bin/sh\n"));
        assertThat(r).extracting(Reported::message)
                .anySatisfy(m -> assertThat(m).contains("\"root\"", "/etc/master.passwd"))
                .anySatisfy(m -> assertThat(m).contains("\"guest\"", "/etc/passwd"));
        assertThat(r).hasSize(2);
    }

    @Test
    void lockedAccountsAndFixedFilesPass() {
        assertThat(tester.check(ImageRuleTester.image()
                .layer("base").file("/etc/shadow", "root::19700:0:99999:7:::\n")
                .layer("RUN passwd -l root").file("/etc/shadow", "root:!:19700:0:99999:7:::\n"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image())).isEmpty();
    }
}
