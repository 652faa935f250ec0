package dev.lashing.runtime.model;

import java.util.Objects;

/**
 * The SELinux label a container's process is given: Kubernetes {@code seLinuxOptions}, {@code --security-opt
 * label=user:U|role:R|type:T|level:L}, Quadlet {@code SecurityLabelType=} and {@code SecurityLabelLevel=}.
 * Each part is {@code ""} when not set (the runtime chooses: {@code container_t} and a random level).
 *
 * @param user the SELinux user
 * @param role the SELinux role
 * @param type the process type ({@code container_t}, {@code spc_t}, ...)
 * @param level the MCS/MLS level ({@code s0:c123,c456})
 */
public record SelinuxLabel(String user, String role, String type, String level) {
    /** No part set: the runtime's own label. */
    public static final SelinuxLabel NONE = new SelinuxLabel("", "", "", "");

    /** Checks that no part is null. */
    public SelinuxLabel {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
    }

    /** The same label with the part {@code name} ({@code user}, {@code role}, {@code type}, {@code level}) set. */
    public SelinuxLabel with(String name, String value) {
        return switch (name) {
            case "user" -> new SelinuxLabel(value, role, type, level);
            case "role" -> new SelinuxLabel(user, value, type, level);
            case "type" -> new SelinuxLabel(user, role, value, level);
            case "level" -> new SelinuxLabel(user, role, type, value);
            default -> throw new IllegalArgumentException("not a label part: " + name);
        };
    }
}
