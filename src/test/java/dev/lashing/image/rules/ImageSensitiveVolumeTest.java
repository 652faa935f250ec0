package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSensitiveVolumeTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageSensitiveVolume.class);

    @Test
    void kernelInterfacesRootAndSocketsAreErrors() {
        for (String v : List.of("/", "/proc", "/sys/", "//dev", "/var/run/docker.sock", "/run/user/app.sock")) {
            List<Reported> r = tester.check(ImageRuleTester.image().volume(v));
            assertThat(r).as(v).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.target()).isEqualTo("/config/Volumes/" + v.replace("/", "~1"));
                assertThat(f.message()).contains("volume at " + ImageSensitiveVolume.normalise(v));
            });
        }
    }

    @Test
    void systemDirectoriesAndBelowAreWarnings() {
        List<Reported> r = tester.check(ImageRuleTester.image().volume("/etc", "/sys/fs/cgroup", "/root/.cache",
                "/var/lib/docker"));
        assertThat(r).hasSize(4).allSatisfy(f -> assertThat(f.severity()).isNull());
        assertThat(r.get(0).message()).contains("/etc").contains("system directory /etc");
        assertThat(r.get(2).message()).contains("/sys/fs/cgroup").contains("system directory /sys");
    }

    @Test
    void applicationDataVolumesAreFine() {
        assertThat(tester.check(ImageRuleTester.image().volume("/var/lib/postgresql/data", "/data", "/app/uploads",
                "/etcd-data", "/usrdata", "/srv/www"))).isEmpty();
    }
}
