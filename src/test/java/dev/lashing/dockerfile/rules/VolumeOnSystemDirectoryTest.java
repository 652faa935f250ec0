package dev.lashing.dockerfile.rules;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class VolumeOnSystemDirectoryTest {
    private final RuleTester tester = RuleTester.of(VolumeOnSystemDirectory.class);

    @Test
    void procSysAndDevAreFlagged() {
        tester.check("""
                FROM alpine:3.20
                # expect: DF026
                VOLUME /sys
                # expect: DF026
                VOLUME ["/data", "/proc/"]
                # expect: DF026
                VOLUME /data /dev/shm
                """);
    }

    @Test
    void otherVolumesAreFine() {
        tester.check("""
                FROM alpine:3.20
                VOLUME /var/lib/app ["/data"]
                VOLUME /devices
                VOLUME $UNKNOWN
                """);
    }
}
