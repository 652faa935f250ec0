package dev.lashing.runtime.suppress;

import static dev.lashing.runtime.suppress.Suppressed.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.engine.RuntimeChecker;
import org.junit.jupiter.api.Test;

class ComposeSuppressionTest {
    private final Suppressed checker = Suppressed.with("RT001", "RT010");

    @Test
    void commentAboveAServiceSilencesItsRulesForTheWholeServiceIncludingDefaultsAtTheServiceKey() {
        RuntimeChecker.RuntimeResult r = checker.compose("""
                services:
                  # lashing ignore=RT001,RT010 -- the build agent needs a privileged docker-in-docker
                  web:
                    image: docker:27-dind
                    privileged: true
                  db:
                    image: postgres:16
                    privileged: true
                """);
        assertThat(at(r)).containsExactly("RT010@6", "RT001@8");
        assertThat(r.suppressed()).isEqualTo(2);
    }
}
