package dev.lashing.runtime.compose;

import dev.lashing.runtime.model.PortMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Compose port syntax: the short form {@code [[HOST_IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]}
 * with ranges ({@code 9090-9091:8080-8081}) and bracketed IPv6 addresses ({@code [::1]:80:80}),
 * expanded into one {@link PortMapping} per container port.
 */
final class Ports {
    /** The most container ports one entry may expand to. */
    static final int MAX_RANGE = 65536;

    private Ports() {}

    /**
     * What a port entry says: its mappings, or why it cannot be read.
     *
     * @param mappings the mappings; empty when {@code error} is set
     * @param error the problem, or null
     */
    record Parsed(List<PortMapping> mappings, String error) {
        static Parsed fail(String error) {
            return new Parsed(List.of(), error);
        }
    }

    /** Reads a {@code ports:} short-syntax entry. */
    static Parsed parseShort(String spec) {
        String s = spec.strip();
        String protocol = "tcp";
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            protocol = s.substring(slash + 1).toLowerCase(Locale.ROOT);
            s = s.substring(0, slash);
            if (!isProtocol(protocol)) {
                return Parsed.fail("unknown protocol \"" + protocol + "\" (tcp, udp or sctp)");
            }
        }
        String ip = "";
        String host = null;
        String container;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ':') {
                return Parsed.fail("a bracketed IPv6 address must be followed by \":\" and the ports");
            }
            ip = s.substring(1, close);
            String rest = s.substring(close + 2);
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                return Parsed.fail("expected HOST_PORT:CONTAINER_PORT after the address");
            }
            host = rest.substring(0, colon);
            container = rest.substring(colon + 1);
        } else {
            List<String> parts = Text.split(s, ':');
            int n = parts.size();
            container = parts.get(n - 1);
            if (n >= 2) {
                host = parts.get(n - 2);
            }
            if (n >= 3) {
                ip = String.join(":", parts.subList(0, n - 2));
                if (ip.startsWith("[") && ip.endsWith("]")) {
                    ip = ip.substring(1, ip.length() - 1);
                }
            }
        }
        return expand(ip, host, container, protocol);
    }

    /** Reads an {@code expose:} entry ({@code 3000}, {@code 8000-8010}, {@code 3000/udp}): never published. */
    static Parsed parseExpose(String spec) {
        String s = spec.strip();
        String protocol = "tcp";
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            protocol = s.substring(slash + 1).toLowerCase(Locale.ROOT);
            s = s.substring(0, slash);
            if (!isProtocol(protocol)) {
                return Parsed.fail("unknown protocol \"" + protocol + "\" (tcp, udp or sctp)");
            }
        }
        return expand("", null, s, protocol);
    }

    /** Expands container (and host) port ranges into mappings; a null {@code host} means not published. */
    static Parsed expand(String ip, String host, String container, String protocol) {
        int[] c = range(container, 1);
        if (c == null) {
            return Parsed.fail("\"" + container + "\" is not a container port or range (1-65535)");
        }
        int[] h = host == null || host.isEmpty() ? null : range(host, 0);
        if (host != null && !host.isEmpty() && h == null) {
            return Parsed.fail("\"" + host + "\" is not a host port or range (0-65535)");
        }
        int count = c[1] - c[0] + 1;
        int hostCount = h == null ? 0 : h[1] - h[0] + 1;
        if (h != null && hostCount != count && count != 1) {
            return Parsed.fail("the host port range " + host + " and the container port range " + container
                    + " differ in size");
        }
        List<PortMapping> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            OptionalInt hp = OptionalInt.empty();
            if (h != null && hostCount == count && h[0] + i != 0) {
                hp = OptionalInt.of(h[0] + i);
            }
            out.add(new PortMapping(c[0] + i, protocol, hp, ip));
        }
        return new Parsed(out, null);
    }

    /** {@code [from, to]} of a port or range at least {@code min}, or null. */
    static int[] range(String s, int min) {
        String t = s.strip();
        int dash = t.indexOf('-', 1);
        String a = dash < 0 ? t : t.substring(0, dash);
        String b = dash < 0 ? t : t.substring(dash + 1);
        int from = port(a);
        int to = port(b);
        if (from < min || to < min || to < from || to - from + 1 > MAX_RANGE) {
            return null;
        }
        return new int[] {from, to};
    }

    private static int port(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        int p = Integer.parseInt(s);
        return p > 65535 ? -1 : p;
    }

    static boolean isProtocol(String p) {
        return p.equals("tcp") || p.equals("udp") || p.equals("sctp");
    }

    /** The unique key of a port entry for merging: {@code {ip, target, published, protocol}}. */
    static String identity(Value v) {
        if (v instanceof ScalarValue s && s.value() != null) {
            Parsed p = parseShort(s.value());
            if (p.error() != null) {
                return "raw:" + s.value();
            }
            StringBuilder b = new StringBuilder();
            for (PortMapping m : p.mappings()) {
                b.append(m.hostIp()).append('|').append(m.containerPort()).append('|')
                        .append(m.hostPort().isPresent() ? m.hostPort().getAsInt() : -1).append('|')
                        .append(m.protocol()).append(';');
            }
            return b.toString();
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
