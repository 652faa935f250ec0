package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class UnsafeSysctlTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(UnsafeSysctl.class);

    @Test
    void safeSysctlsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().sysctl("net.ipv4.ip_unprivileged_port_start=0",
                "- {name: net.ipv4.ip_unprivileged_port_start, value: \"0\"}")
                .sysctl("kernel.shm_rmid_forced=1", "- {name: kernel.shm_rmid_forced, value: \"1\"}")
                .sysctl("net/ipv4/tcp_syncookies=1", "--sysctl net/ipv4/tcp_syncookies=1"))).isEmpty();
    }

    @Test
    void namespacedButUnsafeIsAWarning() {
        assertThat(tester.check(RuntimeRuleTester.docker().sysctl("net.core.somaxconn=1024",
                "--sysctl net.core.somaxconn=1024"))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("net.core.somaxconn (`--sysctl net.core.somaxconn=1024`)");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().sysctl("kernel.msgmax=65536", "kernel.msgmax: 65536")))
                .hasSize(1);
    }

    @Test
    void hostWideSysctlsAreErrors() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().sysctl("kernel.panic=10", "name: kernel.panic")))
                .singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("not namespaced");
                });
        assertThat(tester.check(RuntimeRuleTester.docker().network("host", "--network host")
                .sysctl("net.ipv4.ip_forward=1", "--sysctl net.ipv4.ip_forward=1"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("host's own setting");
                });
    }

    @Test
    void unresolvedSysctlsAreNotJudged() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("${S}: 1", (b, at) -> b.sysctls.add(at.unresolved()))))
                .isEmpty();
    }
}
