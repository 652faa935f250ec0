package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DownloadWithoutVerificationTest {
    private final RuleTester tester = RuleTester.of(DownloadWithoutVerification.class);

    @Test
    void unverifiedDownloadsAreFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH075
                RUN curl -fsSLo /usr/local/bin/tool https://example.com/tool && chmod +x /usr/local/bin/tool
                # expect: SH075
                RUN wget -qO- https://example.com/app.tgz | tar xz -C /opt
                """);
    }

    @Test
    void verifiedDownloadsKeysAndPipesToShellPass() {
        tester.check("""
                FROM debian:12
                RUN curl -fsSLo tool.tgz https://example.com/tool.tgz && echo "abc  tool.tgz" | sha256sum -c -
                RUN curl -fsSLo x https://example.com/x && curl -fsSLo x.asc https://example.com/x.asc && gpg --verify x.asc x
                RUN curl -fsSL https://example.com/key.gpg -o /usr/share/keyrings/example.gpg
                RUN curl -fsSL https://example.com/install.sh | sh
                """);
    }
}
