package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WorldWritablePermissionsTest {
    private final RuleTester tester = RuleTester.of(WorldWritablePermissions.class);

    @Test
    void worldWritableModesAreFlagged() {
        tester.check("""
                FROM debian:12
                # expect: SH080
                RUN chmod -R 777 /app
                # expect: SH080
                RUN chmod o+w /app/data
                # expect: SH080
                RUN chmod 0666 /app/config.yaml
                """);
    }

    @Test
    void safeModesAndStickyTempDirsPass() {
        tester.check("""
                FROM debian:12
                RUN chmod 755 /app && chmod +x /app/run.sh && chmod 1777 /tmp/cache && chmod 777 /tmp
                RUN chmod g+w /app/data && chmod u+w /app
                """);
    }

    @Test
    void modeParsing() {
        assertThat(WorldWritablePermissions.worldWritable("777")).isTrue();
        assertThat(WorldWritablePermissions.worldWritable("2777")).isTrue();
        assertThat(WorldWritablePermissions.worldWritable("1777")).isFalse();
        assertThat(WorldWritablePermissions.worldWritable("775")).isFalse();
        assertThat(WorldWritablePermissions.worldWritable("a+rwx")).isTrue();
        assertThat(WorldWritablePermissions.worldWritable("u+rw,go+r")).isFalse();
    }
}
