package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class SshServerShippedTest {
    private final ImageRuleTester tester = ImageRuleTester.of(SshServerShipped.class);

    @Test
    void sshdAndItsHostKeysAreFlagged() {
        List<Reported> r = tester.check(ImageRuleTester.image().layer("RUN apt-get install -y openssh-server")
                .file("/usr/sbin/sshd", 0755, 0, 0, "ELF")
                .file("/etc/ssh/sshd_config", "PermitRootLogin no\n")
                .file("/etc/ssh/ssh_host_ed25519_key", 0600, 0, 0, "-----BEGIN OPENSSH PRIVATE KEY-----\n")
                .file("/etc/ssh/ssh_host_ed25519_key.pub", "ssh-ed25519 AAAA\n"));
        assertThat(r).extracting(Reported::target).containsExactly("/usr/sbin/sshd@0", "/etc/ssh/ssh_host_ed25519_key@0");
        assertThat(r.get(0).message()).contains("SSH server sshd is installed at /usr/sbin/sshd", "docker exec");
        assertThat(r.get(1).message()).contains("every container of the image shares it");
    }

    @Test
    void dropbearCounts() {
        assertThat(tester.check(ImageRuleTester.image().layer("apk add dropbear")
                .file("/usr/sbin/dropbear", 0755, 0, 0, "ELF"))).hasSize(1);
    }

    @Test
    void sshClientAndPublicKeysAreNotAServer() {
        assertThat(tester.check(ImageRuleTester.image().layer("apk add openssh-client")
                .file("/usr/bin/ssh", 0755, 0, 0, "ELF")
                .file("/etc/ssh/ssh_config", "Host *\n")
                .file("/etc/ssh/ssh_host_rsa_key.pub", "ssh-rsa AAAA\n"))).isEmpty();
    }
}
