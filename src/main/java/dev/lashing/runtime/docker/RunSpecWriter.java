package dev.lashing.runtime.docker;

import dev.lashing.core.InputError;
import dev.lashing.core.Location;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.ports.ParsedPort;
import dev.lashing.runtime.ports.PortSyntax;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Writes the flags of a {@code docker run} or {@code podman run} into a {@link ContainerSpec.Builder}: each
 * flag value is checked as the CLI checks it and mapped onto the model, explicit and located; a value that
 * depends on an expansion lashing does not perform becomes unresolved. Bad values become input errors.
 * Used by the {@code docker run} parser and by the Quadlet parser (whose keys are {@code podman run} flags).
 */
public final class RunSpecWriter {
    /** At most this many port mappings are made for one container (ranges are expanded). */
    static final int MAX_PORTS = 65_536;
    private static final Set<String> NETWORK_MODES = Set.of("host", "none", "bridge", "default", "private",
            "slirp4netns", "pasta");

    private final ContainerSpec.Builder spec;
    private final List<InputError> errors;
    private final RunDialect dialect;
    private final Optional<Path> baseDir;
    private final List<SourceFile> envSources = new ArrayList<>();
    private final HealthFlags health = new HealthFlags();
    private Sourced<String> entrypoint;
    private Sourced<Long> cpuQuota;
    private long cpuPeriod;
    private Location readOnlyTmpfsAt;
    private Sourced<Boolean> autoRemove;
    private boolean detached;
    private boolean readOnlyTmpfs = true;

    /**
     * A writer into {@code spec}.
     *
     * @param spec the container being built
     * @param errors where bad values are reported
     * @param dialect whose flags these are
     * @param baseDir the directory {@code --env-file} paths are relative to; empty to leave env files unread
     */
    public RunSpecWriter(ContainerSpec.Builder spec, List<InputError> errors, RunDialect dialect,
            Optional<Path> baseDir) {
        this.spec = spec;
        this.errors = errors;
        this.dialect = dialect;
        this.baseDir = baseDir;
    }

    /** The dialect of the flags. */
    public RunDialect dialect() {
        return dialect;
    }

    /** The env files read on the way (for {@code Loaded.sources}). */
    public List<SourceFile> envSources() {
        return List.copyOf(envSources);
    }

    /** True when {@code name} (without dashes) is a run flag of this dialect. */
    public boolean knows(String name) {
        return RunFlags.byName(dialect, name).isPresent();
    }

    /**
     * Applies flag {@code name} (long name, without dashes) with {@code value} (for a switch: {@code "true"}
     * or the value after {@code =}).
     *
     * @param expansionAt the index in {@code value} of the first expansion lashing cannot perform, or -1
     * @param at where the flag and its value are written
     * @param text the flag as written, for messages
     */
    public void apply(String name, String value, int expansionAt, Location at, String text) {
        apply(name, "--" + name, value, expansionAt, at, text);
    }

    /**
     * Applies flag {@code name} as {@link #apply(String, String, int, Location, String)} does, naming it
     * {@code label} in error messages (a Quadlet key, say).
     */
    public void apply(String name, String label, String value, int expansionAt, Location at, String text) {
        RunFlag flag = RunFlags.byName(dialect, name).orElseThrow(() -> new IllegalArgumentException(name));
        if (expansionAt >= 0) {
            unresolved(flag, value.substring(0, expansionAt), at, text);
            return;
        }
        if (flag.commaList()) {
            for (String part : value.split(",", -1)) {
                if (!part.isEmpty()) {
                    applyOne(flag, label, part, at, text);
                }
            }
        } else {
            applyOne(flag, label, value, at, text);
        }
    }

    private void applyOne(RunFlag flag, String label, String v, Location at, String text) {
        try {
            checkKind(flag, v);
            map(flag.name(), v, at, text);
        } catch (BadValue e) {
            errors.add(InputError.at(at, label + ": " + e.getMessage()));
        }
    }

    private static void checkKind(RunFlag flag, String v) throws BadValue {
        switch (flag.kind()) {
            case BOOL -> RunValues.bool(v);
            case INT -> RunValues.int64(v);
            case UINT -> RunValues.uint(v);
            case BYTES -> {
                if (!(flag.name().equals("memory-swap") && v.equals("-1"))) {
                    RunValues.bytes(v);
                }
            }
            case DECIMAL -> RunValues.cpus(v);
            case DURATION -> RunValues.duration(v);
            case STRING -> {
            }
        }
    }

    private static <T> Sourced<T> explicit(T value, Location at, String text) {
        return Sourced.explicit(value, at, text);
    }

    private void map(String name, String v, Location at, String text) throws BadValue {
        switch (name) {
            case "privileged" -> spec.privileged = explicit(RunValues.bool(v), at, text);
            case "cap-add" -> spec.capAdd.add(explicit(RunValues.capability(v), at, text));
            case "cap-drop" -> spec.capDrop.add(explicit(RunValues.capability(v), at, text));
            case "security-opt" -> SecurityOpts.apply(spec, v, dialect, at, text);
            case "user" -> user(v, at, text);
            case "read-only" -> spec.readOnlyRootFilesystem = explicit(RunValues.bool(v), at, text);
            case "read-only-tmpfs" -> {
                readOnlyTmpfs = RunValues.bool(v);
                readOnlyTmpfsAt = at;
            }
            case "volume" -> spec.mounts.add(explicit(MountSpecs.volume(v, dialect), at, text));
            case "mount" -> spec.mounts.add(explicit(MountSpecs.mount(v, dialect), at, text));
            case "tmpfs" -> spec.mounts.add(explicit(MountSpecs.tmpfs(v), at, text));
            case "use-api-socket" -> {
                if (RunValues.bool(v)) {
                    spec.mounts.add(explicit(new Mount("bind", "/var/run/docker.sock", "/var/run/docker.sock", false,
                            "", List.of()), at, text));
                }
            }
            case "memory" -> spec.memoryBytes = explicit(RunValues.bytes(v), at, text);
            case "cpus" -> spec.cpus = explicit(RunValues.cpus(v), at, text);
            case "cpu-quota" -> cpuQuota = explicit(RunValues.int64(v), at, text);
            case "cpu-period" -> cpuPeriod = RunValues.int64(v);
            case "pids-limit" -> spec.pidsLimit = explicit(RunValues.int64(v), at, text);
            case "ulimit" -> spec.ulimits.add(explicit(RunValues.ulimit(v, dialect), at, text));
            case "restart" -> spec.restart = explicit(RunValues.restart(v), at, text);
            case "network", "net" -> network(v, at, text);
            case "pid" -> spec.pid = explicit(v, at, text);
            case "ipc" -> spec.ipc = explicit(v, at, text);
            case "uts" -> spec.uts = explicit(v, at, text);
            case "userns" -> spec.userns = explicit(v, at, text);
            case "cgroupns" -> {
                if (!Set.of("", "host", "private").contains(v)) {
                    throw new BadValue("invalid cgroup namespace mode \"" + v + "\": expected host or private");
                }
                spec.cgroupns = explicit(v, at, text);
            }
            case "device" -> spec.devices.add(explicit(nonEmpty(v, "device"), at, text));
            case "group-add" -> spec.groupAdd.add(explicit(nonEmpty(v, "group"), at, text));
            case "sysctl" -> {
                if (v.indexOf('=') <= 0) {
                    throw new BadValue("invalid sysctl \"" + v + "\": expected name=value");
                }
                spec.sysctls.add(explicit(v, at, text));
            }
            case "env" -> env(v, at, text);
            case "env-file" -> envFile(v, at, text);
            case "env-host" -> {
                if (RunValues.bool(v)) {
                    spec.env.add(Sourced.unresolved(at, text));
                }
            }
            case "secret" -> spec.secrets.add(explicit(nonEmpty(v.split(",", 2)[0], "secret"), at, text));
            case "publish" -> ports(PortSyntax.publish(v), at, text);
            case "expose" -> ports(PortSyntax.expose(v), at, text);
            case "publish-all" -> spec.publishAll = explicit(RunValues.bool(v), at, text);
            case "oom-kill-disable" -> spec.oomKillDisable = explicit(RunValues.bool(v), at, text);
            case "rm" -> autoRemove = explicit(RunValues.bool(v), at, text);
            case "detach" -> detached = RunValues.bool(v);
            case "entrypoint" -> entrypoint = explicit(v, at, text);
            case "health-cmd", "no-healthcheck", "health-on-failure" -> health.flag(name, v, dialect, at, text);
            default -> {
                if (name.startsWith("health-")) {
                    health.flag(name, v, dialect, at, text);
                }
            }
        }
    }

    private static String nonEmpty(String v, String what) throws BadValue {
        if (v.isEmpty()) {
            throw new BadValue("empty " + what);
        }
        return v;
    }

    private void user(String v, Location at, String text) {
        spec.user = explicit(v, at, text);
        OptionalLong uid = RunValues.uid(v);
        spec.runAsUser = uid.isPresent() ? explicit(uid.getAsLong(), at, text) : Sourced.unresolved(at, text);
        OptionalLong gid = RunValues.gid(v);
        if (RunValues.hasGroup(v)) {
            spec.runAsGroup = gid.isPresent() ? explicit(gid.getAsLong(), at, text) : Sourced.unresolved(at, text);
        } else {
            spec.runAsGroup = Sourced.unresolved(spec.declaredAt(), ""); // the user's primary group: the image's
        }
    }

    private void network(String v, Location at, String text) throws BadValue {
        String mode = v;
        int colon = v.indexOf(':');
        if (colon >= 0 && !v.startsWith("container:") && !v.startsWith("ns:")) {
            mode = v.substring(0, colon);
        }
        if (mode.isEmpty()) {
            throw new BadValue("empty network");
        }
        boolean special = isNetworkMode(mode);
        if (!spec.network.isExplicit() || special && !spec.network.known().map(RunSpecWriter::isNetworkMode).orElse(true)) {
            spec.network = explicit(mode, at, text);
        }
    }

    private static boolean isNetworkMode(String mode) {
        return NETWORK_MODES.contains(mode) || mode.startsWith("container:") || mode.startsWith("ns:");
    }

    private void env(String v, Location at, String text) throws BadValue {
        int eq = v.indexOf('=');
        if (eq == 0 || v.isEmpty()) {
            throw new BadValue("invalid environment variable \"" + v + "\"");
        }
        EnvVar e = eq < 0 ? new EnvVar(v, Optional.empty(), "host environment")
                : EnvVar.literal(v.substring(0, eq), v.substring(eq + 1));
        spec.env.add(explicit(e, at, text));
    }

    private void envFile(String v, Location at, String text) throws BadValue {
        nonEmpty(v, "env file");
        Optional<SourceFile> file = Optional.empty();
        if (baseDir.isPresent()) {
            try {
                file = EnvFiles.read(baseDir.get(), v);
            } catch (BadValue e) {
                spec.env.add(Sourced.unresolved(at, text));
                throw e;
            }
        }
        if (file.isEmpty()) {
            spec.env.add(Sourced.unresolved(at, text));
            return;
        }
        envSources.add(file.get());
        EnvFiles.entries(file.get(), spec.env, errors);
    }

    private int portBudget() {
        return Math.max(0, MAX_PORTS - spec.ports.size());
    }

    /** Adds the mappings of a port specification, as many as the budget leaves room for. */
    private void ports(ParsedPort parsed, Location at, String text) throws BadValue {
        if (!parsed.ok()) {
            throw new BadValue(parsed.error());
        }
        int room = portBudget();
        for (PortMapping p : parsed.spec().mappings(room)) {
            spec.ports.add(explicit(p, at, text));
        }
        if (parsed.spec().size() > room) {
            throw new BadValue("more than " + MAX_PORTS + " ports; the rest are not read");
        }
    }

    private void unresolved(RunFlag flag, String known, Location at, String text) {
        switch (flag.name()) {
            case "entrypoint" -> entrypoint = Sourced.unresolved(at, text);
            case "health-cmd", "no-healthcheck" -> health.unresolved(at, text);
            default -> UnresolvedFlags.mark(spec, flag.name(), known, at, text, errors);
        }
    }

    /**
     * Sets the image.
     *
     * @param unresolved true when the image depends on an expansion lashing does not perform
     */
    public void image(String image, boolean unresolved, Location at, String text) {
        spec.image = unresolved ? Sourced.unresolved(at, text) : explicit(image, at, text);
    }

    /** Sets the arguments after the image (the command, or the entrypoint's arguments). */
    public void arguments(List<String> args, boolean unresolved, Location at, String text) {
        spec.command = unresolved ? Sourced.unresolved(at, text) : explicit(List.copyOf(args), at, text);
    }

    /**
     * Completes the spec after the last flag: entrypoint and command, CPU quota, Podman's defaults, health, and
     * the role of a {@code docker run --rm} line without {@code -d} (a job: it runs in the foreground and is
     * removed when it ends).
     */
    public void finish() {
        if (entrypoint != null) {
            if (entrypoint.isUnresolved()) {
                spec.command = entrypoint.map(e -> List.of());
            } else if (!spec.command.isUnresolved()) {
                List<String> command = new ArrayList<>();
                if (!entrypoint.value().isEmpty()) {
                    command.add(entrypoint.value());
                }
                command.addAll(spec.command.value());
                Sourced<?> where = spec.command.isExplicit() ? spec.command : entrypoint;
                spec.command = explicit(List.copyOf(command), where.location().orElseThrow(), where.text());
            }
        }
        if (cpuQuota != null && !spec.cpus.isExplicit() && !spec.cpus.isUnresolved() && cpuQuota.value() > 0) {
            long period = cpuPeriod > 0 ? cpuPeriod : 100_000;
            spec.cpus = explicit((double) cpuQuota.value() / period, cpuQuota.location().orElseThrow(), cpuQuota.text());
        }
        if (dialect == RunDialect.PODMAN && readOnlyTmpfs && spec.readOnlyRootFilesystem.is(true)) {
            Location at = readOnlyTmpfsAt != null ? readOnlyTmpfsAt : spec.readOnlyRootFilesystem.location().orElseThrow();
            for (String path : List.of("/dev", "/dev/shm", "/run", "/tmp", "/var/tmp")) {
                spec.mounts.add(Sourced.defaulted(new Mount("tmpfs", "", path, false, "", List.of()), at));
            }
        }
        if (spec.kind() == SourceKind.DOCKER_RUN && autoRemove != null && autoRemove.is(true) && !detached) {
            spec.role = autoRemove.map(rm -> ContainerRole.JOB); // a foreground one-off, removed when it ends
        }
        health.finish(spec, errors);
    }
}
