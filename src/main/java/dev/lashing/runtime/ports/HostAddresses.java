package dev.lashing.runtime.ports;

import java.util.ArrayList;
import java.util.List;

/**
 * IP addresses as the runtimes accept them for a published port's host side: dotted IPv4 (no leading zeros) or
 * IPv6 (with {@code ::} and an optional trailing dotted IPv4), without brackets or zone. Parsed by hand: never a
 * name lookup.
 */
public final class HostAddresses {
    private static final int MAX_LENGTH = 45; // ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255

    private HostAddresses() {
    }

    /** True when {@code address} is an IPv4 or IPv6 address. */
    public static boolean isValid(String address) {
        return bytes(address) != null;
    }

    /**
     * True when a port published on {@code hostIp} listens on every interface of the host: no address (the
     * runtime's default), {@code 0.0.0.0}, {@code ::} or another spelling of the unspecified address.
     */
    public static boolean isEveryInterface(String hostIp) {
        String ip = hostIp.startsWith("[") && hostIp.endsWith("]") ? hostIp.substring(1, hostIp.length() - 1) : hostIp;
        if (ip.isEmpty()) {
            return true;
        }
        int[] b = bytes(ip);
        if (b == null) {
            return false;
        }
        int from = b.length == 16 && isV4Mapped(b) ? 12 : 0;
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code hostIp} is a loopback address ({@code 127.0.0.0/8}, {@code ::1}). */
    public static boolean isLoopback(String hostIp) {
        int[] b = bytes(hostIp);
        if (b == null) {
            return false;
        }
        if (b.length == 4 || isV4Mapped(b)) {
            return b[b.length - 4] == 127;
        }
        for (int i = 0; i < 15; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[15] == 1;
    }

    private static boolean isV4Mapped(int[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == 0xff && b[11] == 0xff;
    }

    /** The address's 4 or 16 bytes, or null when it is not an address. */
    static int[] bytes(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        return s.indexOf(':') >= 0 ? ipv6(s) : ipv4(s);
    }

    private static int[] ipv4(String s) {
        int[] out = new int[4];
        int part = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) != '.') {
                continue;
            }
            String octet = s.substring(start, i);
            if (part == 4 || octet.isEmpty() || octet.length() > 3 || octet.length() > 1 && octet.charAt(0) == '0'
                    || !octet.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return null;
            }
            out[part] = Integer.parseInt(octet);
            if (out[part] > 255) {
                return null;
            }
            part++;
            start = i + 1;
        }
        return part == 4 ? out : null;
    }

    private static int[] ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> front = words(gap < 0 ? s : s.substring(0, gap), gap < 0);
        List<Integer> back = gap < 0 ? List.of() : words(s.substring(gap + 2), true);
        if (front == null || back == null) {
            return null;
        }
        int count = front.size() + back.size();
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] out = new int[16];
        for (int i = 0; i < front.size(); i++) {
            out[2 * i] = front.get(i) >> 8;
            out[2 * i + 1] = front.get(i) & 0xff;
        }
        for (int i = 0; i < back.size(); i++) {
            int w = 8 - back.size() + i;
            out[2 * w] = back.get(i) >> 8;
            out[2 * w + 1] = back.get(i) & 0xff;
        }
        return out;
    }

    /**
     * The 16-bit words of colon-separated groups, or null; a dotted IPv4 is allowed as the last group only when
     * {@code ends} (the groups end the address) and counts as two words.
     */
    private static List<Integer> words(String groups, boolean ends) {
        List<Integer> out = new ArrayList<>();
        if (groups.isEmpty()) {
            return out;
        }
        List<String> parts = PortSyntax.split(groups);
        for (int i = 0; i < parts.size(); i++) {
            String g = parts.get(i);
            if (g.indexOf('.') >= 0) {
                int[] v4 = i == parts.size() - 1 && ends ? ipv4(g) : null;
                if (v4 == null) {
                    return null;
                }
                out.add(v4[0] << 8 | v4[1]);
                out.add(v4[2] << 8 | v4[3]);
            } else if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(HostAddresses::isHex)) {
                return null;
            } else {
                out.add(Integer.parseInt(g, 16));
            }
        }
        return out;
    }

    private static boolean isHex(int ch) {
        return ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
    }
}
