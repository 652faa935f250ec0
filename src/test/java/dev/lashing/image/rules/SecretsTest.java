package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void maskShowsAtMostFourCharactersAndAQuarterOfShortValues() {
        assertThat(Secrets.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA…");
        assertThat(Secrets.mask("abcdefgh")).isEqualTo("ab…");
        assertThat(Secrets.mask("abc")).isEqualTo("…");
        assertThat(Secrets.mask("")).isEqualTo("…");
    }

    @Test
    void placeholdersAndReferencesAreNotSecrets() {
        for (String v : new String[] {"", " ", "$TOKEN", "${TOKEN}", "<token>", "{{ .Token }}", "changeme", "XXXX",
            "****", "/run/secrets/db"}) {
            assertThat(Secrets.isPlaceholder(v)).as(v).isTrue();
        }
        for (String v : new String[] {"hunter2", "s3cr3t-pa55", "abc$def"}) {
            assertThat(Secrets.isPlaceholder(v)).as(v).isFalse();
        }
    }
}
