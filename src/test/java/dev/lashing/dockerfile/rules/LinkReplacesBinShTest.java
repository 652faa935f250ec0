package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class LinkReplacesBinShTest {
    private final RuleTester tester = RuleTester.of(LinkReplacesBinSh.class);

    @Test
    void replacingBinShIsFlagged() {
        assertThat(tester.check("""
                FROM debian:12
                # expect: SH053
                RUN ln -sf /bin/bash /bin/sh
                # expect: SH053
                RUN rm /bin/sh && \\
                    ln -s bash /bin/sh
                # expect: SH053
                RUN ["ln", "-s", "-f", "/bin/dash", "/usr/bin/sh"]
                # expect: SH053
                ONBUILD RUN sudo ln -snf --backup /bin/bash /bin/sh
                """).get(0).location().text()).isEqualTo("/bin/sh");
    }

    @Test
    void linksToTheShellOrElsewherePass() {
        tester.check("""
                FROM debian:12
                RUN ln -s /bin/sh /usr/local/bin/sh
                RUN ln -s -t /usr/local/bin /bin/sh
                RUN ln -sf /bin/bash /bin/bash2 && ln /bin/sh
                RUN echo ln -s /bin/bash /bin/sh
                """);
    }
}
