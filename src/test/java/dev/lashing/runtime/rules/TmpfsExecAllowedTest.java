package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.model.Mount;
import dev.lashing.testing.RuntimeRuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class TmpfsExecAllowedTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(TmpfsExecAllowed.class);

    @Test
    void dockerTmpfsIsNoexecNosuidUnlessReEnabled() {
        assertThat(tester.check(RuntimeRuleTester.docker().tmpfs("/tmp", List.of(), "--tmpfs /tmp"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().tmpfs("/run", List.of("size=64m"), "- /run:size=64m")))
                .isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().tmpfs("/tmp", List.of("rw", "exec"), "--tmpfs /tmp:rw,exec")))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--tmpfs /tmp:rw,exec");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("tmpfs at /tmp (`--tmpfs /tmp:rw,exec`) is not noexec",
                            "`--tmpfs /tmp:rw,noexec,nosuid`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().tmpfs("/tmp", List.of("suid"), "- /tmp:suid")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("is not nosuid",
                        "`tmpfs: [\"/tmp:noexec,nosuid\"]`"));
    }

    @Test
    void podmanTmpfsWithoutNoexecIsInfo() {
        assertThat(tester.check(RuntimeRuleTester.quadlet().tmpfs("/tmp", List.of(), "Tmpfs=/tmp"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("Podman does not add noexec", "`Tmpfs=/tmp:rw,noexec,nosuid`");
                });
        assertThat(tester.check(RuntimeRuleTester.quadlet().tmpfs("/tmp", List.of("rw", "noexec", "nosuid"),
                "Tmpfs=/tmp:rw,noexec,nosuid"))).isEmpty();
    }

    @Test
    void theTmpfsMountsPodmanAddsForAReadOnlyRootAreNotTheUsers() {
        dev.lashing.runtime.model.Loaded unit = dev.lashing.runtime.quadlet.QuadletParser.parse(
                new dev.lashing.core.SourceFile("app.container", "[Container]\nImage=app:1\nReadOnly=true\n"));
        assertThat(unit.errors()).isEmpty();
        assertThat(unit.containers().get(0).mounts()).isNotEmpty();
        assertThat(tester.check(unit.containers().get(0))).isEmpty();
    }

    @Test
    void kubernetesEmptyDirsAndOtherMountsAreNotJudged() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().tmpfs("/tmp", List.of(), "medium: Memory"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.quadlet().mount(new Mount("volume", "data", "/data", false, "",
                List.of()), "Volume=data:/data"))).isEmpty();
    }
}
