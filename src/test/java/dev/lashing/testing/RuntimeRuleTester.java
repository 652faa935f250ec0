package dev.lashing.testing;

import dev.lashing.config.MapSettings;
import dev.lashing.core.Location;
import dev.lashing.core.Severity;
import dev.lashing.core.SourceFile;
import dev.lashing.core.TextRange;
import dev.lashing.engine.RuntimeChecker;
import dev.lashing.rules.Rule;
import dev.lashing.rules.Settings;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.EnvVar;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.Mount;
import dev.lashing.runtime.model.PortMapping;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SelinuxLabel;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import dev.lashing.runtime.model.Ulimit;
import dev.lashing.runtime.rules.RuntimeFindingSink;
import dev.lashing.runtime.rules.RuntimeRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Runs one run-time rule on container specs built in code. Each setting is given with the text that
 * wrote it; the tester lays those texts out one per line in a synthetic source file after the
 * container's declaration, so every value has a real location, and reports what the rule said as
 * {@link Reported} values (the located text, the message with declared secrets masked as the engine
 * masks them, and the severity).
 */
public final class RuntimeRuleTester {
    private final RuntimeRule rule;
    private final Severity defaultSeverity;
    private final Map<String, Object> settings = new HashMap<>();

    private RuntimeRuleTester(RuntimeRule rule, Severity defaultSeverity) {
        this.rule = rule;
        this.defaultSeverity = defaultSeverity;
    }

    /** A tester for {@code ruleClass} (a {@link RuntimeRule} with a public no-argument constructor). */
    public static RuntimeRuleTester of(Class<?> ruleClass) {
        try {
            return new RuntimeRuleTester((RuntimeRule) ruleClass.getDeclaredConstructor().newInstance(),
                    ruleClass.getAnnotation(Rule.class).severity());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets a rule setting for the following checks. */
    public RuntimeRuleTester setting(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    /**
     * What the rule reported.
     *
     * @param target the text the finding points at (the value as written, or the declaration for defaults)
     * @param message the message, secrets masked
     * @param severity the severity (the rule's default when it gave none)
     */
    public record Reported(String target, String message, Severity severity) {}

    /** A container of a {@code docker run} line. */
    public static SpecBuilder docker() {
        return new SpecBuilder(SourceKind.DOCKER_RUN, "docker run", "docker run");
    }

    /** A compose service {@code web}. */
    public static SpecBuilder compose() {
        return new SpecBuilder(SourceKind.COMPOSE, "web", "  web:");
    }

    /** A Kubernetes container {@code app} of a Deployment. */
    public static SpecBuilder kubernetes() {
        return new SpecBuilder(SourceKind.KUBERNETES, "Deployment/api (container app)", "- name: app");
    }

    /** A Quadlet unit's container. */
    public static SpecBuilder quadlet() {
        return new SpecBuilder(SourceKind.QUADLET, "app.container", "[Container]");
    }

    /** A container of {@code kind}. */
    public static SpecBuilder of(SourceKind kind) {
        return switch (kind) {
            case DOCKER_RUN -> docker();
            case COMPOSE -> compose();
            case KUBERNETES -> kubernetes();
            case QUADLET -> quadlet();
        };
    }

    /** Runs the rule on the spec and returns what it reported, in order. */
    public List<Reported> check(SpecBuilder spec) {
        return check(spec.build());
    }

    /** Runs the rule on a built spec. */
    public List<Reported> check(ContainerSpec spec) {
        List<Reported> out = new ArrayList<>();
        Set<String> secrets = new LinkedHashSet<>();
        Settings s = MapSettings.of(settings);
        List<Object[]> raw = new ArrayList<>();
        rule.check(spec, new RuntimeFindingSink() {
            @Override
            public void report(Sourced<?> at, String message, Severity severity) {
                Location where = at.location().orElse(spec.declaredAt());
                raw.add(new Object[] {where.text(), message, severity == null ? defaultSeverity : severity});
            }

            @Override
            public void mask(String secretValue) {
                secrets.add(secretValue);
            }

            @Override
            public Settings settings() {
                return s;
            }
        });
        for (Object[] r : raw) {
            out.add(new Reported(RuntimeChecker.masked((String) r[0], secrets),
                    RuntimeChecker.masked((String) r[1], secrets), (Severity) r[2]));
        }
        return out;
    }

    /** Where one setting of a spec under construction was written, for making its {@link Sourced} value. */
    public record At(Location location, String text) {

        /** The value as written here. */
        public <T> Sourced<T> explicit(T value) {
            return Sourced.explicit(value, location, text);
        }

        /** A value written here that cannot be resolved. */
        public <T> Sourced<T> unresolved() {
            return Sourced.unresolved(location, text);
        }
    }

    /** Builds a spec whose settings are written one per line after its declaration. Methods return this. */
    public static final class SpecBuilder {
        private final SourceKind kind;
        private final String name;
        private final List<String> lines = new ArrayList<>();
        private final List<BiConsumer<ContainerSpec.Builder, At>> ops = new ArrayList<>();

        private SpecBuilder(SourceKind kind, String name, String declaration) {
            this.kind = kind;
            this.name = name;
            lines.add(declaration);
            ops.add(null);
        }

        /** Adds a setting written as {@code text}; {@code op} sets it on the builder from its location. */
        public SpecBuilder with(String text, BiConsumer<ContainerSpec.Builder, At> op) {
            lines.add(text);
            ops.add(op);
            return this;
        }

        /** The image reference. */
        public SpecBuilder image(String value, String text) {
            return with(text, (b, at) -> b.image = at.explicit(value));
        }

        /** The command (entrypoint and arguments). */
        public SpecBuilder command(List<String> argv, String text) {
            return with(text, (b, at) -> b.command = at.explicit(argv));
        }

        /** Privileged mode. */
        public SpecBuilder privileged(boolean value, String text) {
            return with(text, (b, at) -> b.privileged = at.explicit(value));
        }

        /** A capability added. */
        public SpecBuilder capAdd(String capability, String text) {
            return with(text, (b, at) -> b.capAdd.add(at.explicit(capability)));
        }

        /** A capability dropped. */
        public SpecBuilder capDrop(String capability, String text) {
            return with(text, (b, at) -> b.capDrop.add(at.explicit(capability)));
        }

        /** no-new-privileges. */
        public SpecBuilder noNewPrivileges(boolean value, String text) {
            return with(text, (b, at) -> b.noNewPrivileges = at.explicit(value));
        }

        /** The user as written, with the numeric UID when the text has one. */
        public SpecBuilder user(String value, String text) {
            return with(text, (b, at) -> {
                b.user = at.explicit(value);
                String uid = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
                if (!uid.isEmpty() && uid.chars().allMatch(Character::isDigit)) {
                    b.runAsUser = at.explicit(Long.parseLong(uid));
                }
            });
        }

        /** Kubernetes runAsUser. */
        public SpecBuilder runAsUser(long uid, String text) {
            return with(text, (b, at) -> b.runAsUser = at.explicit(uid));
        }

        /** Kubernetes runAsNonRoot. */
        public SpecBuilder runAsNonRoot(boolean value, String text) {
            return with(text, (b, at) -> b.runAsNonRoot = at.explicit(value));
        }

        /** Read-only root filesystem. */
        public SpecBuilder readOnly(boolean value, String text) {
            return with(text, (b, at) -> b.readOnlyRootFilesystem = at.explicit(value));
        }

        /** A mount. */
        public SpecBuilder mount(Mount mount, String text) {
            return with(text, (b, at) -> b.mounts.add(at.explicit(mount)));
        }

        /** A bind mount of a host path. */
        public SpecBuilder bind(String source, String target, boolean readOnly, String text) {
            return mount(new Mount("bind", source, target, readOnly, "", List.of()), text);
        }

        /** A tmpfs mount with options. */
        public SpecBuilder tmpfs(String target, List<String> options, String text) {
            return mount(new Mount("tmpfs", "", target, false, "", options), text);
        }

        /** The memory limit in bytes. */
        public SpecBuilder memory(long bytes, String text) {
            return with(text, (b, at) -> b.memoryBytes = at.explicit(bytes));
        }

        /** The CPU limit. */
        public SpecBuilder cpus(double cpus, String text) {
            return with(text, (b, at) -> b.cpus = at.explicit(cpus));
        }

        /** The PIDs limit. */
        public SpecBuilder pidsLimit(long limit, String text) {
            return with(text, (b, at) -> b.pidsLimit = at.explicit(limit));
        }

        /** A ulimit. */
        public SpecBuilder ulimit(String name, long soft, long hard, String text) {
            return with(text, (b, at) -> b.ulimits.add(at.explicit(new Ulimit(name, soft, hard))));
        }

        /** The restart policy. */
        public SpecBuilder restart(String policy, Integer maxRetries, String text) {
            return with(text, (b, at) -> b.restart = at.explicit(new RestartPolicy(policy,
                    maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries))));
        }

        /** The network mode or name. */
        public SpecBuilder network(String value, String text) {
            return with(text, (b, at) -> b.network = at.explicit(value));
        }

        /** The PID namespace. */
        public SpecBuilder pid(String value, String text) {
            return with(text, (b, at) -> b.pid = at.explicit(value));
        }

        /** The IPC namespace. */
        public SpecBuilder ipc(String value, String text) {
            return with(text, (b, at) -> b.ipc = at.explicit(value));
        }

        /** The UTS namespace. */
        public SpecBuilder uts(String value, String text) {
            return with(text, (b, at) -> b.uts = at.explicit(value));
        }

        /** The user namespace. */
        public SpecBuilder userns(String value, String text) {
            return with(text, (b, at) -> b.userns = at.explicit(value));
        }

        /** A host device. */
        public SpecBuilder device(String value, String text) {
            return with(text, (b, at) -> b.devices.add(at.explicit(value)));
        }

        /** The seccomp profile. */
        public SpecBuilder seccomp(String value, String text) {
            return with(text, (b, at) -> b.seccomp = at.explicit(value));
        }

        /** The AppArmor profile. */
        public SpecBuilder apparmor(String value, String text) {
            return with(text, (b, at) -> b.apparmor = at.explicit(value));
        }

        /** SELinux switched off. */
        public SpecBuilder selinuxDisabled(boolean value, String text) {
            return with(text, (b, at) -> b.selinuxDisabled = at.explicit(value));
        }

        /** /proc unmasked. */
        public SpecBuilder unmaskedPaths(boolean value, String text) {
            return with(text, (b, at) -> b.unmaskedPaths = at.explicit(value));
        }

        /** A sysctl {@code name=value}. */
        public SpecBuilder sysctl(String value, String text) {
            return with(text, (b, at) -> b.sysctls.add(at.explicit(value)));
        }

        /** A literal environment variable. */
        public SpecBuilder env(String name, String value, String text) {
            return with(text, (b, at) -> b.env.add(at.explicit(EnvVar.literal(name, value))));
        }

        /** An environment variable whose value comes from elsewhere. */
        public SpecBuilder envFrom(String name, String from, String text) {
            return with(text, (b, at) -> b.env.add(at.explicit(new EnvVar(name, Optional.empty(), from))));
        }

        /** A secret passed as a file or from a secret store. */
        public SpecBuilder secret(String name, String text) {
            return with(text, (b, at) -> b.secrets.add(at.explicit(name)));
        }

        /** The health check. */
        public SpecBuilder health(Health health, String text) {
            return with(text, (b, at) -> b.health = at.explicit(health));
        }

        /** A TCP port, published on {@code hostPort} (every interface) when it is not null, else only exposed. */
        public SpecBuilder port(int containerPort, Integer hostPort, String text) {
            return hostPort == null ? port(PortMapping.exposed(containerPort, "tcp"), text)
                    : publish(containerPort, hostPort, "", text);
        }

        /** A TCP port published on {@code hostPort} (null: a port the runtime picks) at {@code hostIp} ("": default). */
        public SpecBuilder publish(int containerPort, Integer hostPort, String hostIp, String text) {
            return port(PortMapping.published(containerPort, "tcp",
                    hostPort == null ? OptionalInt.empty() : OptionalInt.of(hostPort), hostIp), text);
        }

        /** A port mapping. */
        public SpecBuilder port(PortMapping mapping, String text) {
            return with(text, (b, at) -> b.ports.add(at.explicit(mapping)));
        }

        /** {@code -P}: every exposed port published. */
        public SpecBuilder publishAll(boolean value, String text) {
            return with(text, (b, at) -> b.publishAll = at.explicit(value));
        }

        /** OOM killer disabled. */
        public SpecBuilder oomKillDisable(boolean value, String text) {
            return with(text, (b, at) -> b.oomKillDisable = at.explicit(value));
        }

        /** Kubernetes automountServiceAccountToken. */
        public SpecBuilder automount(boolean value, String text) {
            return with(text, (b, at) -> b.automountServiceAccountToken = at.explicit(value));
        }

        /** The container's role. */
        public SpecBuilder role(ContainerRole value, String text) {
            return with(text, (b, at) -> b.role = at.explicit(value));
        }

        /** The numeric primary group (Kubernetes runAsGroup, the group part of a user). */
        public SpecBuilder runAsGroup(long gid, String text) {
            return with(text, (b, at) -> b.runAsGroup = at.explicit(gid));
        }

        /** Kubernetes fsGroup. */
        public SpecBuilder fsGroup(long gid, String text) {
            return with(text, (b, at) -> b.fsGroup = at.explicit(OptionalLong.of(gid)));
        }

        /** A supplementary group. */
        public SpecBuilder groupAdd(String group, String text) {
            return with(text, (b, at) -> b.groupAdd.add(at.explicit(group)));
        }

        /** Kubernetes namespace. */
        public SpecBuilder namespace(String value, String text) {
            return with(text, (b, at) -> b.namespace = at.explicit(value));
        }

        /** Kubernetes service account. */
        public SpecBuilder serviceAccount(String value, String text) {
            return with(text, (b, at) -> b.serviceAccountName = at.explicit(value));
        }

        /** Windows hostProcess. */
        public SpecBuilder hostProcess(boolean value, String text) {
            return with(text, (b, at) -> b.hostProcess = at.explicit(value));
        }

        /** Whether the pod's securityContext is written with a setting. */
        public SpecBuilder podSecurityContext(boolean value, String text) {
            return with(text, (b, at) -> b.podSecurityContext = at.explicit(value));
        }

        /** Whether the container's securityContext is written with a setting. */
        public SpecBuilder containerSecurityContext(boolean value, String text) {
            return with(text, (b, at) -> b.containerSecurityContext = at.explicit(value));
        }

        /** The CPU request. */
        public SpecBuilder cpuRequest(double cpus, String text) {
            return with(text, (b, at) -> b.cpuRequest = at.explicit(cpus));
        }

        /** The memory request in bytes. */
        public SpecBuilder memoryRequest(long bytes, String text) {
            return with(text, (b, at) -> b.memoryRequestBytes = at.explicit(bytes));
        }

        /** The SELinux label. */
        public SpecBuilder selinuxLabel(SelinuxLabel label, String text) {
            return with(text, (b, at) -> b.selinuxLabel = at.explicit(label));
        }

        /** The spec: the source file is the declaration and every setting's text, one per line. */
        public ContainerSpec build() {
            String text = String.join("\n", lines) + "\n";
            SourceFile file = new SourceFile(fileName(), text);
            ContainerSpec.Builder b = ContainerSpec.builder(name, kind, lineLocation(file, 1));
            for (int i = 1; i < ops.size(); i++) {
                ops.get(i).accept(b, new At(lineLocation(file, i + 1), lines.get(i)));
            }
            return b.build();
        }

        private String fileName() {
            return switch (kind) {
                case DOCKER_RUN -> "run.sh";
                case COMPOSE -> "compose.yaml";
                case KUBERNETES -> "deployment.yaml";
                case QUADLET -> "app.container";
            };
        }

        private static Location lineLocation(SourceFile file, int line) {
            return file.location(new TextRange(file.lineStart(line), file.lineContentEnd(line)));
        }
    }
}
