package dev.lashing.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.ports.HostAddresses;
import dev.lashing.runtime.ports.ParsedPort;
import dev.lashing.runtime.ports.PortSyntax;

/**
 * Fuzzes the shared port grammar: it must never throw, a good spec must hold only valid ports and addresses,
 * and expansion must respect its limit.
 */
class PortSyntaxFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void portSyntaxIsTotalAndItsSpecsAreValid(FuzzedDataProvider data) {
        int limit = data.consumeInt(0, 70_000);
        String a = data.consumeString(64);
        String b = data.consumeString(16);
        String c = data.consumeString(16);
        String text = data.consumeRemainingAsString();
        check(PortSyntax.publish(text), limit);
        check(PortSyntax.expose(text), limit);
        check(PortSyntax.published(a, b, c, text.length() > 8 ? text.substring(0, 8) : text), limit);
        if (HostAddresses.isEveryInterface(a) && !a.isEmpty() && !HostAddresses.isValid(a)
                && !(a.startsWith("[") && a.endsWith("]"))) {
            throw new IllegalStateException("not an address, yet every interface: " + a);
        }
        HostAddresses.isLoopback(a);
    }

    private static void check(ParsedPort p, int limit) {
        if (!p.ok()) {
            return;
        }
        String ip = p.spec().hostIp();
        if (!ip.isEmpty() && !HostAddresses.isValid(ip)) {
            throw new IllegalStateException("invalid host address accepted: " + ip);
        }
        var mappings = p.spec().mappings(limit);
        if (mappings.size() > limit) {
            throw new IllegalStateException("more mappings than the limit");
        }
        for (PortMapping m : mappings) {
            if (m.containerPort() < 1 || m.containerPort() > 65535
                    || m.hostPort().isPresent() && (m.hostPort().getAsInt() < 1 || m.hostPort().getAsInt() > 65535)) {
                throw new IllegalStateException("port out of range: " + m);
            }
        }
    }
}
