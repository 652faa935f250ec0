package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Mount;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritableHostMountTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(WritableHostMount.class);

    @Test
    void aWritableBindMountIsInfoInEachInputsWords() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/srv/data", "/data", false, "-v /srv/data:/data")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-v /srv/data:/data");
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("host's /srv/data (`-v /srv/data:/data`)", "`-v /srv/data:/data:ro`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().bind("./src", "/app", false, "- ./src:/app")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`volumes: [\"./src:/app:ro\"]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().bind("/data", "/data", false, "path: /data")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("readOnly: true",
                        "or use an emptyDir or a persistentVolumeClaim").doesNotContain("named volume"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().bind("/srv/x", "/x", false, "Volume=/srv/x:/x")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`Volume=/srv/x:/x:ro`"));
    }

    @Test
    void readOnlyVolumesSensitivePathsAndSocketsAreNotThisRules() {
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/srv/data", "/data", true, "-v /srv/data:/data:ro")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().mount(new Mount("volume", "data", "/data", false, "",
                List.of()), "-v data:/data"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/etc", "/etc2", false, "-v /etc:/etc2"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().bind("/var/run/docker.sock", "/s", false,
                "-v /var/run/docker.sock:/s"))).isEmpty();
    }
}
