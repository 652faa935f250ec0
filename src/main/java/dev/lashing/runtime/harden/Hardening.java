package dev.lashing.runtime.harden;

import dev.lashing.core.Location;
import dev.lashing.image.oci.ImageReference;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.HostAddresses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides how to harden one container: the {@link Action}s to apply and the notes on what the spec cannot tell.
 *
 * <p>Defaults (see {@code docs/harden.md}): privileged mode removed; every capability dropped, the ones the spec
 * adds kept, and NET_BIND_SERVICE added when a known container port is below 1024; no-new-privileges
 * (Kubernetes {@code allowPrivilegeEscalation: false}); read-only root filesystem with a tmpfs
 * ({@value #TMPFS_OPTIONS}) at {@code /tmp}, plus the run and cache directories of a few well-known server
 * images ({@link #SERVER_PATHS}); memory limit {@value #MEMORY_BYTES} bytes (512m); CPU limit
 * {@value #CPUS}; PIDs limit {@value #PIDS} (not Kubernetes, which sets it per node; not a Quadlet unit that
 * leaves Podman's default of 2048); user {@value #UID}:{@value #UID} when the spec sets none or root.
 * Kubernetes also gets {@code runAsNonRoot: true}, the {@code RuntimeDefault} seccomp profile when none is set
 * (the kubelet's default is Unconfined), and {@code automountServiceAccountToken: false}.
 *
 * <p>A setting already at least as strict is left alone, and a setting whose value is unresolved (an
 * uninterpolated variable) is never touched: a note says so instead.
 */
public final class Hardening {
    /** The default memory limit: 512 MiB. */
    public static final long MEMORY_BYTES = 512L * 1024 * 1024;
    /** The default CPU limit. */
    public static final double CPUS = 1.0;
    /** The default PIDs limit. */
    public static final long PIDS = 200;
    /** The default non-root UID and GID. */
    public static final long UID = 10001;
    /** The options of each tmpfs mount. */
    public static final String TMPFS_OPTIONS = "rw,noexec,nosuid,size=64m";
    /** Paths besides /tmp that well-known server images write to, by image repository name (last path part). */
    public static final Map<String, List<String>> SERVER_PATHS = Map.of(
            "nginx", List.of("/var/cache/nginx", "/var/run"),
            "httpd", List.of("/usr/local/apache2/logs"),
            "postgres", List.of("/var/run/postgresql"),
            "redis", List.of("/run"));

    private Hardening() {
    }

    /** The plan for {@code spec}. */
    public static HardeningPlan plan(ContainerSpec spec) {
        return plan(spec, Waivers.NONE);
    }

    /**
     * The plan for {@code spec}, leaving out what {@code waivers} waive: an action whose rule the input suppresses
     * for that setting (the tmpfs mounts go with the read-only root), with a note saying so.
     */
    public static HardeningPlan plan(ContainerSpec spec, Waivers waivers) {
        HardeningPlan full = full(spec);
        List<Action> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>(full.notes());
        Set<String> waivedRules = new LinkedHashSet<>();
        for (Action a : full.actions()) {
            Optional<String> rule = waivedBy(spec, a, waivers);
            if (rule.isPresent()) {
                waivedRules.add(rule.get());
            } else {
                kept.add(a);
            }
        }
        if (!waivedRules.isEmpty()) {
            notes.add("left as written where the input suppresses " + String.join(", ", waivedRules));
        }
        return new HardeningPlan(spec, kept, notes);
    }

    /** The rule an inline suppression waives for {@code a}, if any; tmpfs mounts and NET_BIND_SERVICE follow their action. */
    private static Optional<String> waivedBy(ContainerSpec spec, Action a, Waivers waivers) {
        Location at = spec.declaredAt();
        List<String> rules;
        Sourced<?> setting = null;
        if (a instanceof Action.SetPrivilegedFalse) {
            rules = List.of("RT001");
            setting = spec.privileged();
        } else if (a instanceof Action.DropAllCapabilities || a instanceof Action.AddCapability) {
            rules = List.of("RT002");
            setting = spec.capDrop().isEmpty() ? null : spec.capDrop().get(0);
        } else if (a instanceof Action.NoNewPrivileges) {
            rules = List.of("RT004");
            setting = spec.noNewPrivileges();
        } else if (a instanceof Action.ReadOnlyRoot || a instanceof Action.TmpfsMount) {
            rules = List.of("RT008");
            setting = spec.readOnlyRootFilesystem();
        } else if (a instanceof Action.MemoryLimit) {
            rules = List.of("RT010");
            setting = spec.memoryBytes();
        } else if (a instanceof Action.CpuLimit) {
            rules = List.of("RT011");
            setting = spec.cpus();
        } else if (a instanceof Action.PidsLimit) {
            rules = List.of("RT012");
            setting = spec.pidsLimit();
        } else if (a instanceof Action.NonRootUser) {
            rules = List.of("RT005", "RT007");
            setting = spec.runAsUser().isExplicit() ? spec.runAsUser() : spec.user();
        } else if (a instanceof Action.NonRootGroup) {
            rules = List.of("RT041");
            setting = spec.runAsGroup();
        } else if (a instanceof Action.RunAsNonRoot) {
            rules = List.of("RT006");
            setting = spec.runAsNonRoot();
        } else if (a instanceof Action.SeccompRuntimeDefault) {
            rules = List.of("RT026");
            setting = spec.seccomp();
        } else if (a instanceof Action.NoServiceAccountToken) {
            rules = List.of("RT039", "RT046");
            setting = spec.automountServiceAccountToken();
        } else {
            return Optional.empty();
        }
        Location where = setting == null ? at : setting.location().orElse(at);
        return rules.stream().filter(r -> waivers.waived(r, where, at)).findFirst();
    }

    private static HardeningPlan full(ContainerSpec spec) {
        List<Action> actions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean kubernetes = spec.kind() == SourceKind.KUBERNETES;

        if (spec.privileged().isUnresolved()) {
            notes.add(unresolved("privileged", spec.privileged()));
        } else if (spec.privileged().is(true)) {
            actions.add(new Action.SetPrivilegedFalse());
        }

        capabilities(spec, actions, notes);

        if (spec.noNewPrivileges().isUnresolved()) {
            notes.add(unresolved("no-new-privileges", spec.noNewPrivileges()));
        } else if (!spec.noNewPrivileges().is(true)) {
            actions.add(new Action.NoNewPrivileges());
        }

        if (spec.readOnlyRootFilesystem().isUnresolved()) {
            notes.add(unresolved("the read-only root filesystem", spec.readOnlyRootFilesystem()));
        } else if (!spec.readOnlyRootFilesystem().is(true)) {
            actions.add(new Action.ReadOnlyRoot());
            for (String path : writablePaths(spec)) {
                if (!mounted(spec, path)) {
                    actions.add(new Action.TmpfsMount(path, TMPFS_OPTIONS));
                }
            }
            notes.add("the root filesystem becomes read-only: the image may need to write elsewhere than "
                    + String.join(", ", writablePaths(spec)) + " and its volumes; check with `docker diff` on a "
                    + "running container and mount a tmpfs or volume there");
        }

        if (spec.memoryBytes().isUnresolved()) {
            notes.add(unresolved("the memory limit", spec.memoryBytes()));
        } else if (spec.memoryBytes().value() <= 0) {
            actions.add(new Action.MemoryLimit(MEMORY_BYTES));
        }
        if (spec.cpus().isUnresolved()) {
            notes.add(unresolved("the CPU limit", spec.cpus()));
        } else if (spec.cpus().value() <= 0) {
            actions.add(new Action.CpuLimit(CPUS));
        }
        boolean podmanDefault = spec.kind() == SourceKind.QUADLET && !spec.pidsLimit().isExplicit();
        if (!kubernetes && !podmanDefault) {
            if (spec.pidsLimit().isUnresolved()) {
                notes.add(unresolved("the PIDs limit", spec.pidsLimit()));
            } else if (spec.pidsLimit().value() <= 0) {
                actions.add(new Action.PidsLimit(PIDS));
            }
        }
        if (actions.stream().anyMatch(a -> a instanceof Action.MemoryLimit || a instanceof Action.CpuLimit
                || a instanceof Action.PidsLimit)) {
            notes.add("the limits are defaults (memory 512m, 1 CPU" + (kubernetes ? "" : ", 200 processes")
                    + "): size them to the workload");
        }

        user(spec, actions, notes);
        ports(spec, notes);
        if (kubernetes) {
            kubernetes(spec, actions, notes);
        }
        return new HardeningPlan(spec, actions, notes);
    }

    /**
     * Notes on published ports: which address must reach a port is the user's call, so harden never rebinds one
     * (binding to 127.0.0.1 would cut off the clients the port was published for).
     */
    private static void ports(ContainerSpec spec, List<String> notes) {
        if (spec.publishAll().is(true)) {
            notes.add("-P publishes every port the image exposes on every interface: replace it with one -p "
                    + "ADDRESS:PORT:PORT per port that must be reached");
        }
        List<String> everywhere = new ArrayList<>();
        for (Sourced<PortMapping> p : spec.ports()) {
            p.known().filter(PortMapping::published).ifPresent(m -> {
                String text = p.text().isBlank() ? Integer.toString(m.containerPort()) : p.text().strip();
                if (spec.kind() == SourceKind.KUBERNETES) {
                    m.hostPort().ifPresent(h -> everywhere.add(Integer.toString(h)));
                } else if (HostAddresses.isEveryInterface(m.hostIp()) && !everywhere.contains(text)) {
                    everywhere.add(text);
                }
            });
        }
        if (everywhere.isEmpty()) {
            return;
        }
        notes.add(spec.kind() == SourceKind.KUBERNETES
                ? "the hostPort " + String.join(", ", everywhere) + " is kept: it binds the node's port; reach "
                        + "the pod through a Service instead unless it must be the node's own port"
                : "the port " + String.join(", ", everywhere) + " is published on every interface and kept: bind "
                        + "it to the address that must reach it (127.0.0.1 for local clients only)");
    }

    /** The settings only Kubernetes has: runAsNonRoot, a seccomp profile, the service-account token. */
    private static void kubernetes(ContainerSpec spec, List<Action> actions, List<String> notes) {
        boolean nonRootUser = actions.stream().anyMatch(Action.NonRootUser.class::isInstance);
        if (spec.runAsNonRoot().isUnresolved()) {
            notes.add(unresolved("runAsNonRoot", spec.runAsNonRoot()));
        } else if (!nonRootUser && !spec.runAsNonRoot().is(true) && !spec.user().isUnresolved()
                && !spec.runAsUser().isUnresolved()) {
            actions.add(new Action.RunAsNonRoot());
        }
        if (spec.seccomp().isUnresolved()) {
            notes.add(unresolved("the seccomp profile", spec.seccomp()));
        } else if (!spec.seccomp().isExplicit() && spec.seccomp().value().isEmpty()) {
            actions.add(new Action.SeccompRuntimeDefault());
        } else if (spec.seccomp().value().equalsIgnoreCase("unconfined")) {
            notes.add("the seccomp profile Unconfined is kept: RuntimeDefault blocks the system calls behind most "
                    + "container escapes; switch to it unless the process is known to need a blocked call");
        }
        if (spec.automountServiceAccountToken().isUnresolved()) {
            notes.add(unresolved("automountServiceAccountToken", spec.automountServiceAccountToken()));
        } else if (!spec.automountServiceAccountToken().is(false)) {
            actions.add(new Action.NoServiceAccountToken());
            notes.add("the service-account token is no longer mounted (automountServiceAccountToken: false): set "
                    + "it back to true if the process calls the Kubernetes API (lashing cannot tell)");
        }
    }

    private static void capabilities(ContainerSpec spec, List<Action> actions, List<String> notes) {
        Set<String> added = new LinkedHashSet<>();
        for (Sourced<String> c : spec.capAdd()) {
            if (c.isUnresolved()) {
                notes.add(unresolved("an added capability", c));
            } else {
                added.add(normalise(c.value()));
            }
        }
        boolean lowPort = false;
        for (Sourced<PortMapping> p : spec.ports()) {
            int port = p.known().map(PortMapping::containerPort).orElse(0);
            if (port > 0 && port < 1024) {
                lowPort = true;
            }
        }
        boolean addBind = lowPort && !added.contains("NET_BIND_SERVICE") && !added.contains("ALL");
        boolean dropsAll = false;
        for (Sourced<String> c : spec.capDrop()) {
            if (c.isUnresolved()) {
                notes.add(unresolved("the dropped capabilities", c));
                return;
            }
            dropsAll |= normalise(c.value()).equals("ALL");
        }
        if (!dropsAll) {
            List<String> keep = new ArrayList<>(added);
            if (addBind) {
                keep.add("NET_BIND_SERVICE");
            }
            actions.add(new Action.DropAllCapabilities(keep));
        }
        if (addBind) {
            actions.add(new Action.AddCapability("NET_BIND_SERVICE"));
            notes.add("NET_BIND_SERVICE is added for a port below 1024; a non-root process only gets it on Docker "
                    + "and Podman through their unprivileged-port sysctl, never on Kubernetes: prefer a port above "
                    + "1023 inside the container");
        }
        notes.add("capabilities the process needs beyond "
                + (added.isEmpty() && !addBind ? "none" : String.join(", ", addKeep(added, addBind)))
                + " cannot be known from the spec: add back what it fails without");
    }

    private static List<String> addKeep(Set<String> added, boolean addBind) {
        List<String> all = new ArrayList<>(added);
        if (addBind) {
            all.add("NET_BIND_SERVICE");
        }
        return all;
    }

    private static void user(ContainerSpec spec, List<Action> actions, List<String> notes) {
        if (spec.user().isUnresolved() || spec.runAsUser().isUnresolved() && !spec.runAsUser().text().isBlank()) {
            notes.add(unresolved("the user", spec.user().isUnresolved() ? spec.user() : spec.runAsUser()));
            return;
        }
        Long uid = spec.runAsUser().known().orElse(null);
        String user = spec.user().value().strip();
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        if (uid == null && !name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() <= 10) {
            uid = Long.parseLong(name);
        }
        boolean root = uid != null ? uid == 0 : name.equalsIgnoreCase("root");
        boolean unset = uid == null && name.isEmpty()
                && !(spec.kind() == SourceKind.KUBERNETES && spec.runAsNonRoot().is(true));
        if (root || unset) {
            actions.add(new Action.NonRootUser(UID, UID));
            notes.add("the user becomes " + UID + ":" + UID + ": the image's files must be readable (and its "
                    + "volumes writable) by that UID; check the image's USER and file ownership");
            return;
        }
        if (uid != null && spec.runAsGroup().isExplicit() && spec.runAsGroup().value() == 0) {
            actions.add(new Action.NonRootGroup(uid, UID));
            notes.add("the group becomes " + UID + " instead of root (0): files the process must write need to be "
                    + "writable by that group or owned by its UID");
        }
        if (uid != null && uid < 10000) {
            notes.add("the UID " + uid + " is kept: a UID of 10000 or more avoids sharing one with a host user, "
                    + "but changing it may break file ownership in the image and its volumes");
        } else if (uid == null && !name.isEmpty()) {
            notes.add("the user " + name + " is a name: whether it is root depends on the image's /etc/passwd; "
                    + "a numeric UID says so in the spec");
        }
    }

    /** The paths that get a tmpfs when the root filesystem becomes read-only. */
    static List<String> writablePaths(ContainerSpec spec) {
        List<String> paths = new ArrayList<>(List.of("/tmp"));
        paths.addAll(SERVER_PATHS.getOrDefault(repository(spec.image().known().orElse("")), List.of()));
        return paths;
    }

    /** The last path part of an image reference, without tag or digest: {@code nginx} for {@code docker.io/library/nginx:1.27}. */
    static String repository(String image) {
        return ImageReference.tryParse(image).map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("");
    }

    private static boolean mounted(ContainerSpec spec, String path) {
        for (Sourced<Mount> m : spec.mounts()) {
            if (m.known().map(v -> strip(v.target()).equals(path)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String normalise(String capability) {
        String c = capability.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("CAP_") ? c.substring(4) : c;
    }

    private static String unresolved(String what, Sourced<?> value) {
        String text = value.text().isBlank() ? "" : " (" + value.text().strip() + ")";
        return what + " is unresolved" + text + ": left as it is; check it once the variable is known";
    }
}
