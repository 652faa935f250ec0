package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CdInRunTest {
    private final RuleTester tester = RuleTester.of(CdInRun.class);

    @Test
    void cdFollowedByCommandsIsFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH005
                RUN cd /src && make
                # expect: SH005
                RUN git clone https://x/y.git; cd y; make install
                """);
    }

    @Test
    void subshellsNestedShellsAndLoneCdPass() {
        tester.check("""
                FROM debian:12
                RUN (cd /src && make) && make install
                RUN for d in a b; do (cd "$d" && make); done
                RUN make && cd /
                RUN sh -c 'cd /x && make'
                """);
    }
}
