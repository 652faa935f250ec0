package dev.lashing.runtime.docker;

import dev.lashing.runtime.model.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsers for {@code -v/--volume}, {@code --mount} and {@code --tmpfs} values; each throws {@link BadValue}. */
final class MountSpecs {
    private static final Set<String> PROPAGATIONS = Set.of("private", "rprivate", "shared", "rshared", "slave",
            "rslave", "unbindable", "runbindable");
    private static final Set<String> DOCKER_VOLUME_MODES = Set.of("ro", "rw", "z", "Z", "nocopy", "consistent",
            "cached", "delegated");
    private static final Set<String> PODMAN_VOLUME_MODES = Set.of("ro", "rw", "z", "Z", "O", "U", "copy", "nocopy",
            "dev", "nodev", "exec", "noexec", "suid", "nosuid", "bind", "rbind", "idmap", "noatime", "consistent",
            "cached", "delegated");
    private static final Set<String> DOCKER_MOUNT_KEYS = Set.of("type", "source", "src", "target", "destination",
            "dst", "readonly", "ro", "bind-propagation", "bind-nonrecursive", "bind-recursive",
            "bind-create-host-path", "consistency", "volume-driver", "volume-label", "volume-nocopy", "volume-opt",
            "volume-subpath", "tmpfs-size", "tmpfs-mode", "image-subpath");
    private static final Set<String> PODMAN_MOUNT_KEYS = Set.of("rw", "relabel", "u", "chown", "idmap", "z",
            "suid", "nosuid", "exec", "noexec", "dev", "nodev", "tmpcopyup", "notmpcopyup", "copy", "nocopy",
            "subpath", "mode", "size", "uid", "gid", "glob", "no-dereference");
    private static final Set<String> MOUNT_SWITCHES = Set.of("readonly", "ro", "volume-nocopy", "bind-nonrecursive",
            "bind-create-host-path", "rw", "u", "chown", "z", "suid", "nosuid", "exec", "noexec", "dev", "nodev",
            "tmpcopyup", "notmpcopyup", "copy", "nocopy", "idmap", "no-dereference");
    private static final Set<String> MOUNT_TYPES = Set.of("bind", "volume", "tmpfs", "npipe", "cluster", "image");
    private static final Set<String> PODMAN_MOUNT_TYPES = Set.of("devpts", "glob", "ramfs", "artifact");

    private MountSpecs() {
    }

    /** A {@code -v} value: {@code [SOURCE:]TARGET[:OPTIONS]}; a source that is a path makes a bind mount. */
    static Mount volume(String spec, RunDialect dialect) throws BadValue {
        String[] parts = spec.split(":", -1);
        if (spec.isEmpty() || parts[0].isEmpty() || parts.length > 3) {
            throw new BadValue("invalid volume specification \"" + spec + "\": expected [SOURCE:]TARGET[:OPTIONS]");
        }
        if (parts.length == 1) {
            return new Mount("volume", "", target(parts[0], spec), false, "", List.of());
        }
        if (parts.length == 2 && isVolumeMode(parts[1], dialect)) {
            throw new BadValue("invalid volume specification \"" + spec + "\": an anonymous volume takes no options");
        }
        String source = parts[0];
        String target = target(parts[1], spec);
        boolean bind = source.startsWith("/") || source.startsWith(".");
        if (!bind && !validVolumeName(source)) {
            throw new BadValue("invalid volume name \"" + source + "\": a host path must be absolute (or start with"
                    + " ./), and a volume name may hold only [a-zA-Z0-9][a-zA-Z0-9_.-]");
        }
        boolean readOnly = false;
        String propagation = "";
        List<String> options = new ArrayList<>();
        if (parts.length == 3) {
            for (String mode : parts[2].split(",", -1)) {
                if (!isVolumeMode(mode, dialect)) {
                    throw new BadValue("invalid mode \"" + mode + "\" in volume specification \"" + spec + "\"");
                }
                if (mode.equals("ro")) {
                    readOnly = true;
                } else if (mode.equals("rw")) {
                    readOnly = false;
                } else if (PROPAGATIONS.contains(mode)) {
                    propagation = mode;
                } else {
                    options.add(mode);
                }
            }
        }
        return new Mount(bind ? "bind" : "volume", source, target, readOnly, propagation, options);
    }

    private static boolean isVolumeMode(String mode, RunDialect dialect) {
        if (PROPAGATIONS.contains(mode)) {
            return true;
        }
        if (dialect == RunDialect.PODMAN) {
            return PODMAN_VOLUME_MODES.contains(mode) || mode.startsWith("idmap=") || mode.startsWith("upperdir=")
                    || mode.startsWith("workdir=");
        }
        return DOCKER_VOLUME_MODES.contains(mode);
    }

    private static boolean validVolumeName(String name) {
        if (name.length() < 2 || !isAsciiAlnum(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiAlnum(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String target(String target, String spec) throws BadValue {
        if (!target.startsWith("/")) {
            throw new BadValue("invalid volume specification \"" + spec + "\": the target \"" + target
                    + "\" must be an absolute path");
        }
        if (target.equals("/")) {
            throw new BadValue("invalid volume specification \"" + spec + "\": the target cannot be \"/\"");
        }
        return target;
    }

    /** A {@code --mount} value: comma-separated {@code key=value} fields (CSV quoting allowed). */
    static Mount mount(String spec, RunDialect dialect) throws BadValue {
        String type = "volume";
        String source = "";
        String target = null;
        boolean readOnly = false;
        String propagation = "";
        List<String> options = new ArrayList<>();
        for (String field : csvFields(spec)) {
            int eq = field.indexOf('=');
            String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : field.substring(eq + 1);
            boolean known = DOCKER_MOUNT_KEYS.contains(key) || dialect == RunDialect.PODMAN && PODMAN_MOUNT_KEYS.contains(key);
            if (!known) {
                throw new BadValue("unexpected key \"" + key + "\" in mount specification \"" + spec + "\"");
            }
            if (value == null && !MOUNT_SWITCHES.contains(key)) {
                throw new BadValue("invalid field \"" + field + "\" in mount specification: expected key=value");
            }
            switch (key) {
                case "type" -> {
                    type = value.toLowerCase(Locale.ROOT);
                    if (!MOUNT_TYPES.contains(type) && !(dialect == RunDialect.PODMAN && PODMAN_MOUNT_TYPES.contains(type))) {
                        throw new BadValue("invalid mount type \"" + value + "\"");
                    }
                }
                case "source", "src" -> source = value;
                case "target", "destination", "dst" -> target = value;
                case "readonly", "ro" -> readOnly = value == null || RunValues.bool(value);
                case "rw" -> readOnly = value != null && !RunValues.bool(value);
                case "bind-propagation" -> {
                    if (!PROPAGATIONS.contains(value)) {
                        throw new BadValue("invalid bind propagation \"" + value + "\"");
                    }
                    propagation = value;
                }
                case "tmpfs-size" -> {
                    RunValues.bytes(value);
                    options.add(field.trim());
                }
                default -> options.add(field.trim());
            }
        }
        if (target == null || target.isEmpty()) {
            throw new BadValue("target is required in mount specification \"" + spec + "\"");
        }
        if (type.equals("bind") && source.isEmpty()) {
            throw new BadValue("source is required for a bind mount: \"" + spec + "\"");
        }
        if (type.equals("tmpfs") && !source.isEmpty()) {
            throw new BadValue("a tmpfs mount takes no source: \"" + spec + "\"");
        }
        return new Mount(type, source, target, readOnly, propagation, options);
    }

    /** Splits a CSV record: fields separated by commas; a field that starts with a double quote is quoted. */
    static List<String> csvFields(String spec) throws BadValue {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder f = new StringBuilder();
            if (i < spec.length() && spec.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= spec.length()) {
                        throw new BadValue("unterminated quote in \"" + spec + "\"");
                    }
                    char c = spec.charAt(i);
                    if (c == '"') {
                        if (i + 1 < spec.length() && spec.charAt(i + 1) == '"') {
                            f.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    f.append(c);
                    i++;
                }
                if (i < spec.length() && spec.charAt(i) != ',') {
                    throw new BadValue("extraneous text after a quoted field in \"" + spec + "\"");
                }
            } else {
                while (i < spec.length() && spec.charAt(i) != ',') {
                    f.append(spec.charAt(i++));
                }
            }
            if (f.length() > 0) {
                fields.add(f.toString());
            }
            if (i >= spec.length()) {
                return fields;
            }
            i++;
        }
    }

    /** A {@code --tmpfs} value: {@code PATH[:OPTIONS]}. */
    static Mount tmpfs(String spec) throws BadValue {
        int colon = spec.indexOf(':');
        String path = colon < 0 ? spec : spec.substring(0, colon);
        if (!path.startsWith("/")) {
            throw new BadValue("invalid tmpfs \"" + spec + "\": the path must be absolute");
        }
        boolean readOnly = false;
        List<String> options = new ArrayList<>();
        if (colon >= 0) {
            for (String o : spec.substring(colon + 1).split(",", -1)) {
                if (o.equals("ro")) {
                    readOnly = true;
                } else if (o.equals("rw")) {
                    readOnly = false;
                } else if (!o.isEmpty()) {
                    options.add(o);
                }
            }
        }
        return new Mount("tmpfs", "", path, readOnly, "", options);
    }
}
