package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Health;
import dev.lashing.runtime.model.RestartPolicy;
import dev.lashing.runtime.model.SourceKind;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads one container of a pod into a {@link ContainerSpec}, with the pod's settings folded in. */
final class ContainerReader {
    /** The backoff limit of a Job that sets none. */
    static final int DEFAULT_BACKOFF_LIMIT = 6;
    private static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";
    private final FieldReader reader;
    private final PodSettings pod;

    ContainerReader(FieldReader reader, PodSettings pod) {
        this.reader = reader;
        this.pod = pod;
    }

    /** The container {@code container}, written at {@code node}, from the list {@code role}. */
    ContainerSpec read(YamlMap container, MappingNode node, ContainerList role) {
        Location at = reader.location(node);
        String name = reader.name(container, "name");
        if (name == null) {
            reader.error(node, pod.workload() + ": a " + role.label() + " needs a name");
        }
        ContainerSpec.Builder b = ContainerSpec.builder(pod.containerName(role, name == null ? "(unnamed)" : name),
                SourceKind.KUBERNETES, at);
        Sourced<String> image = reader.string(container, "image");
        if (image != null) {
            b.image = image;
        } else {
            reader.error(node, pod.containerName(role, name == null ? "(unnamed)" : name) + " has no image");
        }
        command(container, b);
        security(reader.section(container, "securityContext"), name, b);
        pod.resources().applyTo(b);
        new Resources(reader).read(reader.section(container, "resources"), b);
        b.ports.addAll(Ports.read(reader.items(container, "ports"), pod.hostNetwork(), reader));
        Sourced<Health> health = Probes.read(container, reader);
        if (health != null) {
            b.health = health;
        }
        EnvReader.read(container, reader, b.env, b.secrets);
        VolumeMounts.read(reader.items(container, "volumeMounts"), pod.volumes(), reader, b.mounts, b.secrets);
        Sourced<String> ownRestart = PodReader.restartPolicy(reader.string(container, "restartPolicy"), reader);
        restart(ownRestart, role, b);
        b.role = role(role, ownRestart, at, b.role);
        PodSettings.Placement placement = pod.placement();
        b.namespace = orElse(placement.namespace(), b.namespace);
        b.serviceAccountName = orElse(placement.serviceAccount(), b.serviceAccountName);
        if (placement.fsGroup() != null) {
            b.fsGroup = placement.fsGroup().map(OptionalLong::of);
        }
        b.podSecurityContext = orElse(pod.securityContext(), b.podSecurityContext);
        b.network = orElse(pod.network(), b.network);
        b.uts = orElse(pod.uts(), b.uts);
        b.pid = orElse(pod.pid(), b.pid);
        b.ipc = orElse(pod.ipc(), b.ipc);
        b.userns = orElse(pod.userns(), b.userns);
        b.automountServiceAccountToken = orElse(pod.automount(), b.automountServiceAccountToken);
        b.sysctls.addAll(pod.sysctls());
        b.groupAdd.addAll(pod.groups());
        return b.build();
    }

    private void command(YamlMap container, ContainerSpec.Builder b) {
        Items command = reader.items(container, "command");
        Items args = reader.items(container, "args");
        Items first = command.at() != null ? command : args;
        if (first.at() == null) {
            return;
        }
        List<String> words = new ArrayList<>();
        boolean unresolved = command.unresolved() || args.unresolved();
        for (Items part : List.of(command, args)) {
            for (Node word : part.nodes()) {
                Sourced<String> w = reader.stringValue(word, first.at(), first.text(), "a command argument");
                if (w.isUnresolved() && word instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.STRING) {
                    words.add(s.getValue()); // ${VAR} and {{ }} in a command are the shell's and the program's
                } else if (w.isUnresolved()) {
                    unresolved = true;
                } else {
                    words.add(w.value());
                }
            }
        }
        b.command = unresolved ? first.unknown() : Sourced.explicit(List.copyOf(words), first.at(), first.text());
    }

    private void security(Section sc, String containerName, ContainerSpec.Builder b) {
        Sourced<String> annotation = null;
        if (containerName != null && pod.annotations().map() != null) {
            Sourced<String> written = reader.string(pod.annotations().map(), APPARMOR_ANNOTATION + containerName);
            annotation = written == null ? null : SecurityContexts.apparmorAnnotation(written, reader);
        } else if (pod.annotations().isUnresolved()) {
            annotation = pod.annotations().unknown();
        }
        SecurityLevel level = SecurityContexts.read(sc, reader).withApparmorIfUnset(annotation).over(pod.security());
        b.runAsUser = orElse(level.runAsUser(), b.runAsUser);
        b.runAsNonRoot = orElse(level.runAsNonRoot(), b.runAsNonRoot);
        b.seccomp = orElse(level.seccomp(), b.seccomp);
        b.apparmor = orElse(level.apparmor(), b.apparmor);
        b.selinuxDisabled = orElse(level.selinuxDisabled(), b.selinuxDisabled);
        b.selinuxLabel = orElse(level.selinuxLabel(), b.selinuxLabel);
        b.runAsGroup = orElse(level.runAsGroup(), b.runAsGroup);
        b.hostProcess = orElse(level.hostProcess(), b.hostProcess);
        b.containerSecurityContext = orElse(SecurityContexts.written(sc), b.containerSecurityContext);
        b.user = user(level.runAsUser(), level.runAsGroup(), b.user);
        b.privileged = orElse(sc.bool("privileged"), b.privileged);
        Sourced<Boolean> escalation = sc.bool("allowPrivilegeEscalation");
        b.noNewPrivileges = escalation == null ? b.noNewPrivileges : escalation.map(allowed -> !allowed);
        b.readOnlyRootFilesystem = orElse(sc.bool("readOnlyRootFilesystem"), b.readOnlyRootFilesystem);
        Sourced<String> procMount = sc.string("procMount");
        if (procMount != null) {
            b.unmaskedPaths = procMount.isUnresolved() || procMount.is("Unmasked") || procMount.is("Default")
                    ? procMount.map(p -> p.equals("Unmasked")) : invalid(procMount, "procMount must be Default or "
                    + "Unmasked");
        }
        Section capabilities = sc.section("capabilities");
        capabilities(capabilities.items("add"), b.capAdd);
        capabilities(capabilities.items("drop"), b.capDrop);
    }

    /** The user as {@code uid} or {@code uid:gid}; a group alone leaves the image's user. */
    private static Sourced<String> user(Sourced<Long> uid, Sourced<Long> gid, Sourced<String> otherwise) {
        if (uid == null) {
            return otherwise;
        }
        if (uid.isUnresolved() || gid != null && gid.isUnresolved()) {
            Sourced<Long> unknown = uid.isUnresolved() ? uid : gid;
            return Sourced.unresolved(unknown.location().orElseThrow(), unknown.text());
        }
        return uid.map(u -> gid == null ? String.valueOf(u) : u + ":" + gid.value());
    }

    private void capabilities(Items items, List<Sourced<String>> into) {
        if (items.unresolved()) {
            into.add(items.unknown());
        }
        for (Node item : items.nodes()) {
            into.add(reader.stringValue(item, reader.location(item), reader.text(item), "a capability")
                    .map(c -> {
                        String upper = c.toUpperCase(Locale.ROOT);
                        return upper.startsWith("CAP_") ? upper.substring(4) : upper;
                    }));
        }
    }

    /**
     * The role of a container of {@code list}: an init container with its own {@code restartPolicy: Always} is a
     * native sidecar, running as long as the pod (a service); regular containers take the pod's job role.
     */
    private Sourced<ContainerRole> role(ContainerList list, Sourced<String> ownRestart, Location at,
            Sourced<ContainerRole> otherwise) {
        return switch (list) {
            case INIT -> ownRestart != null && ownRestart.is("always") ? ownRestart.map(r -> ContainerRole.SERVICE)
                    : Sourced.explicit(ContainerRole.INIT, at, list.key());
            case EPHEMERAL -> Sourced.explicit(ContainerRole.EPHEMERAL, at, list.key());
            case CONTAINER -> orElse(pod.jobRole(), otherwise);
        };
    }

    private void restart(Sourced<String> own, ContainerList role, ContainerSpec.Builder b) {
        if (own != null) {
            b.restart = own.map(n -> new RestartPolicy(n, OptionalInt.empty()));
            return;
        }
        if (role == ContainerList.EPHEMERAL) {
            return; // never restarted: the model's default "no"
        }
        Sourced<String> policy = pod.restartPolicy();
        Sourced<Long> backoff = pod.backoffLimit();
        if (policy != null && policy.isUnresolved() || backoff != null && backoff.isUnresolved()) {
            Sourced<?> unknown = policy != null && policy.isUnresolved() ? policy : backoff;
            b.restart = Sourced.unresolved(unknown.location().orElseThrow(), unknown.text());
            return;
        }
        OptionalInt retries = !pod.job() ? OptionalInt.empty()
                : OptionalInt.of(backoff == null ? DEFAULT_BACKOFF_LIMIT : backoff.value().intValue());
        if (policy != null) {
            b.restart = policy.map(n -> new RestartPolicy(n, retries));
        } else if (pod.job()) {
            b.restart = Sourced.unresolved(b.declaredAt(), ""); // refused by Kubernetes, reported with the pod
        } else {
            b.restart = Sourced.defaulted(new RestartPolicy("always", retries), b.declaredAt());
        }
    }

    private <T> Sourced<T> invalid(Sourced<?> value, String message) {
        reader.error(value.location().orElseThrow(), message + ": " + value.text());
        return Sourced.unresolved(value.location().orElseThrow(), value.text());
    }

    /** An integer list item between 0 and {@code max}, unresolved when it is not one. */
    static Sourced<Long> integerItem(FieldReader reader, Node item, String what, long max) {
        Location at = reader.location(item);
        String text = reader.text(item);
        Long n = item instanceof ScalarNode s && Scalars.type(s) == Scalars.Type.INT ? Scalars.integer(s.getValue()) : null;
        if (n != null && n >= 0 && n <= max) {
            return Sourced.explicit(n, at, text);
        }
        if (!reader.isTemplate(item)) {
            reader.error(item, what + " must hold integers between 0 and " + max + ", not " + Scalars.describe(item));
        }
        return Sourced.unresolved(at, text);
    }

    private static <T> Sourced<T> orElse(Sourced<T> value, Sourced<T> otherwise) {
        return value != null ? value : otherwise;
    }
}
