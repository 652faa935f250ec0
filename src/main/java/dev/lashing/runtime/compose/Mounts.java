package dev.lashing.runtime.compose;

import dev.lashing.runtime.model.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compose mount syntaxes: the short {@code volumes:} form {@code [SOURCE:]TARGET[:MODE]} (a source
 * that is a path, {@code ./data}, {@code /srv}, {@code ~/x}, is a bind mount; a name is a named volume;
 * no source is an anonymous volume), {@code tmpfs:} entries, and the unique keys compose merges
 * {@code volumes}, {@code devices}, {@code secrets} and {@code configs} by.
 */
final class Mounts {
    private static final Set<String> PROPAGATION = Set.of("shared", "rshared", "slave", "rslave", "private", "rprivate");
    private static final Set<String> OTHER_MODES = Set.of("z", "Z", "nocopy", "cached", "delegated", "consistent");

    private Mounts() {}

    /**
     * A mount read from text, or why it cannot be read.
     *
     * @param mount the mount, or null
     * @param error the problem, or null
     */
    record Parsed(Mount mount, String error) {
        static Parsed fail(String error) {
            return new Parsed(null, error);
        }
    }

    /** Reads a short-syntax {@code volumes:} entry. */
    static Parsed parseShort(String spec) {
        List<String> parts = splitVolume(spec);
        if (parts.size() > 3) {
            return Parsed.fail("too many \":\"-separated parts in " + Text.quote(spec) + " (SOURCE:TARGET:MODE)");
        }
        String source = parts.size() == 1 ? "" : parts.get(0);
        String target = parts.size() == 1 ? parts.get(0) : parts.get(1);
        if (target.isEmpty()) {
            return Parsed.fail("no container path in " + Text.quote(spec));
        }
        if (parts.size() > 1 && source.isEmpty()) {
            return Parsed.fail("no source before \":\" in " + Text.quote(spec));
        }
        boolean readOnly = false;
        String propagation = "";
        List<String> options = new ArrayList<>();
        if (parts.size() == 3) {
            for (String o : Text.split(parts.get(2), ',')) {
                if (o.equals("ro")) {
                    readOnly = true;
                } else if (o.equals("rw")) {
                    readOnly = false;
                } else if (PROPAGATION.contains(o)) {
                    propagation = o;
                } else if (OTHER_MODES.contains(o)) {
                    options.add(o);
                } else {
                    return Parsed.fail("unknown volume option " + Text.quote(o) + " in " + Text.quote(spec));
                }
            }
        }
        String type = source.isEmpty() ? "volume" : isPath(source) ? "bind" : "volume";
        return new Parsed(new Mount(type, source, target, readOnly, propagation, options), null);
    }

    /** Reads a {@code tmpfs:} entry: {@code /run} or {@code /run:rw,noexec,nosuid,size=64m}. */
    static Parsed parseTmpfs(String spec) {
        int colon = spec.indexOf(':');
        String target = colon < 0 ? spec : spec.substring(0, colon);
        if (target.isEmpty()) {
            return Parsed.fail("no container path in " + Text.quote(spec));
        }
        List<String> options = new ArrayList<>();
        boolean readOnly = false;
        if (colon >= 0) {
            for (String o : Text.split(spec.substring(colon + 1), ',')) {
                if (o.equals("ro")) {
                    readOnly = true;
                }
                if (!o.isEmpty() && !o.equals("ro") && !o.equals("rw")) {
                    options.add(o);
                }
            }
        }
        return new Parsed(new Mount("tmpfs", "", target, readOnly, "", options), null);
    }

    /** True for a host path rather than a volume name. */
    static boolean isPath(String source) {
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("\\")
                || hasDrive(source);
    }

    private static boolean hasDrive(String s) {
        return s.length() >= 3 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':'
                && (s.charAt(2) == '\\' || s.charAt(2) == '/');
    }

    /** The parts of a short volume entry, keeping a Windows drive ({@code C:\data}) with its path. */
    private static List<String> splitVolume(String spec) {
        List<String> raw = Text.split(spec, ':');
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = raw.get(i);
            if (p.length() == 1 && Character.isLetter(p.charAt(0)) && i + 1 < raw.size()
                    && (raw.get(i + 1).startsWith("\\") || raw.get(i + 1).startsWith("/"))) {
                parts.add(p + ":" + raw.get(i + 1));
                i++;
            } else {
                parts.add(p);
            }
        }
        return parts;
    }

    /** The unique key of a {@code volumes:} entry: its target. */
    static String identity(Value v) {
        if (v instanceof ScalarValue s && s.value() != null) {
            Parsed p = parseShort(s.value());
            return p.mount() == null ? null : p.mount().target();
        }
        return v instanceof MapValue m ? scalar(m, "target") : null;
    }

    /** The unique key of a {@code devices:} entry: its container path. */
    static String deviceIdentity(Value v) {
        if (v instanceof ScalarValue s && s.value() != null) {
            List<String> parts = Text.split(s.value(), ':');
            return parts.size() >= 2 ? parts.get(1) : parts.get(0);
        }
        if (v instanceof MapValue m) {
            String target = scalar(m, "target");
            return target != null ? target : scalar(m, "source");
        }
        return null;
    }

    /** The unique key of a {@code secrets:} or {@code configs:} entry: its target ({@code prefix + source} by default). */
    static String referenceIdentity(Value v, String prefix) {
        if (v instanceof ScalarValue s && s.value() != null) {
            return prefix + s.value();
        }
        if (v instanceof MapValue m) {
            String target = scalar(m, "target");
            if (target != null) {
                return target.startsWith("/") ? target : prefix + target;
            }
            String source = scalar(m, "source");
            return source == null ? null : prefix + source;
        }
        return null;
    }

    private static String scalar(MapValue m, String key) {
        return m.get(key).filter(v -> v instanceof ScalarValue).map(v -> ((ScalarValue) v).value()).orElse(null);
    }
}
