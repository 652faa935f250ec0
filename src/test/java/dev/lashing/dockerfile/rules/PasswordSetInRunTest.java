package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PasswordSetInRunTest {
    private final RuleTester tester = RuleTester.of(PasswordSetInRun.class);

    @Test
    void passwordsSetInRunAreFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH072
                RUN echo 'root:hunter2' | chpasswd
                # expect: SH072
                RUN useradd -m -p "$(openssl passwd -1 pw)" app
                # expect: SH072
                RUN echo pw | passwd --stdin app
                """);
    }

    @Test
    void usersWithoutPasswordsPass() {
        tester.check("""
                FROM debian:12
                RUN useradd -m -u 10001 app && passwd -l root
                """);
    }
}
