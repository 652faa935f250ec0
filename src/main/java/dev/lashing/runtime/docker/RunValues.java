package dev.lashing.runtime.docker;

import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.Ulimit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Parsers for scalar flag values, as the Docker and Podman CLIs read them; each throws {@link BadValue}. */
final class RunValues {
    private static final Set<String> CAPABILITIES = Set.of("CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
            "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP", "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST",
            "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER", "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE",
            "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE", "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD",
            "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP", "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM",
            "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF", "CHECKPOINT_RESTORE", "ALL");
    private static final Set<String> ULIMITS = Set.of("core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue",
            "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack");

    private RunValues() {
    }

    /** A Go boolean ({@code strconv.ParseBool}): 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False. */
    static boolean bool(String v) throws BadValue {
        switch (v) {
            case "1", "t", "T", "TRUE", "true", "True":
                return true;
            case "0", "f", "F", "FALSE", "false", "False":
                return false;
            default:
                throw new BadValue("invalid boolean value \"" + v + "\"");
        }
    }

    /** A signed 64-bit integer. */
    static long int64(String v) throws BadValue {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new BadValue("invalid integer \"" + v + "\"");
        }
    }

    /** An unsigned integer. */
    static long uint(String v) throws BadValue {
        if (v.startsWith("+") || v.startsWith("-")) {
            throw new BadValue("invalid unsigned integer \"" + v + "\"");
        }
        long n = int64(v);
        if (n < 0) {
            throw new BadValue("invalid unsigned integer \"" + v + "\"");
        }
        return n;
    }

    /**
     * A size in bytes as {@code docker run --memory} reads it: a decimal number, an optional space, and an
     * optional unit {@code b k m g t p} (binary multiples) with an optional {@code i} and {@code b}.
     */
    static long bytes(String v) throws BadValue {
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) && v.charAt(i) < 128 || v.charAt(i) == '.')) {
            i++;
        }
        String number = v.substring(0, i);
        String unit = v.substring(i);
        if (unit.startsWith(" ")) {
            unit = unit.substring(1);
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.endsWith("b")) {
            u = u.substring(0, u.length() - 1);
        }
        if (u.endsWith("i") && u.length() == 2) {
            u = u.substring(0, 1);
        }
        int power = u.isEmpty() ? 0 : "kmgtp".indexOf(u.charAt(0)) + 1;
        if (number.isEmpty() || number.startsWith(".") || number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')
                || u.length() > 1 || power == 0 && !u.isEmpty()) {
            throw new BadValue("invalid size \"" + v + "\": expected a number with an optional unit b, k, m, g, t or p");
        }
        BigDecimal n = new BigDecimal(number).multiply(BigDecimal.valueOf(1024).pow(power));
        if (n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new BadValue("size \"" + v + "\" is too large");
        }
        return n.longValue();
    }

    /** A non-negative decimal number of CPUs. */
    static double cpus(String v) throws BadValue {
        try {
            BigDecimal n = new BigDecimal(v);
            if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new BadValue("invalid number of CPUs \"" + v + "\"");
            }
            return n.doubleValue();
        } catch (NumberFormatException e) {
            throw new BadValue("invalid number of CPUs \"" + v + "\"");
        }
    }

    /** Checks a Go duration ({@code 300ms}, {@code 1m30s}, {@code 1.5h}, {@code 0}). */
    static void duration(String v) throws BadValue {
        String s = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v;
        if (s.equals("0")) {
            return;
        }
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && !(s.charAt(i) >= '0' && s.charAt(i) <= '9') && s.charAt(i) != '.') {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unitStart == start || !Set.of("ns", "us", "\u00b5s", "\u03bcs", "ms", "s", "m", "h").contains(unit)) {
                throw new BadValue("invalid duration \"" + v + "\": expected a number with a unit (ms, s, m, h), e.g. 30s");
            }
            any = true;
        }
        if (!any) {
            throw new BadValue("invalid duration \"" + v + "\"");
        }
    }

    /** A capability name, upper case without {@code CAP_}; {@code all} is {@code ALL}. */
    static String capability(String v) throws BadValue {
        String c = v.trim().toUpperCase(Locale.ROOT);
        if (c.startsWith("CAP_")) {
            c = c.substring(4);
        }
        if (!CAPABILITIES.contains(c)) {
            throw new BadValue("unknown capability \"" + v + "\"");
        }
        return c;
    }

    /** The numeric UID of a {@code --user} value ({@code 1000}, {@code 1000:1000}, {@code root}), if it has one. */
    static OptionalLong uid(String user) {
        int colon = user.indexOf(':');
        String u = colon < 0 ? user : user.substring(0, colon);
        if (u.equals("root")) {
            return OptionalLong.of(0);
        }
        if (u.isEmpty() || u.length() > 10 || !u.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(u);
        return n <= 0xFFFF_FFFFL ? OptionalLong.of(n) : OptionalLong.empty();
    }

    /**
     * The numeric GID of a {@code --user} value's group part ({@code 1000:0}, {@code app:root}), if it has one;
     * empty when there is no group part or it is a name other than {@code root}.
     */
    static OptionalLong gid(String user) {
        int colon = user.indexOf(':');
        return colon < 0 ? OptionalLong.empty() : uid(user.substring(colon + 1));
    }

    /** True when a {@code --user} value names a group ({@code uid:group}). */
    static boolean hasGroup(String user) {
        return user.indexOf(':') >= 0;
    }

    /** A restart policy: {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure[:N]}. */
    static RestartPolicy restart(String v) throws BadValue {
        int colon = v.indexOf(':');
        String name = colon < 0 ? v : v.substring(0, colon);
        if (!Set.of("no", "always", "unless-stopped", "on-failure").contains(name)) {
            throw new BadValue("invalid restart policy \"" + v + "\": expected no, always, unless-stopped or"
                    + " on-failure[:max-retries]");
        }
        if (colon < 0) {
            return new RestartPolicy(name, OptionalInt.empty());
        }
        if (!name.equals("on-failure")) {
            throw new BadValue("maximum retry count cannot be used with restart policy \"" + name + "\"");
        }
        long n = uint(v.substring(colon + 1));
        if (n > Integer.MAX_VALUE) {
            throw new BadValue("maximum retry count \"" + v.substring(colon + 1) + "\" is too large");
        }
        return new RestartPolicy(name, OptionalInt.of((int) n));
    }

    /** A {@code --ulimit name=soft[:hard]}; -1 (and with Podman {@code unlimited}) is unlimited. */
    static Ulimit ulimit(String v, RunDialect dialect) throws BadValue {
        int eq = v.indexOf('=');
        if (eq < 0) {
            throw new BadValue("invalid ulimit \"" + v + "\": expected name=soft[:hard]");
        }
        String name = v.substring(0, eq);
        if (!ULIMITS.contains(name)) {
            throw new BadValue("invalid ulimit type \"" + name + "\"");
        }
        String limits = v.substring(eq + 1);
        int colon = limits.indexOf(':');
        long soft = ulimitValue(colon < 0 ? limits : limits.substring(0, colon), dialect);
        long hard = colon < 0 ? soft : ulimitValue(limits.substring(colon + 1), dialect);
        if (soft != -1 && hard != -1 && soft > hard || soft == -1 && hard != -1) {
            throw new BadValue("ulimit soft limit must be less than or equal to hard limit: " + v);
        }
        return new Ulimit(name, soft, hard);
    }

    private static long ulimitValue(String v, RunDialect dialect) throws BadValue {
        if (dialect == RunDialect.PODMAN && v.equals("unlimited")) {
            return -1;
        }
        long n = int64(v);
        if (n < -1) {
            throw new BadValue("invalid ulimit value \"" + v + "\"");
        }
        return n;
    }
}
