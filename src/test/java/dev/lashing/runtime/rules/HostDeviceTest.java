package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostDeviceTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostDevice.class);

    @Test
    void diskAndMemoryDevicesAreErrors() {
        assertThat(tester.check(RuntimeRuleTester.docker().device("/dev/sda:/dev/xvda:rwm",
                "--device=/dev/sda:/dev/xvda:rwm"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("host device /dev/sda (`--device=/dev/sda:/dev/xvda:rwm`)",
                            "memory or disks");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().device("/dev/mem", "- /dev/mem"))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void otherDevicesAreWarnings() {
        assertThat(tester.check(RuntimeRuleTester.quadlet().device("/dev/fuse", "AddDevice=/dev/fuse")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("(`AddDevice=/dev/fuse`)");
                });
    }

    @Test
    void noDevicesPassAndUnresolvedOnesCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.compose().with("- ${DEV}", (b, at) -> b.devices.add(at.unresolved()))))
                .singleElement().satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
