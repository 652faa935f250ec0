package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class HostNetworkTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(HostNetwork.class);

    @Test
    void hostNetworkIsAnErrorQuotedAsWritten() {
        assertThat(tester.check(RuntimeRuleTester.docker().network("host", "--net=host"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("--net=host");
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                    assertThat(r.message()).contains("network namespace (`--net=host`)", "--network app-net");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().network("host", "network_mode: host"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`networks: [app-net]`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().network("host", "hostNetwork: true"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("(`hostNetwork: true`)", "Service"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().network("host", "Network=host"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`Network=app.network`"));
    }

    @Test
    void otherNetworksPass() {
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().network("web", "--network=web"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().network("none", "--network none"))).isEmpty();
    }

    @Test
    void anUnresolvedModeCannotBeDecided() {
        assertThat(tester.check(RuntimeRuleTester.compose().with("network_mode: ${NET}",
                (b, at) -> b.network = at.unresolved()))).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.INFO));
    }
}
