package dev.lashing.runtime.kubernetes;

import dev.lashing.core.Location;
import dev.lashing.runtime.kubernetes.PodSettings.Placement;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Sourced;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

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
        Sourced<String> namespaceValue = null;
        if (namespace != null) {
            NodeTuple e = metadata.map().entry("namespace");
            namespaceValue = metadata.map().value("namespace") instanceof ScalarNode s && !Scalars.isTemplate(namespace)
                    && Scalars.type(s) == Scalars.Type.STRING ? Sourced.explicit(namespace, reader.span(e), reader.text(e))
                    : Sourced.unresolved(reader.span(e), reader.text(e));
        }
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
        PodSettings pod = settings(workload, namespace, namespaceValue, kind, object, spec, annotations);
        List<Declared> containers = new ArrayList<>();
        boolean any = false;
        for (ContainerList role : ContainerList.values()) {
            Items items = spec.items(role.key());
            any |= role == ContainerList.CONTAINER && (items.unresolved() || !items.nodes().isEmpty());
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

    private PodSettings settings(String workload, String namespace, Sourced<String> namespaceValue, WorkloadKind kind,
            YamlMap object, Section spec, Section annotations) {
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
        Sourced<Boolean> hostNetwork = spec.bool("hostNetwork");
        Sourced<Boolean> hostPid = spec.bool("hostPID");
        Sourced<Boolean> hostIpc = spec.bool("hostIPC");
        Sourced<Boolean> hostUsers = spec.bool("hostUsers");
        Sourced<Boolean> automount = spec.bool("automountServiceAccountToken");
        Sourced<String> serviceAccount = spec.string("serviceAccountName");
        serviceAccount = serviceAccount != null ? serviceAccount : spec.string("serviceAccount");
        if (automount == null && (serviceAccount == null || !serviceAccount.isUnresolved())) {
            automount = accounts.automount(namespace, serviceAccount != null ? serviceAccount.value() : "default");
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
        Placement placement = new Placement(namespaceValue, serviceAccount, fsGroup);
        return new PodSettings(workload, namespace, security, sysctls, groups,
                hostNetwork == null ? null : hostNetwork.map(b -> b ? "host" : ""),
                hostNetwork == null || hostNetwork.is(false) ? null : hostNetwork.map(b -> "host"),
                hostPid == null ? null : hostPid.map(b -> b ? "host" : ""),
                hostIpc == null ? null : hostIpc.map(b -> b ? "host" : ""),
                hostUsers == null ? null : hostUsers.map(b -> b ? "host" : "private"),
                hostNetwork != null && hostNetwork.is(true), automount, restart, backoff, job,
                Volumes.read(spec, claimTemplates(kind, object), reader), annotations, placement, jobRole(object, job, restart),
                SecurityContexts.written(sc), new Resources(reader).readPodLevel(spec.section("resources")));
    }

    /** A StatefulSet's {@code spec.volumeClaimTemplates}; none for other kinds. */
    private Items claimTemplates(WorkloadKind kind, YamlMap object) {
        return kind == WorkloadKind.STATEFUL_SET
                ? Section.of(reader, object, null, "").section("spec").items("volumeClaimTemplates") : Items.ABSENT;
    }

    /**
     * {@code JOB} for a Job's or CronJob's containers (located at {@code kind}) and for a pod whose restart
     * policy is OnFailure or Never; unresolved with the policy; null for a pod that restarts its containers.
     */
    private Sourced<ContainerRole> jobRole(YamlMap object, boolean job, Sourced<String> restart) {
        if (job && object.entry("kind") != null) {
            return Sourced.explicit(ContainerRole.JOB, reader.span(object.entry("kind")),
                    reader.text(object.entry("kind")));
        }
        if (restart == null || restart.is("always")) {
            return null;
        }
        return restart.map(r -> ContainerRole.JOB);
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
    private record Declared(Node node, ContainerList role, int offset) {
    }
}
