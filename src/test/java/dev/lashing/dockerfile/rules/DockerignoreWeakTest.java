package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.dockerfile.model.BuildContext;
import dev.lashing.testing.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DockerignoreWeakTest {
    private static final String COPY_ALL = """
            FROM node:22-slim
            COPY package.json ./
            # expect: DF070
            COPY . .
            """;

    @Test
    void sensitiveEntriesLetThroughAreFlagged() {
        assertThat(RuleTester.of(DockerignoreWeak.class)
                .withBuildContext(new BuildContext(Optional.of(".dockerignore"), List.of(".git", ".env")))
                .check(COPY_ALL).get(0).message()).contains(".git, .env").contains("which .dockerignore does not exclude");
    }

    @Test
    void missingIgnoreFileIsInfo() {
        assertThat(RuleTester.of(DockerignoreWeak.class).withBuildContext(new BuildContext(Optional.empty(), List.of()))
                .check(COPY_ALL).get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void goodIgnoreFileUnknownContextAndNarrowCopiesPass() {
        RuleTester.of(DockerignoreWeak.class).withBuildContext(new BuildContext(Optional.of(".dockerignore"), List.of()))
                .check(COPY_ALL.replace("# expect: DF070\n", ""));
        RuleTester.of(DockerignoreWeak.class).check(COPY_ALL.replace("# expect: DF070\n", ""));
        RuleTester.of(DockerignoreWeak.class).withBuildContext(new BuildContext(Optional.empty(), List.of(".git")))
                .check("""
                        FROM node:22-slim
                        COPY src/ /app/src/
                        COPY --from=build . /app
                        """);
    }
}
