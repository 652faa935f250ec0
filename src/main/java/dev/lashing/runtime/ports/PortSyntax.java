package dev.lashing.runtime.ports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads port specifications as Docker, Podman and compose read them: {@code -p}, {@code PublishPort=} and the
 * compose short syntax are {@code [IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]}; {@code --expose} and
 * {@code expose:} are {@code PORT[-END][/PROTOCOL]}. The parts are split at colons from the right, so an IPv6
 * address may be written bare ({@code ::1:8080:80}) or in brackets ({@code [::1]:8080:80}); an empty or
 * {@code 0} host port is one the runtime picks; a host range paired with one container port is the range it
 * picks from; ranges paired with ranges must be the same size. The protocol is {@code tcp} when absent or
 * empty, and case does not matter. Nothing throws: a bad specification is a {@link ParsedPort} with an error.
 */
public final class PortSyntax {
    private static final int MAX_PORT = 65535;

    private PortSyntax() {
    }

    /** A published port: {@code -p}, {@code --publish}, {@code PublishPort=}, a compose {@code ports:} string. */
    public static ParsedPort publish(String text) {
        if (text.isEmpty()) {
            return ParsedPort.failed("empty port specification");
        }
        int slash = text.indexOf('/');
        String rest = slash < 0 ? text : text.substring(0, slash);
        String protocol = slash < 0 ? "" : text.substring(slash + 1);
        List<String> parts = split(rest);
        int n = parts.size();
        String container = parts.get(n - 1);
        String host = n >= 2 ? parts.get(n - 2) : "";
        String ip = n >= 3 ? String.join(":", parts.subList(0, n - 2)) : "";
        return read(ip, host, container, protocol, true);
    }

    /** An exposed port: {@code --expose}, {@code ExposeHostPort=}, a compose {@code expose:} entry. */
    public static ParsedPort expose(String text) {
        int slash = text.indexOf('/');
        String ports = slash < 0 ? text : text.substring(0, slash);
        return read("", "", ports, slash < 0 ? "" : text.substring(slash + 1), false);
    }

    /**
     * A published port given part by part (the compose long syntax): {@code hostIp} may be empty (the runtime's
     * default), {@code hostPorts} empty for a port the runtime picks, {@code protocol} empty for {@code tcp}.
     */
    public static ParsedPort published(String hostIp, String hostPorts, String containerPorts, String protocol) {
        return read(hostIp, hostPorts, containerPorts, protocol, true);
    }

    /** True for the protocols ports may use: {@code tcp}, {@code udp}, {@code sctp} (lower case). */
    public static boolean isProtocol(String protocol) {
        return protocol.equals("tcp") || protocol.equals("udp") || protocol.equals("sctp");
    }

    private static ParsedPort read(String ip, String host, String container, String protocol, boolean published) {
        String proto = protocol.isEmpty() ? "tcp" : protocol.toLowerCase(Locale.ROOT);
        if (!isProtocol(proto)) {
            return ParsedPort.failed("invalid protocol " + quote(protocol) + " (expected tcp, udp or sctp)");
        }
        String address = ip;
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (!address.isEmpty() && !HostAddresses.isValid(address)) {
            return ParsedPort.failed("invalid host IP address " + quote(ip) + " (expected an IPv4 or IPv6 address)");
        }
        Object c = range(container, 1, "container");
        if (c instanceof String error) {
            return ParsedPort.failed(error);
        }
        PortRange containerPorts = (PortRange) c;
        Optional<PortRange> hostPorts = Optional.empty();
        if (!host.isEmpty()) {
            Object h = range(host, 0, "host");
            if (h instanceof String error) {
                return ParsedPort.failed(error);
            }
            hostPorts = Optional.of((PortRange) h);
            if (containerPorts.size() > 1 && hostPorts.get().size() != containerPorts.size()) {
                return ParsedPort.failed("the host port range " + host + " and the container port range " + container
                        + " differ in size");
            }
            if (hostPorts.get().last() == 0) {
                hostPorts = Optional.empty(); // host port 0: the runtime picks one
            }
        }
        return ParsedPort.of(new PortSpec(published ? address : "", hostPorts, containerPorts, proto, published));
    }

    /** A {@link PortRange} of ports at least {@code min}, or the error message. */
    private static Object range(String text, int min, String what) {
        int dash = text.indexOf('-');
        String a = dash < 0 ? text : text.substring(0, dash);
        String b = dash < 0 ? text : text.substring(dash + 1);
        int first = port(a);
        int last = port(b);
        if (first == -1 || last == -1) {
            return "invalid " + what + " port " + quote(text) + " (expected a port number or a range such as "
                    + "8000-8010)";
        }
        if (first < min || last < min || first > MAX_PORT || last > MAX_PORT) {
            return what + " port " + quote(text) + " is out of range " + min + "-" + MAX_PORT;
        }
        if (last < first) {
            return "invalid " + what + " port range " + quote(text) + ": it ends before it starts";
        }
        return new PortRange(first, last);
    }

    /** The number, capped at {@code MAX_PORT + 1} so that long digit strings cannot overflow; -1 if not digits. */
    private static int port(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = Math.min(MAX_PORT + 1, n * 10 + (ch - '0'));
        }
        return n;
    }

    /** {@code s} split at every colon, empty parts kept. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(':'); i >= 0; i = s.indexOf(':', start)) {
            out.add(s.substring(start, i));
            start = i + 1;
        }
        out.add(s.substring(start));
        return out;
    }

    private static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return "\"" + shown + "\"";
    }
}
