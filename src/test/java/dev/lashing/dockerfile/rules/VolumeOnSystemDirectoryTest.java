package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Finding;
import dev.lashing.core.Severity;
import dev.lashing.testing.RuleTester;
import java.util.List;
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
                VOLUME /data /dev/
                """);
    }

    @Test
    void pathsInsideAreOnlyAWarning() {
        List<Finding> f = tester.check("""
                FROM centos:7
                # expect: DF026
                VOLUME [ "/sys/fs/cgroup" ]
                """);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
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
