package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import org.junit.jupiter.api.Test;

class SensitivePathsTest {

    @Test
    void leftoverDirectoriesAreReportedAtTheirRoot() {
        assertThat(SensitivePaths.leftover("srv/app/.git/objects/ab/cdef")).hasValueSatisfying(l -> {
            assertThat(l.root()).isEqualTo("srv/app/.git");
            assertThat(l.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(SensitivePaths.leftover("home/u/.config/gcloud/access_tokens.db"))
                .hasValueSatisfying(l -> assertThat(l.root()).isEqualTo("home/u/.config/gcloud"));
        assertThat(SensitivePaths.leftover("app/.vscode/settings.json"))
                .hasValueSatisfying(l -> assertThat(l.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void envFilesExceptTemplates() {
        assertThat(SensitivePaths.leftover("app/.env.production")).isPresent();
        assertThat(SensitivePaths.leftover("app/.env.sample")).isEmpty();
        assertThat(SensitivePaths.leftover("app/.envrc")).isEmpty();
    }

    @Test
    void keyMaterialIsSecretLikeButOrdinaryFilesAreNot() {
        assertThat(SensitivePaths.secretLike("tmp/server.key")).isTrue();
        assertThat(SensitivePaths.secretLike("tmp/api_token.txt")).isTrue();
        assertThat(SensitivePaths.secretLike("app/.npmrc")).isTrue();
        assertThat(SensitivePaths.secretLike("app/.idea/workspace.xml")).isFalse();
        assertThat(SensitivePaths.secretLike("tmp/build.o")).isFalse();
    }
}
