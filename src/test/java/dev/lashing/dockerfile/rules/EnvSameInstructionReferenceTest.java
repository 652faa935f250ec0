package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvSameInstructionReferenceTest {
    private final RuleTester tester = RuleTester.of(EnvSameInstructionReference.class);

    @Test
    void referenceToAKeyOfTheSameEnvIsFlagged() {
        List<Finding> f = tester.check("""
                FROM scratch
                # expect: DF021
                ENV APP_HOME=/srv/app \\
                    APP_DATA=$APP_HOME/data
                ENV OLD=1
                # expect: DF021
                ENV OLD=2 NEW=${OLD:-3}
                # expect: DF021
                ONBUILD ENV A=1 B=$A
                """);
        assertThat(f.get(0).message()).contains("an empty value");
        assertThat(f.get(1).message()).contains("\"1\"");
    }

    @Test
    void selfReferencesAndSeparateInstructionsAreFine() {
        tester.check("""
                FROM alpine:3.20
                ENV PATH=/opt/bin:$PATH
                ENV A=1
                ENV B=$A C=$PATH
                ENV D $D/x
                ENV H=1 G=\\$H
                """);
    }
}
