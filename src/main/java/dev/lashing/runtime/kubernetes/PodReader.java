package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a workload object: finds its pod template, reads the pod-level settings once, and hands each
 * container (init, regular and ephemeral, in the order written) to {@link ContainerReader}.
 */
final class PodReader {
    private final FieldReader reader;
    private final ServiceAccounts accounts;

    PodReader(FieldReader reader, ServiceAccounts accounts) {
        this.reader = reader;
        this.accounts = accounts;
    }

    /**
     * Reads the containers of {@code object}, a {@code kind} object written at {@code node}, into {@code out},
     * which returns false to stop (the manifest's budget is spent).
     */
    void read(YamlMap object, Node node, WorkloadKind kind, Predicate<ContainerSpec> out) {
        Section metadata = reader.section(object, "metadata");
        String name = metadata.map() == null ? null : reader.name(metadata.map(), "name");
        if (name == null && metadata.map() != null) {
            String generated = reader.name(metadata.map(), "generateName");
            name = generated == null ? null : generated + "*";
        }
        String namespace = metadata.map() == null ? null : reader.name(metadata.map(), "namespace");
        String workload = kind.kind() + "/" + (name == null ? "(unnamed)" : name);

        Section template = Section.of(reader, object, reader.location(node), workload);
        String path = "";
        for (String key : kind.templatePath()) {
            template = template.section(key);
            path = path.isEmpty() ? key : path + "." + key;
            if (template.isAbsent()) {
                reader.error(node, workload + " has no pod template (" + path + "): no container read");
                return;
            }
        }
        Section spec = template.section("spec");
        if (template.isUnresolved() || spec.isUnresolved()) {
            Section unknown = template.isUnresolved() ? template : spec;
            if (unknown.isTemplate()) {
                reader.error(unknown.location(), workload + ": the pod template is a template left unrendered; its "
                        + "containers cannot be read");
            }
            return;
        }
        if (spec.isAbsent()) {
            reader.error(node, workload + " has no pod spec (" + (path.isEmpty() ? "" : path + ".") + "spec): no "
                    + "container read");
            return;
        }
        Section annotations = template.section("metadata").section("annotations");
        PodSettings pod = settings(workload, namespace, kind, object, spec, annotations);
        List<Declared> containers = new ArrayList<>();
        boolean any = false;
        for (ContainerRole role : ContainerRole.values()) {
            Items items = spec.items(role.key());
            any |= role == ContainerRole.CONTAINER && (items.unresolved() || !items.nodes().isEmpty());
            if (items.template()) {
                reader.error(items.at(), workload + ": " + role.key() + " is a template left unrendered; those "
                        + "containers cannot be read");
            }
            for (Node c : items.nodes()) {
                containers.add(new Declared(c, role, reader.location(c).range().start()));
            }
        }
        if (!any) {
            reader.error(spec.location(), workload + " has no containers");
        }
        containers.sort(Comparator.comparingInt(Declared::offset));
        ContainerReader containerReader = new ContainerReader(reader, pod);
        for (Declared c : containers) {
            if (c.node() instanceof MappingNode m && !reader.isTemplate(m)) {
                if (!out.test(containerReader.read(YamlMap.of(m), m, c.role()))) {
                    return;
                }
            } else if (reader.isTemplate(c.node())) {
                reader.error(c.node(), workload + ": a " + c.role().label() + " that is a template left unrendered "
                        + "cannot be read");
            } else {
                reader.error(c.node(), workload + ": a " + c.role().label() + " must be a mapping, not "
                        + Scalars.describe(c.node()));
            }
        }
    }

    private PodSettings settings(String workload, String namespace, WorkloadKind kind, YamlMap object, Section spec,
            Section annotations) {
        Section sc = spec.section("securityContext");
        SecurityLevel security = SecurityContexts.read(sc, reader);
        List<Sourced<String>> sysctls = new ArrayList<>();
        Items sysctlItems = sc.items("sysctls");
        if (sysctlItems.unresolved()) {
            sysctls.add(sysctlItems.unknown());
        }
        for (Node item : sysctlItems.nodes()) {
            sysctls.add(sysctl(item));
        }
        List<Sourced<String>> groups = new ArrayList<>();
        Items supplemental = sc.items("supplementalGroups");
        if (supplemental.unresolved()) {
            groups.add(supplemental.unknown());
        }
        for (Node item : supplemental.nodes()) {
            groups.add(ContainerReader.integerItem(reader, item, "supplementalGroups", SecurityContexts.MAX_ID)
                    .map(String::valueOf));
        }
        Sourced<Long> fsGroup = sc.integer("fsGroup", 0, SecurityContexts.MAX_ID);
        if (fsGroup != null) {
            groups.add(fsGroup.map(String::valueOf));
        }
        Sourced<Boolean> hostNetwork = spec.bool("hostNetwork");
        Sourced<Boolean> hostPid = spec.bool("hostPID");
        Sourced<Boolean> hostIpc = spec.bool("hostIPC");
        Sourced<Boolean> hostUsers = spec.bool("hostUsers");
        Sourced<Boolean> automount = spec.bool("automountServiceAccountToken");
        if (automount == null) {
            String account = reader.name(spec.map(), "serviceAccountName");
            account = account != null ? account : reader.name(spec.map(), "serviceAccount");
            automount = accounts.automount(namespace, account != null ? account : "default");
        }
        Sourced<String> restart = restartPolicy(spec.string("restartPolicy"), reader);
        Sourced<Long> backoff = null;
        boolean job = !kind.jobPath().isEmpty();
        if (job) {
            Section jobSpec = Section.of(reader, object, null, "");
            for (String key : kind.jobPath()) {
                jobSpec = jobSpec.section(key);
            }
            backoff = jobSpec.integer("backoffLimit", 0, Integer.MAX_VALUE);
            if (restart == null) {
                reader.error(spec.location(), workload + ": a Job's pod template needs restartPolicy OnFailure or "
                        + "Never (Kubernetes refuses it without one)");
            } else if (restart.is("always")) {
                reader.error(restart.location().orElseThrow(), workload + ": a Job's restartPolicy must be OnFailure "
                        + "or Never");
            }
        }
        return new PodSettings(workload, namespace, security, sysctls, groups,
                hostNetwork == null ? null : hostNetwork.map(b -> b ? "host" : ""),
                hostNetwork == null || hostNetwork.is(false) ? null : hostNetwork.map(b -> "host"),
                hostPid == null ? null : hostPid.map(b -> b ? "host" : ""),
                hostIpc == null ? null : hostIpc.map(b -> b ? "host" : ""),
                hostUsers == null ? null : hostUsers.map(b -> b ? "host" : "private"),
                hostNetwork != null && hostNetwork.is(true), automount, restart, backoff, job,
                Volumes.read(spec, reader), annotations);
    }

    /** A {@code restartPolicy} in the model's spelling; null when absent. */
    static Sourced<String> restartPolicy(Sourced<String> written, FieldReader reader) {
        if (written == null || written.isUnresolved()) {
            return written;
        }
        switch (written.value()) {
            case "Always":
                return written.map(v -> "always");
            case "OnFailure":
                return written.map(v -> "on-failure");
            case "Never":
                return written.map(v -> "no");
            default:
                reader.error(written.location().orElseThrow(), "restartPolicy must be Always, OnFailure or Never, not \""
                        + Scalars.abbreviate(written.value()) + "\"");
                return Sourced.unresolved(written.location().orElseThrow(), written.text());
        }
    }

    private Sourced<String> sysctl(Node item) {
        Location at = reader.location(item);
        String text = reader.text(item);
        if (!(item instanceof MappingNode m) || reader.isTemplate(item)) {
            if (!reader.isTemplate(item)) {
                reader.error(item, "a sysctl must be a mapping with name and value, not " + Scalars.describe(item));
            }
            return Sourced.unresolved(at, text);
        }
        YamlMap map = YamlMap.of(m);
        Sourced<String> name = reader.string(map, "name");
        Sourced<String> value = reader.string(map, "value");
        if (name == null || name.isUnresolved() || value != null && value.isUnresolved()) {
            if (name == null) {
                reader.error(item, "a sysctl needs a name");
            }
            return Sourced.unresolved(at, text);
        }
        return Sourced.explicit(name.value() + "=" + (value == null ? "" : value.value()), at, text);
    }

    /** A container's node, the list it is in, and where it starts. */
    private record Declared(Node node, ContainerRole role, int offset) {
    }
}
