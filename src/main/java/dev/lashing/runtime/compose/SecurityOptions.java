package dev.lashing.runtime.compose;

import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.Sourced;
import java.util.List;
import java.util.Locale;

/**
 * {@code security_opt:} entries, read as {@code docker run --security-opt} reads them (with {@code =}
 * or the older {@code :}): {@code no-new-privileges[:true|false]}, {@code seccomp=PROFILE},
 * {@code apparmor=PROFILE}, {@code label=disable} (and {@code label=type:spc_t}, the unconfined
 * SELinux type), other {@code label=} options, {@code systempaths=unconfined}, and Podman's
 * {@code unmask=}, {@code mask=} and {@code proc-opts=}.
 */
final class SecurityOptions {
    private final Fields fields;

    SecurityOptions(Fields fields) {
        this.fields = fields;
    }

    /** Applies every entry of {@code v} to {@code b}. */
    void apply(Value v, ContainerSpec.Builder b) {
        List<Value> items = fields.list("security_opt", v);
        if (items == null) {
            return;
        }
        for (Value item : items) {
            Sourced<String> s = fields.string("security_opt", item);
            if (s == null) {
                continue;
            }
            if (s.isUnresolved()) {
                String raw = ((ScalarValue) item).raw();
                unresolved(raw, s, b);
                continue;
            }
            apply(s.value().strip(), s, item, b);
        }
    }

    private void apply(String opt, Sourced<String> s, Value item, ContainerSpec.Builder b) {
        int sep = separator(opt);
        String name = (sep < 0 ? opt : opt.substring(0, sep)).toLowerCase(Locale.ROOT);
        String value = sep < 0 ? "" : opt.substring(sep + 1);
        switch (name) {
            case "no-new-privileges" -> {
                Boolean on = value.isEmpty() ? Boolean.TRUE : Units.bool(value);
                if (on == null) {
                    fields.error(item.location(), "no-new-privileges takes true or false, found " + Text.quote(value));
                } else {
                    b.noNewPrivileges = s.map(x -> on);
                }
            }
            case "seccomp" -> {
                if (value.isEmpty()) {
                    fields.error(item.location(), "seccomp needs a profile: seccomp=unconfined or seccomp=PATH");
                } else {
                    b.seccomp = s.map(x -> value.equals("builtin") ? "" : value);
                }
            }
            case "apparmor" -> {
                if (value.isEmpty()) {
                    fields.error(item.location(), "apparmor needs a profile: apparmor=unconfined or apparmor=NAME");
                } else {
                    b.apparmor = s.map(x -> value);
                }
            }
            case "label" -> label(value, s, item, b);
            case "systempaths" -> {
                if (value.equals("unconfined")) {
                    b.unmaskedPaths = s.map(x -> true);
                } else {
                    fields.error(item.location(), "systempaths takes only unconfined, found " + Text.quote(value));
                }
            }
            case "unmask" -> b.unmaskedPaths = s.map(x -> true);
            case "mask", "proc-opts", "seccomp-policy" -> {
                // Podman options that narrow or tune: nothing in the model to change
            }
            default -> fields.error(item.location(), "unknown security option " + Text.quote(opt)
                    + " (no-new-privileges, seccomp, apparmor, label, systempaths)");
        }
    }

    /** A {@code label=} option: {@code disable}, {@code nested}, or a part of the SELinux label. */
    private void label(String value, Sourced<String> s, Value item, ContainerSpec.Builder b) {
        String v = value.toLowerCase(Locale.ROOT);
        int colon = v.indexOf(':');
        String part = colon < 0 ? v : v.substring(0, colon);
        if (v.equals("disable") || v.equals("type:spc_t")) {
            b.selinuxDisabled = s.map(x -> true);
        }
        if (List.of("user", "role", "type", "level").contains(part) && colon >= 0) {
            SelinuxLabel current = b.selinuxLabel.known().orElse(SelinuxLabel.NONE);
            b.selinuxLabel = s.map(x -> current.with(part, value.substring(colon + 1)));
        } else if (!v.equals("disable") && !v.equals("nested") && !v.startsWith("filetype:")) {
            fields.error(item.location(), "unknown label option " + Text.quote(value)
                    + " (disable, user:, role:, type:, level:, filetype:)");
        }
    }

    /** An entry with an unset variable: the setting it names (read from the text as written) is unresolved. */
    private static void unresolved(String raw, Sourced<String> s, ContainerSpec.Builder b) {
        int sep = separator(raw);
        String name = (sep < 0 ? raw : raw.substring(0, sep)).strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "no-new-privileges" -> b.noNewPrivileges = Sourced.unresolved(s.location().orElseThrow(), s.text());
            case "seccomp" -> b.seccomp = Sourced.unresolved(s.location().orElseThrow(), s.text());
            case "apparmor" -> b.apparmor = Sourced.unresolved(s.location().orElseThrow(), s.text());
            case "label" -> {
                b.selinuxDisabled = Sourced.unresolved(s.location().orElseThrow(), s.text());
                b.selinuxLabel = Sourced.unresolved(s.location().orElseThrow(), s.text());
            }
            case "systempaths", "unmask" -> b.unmaskedPaths = Sourced.unresolved(s.location().orElseThrow(), s.text());
            default -> {
                // the whole entry is a variable: it could be any option, and nothing says which
            }
        }
    }

    /** The index of the first {@code =} or {@code :} separating an option from its value, or -1. */
    private static int separator(String opt) {
        for (int i = 0; i < opt.length(); i++) {
            if (opt.charAt(i) == '=' || opt.charAt(i) == ':') {
                return i;
            }
        }
        return -1;
    }
}
