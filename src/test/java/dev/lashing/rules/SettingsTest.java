package dev.lashing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void withBooleanForcesOneKeyAndLeavesTheRest() {
        Settings s = Settings.empty().withBoolean("show-allowed-secrets", true);
        assertThat(s.bool("show-allowed-secrets", false)).isTrue();
        assertThat(s.bool("other", false)).isFalse();
        assertThat(s.string("x", "d")).isEqualTo("d");
        assertThat(s.withBoolean("show-allowed-secrets", false).bool("show-allowed-secrets", true)).isFalse();
    }
}
