package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuppressionTest {
    private final RuleTester tester = RuleTester.of(InlineSuppression.class).withoutSuppressions();

    @Test
    void everySuppressionCommentIsReported() {
        List<Finding> f = tester.lint("""
                # lashing global ignore=DF001
                FROM debian:12
                # hadolint ignore=DL3008,DL3015
                RUN apt-get install -y curl
                # hadolint global ignore=DL3059
                # lashing ignore=SH003 -- upstream bug
                RUN true
                """).findings();
        assertThat(f).hasSize(4);
        assertThat(f.get(0).message()).startsWith("file-wide lashing suppression");
        assertThat(f.get(1).location().text()).isEqualTo("# hadolint ignore=DL3008,DL3015");
    }

    @Test
    void ordinaryCommentsPass() {
        assertThat(tester.lint("""
                # ignore=DL3008 is what hadolint would want
                FROM debian:12
                # lashing: keep this
                RUN true
                """).findings()).isEmpty();
    }

    @Test
    void aPerInstructionDirectiveCannotSilenceIt() {
        List<Finding> f = RuleTester.of(InlineSuppression.class).lint("""
                FROM debian:12
                # lashing ignore=DF045
                # hadolint ignore=DL3008
                RUN apt-get install -y curl
                """).findings();
        assertThat(f).hasSize(2);
    }
}
