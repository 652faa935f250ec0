package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConsecutiveRunsTest {
    private final RuleTester tester = RuleTester.of(ConsecutiveRuns.class);

    @Test
    void shortConsecutiveRunsAreFlagged() {
        tester.check("""
                FROM debian:12
                RUN apt-get update
                # expect: SH055
                RUN apt-get install -y curl
                # a comment between them

                # expect: SH055
                RUN curl -fsSLO https://example.com/a \\
                    && tar xf a
                """);
    }

    @Test
    void sameMountsAreComparedNotTheirOrder() {
        tester.check("""
                FROM debian:12
                RUN --mount=type=cache,target=/var/cache/apt --network=none make
                # expect: SH055
                RUN --network=none --mount=type=cache,target=/var/cache/apt make install
                RUN --mount=type=secret,id=a make
                RUN make check
                """);
    }

    @Test
    void longRunsOtherInstructionsHeredocsAndExecFormPass() {
        tester.check("""
                FROM debian:12
                RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
                RUN echo one
                WORKDIR /app
                RUN echo two
                RUN <<EOF
                echo three
                EOF
                RUN echo four
                RUN ["echo", "five"]
                RUN echo six
                FROM debian:12
                RUN echo seven
                ONBUILD RUN echo eight
                ONBUILD RUN echo nine
                """);
    }

    @Test
    void fixJoinsRunsWithAnd() {
        tester.fixes("""
                FROM debian:12
                RUN apt-get update
                RUN --network=none echo a
                RUN --network=none echo b

                RUN --network=none make | tee log
                """, """
                FROM debian:12
                RUN apt-get update
                RUN --network=none echo a \\
                 && echo b \\
                 && make | tee log
                """, true);
    }

    @Test
    void noFixWhenJoiningWouldChangeMeaning() {
        String unchanged = """
                FROM debian:12
                RUN cd /tmp
                RUN make
                WORKDIR /
                RUN echo a # why
                RUN echo b
                WORKDIR /
                RUN echo c
                # keep this comment
                RUN echo d
                WORKDIR /
                RUN echo e
                RUN false; echo f
                WORKDIR /
                RUN X=1
                RUN echo $X
                """;
        tester.fixes(unchanged, unchanged, true);
    }
}
