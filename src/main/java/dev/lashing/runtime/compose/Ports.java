package dev.lashing.runtime.compose;

import dev.lashing.runtime.ports.ParsedPort;
import dev.lashing.runtime.ports.PortSpec;
import dev.lashing.runtime.ports.PortSyntax;
import java.util.Locale;

/** The merge key of a compose {@code ports:} entry; the entries themselves are read by {@link PortSyntax}. */
final class Ports {

    private Ports() {}

    /**
     * The unique key of a port entry for merging, {@code {ip, target, published, protocol}}, the same for the
     * short and the long syntax of one port.
     */
    static String identity(Value v) {
        if (v instanceof ScalarValue s && s.value() != null) {
            ParsedPort p = PortSyntax.publish(s.value().strip());
            if (!p.ok()) {
                return "raw:" + s.value();
            }
            PortSpec spec = p.spec();
            return spec.hostIp() + '|' + spec.containerPorts() + '|'
                    + spec.hostPorts().map(Object::toString).orElse("-1") + '|' + spec.protocol() + ';';
        }
        if (v instanceof MapValue m) {
            String published = part(m, "published");
            String protocol = part(m, "protocol");
            return part(m, "host_ip") + '|' + part(m, "target") + '|' + (published.isEmpty() ? "-1" : published) + '|'
                    + (protocol.isEmpty() ? "tcp" : protocol.toLowerCase(Locale.ROOT)) + ';';
        }
        return null;
    }

    private static String part(MapValue m, String key) {
        return m.get(key).filter(v -> v instanceof ScalarValue).map(v -> ((ScalarValue) v).value())
                .map(String::valueOf).orElse("");
    }
}
