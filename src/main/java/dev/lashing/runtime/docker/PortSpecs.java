package dev.lashing.runtime.docker;

import dev.lashing.runtime.model.PortMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Parsers for {@code -p/--publish} and {@code --expose} values; each throws {@link BadValue}. */
final class PortSpecs {

    private PortSpecs() {
    }

    /** A port or range: {@code first..last}. */
    private record Range(int first, int last) {
        int size() {
            return last - first + 1;
        }
    }

    /**
     * A {@code -p} value, {@code [[IP:][HOST_PORT]:]CONTAINER_PORT[/PROTOCOL]} with ranges, expanded to one
     * mapping per container port; at most {@code budget} mappings are made.
     */
    static List<PortMapping> publish(String spec, int budget) throws BadValue {
        String rest = spec;
        String protocol = "tcp";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = protocol(rest.substring(slash + 1), spec);
            rest = rest.substring(0, slash);
        }
        String ip = "";
        String host = "";
        String container;
        int last = rest.lastIndexOf(':');
        if (last < 0) {
            container = rest;
        } else {
            container = rest.substring(last + 1);
            String left = rest.substring(0, last);
            int hostColon = left.endsWith("]") ? -1 : left.lastIndexOf(':');
            if (hostColon < 0 && left.startsWith("[") && left.endsWith("]")) {
                throw new BadValue("invalid port specification \"" + spec + "\": missing host port after the address");
            }
            if (hostColon < 0) {
                host = left;
            } else {
                ip = left.substring(0, hostColon);
                host = left.substring(hostColon + 1);
                if (ip.startsWith("[") && ip.endsWith("]")) {
                    ip = ip.substring(1, ip.length() - 1);
                }
                if (ip.isEmpty() || ip.indexOf('[') >= 0 || ip.indexOf(']') >= 0) {
                    throw new BadValue("invalid port specification \"" + spec + "\": bad host address");
                }
            }
        }
        Range c = range(container, spec, false);
        Range h = host.isEmpty() ? null : range(host, spec, true);
        if (h != null && h.last() == 0) {
            h = null;
        }
        if (h != null && c.size() > 1 && h.size() != c.size()) {
            throw new BadValue("invalid port specification \"" + spec
                    + "\": the host and container port ranges differ in size");
        }
        List<PortMapping> out = new ArrayList<>();
        for (int p = c.first(); p <= c.last() && out.size() < budget; p++) {
            OptionalInt hostPort = OptionalInt.empty();
            if (h != null && h.size() == c.size()) {
                hostPort = OptionalInt.of(h.first() + (p - c.first()));
            }
            out.add(new PortMapping(p, protocol, hostPort, ip));
        }
        return out;
    }

    /** An {@code --expose} value: {@code PORT[-PORT][/PROTOCOL]}; at most {@code budget} mappings are made. */
    static List<PortMapping> expose(String spec, int budget) throws BadValue {
        String rest = spec;
        String protocol = "tcp";
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            protocol = protocol(rest.substring(slash + 1), spec);
            rest = rest.substring(0, slash);
        }
        Range r = range(rest, spec, false);
        List<PortMapping> out = new ArrayList<>();
        for (int p = r.first(); p <= r.last() && out.size() < budget; p++) {
            out.add(new PortMapping(p, protocol, OptionalInt.empty(), ""));
        }
        return out;
    }

    private static String protocol(String p, String spec) throws BadValue {
        String lower = p.toLowerCase(Locale.ROOT);
        if (!lower.equals("tcp") && !lower.equals("udp") && !lower.equals("sctp")) {
            throw new BadValue("invalid protocol \"" + p + "\" in \"" + spec + "\": expected tcp, udp or sctp");
        }
        return lower;
    }

    private static Range range(String s, String spec, boolean host) throws BadValue {
        int dash = s.indexOf('-', 1);
        int first = port(dash < 0 ? s : s.substring(0, dash), spec, host);
        int last = dash < 0 ? first : port(s.substring(dash + 1), spec, host);
        if (last < first) {
            throw new BadValue("invalid port range \"" + s + "\" in \"" + spec + "\"");
        }
        return new Range(first, last);
    }

    private static int port(String s, String spec, boolean host) throws BadValue {
        if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new BadValue("invalid " + (host ? "host" : "container") + " port \"" + s + "\" in \"" + spec + "\"");
        }
        int n = Integer.parseInt(s);
        if (n < (host ? 0 : 1) || n > 65535) {
            throw new BadValue("port " + n + " in \"" + spec + "\" is out of range 1-65535");
        }
        return n;
    }
}
