package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void eachInputKindHasItsOwnWords() {
        assertThat(Spelling.of(SourceKind.DOCKER_RUN).noNewPrivileges()).isEqualTo("`--security-opt no-new-privileges`");
        assertThat(Spelling.of(SourceKind.COMPOSE).noNewPrivileges())
                .isEqualTo("`security_opt: [\"no-new-privileges:true\"]`");
        assertThat(Spelling.of(SourceKind.KUBERNETES).noNewPrivileges())
                .isEqualTo("`securityContext.allowPrivilegeEscalation: false`");
        assertThat(Spelling.of(SourceKind.QUADLET).noNewPrivileges()).isEqualTo("`NoNewPrivileges=true`");
        assertThat(Spelling.of(SourceKind.QUADLET).dropAllCapabilities()).isEqualTo("`DropCapability=all`");
    }

    @Test
    void proseMarksItsOwnCode() {
        assertThat(Spelling.of(SourceKind.DOCKER_RUN).dedicatedNetwork())
                .isEqualTo("`--network app-net` (after `docker network create app-net`)");
    }

    @Test
    void writtenQuotesTheInputElseUsesTheFallback() {
        SourceFile f = new SourceFile("run.sh", "docker run --privileged x");
        Sourced<Boolean> explicit = Sourced.explicit(true, new Location(f, new TextRange(11, 23)), "--privileged");
        assertThat(Spelling.written(explicit, "`x`")).isEqualTo("`--privileged`");
        assertThat(Spelling.written(Sourced.defaulted(false), "`--privileged`")).isEqualTo("`--privileged`");
    }
}
